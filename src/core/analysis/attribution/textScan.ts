/**
 * Low-level scanning shared by quotes, speakers and claims: paragraphs (the unit a quotation may not leave
 * without the continuation convention), words with offsets, and sentence ends that ignore abbreviations.
 */
import { isDigitCode } from '../../text/chars';
import type { Span } from '../types';
import { codeUnits } from '../../text/codeUnits';
import { plainWordSpans } from '../../text/tokens';

/** No plain words handed over (spans[0]: none). */
const NO_SPANS = new Int32Array(1);

/** Lines, with a hard-wrapped line (no final punctuation, next line starting in lower case) joined to the next. */
let cachedParaText: string | null = null;
let cachedParas: Span[] = [];

export function paragraphs(text: string): Span[] {
  if (text === cachedParaText) return cachedParas;
  cachedParas = computeParagraphs(text);
  cachedParaText = text;
  return cachedParas;
}

function computeParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let pendingStart = -1;
  const n = text.length;
  // The newline ending the line at `start` when the line before already searched for it (-2: not searched).
  let known = -2;
  while (start <= n) {
    let nl = known !== -2 ? known : text.indexOf('\n', start);
    known = -2;
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--; // CR of CRLF
    const lineStart = skipSpaceForward(text, start, end);
    const lineEnd = skipSpaceBackward(text, lineStart, end);
    if (lineEnd > lineStart) {
      const from = pendingStart >= 0 ? pendingStart : lineStart;
      // (the next line's newline is searched once: the next turn starts there)
      if (nl + 1 < n) known = text.indexOf('\n', nl + 1);
      const next = nl + 1 < n ? lineOpening(text, nl + 1, known < 0 ? n : known) : -1;
      // A hard-wrapped line: no final punctuation and either a lower-case continuation or a long line.
      // (the length is tested before the regex: most lines are short)
      // (the final character by code unit: a one-character string and a regex per long line cost more)
      const wrapped = next >= 0 && lineEnd - lineStart > 40 && !endsLine(text.charCodeAt(lineEnd - 1)) && (lineEnd - lineStart >= 60 || /\p{Ll}/u.test(text[next]));
      if (wrapped) pendingStart = from;
      else {
        out.push({ start: from, end: lineEnd });
        pendingStart = -1;
      }
    } else if (pendingStart >= 0) {
      out.push({ start: pendingStart, end: skipSpaceBackward(text, pendingStart, start) });
      pendingStart = -1;
    }
    if (nl >= n) break;
    start = nl + 1;
  }
  if (pendingStart >= 0) out.push({ start: pendingStart, end: skipSpaceBackward(text, pendingStart, n) });
  return out;
}

