/**
 * Word features for paraphrase-tolerant matching: content words reduced to a crude stem, number words
 * folded to digits, and a few newswire synonym classes folded together. Kept deliberately language-light
 * and deterministic so it runs anywhere (CLI, worker, bench).
 */

const STOPWORDS = new Set((
  'a an the and or but nor so yet for of in on at to from by with without about above below over under into onto ' +
  'upon out up down off through during before after since until while as than then that this these those there here ' +
  'is am are was were be been being has have had having do does did doing will would shall should can could may might ' +
  'must not no it its it’s it\'s they them their theirs we us our ours you your he him his she her hers i me my mine ' +
  'who whom whose which what when where why how all any both each few more most other some such only own same too very ' +
  'just also even still already again further once s t ll re ve d m said says say saying told tells according reported ' +
  'reportedly report reports stated states statement added noted mr mrs ms dr one' /* "one" is mostly a pronoun here */
).split(/\s+/));

const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
  thousand: '1000', million: '1000000', billion: '1000000000', first: '1st', second: '2nd', third: '3rd',
};

/**
 * General news-register near-synonyms folded onto one representative stem. Only broad classes that recur in
 * reporting of any topic (movement, talks, weapons, warnings, refusals), never phrases of one story.
 */
const SYNONYM_GROUPS: string[][] = [
  ['advanc', 'progress'],
  ['weapon', 'arm', 'armament', 'munition', 'ammunit'],
  ['artille', 'shell'],
  ['negoti', 'talk', 'discuss'],
  ['visit', 'trip', 'travel', 'tour'],
  ['warn', 'caution'],
  ['deni', 'deny', 'reject', 'dismiss'],
  ['sanction', 'penalti'],
  ['confirm', 'acknowledg'],
  ['comment', 'statement'],
  ['strengthen', 'enhanc', 'bolster', 'deepen', 'develop', 'increas', 'expand'],
  ['cooper', 'relat', 'relationship', 'ti', 'partnership'],
  ['concern', 'worri', 'alarm', 'apprehens'],
  ['violat', 'breach'],
  ['war', 'conflict', 'invas'],
  ['leader', 'presid'],
  ['meet', 'summit', 'meeting'],
  ['suppli', 'provid', 'deliv', 'sell', 'transfer'],
  ['quantit', 'amount', 'volum'],
  ['rang', 'type', 'vari', 'divers'],
  ['possibl', 'potenti', 'may', 'might', 'could'],
  ['kill', 'dead', 'death', 'died', 'die', 'fatal'],
  ['displac', 'evacu', 'homeless'],
  ['letter', 'correspond', 'messag'],
  ['refus', 'declin', 'refrain'],
  ['aid', 'assist'],
  ['clos', 'shut', 'suspend'],
  ['pledg', 'promis'],
];

const SYNONYM_OF = new Map<string, string>();
for (const g of SYNONYM_GROUPS) for (const w of g) SYNONYM_OF.set(w.slice(0, 7), g[0]);

/** Folds a stem onto its synonym class: exact for short stems, by prefix for long ones ("negotia" -> "negoti"). */
function synonym(s: string): string {
  const exact = SYNONYM_OF.get(s);
  if (exact) return exact;
  for (let n = s.length - 1; n >= 5; n--) {
    const hit = SYNONYM_OF.get(s.slice(0, n));
    if (hit) return hit;
  }
  return s;
}

/** Crude suffix stripping: enough to fold negotiations/negotiating/negotiate, denies/denial/denied. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('’s') || w.endsWith("'s")) w = w.slice(0, -2);
  for (const suf of ['ations', 'ation', 'ments', 'ment', 'ingly', 'ings', 'ing', 'ities', 'ity', 'ies', 'ied', 'ial', 'ly', 'ed', 'es', 'er', 'e', 's']) {
    if (w.endsWith(suf) && w.length - suf.length >= 3) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  if (w.length > 7) w = w.slice(0, 7);
  return w;
}

export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** Lower-cased surface. */
  readonly lower: string;
}

/** Letters, digits and combining marks (a decomposed "é" is one word with its base letter). */
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

/** Inside a word: ’ ' . - join letters ("don’t", "U.S.", "Thomas-Greenfield") when a letter follows. */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 46 || c === 45;
}

/**
 * Calls `visit(start, end)` for each word of text[start, end) (UTF-16 offsets, absolute in `text`). A
 * hand-written scanner that allocates nothing: it runs over every sentence of every article of the corpus.
 */
export function forEachWord(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) { i++; continue; }
    const s = i;
    i++;
    while (i < end) {
      const d = text.charCodeAt(i);
      if (isWordChar(d, text, i)) { i++; continue; }
      if (isJoiner(d) && i + 1 < end && isWordChar(text.charCodeAt(i + 1), text, i + 1)) { i += 2; continue; }
      break;
    }
    visit(s, i);
  }
}

/** A word's surface without a possessive ending, lower-cased: a possessive is not part of the word's identity. */
function normalisedSurface(surface: string): string {
  const n = surface.length;
  if (n > 2 && (surface.charCodeAt(n - 1) === 115 || surface.charCodeAt(n - 1) === 83) && (surface.charCodeAt(n - 2) === 0x2019 || surface.charCodeAt(n - 2) === 39)) {
    return surface.slice(0, n - 2).toLowerCase();
  }
  return surface.toLowerCase();
}

/** Word tokens of text[start, end) with their offsets (UTF-16, absolute in `text`). */
export function wordTokens(text: string, start = 0, end = text.length): WordToken[] {
  const out: WordToken[] = [];
  forEachWord(text, start, end, (s, e) => out.push({ start: s, end: e, lower: normalisedSurface(text.slice(s, e)) }));
  return out;
}

const surfaceFeatures = new Map<string, string | null>();

/**
 * The feature key of a word as written ("Negotiations’s"), or undefined for a stopword. Memoised by the raw
 * surface, so the common case costs one lookup and no lower-casing.
 */
export function surfaceFeature(surface: string): string | undefined {
  const cached = surfaceFeatures.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  const f = wordFeature(normalisedSurface(surface));
  if (surfaceFeatures.size >= FEATURE_CACHE_LIMIT) surfaceFeatures.clear();
  surfaceFeatures.set(surface, f ?? null);
  return f;
}

const featureCache = new Map<string, string | null>();
const FEATURE_CACHE_LIMIT = 200_000;

/** The feature key of one word, or undefined for a stopword. Memoised: news vocabulary is small and repeats. */
export function wordFeature(lower: string): string | undefined {
  const cached = featureCache.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  const f = computeWordFeature(lower);
  if (featureCache.size >= FEATURE_CACHE_LIMIT) featureCache.clear();
  featureCache.set(lower, f ?? null);
  return f;
}

function computeWordFeature(lower: string): string | undefined {
  // A decimal point is part of the number ("1.5 billion" is not "15 billion").
  if (/^\d[\d,.]*$/.test(lower)) return 'n:' + lower.replace(/,/g, '').replace(/\.$/, '');
  const w = lower.replace(/\./g, '');
  if (!w || STOPWORDS.has(w)) return undefined;
  const num = NUMBER_WORDS[w];
  if (num) return 'n:' + num;
  if (/^\d[\d,]*$/.test(w)) return 'n:' + w.replace(/,/g, '');
  if (/^\d/.test(w)) return 'n:' + w;
  const s = stem(w);
  return 'w:' + synonym(s);
}

/** Normalised words of a quote for verbatim comparison: case, punctuation and curly quotes ignored. */
export function quoteWords(text: string): string[] {
  return wordTokens(text).map((t) => t.lower.replace(/’/g, "'"));
}
