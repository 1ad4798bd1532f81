/**
 * Direct quotations: spans between double quotation marks (straight, curly, guillemets), bounded by
 * paragraphs so an unbalanced mark never swallows the rest of the article. A quotation running over
 * paragraphs (a paragraph left open, the next one re-opening with a mark: the news convention) is one quote
 * per paragraph, the open one ending at its paragraph end; the speaker stage gives them one speaker. A quote
 * never spans a paragraph break nor contains a quotation mark. Single marks (‘…’) are never quotations:
 * ’ is also the apostrophe, and the conventions count double marks only.
 */
import type { Quote, QuoteKind, Sentence, Span } from './types';
import type { ArticleStructure } from './structure';
import { isSpace, paragraphs, skipSpaceBackward } from './attribution/textScan';
import { frameOf } from './attribution/frames';
import { hasReportingCue } from './attribution/cues';
import { quoteMarkOffsets } from '../text/tokens';

const STRAIGHT = '"';
const OPENERS = '“„«';
const CLOSERS = '”»';

type Role = 'open' | 'close' | 'none';

interface RawQuote {
  markStart: number;
  markEnd: number;
  openMark: string;
  closeMark: string;
}

export function findQuotes(text: string, _structure: ArticleStructure, _sentences: readonly Sentence[]): Quote[] {
  const paras = paragraphs(text);
  // Every mark's offset, found in one pass: scanning from each paragraph start for the next mark would run on
  // past paragraphs without marks (quadratic on long texts with few quotations).
  // (noted by the entity tokenizer when it has just read this text: the scan below is for other callers)
  const marks = quoteMarkOffsets(text) ?? markOffsets(text);
  let mi = 0;
  const raw: RawQuote[] = [];
  // A quotation running on over a single line break of hard-wrapped text (not a paragraph break).
  let carry: number | null = null;

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    let open = -1;
    let openMark = '';
    if (carry !== null) {
      open = carry;
      openMark = text[carry];
      carry = null;
    }
    while (mi < marks.length && marks[mi] < para.start) mi++;
    for (let k = mi; k < marks.length && marks[k] < para.end; k++) {
      const i = marks[k];
      const ch = text[i];
      const role = roleOf(text, i, para, open >= 0);
      if (role === 'open') {
        open = i; // an earlier unclosed open in this paragraph is dropped: it was a stray mark
        openMark = ch;
      } else if (role === 'close' && open >= 0) {
        if (i > open + 1) raw.push({ markStart: open, markEnd: i + 1, openMark, closeMark: ch });
        open = -1;
      }
    }
    if (open >= 0) {
      const next = paras[p + 1];
      const nextFirst = next ? text[next.start] : '';
      if (next && (nextFirst === STRAIGHT || OPENERS.includes(nextFirst))) {
        // Continued in the next paragraph, which re-opens with its own mark: this paragraph's part ends here.
        if (para.end > open + 1) raw.push({ markStart: open, markEnd: para.end, openMark, closeMark: '' });
      } else if (next && closesFirst(text, para, next, marks)) {
        carry = open;
      } else if (opensClause(text, open, para) && /[.!?…]/.test(text[para.end - 1])) {
        // A quotation whose closing mark is missing: keep it to the end of its own paragraph only.
        raw.push({ markStart: open, markEnd: para.end, openMark, closeMark: '' });
      }
    }
  }
  raw.sort((a, b) => a.markStart - b.markStart);

  // pushed, not mapped: once optimised, map makes (holey) arrays of another kind than the interpreter's, and the
  // code that reads the quotations (attribution, claims) was optimised for the first kind and thrown away
  const spans: Span[] = [];
  for (const r of raw) spans.push({ start: r.markStart, end: r.markEnd });
  const quotes: Quote[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const start = r.markStart + 1;
    const end = r.closeMark ? r.markEnd - 1 : r.markEnd;
    const inner = text.slice(start, end);
    const frame = frameOf(text, spans, i, paras);
    const quote: Quote = {
      start,
      end,
      text: inner,
      markStart: r.markStart,
      markEnd: r.markEnd,
      kind: kindOf(text, inner, r, frame, spans),
      speaker: null,
    };
    quotes.push(quote);
  }
  return quotes;
}

