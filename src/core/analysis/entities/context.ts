// The state of one entity pass over an article, and the small operations every rule shares.
import type { EntityType, Knowledge, RegionKind, Sentence, Span } from '../types';
import type { ArticleStructure } from '../structure';
import { isTitleCase } from '../structure';
import { Token, TokenKind } from '../../text/tokens';
import { isDigitCode, lowerCase } from '../../text/chars';
import { COUNTRY_IDS, FIRST, GAZ, GAZ_INNER, GAZ_TREE, type GazNode, LEGAL_FORM, ORG_HEAD, PARTICLES, tokenKey } from './lexicon';

/** A mention before identities are settled. */
export interface Draft {
  start: number;
  end: number;
  type: EntityType;
  id: string | null;
  /** Token indices [first, last]. */
  first: number;
  last: number;
  /** Decided by the gazetteer, a cue or knowledge (false: a surname-like guess that needs support). */
  sure: boolean;
  titleSpan?: Span;
  fullSpan?: Span;
  source?: 'analysis' | 'user';
  /** For a pending word: the type to give it when nothing else claims it. */
  fallback?: EntityType;
  /** For a pending word: it starts a sentence or a title-case line, so its capital proves nothing. */
  initial?: boolean;
  /** "Albay and Camarines Sur": the pending word this name is listed after; if that word turns out a place, so is this. */
  listedAfter?: Draft;
  /** A person read from the shape of unknown title-case words alone, with no cue: a place slot elsewhere outweighs it. */
  byShape?: boolean;
}

export interface Ctx {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Per token: 1 starts a sentence. */
  readonly sentStart: Uint8Array;
  /** Per token: region kind code (0 none, 1 metadata, 2 headline, 3 heading, 4 boilerplate, 5 faq). */
  readonly region: Uint8Array;
  /** Per token: the token's line is a headline-style (title case) line. */
  readonly titleLine: Uint8Array;
  readonly taken: Uint8Array;
  readonly knowledge?: Knowledge;
  readonly drafts: Draft[];
  /** Single capitalised words with no evidence yet: kept in case they are a surname of a person named elsewhere. */
  readonly pending: Draft[];
  /** Per-token lookup keys, filled on first use. */
  readonly keys: (string | undefined)[];
  readonly lower: (string | undefined)[];
  /** Names given to ships ("the bulk carrier Thalassa Grace"): the scheme annotates none of their mentions. */
  vessels?: Set<string>;
}


export const REGION_CODE: Record<RegionKind, number> = { metadata: 1, headline: 2, heading: 3, boilerplate: 4, faq: 5 };
export const CONNECT_OF = new Set(['of', 'for', 'on']);
const OF_TAKERS = new Set([
  'University', 'Bank', 'Exchange', 'Transport', 'Republic', 'Kingdom', 'Department', 'Ministry', 'Convention', 'Confederation', 'Chamber', 'Secretary', 'Minister', 'Chief', 'Head', 'Director', 'Council', 'Court', 'Church',
  'Museum', 'Institute', 'School', 'College', 'City', 'State', 'States', 'Province', 'Duke', 'Prince', 'Princess', 'Bishop', 'Archbishop', 'Office', 'Board',
  'Commission', 'Committee', 'Academy', 'Society', 'Association', 'Federation', 'Union', 'League', 'Organization', 'Organisation', 'Center', 'Centre',
  'Party', 'Chamber', 'House', 'Bureau', 'Agency', 'Authority', 'Gulf', 'Sea', 'Strait', 'Isle', 'Cape', 'Bay', 'Battle', 'Siege', 'Treaty', 'Order',
  'Coalition', 'Alliance', 'Friends', 'Sons', 'Daughters', 'Knights', 'Lord', 'Lady', 'Queen', 'King', 'Emperor', 'Attorney', 'Governor', 'Speaker',
  'Fund', 'Foundation', 'Hospital', 'Corps', 'Army', 'Navy', 'Command', 'Conference', 'Festival', 'Summit', 'Forum', 'Programme', 'Program', 'Council',
  'Secretariat', 'Parliament', 'Assembly', 'Congress', 'Service', 'Institution', 'Trust', 'Guild', 'Tribunal', 'Cabinet', 'Department', 'Division', 'Administration', 'Directorate', 'Inspectorate',
  'Cup', 'Championship', 'Games', 'Campaign', 'Network', 'Movement', 'Embassy', 'Consulate',
]);
/** Lower-case linkers inside Romance, Dutch, German, Arabic and Swahili names ("Rio Grande do Sul", "Lula da Silva", "Ursula von der Leyen", "Dar es Salaam"). */
export const LINKERS: ReadonlySet<string> = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'es', 'des', 'dei', 'degli', 'delle', 'og']);
/** Second words of two-word linkers ("de la", "de los", "van der", "von den"). */
export const SECOND_LINKERS: ReadonlySet<string> = new Set(['la', 'las', 'los', 'le', 'les', 'der', 'den', 'l’']);


