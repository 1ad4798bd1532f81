import { wordKey } from './wordDiff';

/** How a quote seen in one article relates to a quote in another. */
export type QuoteRelation = 'verbatim' | 'trimmed' | 'extended' | 'changed';

export interface QuoteComparison {
  readonly relation: QuoteRelation;
  /** 0..1: shared words in order over the longer quote's words. */
  readonly similarity: number;
}

export function quoteKeys(text: string): string[] {
  return text.split(/\s+/).map(wordKey).filter((w) => w.length > 0);
}

function isContiguous(small: readonly string[], big: readonly string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let k = 0; k < small.length; k++) if (big[i + k] !== small[k]) continue outer;
    return true;
  }
  return false;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint16Array(b.length + 1), cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Compares quote `a` (the one hovered) with quote `b` (seen elsewhere). `trimmed`: b is a contiguous part
 * of a; `extended`: a is a part of b; `changed`: most words shared in order; undefined: not the same quote.
 * Very short quotes (scare quotes) only count when verbatim, since a shared word or two means nothing.
 */
export function compareQuotes(a: readonly string[], b: readonly string[], minChanged = 0.6): QuoteComparison | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const longer = Math.max(a.length, b.length), shorter = Math.min(a.length, b.length);
  if (a.length === b.length && a.every((w, i) => w === b[i])) return { relation: 'verbatim', similarity: 1 };
  if (shorter < 4) return undefined;
  if (b.length < a.length && isContiguous(b, a)) return { relation: 'trimmed', similarity: b.length / a.length };
  if (a.length < b.length && isContiguous(a, b)) return { relation: 'extended', similarity: a.length / b.length };
  const common = lcsLength(a, b);
  // Measured against the shorter one so a trimmed-and-edited quote still counts.
  if (common / shorter >= minChanged && common >= 4) return { relation: 'changed', similarity: common / longer };
  return undefined;
}

/** Keys for candidate lookup: overlapping word trigrams (or the whole quote when shorter). */
export function quoteShingles(keys: readonly string[], n = 3): string[] {
  if (keys.length < n) return keys.length ? [keys.join(' ')] : [];
  const out = new Set<string>();
  for (let i = 0; i + n <= keys.length; i++) out.add(keys.slice(i, i + n).join(' '));
  return [...out];
}
