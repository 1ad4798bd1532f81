import * as vscode from 'vscode';
import type { IndexService } from '../services';
import { mentionAtDocument } from './entityAt';
import { locationOf, mentionLocations, rangeOf } from './locations';

/** Go to Definition: the entity's first mention in the corpus (earliest dated article first). */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: IndexService) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] | undefined {
    if (!this.index.isArticle(document.uri)) return undefined;
    const hit = mentionAtDocument(this.index, document, position);
    if (!hit) return undefined;
    const first = this.index.mentionsOf(hit.mention.id)[0];
    const target = first ? mentionLocations(this.index, [first])[0] : locationOf(hit.article, hit.mention);
    if (!target) return undefined;
    return [
      {
        originSelectionRange: rangeOf(hit.article, hit.mention),
        targetUri: target.uri,
        targetRange: target.range,
        targetSelectionRange: target.range,
      },
    ];
  }
}