/** Decides whether a mark opens or closes from its neighbours and from whether a quotation is open. */
function roleOf(text: string, i: number, para: Span, isOpen: boolean): Role {
  const ch = text[i];
  const prev = i > para.start ? text[i - 1] : ' ';
  const next = i + 1 < para.end ? text[i + 1] : ' ';
  const prevOpenLike = isSpace(prev) || /[([{\u2014\u2013\-\/:]/.test(prev);
  const nextCloseLike = isSpace(next) || /[.,;:!?)\]}\u2014\u2013\-…]/.test(next);
  if (OPENERS.includes(ch)) {
    // “ used as a closer by some typesetting: only when a quotation is open and it sits after a word.
    if (isOpen && !prevOpenLike && nextCloseLike) return 'close';
    return 'open';
  }
  if (CLOSERS.includes(ch)) {
    if (!isOpen && prevOpenLike && !nextCloseLike) return 'open';
    return 'close';
  }
  // Straight mark.
  if (isOpen) return 'close';
  if (/[0-9]/.test(prev) && nextCloseLike) return 'none'; // inches: 5'10"
  if (isSpace(next) && !prevOpenLike) return 'none'; // a stray closing mark
  return 'open';
}

/**
 * The next paragraph follows after a single line break and its first quotation mark closes: the text is
 * hard-wrapped inside a quotation ("“We will win.⏎We always do,” he said.").
 */
function closesFirst(text: string, para: Span, next: Span, marks: readonly number[]): boolean {
  if ((text.slice(para.end, next.start).match(/\n/g) ?? []).length > 1) return false; // a paragraph break
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid] < next.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= marks.length || marks[lo] >= next.end) return false;
  const at = marks[lo];
  return roleOf(text, at, next, true) === 'close' && !(text[at] === STRAIGHT && isSpace(text[at - 1]) && !isSpace(text[at + 1] ?? ' '));
}

/** Offsets of every double quotation mark in the text, in order. */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  // The regex engine skips the text between marks much faster than a loop over its characters.
  MARK.lastIndex = 0;
  while (MARK.test(text)) out.push(MARK.lastIndex - 1);
  return out;
}
/** " “ ” „ « » (the characters of OPENERS, CLOSERS and STRAIGHT). */
const MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/g;

/** The open mark starts a quoted clause: at the paragraph start, or after ":" / "," / a dash. */
function opensClause(text: string, open: number, para: Span): boolean {
  const before = skipSpaceBackward(text, para.start, open);
  return before === para.start || /[:,\u2014]/.test(text[before - 1]);
}

function kindOf(text: string, inner: string, r: RawQuote, frame: Span, spans: readonly Span[]): QuoteKind {
  const wordCount = inner.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const before = skipSpaceBackward(text, frame.start, r.markStart);
  const clauseStart = before === frame.start || /[:,\u2014]/.test(text[before - 1]);
  // "“No comment,” he said." / "“Absolutely not.”": a short sentence of its own, not a phrase.
  const ownSentence = clauseStart && /^\p{Lu}/u.test(inner) && /[.!?,…]$/.test(inner.trimEnd());
  if (wordCount <= 4 && !ownSentence) {
    // A short phrase: somebody's words when the sentence attributes it, a scare quote otherwise. The speaker
    // stage confirms a fragment only when it finds the speaker in the sentence.
    if (/\bso[- ]called\s*$/i.test(text.slice(Math.max(0, r.markStart - 12), r.markStart))) return 'scare';
    return hasReportingCue(text, frame, spans) ? 'fragment' : 'scare';
  }
  const first = inner.trimStart()[0];
  return clauseStart && first !== undefined && !/\p{Ll}/u.test(first) ? 'full' : 'partial';
}