export function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isNameToken(t: Token): boolean {
  return t.kind === TokenKind.Word && (t.upper || t.caps);
}


/**
 * Fills the per-token context flags: sentence starts, regions and headline-style lines. Four small walks over the
 * tokens, each reading only the fields it needs: as one loop that kept a sentence, a region and a line cursor at
 * once, V8 spilled its state to the stack and re-checked every token's fields, at ~200 instructions per token.
 */
export function markContext(ctx: Ctx, structure: ArticleStructure, sentences: readonly Sentence[]): void {
  markSentenceStarts(ctx.tokens, sentences, ctx.sentStart);
  markOpenings(ctx);
  markRegions(ctx.tokens, structure.regions, ctx.region);
  markTitleLines(ctx);
}

/**
 * A token starts a sentence when the sentence it lies in begins between the previous token's end and its start.
 * A sentence can start only its first token at or after its beginning (every later token's previous token ends
 * past it): that token is found by binary search, one per sentence, instead of a walk over every token. The walk
 * is kept for sentences whose ends are out of order (the search reads "the sentence a token lies in" as the first
 * one ending after it, which needs ordered ends).
 */
function markSentenceStarts(tokens: readonly Token[], sentences: readonly Sentence[], sentStart: Uint8Array): void {
  for (let s = 1; s < sentences.length; s++) if (sentences[s].end < sentences[s - 1].end) return walkSentenceStarts(tokens, sentences, sentStart);
  let prevSentenceEnd = 0;
  for (let s = 0; s < sentences.length; s++) {
    const begin = sentences[s].start;
    const end = sentences[s].end;
    const j = firstTokenAtOrAfter(tokens, begin);
    // the token lies in this sentence (not in one before that ends after it), and the previous token ends before it
    if (j < tokens.length && tokens[j].start < end && tokens[j].start >= prevSentenceEnd && (j === 0 || tokens[j - 1].end <= begin)) sentStart[j] = 1;
    prevSentenceEnd = end;
  }
}

/** markSentenceStarts as a walk over the tokens (for sentences whose ends are out of order). */
function walkSentenceStarts(tokens: readonly Token[], sentences: readonly Sentence[], sentStart: Uint8Array): void {
  const count = sentences.length;
  if (count === 0) return;
  let s = 0;
  let sentBegin = sentences[0].start;
  let sentEnd = sentences[0].end;
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const start = t.start;
    while (sentEnd <= start) {
      if (++s === count) return; // tokens after the last sentence start none
      sentBegin = sentences[s].start;
      sentEnd = sentences[s].end;
    }
    if (sentBegin >= prevEnd && sentBegin <= start) sentStart[i] = 1;
    prevEnd = t.end;
  }
}

/**
 * Index of the first token starting at or after pos (tokens.length when none does). A copy of text/search's
 * firstStartAtOrAfter for tokens only: that one reads `start` off every kind of span and its reads stay generic
 * (slow); this one is called per sentence, region and line of every article.
 */
export function firstTokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Capitalisation starts afresh after some marks: an opening quote or bracket that starts a sentence, a quotation
 * opening mid-sentence, a colon. Each test reads sentStart of the token before, so this runs after markSentenceStarts
 * and in token order.
 */
