import * as vscode from 'vscode';
import type { IndexService } from '../services';
import { currentArticle, mentionAtDocument, quoteAt } from './entityAt';
import { ArticleLookup } from './articleLookup';
import { indexOffsetAt, locationOf, mentionLocations } from './locations';

/**
 * Find All References: every mention of the entity in every article; on a quote, every article carrying it.
 * Without `includeDeclaration` the first mention (what Go to Definition shows) is left out.
 */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: IndexService) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] | undefined {
    if (!this.index.isArticle(document.uri)) return undefined;
    const hit = mentionAtDocument(this.index, document, position);
    if (hit) {
      const locations = mentionLocations(this.index, this.index.mentionsOf(hit.mention.id));
      return context.includeDeclaration ? locations : locations.slice(1);
    }
    const article = currentArticle(this.index, document);
    const quote = article && quoteAt(article, indexOffsetAt(article, document, position));
    if (!article || !quote) return undefined;
    const locations = [locationOf(article, quote)];
    const lookup = ArticleLookup.of(this.index);
    for (const link of quote.links ?? []) {
      const other = lookup.find(link.path);
      if (other) locations.push(locationOf(other, link));
    }
    return locations;
  }
}
