/**
 * Approximate substring search (Sellers' dynamic programming with Ukkonen's cut-off): finds where `pattern`
 * occurs in `text` with at most `maxErrors` insertions, deletions or substitutions, in O(maxErrors · n)
 * expected time. Written here instead of a dependency; the Hypothesis client uses the same idea through
 * approx-string-match (a bit-parallel variant).
 */

export interface ApproxMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Match ends with their error counts; one best end per run of adjacent ends. */
function matchEnds(text: string, pattern: string, k: number, from: number, to: number, limit: number): { end: number; errors: number }[] {
  const m = pattern.length;
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let top = Math.min(k, m);
  const out: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number } | undefined;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diag = 0;
    const lim = Math.min(top + 1, m);
    for (let i = 1; i <= lim; i++) {
      const left = i <= top ? col[i] : k + 1;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      let v = diag + cost;
      if (left + 1 < v) v = left + 1;
      if (col[i - 1] + 1 < v) v = col[i - 1] + 1;
      diag = left;
      col[i] = v;
    }
    top = lim;
    while (top > 0 && col[top] > k) top--;
    // A match never ends between the two halves of a surrogate pair (an emoji): the span would have to be widened
    // to whole characters afterwards, adding errors the search did not count.
    if (top === m && !splitsPair(text, j + 1)) {
      const hit = { end: j + 1, errors: col[m] };
      if (run && run.end === j) {
        if (hit.errors < run.errors) out[out.length - 1] = hit;
        run = hit;
      } else {
        if (out.length >= limit) break;
        out.push(hit);
        run = hit;
      }
    } else {
      run = undefined;
    }
  }
  return out;
}

/** Given a match end, the start whose text is closest to the pattern (edit distance, anchored at `end`). */
function matchStart(text: string, pattern: string, end: number, k: number): { start: number; errors: number } {
  const m = pattern.length;
  const maxLen = Math.min(end, m + k);
  // prev[l]: distance between the last i pattern chars and the l text chars before `end`.
  let prev = new Int32Array(maxLen + 1);
  let cur = new Int32Array(maxLen + 1);
  for (let l = 0; l <= maxLen; l++) prev[l] = l;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let l = 1; l <= maxLen; l++) {
      const cost = text.charCodeAt(end - l) === pc ? 0 : 1;
      let v = prev[l - 1] + cost;
      if (prev[l] + 1 < v) v = prev[l] + 1;
      if (cur[l - 1] + 1 < v) v = cur[l - 1] + 1;
      cur[l] = v;
    }
    [prev, cur] = [cur, prev];
  }
  let best = 0;
  for (let l = 1; l <= maxLen; l++) {
    if (splitsPair(text, end - l)) continue;
    if (prev[l] < prev[best] || (prev[l] === prev[best] && Math.abs(l - m) < Math.abs(best - m))) best = l;
  }
  return { start: end - best, errors: prev[best] };
}

/** Whether offset i falls between a high and a low surrogate. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Every approximate occurrence of `pattern` in text[from, to) with at most `maxErrors` edits.
 * `limit` bounds the number of candidates (a pathological text cannot make this unbounded).
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length, limit = 64): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const k = Math.max(0, Math.floor(maxErrors));
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  return matchEnds(text, pattern, k, lo, hi, limit).map(({ end }) => {
    const { start, errors } = matchStart(text, pattern, end, k);
    return { start, end, errors };
  });
}

/** Plain Levenshtein distance, for tests and for checking a fuzzy result. Bounded: returns > bound early. */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > bound) return bound + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