function markOpenings(ctx: Ctx): void {
  const { tokens, text, sentStart } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    // every test is about a mark before the token
    if (prev.kind !== TokenKind.Punct) continue;
    const t = tokens[i];
    // prev is one of the single marks tested below: the code unit is read only then
    const mark = prev.end - prev.start === 1 ? text.charCodeAt(prev.start) : 0;
    const tight = prev.end === t.start;
    // after an opening quote or bracket that starts a sentence
    if (tight && sentStart[i - 1]) sentStart[i] = 1;
    // a quotation opening mid-sentence starts its own capitalisation (“Absolutely,” he said)
    if (tight && (mark === 0x201c || (mark === 34 && (i < 2 || tokens[i - 2].end < prev.start)))) sentStart[i] = 1;
    // after a colon ("Read Also: Ukraine …", "latest: Russia …")
    if (mark === 58 && prev.nl === 0 && t.nl === 0) sentStart[i] = 1;
  }
}

/**
 * Each token's region code (0 outside every region): a token is in the first region that ends after its start,
 * when that region begins at or before it. With the regions' ends in order, those are the tokens starting in
 * [max(previous region's end, begin), end): two binary searches and a fill per region, not a walk over every token.
 */
function markRegions(tokens: readonly Token[], regions: ArticleStructure['regions'], region: Uint8Array): void {
  for (let r = 1; r < regions.length; r++) if (regions[r].end < regions[r - 1].end) return walkRegions(tokens, regions, region);
  let prevEnd = 0;
  for (let r = 0; r < regions.length; r++) {
    const { start, end } = regions[r];
    const from = firstTokenAtOrAfter(tokens, Math.max(prevEnd, start));
    const to = firstTokenAtOrAfter(tokens, end);
    if (from < to) region.fill(REGION_CODE[regions[r].kind], from, to);
    prevEnd = end;
  }
}

/** markRegions as a walk over the tokens (for regions whose ends are out of order). */
function walkRegions(tokens: readonly Token[], regions: ArticleStructure['regions'], region: Uint8Array): void {
  const count = regions.length;
  if (count === 0) return;
  let r = 0;
  let regionBegin = regions[0].start;
  let regionEnd = regions[0].end;
  let regionCode = REGION_CODE[regions[0].kind];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i].start;
    while (regionEnd <= start) {
      if (++r === count) return; // tokens after the last region are in none
      regionBegin = regions[r].start;
      regionEnd = regions[r].end;
      regionCode = REGION_CODE[regions[r].kind];
    }
    if (regionBegin <= start) region[i] = regionCode;
  }
}

/** Marks the tokens of headline-style lines (read after markRegions: headlines and headings are such lines). */
function markTitleLines(ctx: Ctx): void {
  const { tokens, text, region, titleLine } = ctx;
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const lineStart = tokens[i].start;
    let e = text.indexOf('\n', lineStart);
    if (e < 0) e = text.length;
    // the line's tokens: up to the first token after its line break (no token holds a line break), found by
    // binary search rather than a walk over the line's tokens
    const next = e < text.length ? firstTokenAtOrAfter(tokens, e + 1) : n;
    const code = region[i];
    // long lines are prose paragraphs: only short ones can be headline-style
    if (code === REGION_CODE.headline || code === REGION_CODE.heading || (e - lineStart < 300 && !endsProse(text, lineStart, e) && isTitleCase(text, lineStart, e))) titleLine.fill(1, i, next);
    i = next;
  }
}

/** A line ending with sentence punctuation is prose, however many names it holds. */
function endsProse(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) <= 32 || text.charCodeAt(e - 1) === 0xfeff)) e--;
  const c = text.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 0x201d || c === 34 || c === 41;
}

