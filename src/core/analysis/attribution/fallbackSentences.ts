/**
 * A plain sentence split used only when the pipeline hands over no sentences (the splitter is another
 * stage's job): paragraphs cut at sentence ends, each tagged with the structure region it lies in.
 */
import type { Region, Sentence, Span } from '../types';
import { isSentenceEnd, sentenceEndOffset, skipSpaceBackward, skipSpaceForward } from './textScan';

export function fallbackSentences(text: string, paras: readonly Span[], regions: readonly Region[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paras) {
    let s = p.start;
    for (let k = p.start; k < p.end; k++) {
      if (!isSentenceEnd(text, k, p.end)) continue;
      const e = Math.min(p.end, sentenceEndOffset(text, k, p.end));
      push(out, text, s, e, regions);
      s = skipSpaceForward(text, e, p.end);
      k = e - 1;
    }
    if (s < p.end) push(out, text, s, p.end, regions);
  }
  return out;
}

function push(out: Sentence[], text: string, s: number, e: number, regions: readonly Region[]): void {
  const end = skipSpaceBackward(text, s, e);
  if (end <= s) return;
  const region = regions.find((r) => r.start <= s && end <= r.end + 1);
  out.push(region ? { start: s, end, region: region.kind } : { start: s, end });
}
