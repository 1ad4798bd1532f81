/** Word-level differences between two versions of a quote, for "show the differences" in a hover. */
export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

const TOKEN = /\s+|[^\s]+/g;

/** Word tokens with their trailing whitespace kept separate, so the diff can be re-joined faithfully. */
function words(text: string): string[] {
  return (text.match(TOKEN) ?? []).filter((t) => !/^\s+$/.test(t));
}

/** Comparison key of a word: case, curly/straight apostrophes and edge punctuation ignored. */
export function wordKey(w: string): string {
  return w.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * LCS diff of `from` into `to` on words. Quotes are short (tens of words), so the O(n·m) table is fine;
 * inputs beyond a cap are compared as one replaced block to keep a hover bounded.
 */
export function wordDiff(from: string, to: string, maxWords = 400): DiffPart[] {
  const a = words(from), b = words(to);
  if (a.length > maxWords || b.length > maxWords) {
    return [{ op: 'removed', text: from }, { op: 'added', text: to }];
  }
  const ka = a.map(wordKey), kb = b.map(wordKey);
  const n = a.length, m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = ka[i] === kb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], w: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + ' ' + w };
    else parts.push({ op, text: w });
  };
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) { push('same', b[j]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push('removed', a[i]); i++; }
    else { push('added', b[j]); j++; }
  }
  while (i < n) push('removed', a[i++]);
  while (j < m) push('added', b[j++]);
  return parts;
}

/** Number of words both versions share in order (for a similarity figure). */
export function commonWords(parts: readonly DiffPart[]): number {
  return parts.filter((p) => p.op === 'same').reduce((s, p) => s + p.text.split(' ').length, 0);
}
