import * as vscode from 'vscode';
import type { IndexedArticle, IndexService } from '../services';

/**
 * Finds articles by the `path` of a cross-link. Links carry a URI string in the extension's index and a
 * workspace-relative path in the CLI's JSON; accept every form so neither side has to change.
 */
export class ArticleLookup {
  private readonly byKey = new Map<string, IndexedArticle>();

  constructor(articles: readonly IndexedArticle[]) {
    for (const a of articles) {
      for (const key of [a.uri.toString(), a.uri.fsPath, a.uri.path, vscode.workspace.asRelativePath(a.uri, false)]) {
        if (!this.byKey.has(key)) this.byKey.set(key, a);
      }
    }
  }

  static of(index: IndexService): ArticleLookup {
    return new ArticleLookup(index.all());
  }

  find(path: string): IndexedArticle | undefined {
    return this.byKey.get(path) ?? this.byKey.get(path.replace(/\\/g, '/'));
  }
}
