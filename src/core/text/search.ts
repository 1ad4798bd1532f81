/**
 * Binary searches over things sorted by their start offset. Every stage keeps its mentions, quotes, words
 * and paragraphs in text order, so "the first one at or after this offset" is the one question they all ask.
 */

/** Index of the first item whose `start` is at or after `pos` (`items.length` when there is none). */
export function firstStartAtOrAfter(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
