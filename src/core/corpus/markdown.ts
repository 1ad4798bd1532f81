/**
 * Markdown for hover cards built from untrusted article text. Every character that Markdown (CommonMark + GFM)
 * or the HTML pass could interpret is backslash-escaped, so `[x](command:…)`, `<img onerror=…>`, autolinks,
 * entities and emphasis in an article render as the literal characters.
 */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'=:$@%^;/]/g;

/** Escapes article text for inline use in Markdown. Line breaks become spaces (cards show one-line snippets). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(SPECIAL, '\\$&');
}

/** Collapses runs of whitespace and cuts long text at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/**
 * A command link. The label is escaped; the arguments are JSON-encoded by us (never article text spliced into
 * the URI), so the only commands a card can run are the ids the caller passes.
 */
export function commandLink(label: string, command: string, args: unknown, title?: string): string {
  const query = args === undefined ? '' : '?' + encodeURIComponent(JSON.stringify(args));
  const t = title ? ` "${title.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](command:${command}${query}${t})`;
}
