import { approxSearch } from './approxMatch';
import { FUZZY_MIN_LENGTH, type AnchorMethod, type Selector } from './model';

/**
 * Finds an annotation again in a (possibly changed) text, after the Hypothesis client's anchoring:
 * 1. the stored position, if the text there still equals `exact`;
 * 2. an exact occurrence of the quote, the candidate scored best by prefix/suffix context and nearness;
 * 3. for long spans only, a bounded fuzzy match;
 * otherwise nothing: the caller keeps the annotation as an orphan. Short spans (entity names) are never fuzzy
 * matched — "Linus" must not anchor on "chines" (hypothesis/h#2634) — and when several exact occurrences
 * exist they need some context agreement.
 */

export interface AnchorResult {
  readonly start: number;
  readonly end: number;
  readonly method: AnchorMethod;
  /** Edits between the stored quote and the text found (0 unless fuzzy). */
  readonly errors: number;
}

export interface AnchorOptions {
  /** Never match fuzzily (entities). */
  readonly exactOnly?: boolean;
  /** Upper bound of exact candidates examined. */
  readonly maxCandidates?: number;
  /** Upper bound of fuzzy work (text chars × errors) for a whole-text search. */
  readonly maxFuzzyWork?: number;
}

/** Weights of the Hypothesis client's match-quote.ts. */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** Minimum context agreement (0..1, mean of prefix and suffix) for a short span among several candidates. */
const SHORT_SPAN_CONTEXT = 0.25;

export function maxFuzzyErrors(length: number): number {
  return Math.min(128, Math.floor(length / 4));
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** 0..1 agreement of the text around [start, end) with the stored context. */
export function contextScores(text: string, sel: Selector, start: number, end: number): { prefix: number; suffix: number } {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  const prefix = sel.prefix.length === 0 ? (start === 0 ? 1 : 0.5) : commonSuffixLength(before, sel.prefix) / sel.prefix.length;
  const suffix = sel.suffix.length === 0 ? (end === text.length ? 1 : 0.5) : commonPrefixLength(after, sel.suffix) / sel.suffix.length;
  return { prefix, suffix };
}

function positionScore(text: string, hint: number, start: number): number {
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
}

function exactCandidates(text: string, exact: string, limit: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < limit; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

export function anchorSelector(text: string, sel: Selector, options: AnchorOptions = {}): AnchorResult | undefined {
  const { exact } = sel;
  if (exact.length === 0) return undefined;
  // 1. position
  if (sel.start >= 0 && sel.end <= text.length && sel.end - sel.start === exact.length && text.startsWith(exact, sel.start)) {
    return { start: sel.start, end: sel.end, method: 'position', errors: 0 };
  }
  const hint = Math.max(0, Math.min(text.length, sel.start));
  const short = options.exactOnly || exact.length < FUZZY_MIN_LENGTH;

  // 2. exact quote, best context
  const candidates = exactCandidates(text, exact, options.maxCandidates ?? 10_000);
  if (candidates.length > 0) {
    let best = -1;
    let bestScore = -Infinity;
    let bestContext = 0;
    for (const c of candidates) {
      const ctx = contextScores(text, sel, c, c + exact.length);
      const score = W_QUOTE + W_PREFIX * ctx.prefix + W_SUFFIX * ctx.suffix + W_POSITION * positionScore(text, hint, c);
      if (score > bestScore) {
        bestScore = score;
        best = c;
        bestContext = (ctx.prefix + ctx.suffix) / 2;
      }
    }
    if (candidates.length === 1 || !short || bestContext >= SHORT_SPAN_CONTEXT) {
      return { start: best, end: best + exact.length, method: 'quote', errors: 0 };
    }
    return undefined; // several identical short spans and no context tells them apart: an orphan, not a guess
  }
  if (short) return undefined;

  // 3. fuzzy, near the old position first, then the whole text if that is affordable
  const k = maxFuzzyErrors(exact.length);
  const window = 2 * exact.length + 2000;
  let matches = approxSearch(text, exact, k, hint - window, hint + window + exact.length);
  if (matches.length === 0 && text.length * (k + 1) <= (options.maxFuzzyWork ?? 50_000_000)) {
    matches = approxSearch(text, exact, k);
  }
  let best: AnchorResult | undefined;
  let bestScore = -Infinity;
  for (const m of matches) {
    if (m.errors > k || m.end <= m.start) continue;
    const ctx = contextScores(text, sel, m.start, m.end);
    const score =
      W_QUOTE * (1 - m.errors / exact.length) + W_PREFIX * ctx.prefix + W_SUFFIX * ctx.suffix + W_POSITION * positionScore(text, hint, m.start);
    if (score > bestScore) {
      bestScore = score;
      best = { start: m.start, end: m.end, method: 'fuzzy', errors: m.errors };
    }
  }
  return best;
}
