import type * as vscode from 'vscode';
import type { EntityMention, Quote } from '../../core/analysis/types';
import { mentionAtOffset } from '../../core/navigation/entityTree';
import type { IndexedArticle, IndexService } from '../services';
import { bomShift, indexOffsetAt } from './locations';

export interface MentionHit {
  readonly article: IndexedArticle;
  readonly mention: EntityMention;
}

/** The entity mention at an offset of the indexed text of an article. */
export function mentionAt(index: IndexService, uri: vscode.Uri, offset: number): MentionHit | undefined {
  const article = index.get(uri);
  if (!article) return undefined;
  const mention = mentionAtOffset(article.analysis.entities, offset);
  return mention ? { article, mention } : undefined;
}

/**
 * The indexed article of an open document, only when the analysis ran on the document's current text:
 * while the user types ahead of the index, offsets could point at the wrong words.
 */
export function currentArticle(index: IndexService, document: vscode.TextDocument): IndexedArticle | undefined {
  const article = index.get(document.uri);
  if (!article) return undefined;
  const text = document.getText();
  if (article.text === text) return article;
  return bomShift(article) && article.text.length === text.length + 1 && article.text.endsWith(text) ? article : undefined;
}

export function mentionAtDocument(index: IndexService, document: vscode.TextDocument, position: vscode.Position): MentionHit | undefined {
  const article = currentArticle(index, document);
  if (!article) return undefined;
  const mention = mentionAtOffset(article.analysis.entities, indexOffsetAt(article, document, position));
  return mention ? { article, mention } : undefined;
}

/** The mention under the editor's cursor, if the editor shows an indexed article. */
export function mentionAtCursor(index: IndexService, editor: vscode.TextEditor): MentionHit | undefined {
  return mentionAtDocument(index, editor.document, editor.selection.active);
}

export function quoteAt(article: IndexedArticle, offset: number): Quote | undefined {
  return article.analysis.quotes.find((q) => q.markStart <= offset && offset <= q.markEnd);
}
