/**
 * The sentence around a quotation, found without trusting a sentence splitter: sentence ends inside other
 * quotations are skipped, and a quotation ending in "." followed by a capital closes its sentence.
 */
import type { Span } from '../types';
import { isSentenceEnd, isSpace, sentenceEndOffset, skipSpaceForward } from './textScan';

/** Index of the paragraph that contains offset `at` (or the last one starting before it). */
export function paragraphAt(paras: readonly Span[], at: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return Math.max(0, found);
}

/** True when the quotation's own words end a sentence that the text after it does not continue. */
export function quoteEndsSentence(text: string, q: Span, limit: number): boolean {
  let k = q.end - 1;
  while (k > q.start && /["”»’]/.test(text[k])) k--;
  if (!/[.!?…]/.test(text[k])) return false;
  const next = skipSpaceForward(text, q.end, limit);
  if (next >= limit) return true;
  const ch = text[next];
  return /\p{Lu}/u.test(ch) || /["“„«]/.test(ch) || /[0-9]/.test(ch);
}

/** The sentence span containing the quotation spans[i] (mark spans, sorted by start). */
export function frameOf(text: string, spans: readonly Span[], i: number, paras: readonly Span[]): Span {
  const q = spans[i];
  if (paras.length === 0) return { start: q.start, end: q.end };
  const pStart = paras[paragraphAt(paras, q.start)];
  const pEnd = paras[paragraphAt(paras, Math.max(q.start, q.end - 1))];

  let start = pStart.start;
  let j = i - 1;
  for (let k = q.start - 1; k >= pStart.start; k--) {
    while (j >= 0 && spans[j].start >= q.start) j--;
    // Down to the end of the quotation before (or the paragraph start) only a sentence-final mark can stop the walk:
    // the characters before one are passed over by code, without the two tests below for each.
    const floor = j >= 0 && spans[j].end > pStart.start ? spans[j].end : pStart.start;
    while (k > floor && !isEndMarkCode(text.charCodeAt(k))) k--;
    if (j >= 0 && k < spans[j].end && k >= spans[j].start) {
      if (quoteEndsSentence(text, spans[j], q.start)) {
        start = skipSpaceForward(text, spans[j].end, q.start);
        break;
      }
      k = spans[j].start;
      j--;
      continue;
    }
    if (isSentenceEnd(text, k, pStart.end)) {
      start = skipSpaceForward(text, sentenceEndOffset(text, k, q.start), q.start);
      break;
    }
  }

  let end = pEnd.end;
  if (quoteEndsSentence(text, q, pEnd.end)) return { start, end: q.end };
  let n = i + 1;
  for (let k = q.end; k < pEnd.end; k++) {
    while (n < spans.length && spans[n].start < k) n++;
    // Up to the next quotation (or the paragraph's last character) likewise.
    const ceiling = n < spans.length && spans[n].start < pEnd.end - 1 ? spans[n].start : pEnd.end - 1;
    while (k < ceiling && !isEndMarkCode(text.charCodeAt(k))) k++;
    if (n < spans.length && spans[n].start === k) {
      const next = spans[n];
      if (quoteEndsSentence(text, next, pEnd.end) || next.end >= pEnd.end) {
        end = next.end;
        break;
      }
      k = next.end - 1;
      n++;
      continue;
    }
    if (isSentenceEnd(text, k, pEnd.end)) {
      end = sentenceEndOffset(text, k, pEnd.end);
      while (end > k + 1 && isSpace(text[end - 1])) end--;
      break;
    }
  }
  return { start, end };
}

/** . ! ? …: the characters isSentenceEnd can accept (it rules every other one out first). */
function isEndMarkCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
