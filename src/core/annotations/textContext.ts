import { CONTEXT_LENGTH, type Selector } from './model';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Moves an offset off the middle of a surrogate pair (towards `dir`), so stored text never holds a lone
 * surrogate — UTF-8 cannot encode one and the sidecar would no longer match the article.
 */
export function snapOffset(text: string, offset: number, dir: -1 | 1): number {
  const o = Math.max(0, Math.min(text.length, offset));
  if (o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) return o + dir;
  return o;
}

/** Clamps and widens [start, end) to whole code points. */
export function normalizeSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(text.length, Math.floor(start)));
  let e = Math.max(0, Math.min(text.length, Math.floor(end)));
  if (e < s) [s, e] = [e, s];
  return { start: snapOffset(text, s, -1), end: snapOffset(text, e, 1) };
}

export function prefixAt(text: string, start: number, length = CONTEXT_LENGTH): string {
  return text.slice(snapOffset(text, start - length, 1), start);
}

export function suffixAt(text: string, end: number, length = CONTEXT_LENGTH): string {
  return text.slice(end, snapOffset(text, end + length, -1));
}

/** The position + quote selector for a span of the current text. */
export function selectorAt(text: string, start: number, end: number): Selector {
  return { start, end, exact: text.slice(start, end), prefix: prefixAt(text, start), suffix: suffixAt(text, end) };
}
