import * as vscode from 'vscode';
import type { Services } from '../services';
import { applyEntityAction } from './applyEntityAction';
import { mentionAtDocument } from './entityAt';
import { rangeOf } from './locations';

/**
 * Rename on an entity mention renames the entity across the corpus by storing entity annotations with the
 * new name on every mention. The articles are sources and stay untouched: the returned edit is empty.
 */
export class EntityRenameProvider implements vscode.RenameProvider {
  constructor(private readonly services: Services) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const { index } = this.services;
    const hit = index.isArticle(document.uri) ? mentionAtDocument(index, document, position) : undefined;
    if (!hit) throw new Error('Only an entity mention can be renamed (the article text itself is never edited).');
    return { range: rangeOf(hit.article, hit.mention), placeholder: index.entity(hit.mention.id)?.name ?? hit.mention.text };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const { index } = this.services;
    const hit = index.isArticle(document.uri) ? mentionAtDocument(index, document, position) : undefined;
    if (!hit) throw new Error('Only an entity mention can be renamed.');
    const outcome = await applyEntityAction(this.services, hit.mention.id, { kind: 'rename', name: newName });
    void vscode.window.showInformationMessage(outcome.message);
    return new vscode.WorkspaceEdit();
  }
}
