/** Reporting cues in a stretch of text, outside quotations. */
import type { Span } from '../types';
import { REPORTING_VERBS } from './lexicon';
import { words } from './textScan';

/** Verbs too common outside speech to make a short quoted phrase somebody's words. */
const NOT_SPEECH = new Set([
  'go', 'begin', 'read', 'continue', 'post', 'issue', 'release', 'publish', 'share', 'express', 'voice', 'question',
  'expect', 'hope', 'fear', 'think', 'believe', 'project', 'calculate', 'reason', 'point', 'charge', 'counter',
  'smile', 'laugh', 'sigh', 'speak',
]);

function outside(spans: readonly Span[], s: number, e: number): boolean {
  for (const q of spans) if (s < q.end && e > q.start) return false;
  return true;
}

/** True when the frame holds a speech verb or "according to" outside every quotation. */
export function hasReportingCue(text: string, frame: Span, quoteSpans: readonly Span[]): boolean {
  const ws = words(text, frame.start, frame.end);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!outside(quoteSpans, w.start, w.end)) continue;
    const base = REPORTING_VERBS.get(w.lower);
    if (base && !NOT_SPEECH.has(base)) return true;
    if (w.lower === 'according' && ws[i + 1]?.lower === 'to') return true;
  }
  return false;
}
