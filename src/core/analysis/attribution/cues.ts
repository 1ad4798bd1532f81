/** Reporting cues in a stretch of text, outside quotations. */
import type { Span } from '../types';
import { mayBeReportingVerb, REPORTING_VERBS } from './lexicon';
import { words } from './textScan';
import { firstStartAtOrAfter } from '../../text/search';

/** Verbs too common outside speech to make a short quoted phrase somebody's words. */
const NOT_SPEECH = new Set([
  'go', 'begin', 'read', 'continue', 'post', 'issue', 'release', 'publish', 'share', 'express', 'voice', 'question',
  'expect', 'hope', 'fear', 'think', 'believe', 'project', 'calculate', 'reason', 'point', 'charge', 'counter',
  'smile', 'laugh', 'sigh', 'speak',
]);

/**
 * Quotation spans sorted by start with the running maximum of their ends, so "does [s, e) overlap a quotation"
 * is one binary search instead of a scan of every quotation per word. Null when the spans are not sorted.
 */
const prefixEnds = new WeakMap<readonly Span[], Float64Array | null>();

function maxEndsOf(spans: readonly Span[]): Float64Array | null {
  let ends = prefixEnds.get(spans);
  if (ends === undefined) {
    ends = new Float64Array(spans.length);
    let max = -Infinity;
    for (let i = 0; i < spans.length; i++) {
      if (i > 0 && spans[i].start < spans[i - 1].start) {
        ends = null;
        break;
      }
      max = Math.max(max, spans[i].end);
      ends[i] = max;
    }
    prefixEnds.set(spans, ends);
  }
  return ends;
}

function outside(spans: readonly Span[], ends: Float64Array | null, s: number, e: number): boolean {
  if (!ends) {
    for (const q of spans) if (s < q.end && e > q.start) return false;
    return true;
  }
  // Spans starting before e: the first k of them. One of them overlaps when the largest end among them passes s.
  const lo = firstStartAtOrAfter(spans, e);
  return lo === 0 || !(ends[lo - 1] > s);
}

/** True when the frame holds a speech verb or "according to" outside every quotation. */
export function hasReportingCue(text: string, frame: Span, quoteSpans: readonly Span[]): boolean {
  const ws = words(text, frame.start, frame.end);
  const ends = maxEndsOf(quoteSpans);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!outside(quoteSpans, ends, w.start, w.end)) continue;
    // (the shape test spares lower-casing the words that cannot be a verb: most of them)
    const base = mayBeReportingVerb(text, w.start, w.end) ? REPORTING_VERBS.get(w.lower) : undefined;
    if (base && !NOT_SPEECH.has(base)) return true;
    if (w.end - w.start === 9 && w.lower === 'according' && ws[i + 1]?.lower === 'to') return true;
  }
  return false;
}