/** What /[.!?:;"”’)\]]/ tells of one code unit: the line ends a sentence, a clause or a quotation. */
function endsLine(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** The first non-space character of the line text[from, end), -1 when it is blank. */
function lineOpening(text: string, from: number, end: number): number {
  const s = skipSpaceForward(text, from, end);
  return s < end ? s : -1;
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\ufeff' || ch === '\u2009' || ch === '\u202f';
}

/** What /\s/ matches, by code unit: ECMAScript white space and line terminators. */
/** The first offset at or after i that is not white space to a regex's \s (s.length at the end). */
export function skipRegExpSpace(s: string, i: number): number {
  const n = s.length;
  while (i < n && isRegExpSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** The end of the piece `s.split(/\s+/)` gives that starts at i: the first white space at or after it. */
export function regExpSpaceFrom(s: string, i: number): number {
  const n = s.length;
  while (i < n && !isRegExpSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

export function isRegExpSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * isSpace by code unit: the skips below run for every line, sentence and span edge, and reading text[i] made a
 * one-character string for each test.
 */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 10 || c === 13;
  return c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f;
}

export function skipSpaceForward(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

export function skipSpaceBackward(text: string, start: number, i: number): number {
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * True when text[from, to) holds one of the code units of `chars` (what /[chars]/.test(text.slice(from, to))
 * tells, without the copy): the gaps between words are a character or two. `chars` are punctuation, never a
 * space.
 */
export function gapHas(text: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue; // (most gaps are one space: none of `chars`, so they are not compared)
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  }
  return false;
}

/**
 * The word starts with an upper-case letter: what /^\p{Lu}/u tells of its text, read in place (a word never
 * starts inside a surrogate pair, so its first code unit is its first character).
 */
export function startsUpper(text: string, w: Span): boolean {
  const c = text.charCodeAt(w.start);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[w.start]);
}

/** The word starts with a lower-case letter (/^\p{Ll}/u of its text, as startsUpper). */
export function startsLower(text: string, w: Span): boolean {
  const c = text.charCodeAt(w.start);
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(text[w.start]);
}

export interface Word extends Span {
  readonly text: string;
  readonly lower: string;
}

/**
 * Words of text[start, end) with their offsets: letters (any script), digits and in-word joiners (hyphen,
 * apostrophes, "&", the periods of "U.S."); a trailing period is kept only on abbreviations. The whole text is
 * tokenised once and cached (the quote, speaker and claim stages all ask about the same article in turn).
 */
export function words(text: string, start: number, end: number): Word[] {
  const all = tokensOf(text);
  const first = firstWordAtOrAfter(all, start);
  let k = first;
  while (k < all.length && all[k].end <= end) k++;
  return all.slice(first, k);
}

/**
 * Index of the first word starting at or after pos (ws sorted by start). The shared search of text/search reads
 * `start` off every kind of span in the engine, which makes its reads slow generic ones; this copy only ever sees
 * words, and is called for every sentence and name lookup.
 */
export function firstWordAtOrAfter(ws: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let cachedText: string | null = null;
let cachedTokens: Word[] = [];

export function tokensOf(text: string): Word[] {
  if (text === cachedText) return cachedTokens;
  cachedTokens = tokenize(text);
  cachedText = text;
  return cachedTokens;
}

/**
 * Per UTF-16 code unit: 1 word character (a letter, mark or digit of any script), 2 not. Surrogate halves are not
 * word characters here (emoji, rare scripts); offsets stay exact either way.
 *
 * Filled for every code unit at load time (a few milliseconds): the tokenizer's loops then only read the table.
 * (Filled lazily, each read had to be ready to call the regex, and a call in a loop makes V8 keep the loop's state
 * on the stack: the tokenizer cost a fifth more.)
 */
const WORD_CODE: Uint8Array = (() => {
  const table = new Uint8Array(65536).fill(2);
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && word.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38; // ' ’ - . &

/** A word whose lower-case form is computed on first use (most words are never compared). */
class Token implements Word {
  // Declared, not class fields: see PackedToken in text/tokens (a field first defined as undefined makes V8 check
  // and untag every read of start and end).
  private declare readonly src: string;
  declare readonly start: number;
  declare readonly end: number;
  private declare low: string | undefined;
  private declare own: string | undefined;

  constructor(src: string, start: number, end: number) {
    this.src = src;
    this.start = start;
    this.end = end;
    this.low = undefined;
    this.own = undefined;
  }
  get text(): string {
    return (this.own ??= this.src.slice(this.start, this.end));
  }
  get lower(): string {
    return (this.low ??= lowerSlice(this.src, this.start, this.end, this.text));
  }
}

/**
 * text[start, end) lower-cased, given that slice: the slice itself when it holds no upper-case ASCII letter and
 * nothing outside ASCII (most words); otherwise remembered per word (names recur), which is cheaper than
 * toLowerCase on every occurrence.
 */
export function lowerSlice(text: string, start: number, end: number, slice: string): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return lowerOfWord(slice);
  }
  return slice;
}

const LOWER = new Map<string, string>();

function lowerOfWord(word: string): string {
  let low = LOWER.get(word);
  if (low === undefined) {
    low = word.toLowerCase();
    if (LOWER.size >= 8192) LOWER.clear();
    LOWER.set(word, low);
  }
  return low;
}

function tokenize(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  const table = WORD_CODE;
  // characters are read from the code units (see codeUnits)
  const units = codeUnits(text);
  // The entity tokenizer's plain words (see plainWordSpans): a word starting where one starts is that word, and the
  // plain words after it with only white space between follow without a character read.
  const spans = plainWordSpans(text) ?? NO_SPANS;
  const last = spans[0];
  let p = 1;
  let i = 0;
  while (i < n) {
    if (table[units[i]] !== 1) {
      i++;
      continue;
    }
    while (p < last && spans[p] < i) p += 2;
    if (p < last && spans[p] === i) {
      let e = spans[p + 1];
      out.push(new Token(text, i, e));
      // the plain words after it across one space
      for (p += 2; p < last && spans[p] === e + 1 && units[e] === 32; p += 2) out.push(new Token(text, e + 1, (e = spans[p + 1])));
      i = e;
      continue;
    }
    const s = i;
    i++;
    // c ends up as the code after the word (-1 at the end of the text: a small integer keeps the loop on integers).
    let c = -1;
    for (;;) {
      while (i < n && table[units[i]] === 1) i++;
      c = i < n ? units[i] : -1;
      if (i + 1 < n && isJoiner(c) && table[units[i + 1]] === 1) {
        i += 2;
        continue;
      }
      break;
    }
    let e = i;
    // "U.S." / "Mr.": keep the final period of an abbreviation.
    // (An abbreviation has at most 7 characters with its period unless it is a run of initials "X.Y.…".)
    if (c === 46 && (e - s < 7 || units[s + 1] === 46) && isAbbreviation(text.slice(s, e + 1))) e++;
    out.push(new Token(text, s, e));
    if (e > i) i = e;
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'gen.', 'sen.', 'rep.', 'gov.', 'lt.', 'col.', 'capt.',
  'sgt.', 'adm.', 'rev.', 'hon.', 'pres.', 'eng.', 'engr.', 'atty.', 'maj.', 'cmdr.', 'det.', 'insp.', 'supt.', 'inc.', 'corp.', 'ltd.', 'co.', 'vs.', 'etc.', 'no.', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.', 'approx.', 'est.',
  'dept.', 'univ.', 'assn.', 'bros.', 'e.g.', 'i.e.', 'a.m.', 'p.m.', 'maj.', 'cpl.', 'pvt.', 'brig.', 'cmdr.',
  'supt.', 'insp.', 'det.', 'atty.', 'amb.', 'sec.', 'msgr.', 'fr.', 'sgt.', 'ma.',
]);

/** "U.S.", "U.N.", "Mr.", "Jan.", single initials "J.". */
export function isAbbreviation(word: string): boolean {
  const w = lowerSlice(word, 0, word.length, word);
  if (ABBREVIATIONS.has(w)) return true;
  // Both patterns below need a period right after the first letter (two code units for a letter beyond the BMP):
  // most words ("said.", "year.") are ruled out without running them.
  const c0 = word.charCodeAt(0);
  if (word.charCodeAt(1) !== 46 && !(c0 >= 0xd800 && c0 <= 0xdbff)) return false;
  if (/^(\p{L}\.){2,}$/u.test(word)) return true;
  if (/^\p{Lu}\.$/u.test(word)) return true;
  return false;
}

/** Words that usually begin a new sentence after an abbreviation such as "U.S." */
const SENTENCE_OPENERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'this', 'that', 'there', 'a', 'an', 'however',
  'meanwhile', 'his', 'her', 'their', 'its', 'our', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
]);

/**
 * True when the punctuation at text[i] ends a sentence: ". ! ?" (or an ellipsis "…") followed by space or a
 * closing mark and then space/end, not an abbreviation or initial followed by more of the same sentence.
 */
export function isSentenceEnd(text: string, i: number, limit: number = text.length): boolean {
  // (by code unit: the frame finder asks at every character of a paragraph, and most are none of the four)
  const code = text.charCodeAt(i);
  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false;
  const ch = text[i];
  let j = i + 1;
  while (j < limit && isEndOrClosingCode(text.charCodeAt(j))) j++;
  if (j < limit && !isSpace(text[j])) return false;
  if (ch !== '.') return true;
  if (text[i - 1] === '.' || text[i + 1] === '.') return true; // ellipsis "..."
  // Word ending at this period.
  let k = i;
  while (k > 0 && /[\p{L}\p{N}.\-’']/u.test(text[k - 1])) k--;
  const token = text.slice(k, i + 1);
  if (!isAbbreviation(token)) return true;
  const next = skipSpaceForward(text, j, limit);
  if (next >= limit) return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20));
  // ("until Nov. 18, warning …", "No. 11 on the chart": an abbreviation before a number ends nothing)
  if (!nextWord) return !isDigitCode(text.charCodeAt(next));
  if (/^\p{Ll}/u.test(nextWord[0])) return false;
  // "U.S. He said": a multi-letter abbreviation before a typical sentence opener ends the sentence.
  // (so does "Ma." — Maria's abbreviation only before a given name: "said Jack Ma. The company …")
  if ((/^(\p{L}\.){2,}$/u.test(token) || token === 'Ma.') && SENTENCE_OPENERS.has(nextWord[0].toLowerCase())) return true;
  return false;
}

/** Sentence-final punctuation position after text[i] is consumed with its closing marks; returns the end offset. */
export function sentenceEndOffset(text: string, i: number, limit: number = text.length): number {
  let j = i + 1;
  while (j < limit && isEndOrClosingCode(text.charCodeAt(j))) j++;
  return j;
}

/** What /[.!?…"”’')\]]/ tells of one code unit: sentence-final punctuation or a closing mark. */
function isEndOrClosingCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}

