import type { Span } from '../analysis/types';

/**
 * One line of context around a span for tree items and pickers: whitespace collapsed, context kept inside
 * the span's own line (a paragraph in these articles), cut at word boundaries, with ellipses where text was
 * dropped. Less context before than after, so a narrow tree column still shows the span itself.
 */
export function snippetAround(text: string, span: Span, radius = 40): string {
  return highlightedSnippet(text, span, radius).text;
}

/** The snippet plus where the span's words sit in it, for TreeItemLabel highlights. */
export function highlightedSnippet(text: string, span: Span, radius = 40, before = Math.ceil(radius / 2)): { text: string; highlight: [number, number] } {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
  const breaks = [text.indexOf('\n', span.end), text.indexOf('\r', span.end)].filter((i) => i >= 0);
  const lineEnd = breaks.length ? Math.min(...breaks) : text.length;
  const from = Math.max(lineStart, span.start - before);
  const to = Math.min(lineEnd, span.end + radius);
  let head = text.slice(from, span.start);
  let tail = text.slice(span.end, to);
  if (from > lineStart) {
    const space = head.search(/\s/);
    if (space >= 0 && space < head.length - 1) head = head.slice(space + 1);
  }
  if (to < lineEnd) {
    const space = tail.search(/\s\S*$/);
    if (space > 0) tail = tail.slice(0, space);
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const left = `${from > lineStart ? '…' : ''}${flat(head)}`.trimStart();
  const middle = flat(text.slice(span.start, span.end));
  const right = `${flat(tail)}${to < lineEnd ? '…' : ''}`.trimEnd();
  return { text: left + middle + right, highlight: [left.length, left.length + middle.length] };
}

/** Shortens a one-line label to `max` characters. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
