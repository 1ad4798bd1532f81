import * as vscode from 'vscode';
import type { Span } from '../../core/analysis/types';
import { LineIndex } from '../../core/navigation/lineIndex';
import type { IndexedArticle, IndexService, MentionRef } from '../services';

// One line table per analysed text: the index hands out a new IndexedArticle when the text changes.
const lineIndexes = new WeakMap<IndexedArticle, LineIndex>();

export function lineIndexOf(article: IndexedArticle): LineIndex {
  let li = lineIndexes.get(article);
  if (!li) lineIndexes.set(article, (li = new LineIndex(article.text)));
  return li;
}

/**
 * 1 when the indexed text starts with a BOM: offsets count it (the project's convention), while VS Code's
 * documents drop it, so editor positions on the first line sit one code unit to the left.
 */
export function bomShift(article: IndexedArticle): number {
  return article.text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** A range from offsets without opening the document (the index holds the text the offsets refer to). */
export function rangeOf(article: IndexedArticle, span: Span): vscode.Range {
  const li = lineIndexOf(article);
  const shift = bomShift(article);
  const at = (offset: number) => {
    const p = li.positionAt(offset);
    return new vscode.Position(p.line, p.line === 0 ? Math.max(0, p.character - shift) : p.character);
  };
  return new vscode.Range(at(span.start), at(span.end));
}

/** The index offset of an editor position in an article's document. */
export function indexOffsetAt(article: IndexedArticle, document: vscode.TextDocument, position: vscode.Position): number {
  const hidden = bomShift(article) && document.getText(new vscode.Range(0, 0, 0, 1)) !== '\ufeff' ? 1 : 0;
  return document.offsetAt(position) + hidden;
}

export function locationOf(article: IndexedArticle, span: Span): vscode.Location {
  return new vscode.Location(article.uri, rangeOf(article, span));
}

/** Locations of mentions, skipping any whose article left the index meanwhile. */
export function mentionLocations(index: IndexService, mentions: readonly MentionRef[]): vscode.Location[] {
  const out: vscode.Location[] = [];
  const cache = new Map<string, IndexedArticle | undefined>();
  for (const m of mentions) {
    const key = m.uri.toString();
    if (!cache.has(key)) cache.set(key, index.get(m.uri));
    const article = cache.get(key);
    if (article) out.push(locationOf(article, m.mention));
  }
  return out;
}

/** Accepts a Uri, a URI string or a file path (what scripts and keybindings pass). */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (value && typeof value === 'object' && 'scheme' in value && 'path' in value) return vscode.Uri.from(value as vscode.Uri);
  if (typeof value !== 'string' || !value) return undefined;
  return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

export function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
