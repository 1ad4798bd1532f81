import * as vscode from 'vscode';
import type { EntityType } from '../../core/analysis/types';
import { documentSymbolTree, type SymbolNode } from '../../core/navigation/documentSymbols';
import { TYPE_LABELS, plural } from '../../core/navigation/entityTree';
import { searchEntities } from '../../core/navigation/symbolSearch';
import type { IndexedArticle, IndexService } from '../services';
import { mentionLocations, rangeOf } from './locations';

export const SYMBOL_KINDS: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Class,
  ORG: vscode.SymbolKind.Struct,
  GPE: vscode.SymbolKind.Namespace,
  LOC: vscode.SymbolKind.Field,
  NORP: vscode.SymbolKind.Interface,
  DATE: vscode.SymbolKind.Constant,
  EVENT: vscode.SymbolKind.Event,
};

function symbolKind(node: SymbolNode): vscode.SymbolKind {
  if (node.role === 'quote') return vscode.SymbolKind.String;
  if (node.role === 'group') return vscode.SymbolKind.Package;
  return node.type ? SYMBOL_KINDS[node.type] : vscode.SymbolKind.Object;
}

function toDocumentSymbol(article: IndexedArticle, node: SymbolNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, symbolKind(node), rangeOf(article, node.range), rangeOf(article, node.selection));
  symbol.children = node.children.map((c) => toDocumentSymbol(article, c));
  return symbol;
}

/** Outline: this article's entities grouped by type, then its quotes. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: IndexService) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    if (!this.index.isArticle(document.uri)) return undefined;
    const article = this.index.get(document.uri);
    if (!article) return [];
    const nameOf = (id: string) => this.index.entity(id)?.name;
    return documentSymbolTree(article.analysis, nameOf).map((n) => toDocumentSymbol(article, n));
  }
}

/** Go to Symbol in Workspace: entities by name, each at its first mention. */
export class EntityWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: IndexService, private readonly limit = 200) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const out: vscode.SymbolInformation[] = [];
    for (const entity of searchEntities(this.index.entities(), query, this.limit)) {
      if (token.isCancellationRequested) break;
      const first = this.index.mentionsOf(entity.id)[0];
      const location = first && mentionLocations(this.index, [first])[0];
      if (!location) continue;
      const container = `${TYPE_LABELS[entity.type]} · ${plural(entity.mentionCount, 'mention')} in ${plural(entity.articleCount, 'article')}`;
      out.push(new vscode.SymbolInformation(entity.name, SYMBOL_KINDS[entity.type], container, location));
    }
    return out;
  }
}