/** End (exclusive) of a run of capitalised words, joined by "&", "of"/"for" after an institution word, and name particles. */
/** A given name, hyphenated ones included ("jan-willem", "anne-sophie"). */
function givenName(lower: string): boolean {
  if (FIRST.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && FIRST.has(lower.slice(0, dash));
}

export function runEnd(ctx: Ctx, i: number): number {
  const { tokens, taken } = ctx;
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (taken[j] || t.nl > 0) break;
    // ("… Circular Kft. Tisza Circular Kft. is …": a legal form with its full stop ends the company's name)
    if (tokens[j - 1].dot && tokens[j - 1].text.endsWith('.') && tokens[j - 1].text.length > 2 && LEGAL_FORM.has(tokens[j - 1].text)) break;
    if (isNameToken(t)) {
      j++;
      continue;
    }
    // "Côte d’Ivoire", "Coeur d'Alene": an elided article glued to a capitalised word goes on with the name
    // (the first letter is tested before the regex: most words after a run start with another one)
    if (t.kind === TokenKind.Word && t.start === tokens[j - 1].end + 1 && elidedStart(t.text.charCodeAt(0)) && /^[dl][’'][A-ZÀ-Þ]/.test(t.text)) {
      j++;
      continue;
    }
    // "Ligue 1", "Serie A": a listed name that ends in a number
    if (isSmallNumber(t) && t.start === tokens[j - 1].end + 1 && GAZ.has(lowerOf(ctx, j - 1) + ' ' + t.text)) {
      j++;
      continue;
    }
    // a run mostly ends at a comma or a period: of the marks, only "&" and a possessive apostrophe can join it on
    if (t.kind === TokenKind.Punct && t.text !== '&' && t.text !== '’' && t.text !== "'") break;
    const next = tokens[j + 1];
    if (!next || next.nl > 0 || taken[j + 1]) break;
    // most runs end before two ordinary words: of the joins below, only these three go on without a name word next
    if (!isNameToken(next)) {
      const k = joinBeforeOrdinary(ctx, j);
      if (k === 0) break;
      j += k;
      continue;
    }
    const lw = lowerOf(ctx, j);
    // (an ordinary word before a name, "said" in "Biden said Trump", is none of the words the joins below go through)
    if (t.kind === TokenKind.Word && !t.caps && !JOIN_WORDS.has(lw)) break;
    if (t.text === '&' && isNameToken(next) && next.start === t.end + 1 && t.start === tokens[j - 1].end + 1) {
      j += 2;
      continue;
    }
    if (CONNECT_OF.has(lw) && OF_TAKERS.has(tokens[j - 1].text)) {
      if (isNameToken(next)) {
        j += 2;
        continue;
      }
      if (next.text === 'the' && tokens[j + 2] && isNameToken(tokens[j + 2]) && !taken[j + 2]) {
        j += 3;
        continue;
      }
    }
    if (PARTICLES.has(lw) && t.kind === TokenKind.Word && isNameToken(next) && givenName(lowerOf(ctx, j - 1))) {
      j += 2;
      continue;
    }
    // "Porto Alegre do Sul", "Luiz Inácio Lula da Silva": a name linker between two capitalised words, written tight
    const linker = LINKERS.has(t.text);
    if (linker && isNameToken(next) && !next.caps && t.start === tokens[j - 1].end + 1 && next.start === t.end + 1) {
      j += 2;
      continue;
    }
    // "Castellón de la Plana", "Vincent van der Berg": two linkers in a row, written tight
    const third = tokens[j + 2];
    if (linker && SECOND_LINKERS.has(next.text) && third && isNameToken(third) && !third.caps && third.nl === 0 && t.start === tokens[j - 1].end + 1 && next.start === t.end + 1 && third.start === next.end + 1) {
      j += 3;
      continue;
    }
    // "the Fishermen’s Association", "Small Farmers' Union": a plural possessive before an institution word is inside
    // the name
    const poss = possessiveHeadLength(ctx, j);
    if (poss) {
      j += poss;
      continue;
    }
    // "Economic and Financial Crimes Commission", "Food and Drug Administration": "and" between descriptive words of
    // one institution (the word before it is an ordinary word, and an institution word closes the name)
    // "Ministry of Cities and Regional Development": after "<institution> of X", "and Y" continues the name
    // (but "Bank of America and Wells Fargo" are two listed names, and "University of Ottawa and Carleton University"
    // two institutions: a listed place closes "<institution> of <place>")
    if (lw === 'and' && isNameToken(next) && ofChain(ctx, i, j) && (next.start === t.end + 1) && !listedRun(ctx, i, j) && GAZ.get(lowerOf(ctx, j - 1))?.type !== 'GPE') {
      j += 2;
      continue;
    }
    // "Federation of Small Landlords of Kenya": after "<institution> of X", "of <country>" closes the name
    if (lw === 'of' && isNameToken(next) && !next.caps && ofChain(ctx, i, j) && GAZ.get(lowerOf(ctx, j + 1))?.type === 'GPE' && !(tokens[j + 2] && isNameToken(tokens[j + 2]) && tokens[j + 2].nl === 0)) {
      j += 2;
      continue;
    }
    // "Law and Justice", "Centers for Disease Control and Prevention": a listed name goes on through a small word
    if (t.kind === TokenKind.Word && !t.upper && isNameToken(next) && next.start === t.end + 1 && listedPathThrough(ctx, i, j + 1)) {
      j += 2;
      continue;
    }
    // ("First Quantum Minerals and Kamoto Copper Mines": a name that already ends in an institution word is complete)
    if (lw === 'and' && isNameToken(next) && !tokens[j - 1].caps && !ORG_HEAD.has(tokens[j - 1].text) && !GAZ.has(lowerOf(ctx, j - 1)) && !FIRST.has(lowerOf(ctx, j - 1)) && !listedRun(ctx, i, j) && andJoinsInstitution(ctx, j + 1)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}


/**
 * Lower-case forms of every word runEnd can join a run through before a name word: "of", "for", "on", "and", name
 * particles and linkers, and words inside listed names (listedPathThrough).
 */
const JOIN_WORDS: ReadonlySet<string> = new Set([...CONNECT_OF, 'and', 'of', ...PARTICLES, ...[...LINKERS].map(lowerCase), ...GAZ_INNER]);

/** "d’Ivoire", "l'Aquila": the first code unit of an elided article ("d" or "l"). */
function elidedStart(c: number): boolean {
  return c === 100 || c === 108;
}

/**
 * runEnd's joins through token j when the token after it is no name word (the same tests in the same order as
 * there): "of the", two linkers before a name, a plural possessive. How many tokens the run takes on, or 0.
 */
function joinBeforeOrdinary(ctx: Ctx, j: number): number {
  const { tokens, taken } = ctx;
  const t = tokens[j];
  const next = tokens[j + 1];
  const third = tokens[j + 2];
  // (both three-token joins need a name word third: most runs end before two ordinary words, and are not looked up)
  if (third && isNameToken(third)) {
    if (next.text === 'the' && !taken[j + 2] && CONNECT_OF.has(lowerOf(ctx, j)) && OF_TAKERS.has(tokens[j - 1].text)) return 3;
    if (!third.caps && third.nl === 0 && LINKERS.has(t.text) && SECOND_LINKERS.has(next.text) && t.start === tokens[j - 1].end + 1 && next.start === t.end + 1 && third.start === next.end + 1) return 3;
  }
  // (a possessive mark is one code unit: a word needs no call)
  return t.text.length === 1 ? possessiveHeadLength(ctx, j) : 0;
}

/** Whether tokens [from, to) are a listed name as they stand. */
function listedRun(ctx: Ctx, from: number, to: number): boolean {
  let key = '';
  for (let m = from; m < to; m++) if (ctx.tokens[m].text !== '.') key += (key ? ' ' : '') + lowerCase(keysOf(ctx, m));
  return GAZ.has(key);
}

/**
 * Whether a listed name starting at one of the run's words goes on through tokens ..last (the walk of the
 * gazetteer's key tree, as its look-up does): "Trinidad and Tobago", "Centers for Disease Control and …".
 */
function listedPathThrough(ctx: Ctx, from: number, last: number): boolean {
  // every walk steps through the small word before `last` after a first word: most ("said", "told") stand after
  // the first word of no listed name
  const small = ctx.tokens[last - 1];
  if (!small.caps && small.text !== '.' && !GAZ_INNER.has(lowerOf(ctx, last - 1))) return false;
  for (let s = from; s < last - 1; s++) {
    if (!isNameToken(ctx.tokens[s])) continue;
    let node: GazNode | undefined = GAZ_TREE;
    for (let m = s; m <= last && node; m++) {
      if (ctx.tokens[m].text === '.') continue;
      const k = keysOf(ctx, m);
      node = node.next.get(k) ?? (ctx.tokens[m].caps ? node.next.get(lowerCase(k)) : undefined);
    }
    if (node) return true;
  }
  return false;
}

/**
 * Tokens at j are the possessive mark of a plural name word ("Fishermen’s", "Farmers’", "Workers'") followed by an
 * institution word that ends the run: how many tokens the mark takes (1 or 2), else 0.
 */
/** Heads of members' bodies that are events' heads too ("Coastal Fishers’ Rights Forum", "the Boao Forum"). */
const MEMBERS_BODY_HEADS = new Set(['Forum', 'Network', 'Platform', 'Movement']);
const bodyHead = (w: string): boolean => ORG_HEAD.has(w) || MEMBERS_BODY_HEADS.has(w);

export function possessiveHeadLength(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  const t = tokens[j];
  if ((t.text !== '’' && t.text !== "'") || t.start !== tokens[j - 1].end || !isNameToken(tokens[j - 1])) return 0;
  const w = tokens[j - 1].text;
  // ("the Prosecutor General's Office": a single office-holder's office is named by the holder too)
  const holder = OFFICE_HOLDERS.has(w);
  if (!w.endsWith('men') && !w.endsWith('s') && !holder) return 0;
  const sTok = tokens[j + 1];
  const mark = sTok && sTok.text === 's' && sTok.start === t.end ? 2 : 1;
  if (mark === 1 && !w.endsWith('s')) return 0;
  if (holder && (mark !== 2 || tokens[j + 2]?.text !== 'Office')) return 0;
  const head = tokens[j + mark];
  if (!head || head.nl > 0 || !isNameToken(head) || head.start !== tokens[j + mark - 1].end + 1) return 0;
  // ("Cocoa Farmers’ Welfare Association": up to two more name words may come before the institution word)
  let k = j + mark;
  while (k < j + mark + 2 && !bodyHead(tokens[k].text) && tokens[k + 1] && tokens[k + 1].nl === 0 && isNameToken(tokens[k + 1])) k++;
  if (!bodyHead(tokens[k].text)) return 0;
  const after = tokens[k + 1];
  return !after || after.nl > 0 || !isNameToken(after) ? mark : 0;
}

const OFFICE_HOLDERS = new Set(['General', 'Ombudsman', 'Comptroller', 'Registrar', 'Mayor', 'Governor', 'President', 'Minister', 'Prosecutor', 'Sheriff', 'Auditor', 'Coroner', 'Commissioner']);

/** The run [i, j) is "<institution word> of/for <name words>" (joined by runEnd), ready to take "and <name>". */
function ofChain(ctx: Ctx, i: number, j: number): boolean {
  const { tokens } = ctx;
  for (let k = i + 1; k < j - 1; k++) {
    if (CONNECT_OF.has(tokens[k].text) && OF_TAKERS.has(tokens[k - 1].text)) {
      for (let m = k + 1; m < j; m++) if (!isNameToken(tokens[m])) return false;
      return j - (k + 1) <= 3;
    }
  }
  return false;
}

function andJoinsInstitution(ctx: Ctx, k: number): boolean {
  const { tokens, taken } = ctx;
  for (let m = k; m < k + 4 && m < tokens.length; m++) {
    const t = tokens[m];
    if (taken[m] || t.nl > 0 || !isNameToken(t)) return false;
    if (ORG_HEAD.has(t.text)) {
      const after = tokens[m + 1];
      return !after || after.nl > 0 || !isNameToken(after);
    }
  }
  return false;
}

/** "1", "12": one or two digits and nothing else (the number of "Ligue 1", "Serie A"-style names). */
function isSmallNumber(t: Token): boolean {
  const w = t.text;
  return (w.length === 1 || (w.length === 2 && isDigitCode(w.charCodeAt(1)))) && isDigitCode(w.charCodeAt(0));
}

/** Lookup key of token i (see tokenKey), computed once per token: an acronym's without periods, else its lower case. */
export function keysOf(ctx: Ctx, i: number): string {
  if (!ctx.tokens[i].caps) return lowerOf(ctx, i);
  let k = ctx.keys[i];
  if (k === undefined) {
    // (an acronym without a period is its own key: no replace to run)
    k = ctx.tokens[i].dot ? tokenKey(ctx.tokens[i]) : ctx.tokens[i].text;
    ctx.keys[i] = k;
  }
  return k;
}

export function lowerOf(ctx: Ctx, i: number): string {
  let k = ctx.lower[i];
  if (k === undefined) {
    k = lowerCase(ctx.tokens[i].text);
    ctx.lower[i] = k;
  }
  return k;
}


/**
 * The token is "the" in any case ("the", "The", "THE"): the same as `lowerOf(ctx, i) === 'the'` without lower-casing
 * (and caching) the word before every listed name, which is mostly read for this test alone.
 */
export function isThe(t: Token): boolean {
  const w = t.text;
  return w.length === 3 && (w.charCodeAt(0) | 32) === 116 && (w.charCodeAt(1) | 32) === 104 && (w.charCodeAt(2) | 32) === 101;
}

export function isCountryId(id: string | null): boolean {
  return !!id && COUNTRY_IDS.has(id);
}



/**
 * A draft with every field present (the optional ones undefined). Drafts come from a dozen rules and get optional
 * fields later: made as literals of their own, they had many object shapes, and the passes that read every draft
 * (finish above all) went through V8's slow lookup for shapes it cannot predict at each field they read.
 */
export function newDraft(start: number, end: number, type: EntityType, id: string | null, first: number, last: number, sure: boolean): Draft {
  return new DraftObject(start, end, type, id, first, last, sure);
}

/**
 * A draft made by a constructor, not by a literal: V8 tracks where a literal's objects are allocated and, when one
 * scavenge in warm-up finds most of an article's drafts still alive, allocates every later draft in the old
 * generation for good, where they die and call for mark-compacts (one build: 2 more per ten rounds, +27M
 * instructions per round). Objects made with `new` are not pretenured so. (Fields in the literal's order.)
 */
class DraftObject implements Draft {
  declare start: number;
  declare end: number;
  declare type: EntityType;
  declare id: string | null;
  declare first: number;
  declare last: number;
  declare sure: boolean;
  declare titleSpan?: Span;
  declare fullSpan?: Span;
  declare source?: 'analysis' | 'user';
  declare fallback?: EntityType;
  declare initial?: boolean;
  declare listedAfter?: Draft;
  declare byShape?: boolean;
  constructor(start: number, end: number, type: EntityType, id: string | null, first: number, last: number, sure: boolean) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.id = id;
    this.first = first;
    this.last = last;
    this.sure = sure;
    this.titleSpan = undefined;
    this.fullSpan = undefined;
    this.source = undefined;
    this.fallback = undefined;
    this.initial = undefined;
    this.listedAfter = undefined;
    this.byShape = undefined;
  }
}

export function emit(ctx: Ctx, first: number, last: number, type: EntityType, id: string | null, sure: boolean, source?: 'user', titleSpan?: Span): void {
  const { tokens } = ctx;
  const d = newDraft(tokens[first].start, tokens[last].end, type, id, first, last, sure);
  if (source) d.source = source;
  if (titleSpan) {
    d.titleSpan = titleSpan;
    d.fullSpan = { start: titleSpan.start, end: d.end };
  }
  ctx.drafts.push(d);
  for (let k = first; k <= last; k++) ctx.taken[k] = 1;
}

export function addPending(ctx: Ctx, first: number, last: number, fallback?: EntityType): void {
  const t = ctx.tokens;
  const d = newDraft(t[first].start, t[last].end, 'PERSON', null, first, last, false);
  if (fallback) d.fallback = fallback;
  if (ctx.sentStart[first] || ctx.titleLine[first]) d.initial = true;
  ctx.pending.push(d);
}

export function prevWord(ctx: Ctx, i: number): Token | undefined {
  const t = ctx.tokens[i - 1];
  return t && ctx.tokens[i].nl === 0 ? t : undefined;
}

