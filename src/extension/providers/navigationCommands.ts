import * as vscode from 'vscode';
import type { IndexService, Services } from '../services';
import { mentionAt, quoteAt } from './entityAt';
import { ArticleLookup } from './articleLookup';
import { indexOffsetAt, isOffset, locationOf, mentionLocations, toUri } from './locations';
import { registerCommandOnce } from './safeCommand';

export interface PositionArgs {
  readonly uri?: vscode.Uri | string;
  readonly start?: number;
  readonly end?: number;
}

/** Where the command should look: its arguments, else the active editor's selection. */
function resolveTarget(index: IndexService, args: PositionArgs | undefined): { uri: vscode.Uri; offset: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  const uri = toUri(args?.uri) ?? editor?.document.uri;
  if (!uri) return undefined;
  if (isOffset(args?.start)) return { uri, offset: args!.start };
  if (editor && editor.document.uri.toString() === uri.toString()) {
    const article = index.get(uri);
    return { uri, offset: article ? indexOffsetAt(article, editor.document, editor.selection.active) : editor.document.offsetAt(editor.selection.active) };
  }
  return undefined;
}

/**
 * `sourceAnnotator.showReferences { uri?, start?, end? }`: peeks every mention of the entity at that
 * position (or every article carrying the quote there). Resolves to the locations shown.
 */
export async function showReferences(services: Services, args: PositionArgs | undefined): Promise<vscode.Location[]> {
  const { index } = services;
  const target = resolveTarget(index, args);
  if (!target) throw new Error('Show All References needs an article position: { uri, start } or a cursor in an article.');
  const hit = mentionAt(index, target.uri, target.offset);
  let locations: vscode.Location[] = [];
  let anchor: vscode.Location | undefined;
  if (hit) {
    locations = mentionLocations(index, index.mentionsOf(hit.mention.id));
    anchor = locationOf(hit.article, hit.mention);
  } else {
    const article = index.get(target.uri);
    const quote = article && quoteAt(article, target.offset);
    if (article && quote) {
      anchor = locationOf(article, quote);
      const lookup = ArticleLookup.of(index);
      locations = [anchor, ...(quote.links ?? []).flatMap((l) => {
        const other = lookup.find(l.path);
        return other ? [locationOf(other, l)] : [];
      })];
    }
  }
  if (!anchor) {
    void vscode.window.showInformationMessage('No entity or quote at this position.');
    return [];
  }
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, locations);
  return locations;
}

/** `sourceAnnotator.openMention` is registered once, by the hovers (src/extension/hovers/openMention.ts). */
export function registerNavigationCommands(services: Services): vscode.Disposable[] {
  return [
    registerCommandOnce(services.log, 'sourceAnnotator.showReferences', (args?: PositionArgs) => showReferences(services, args)),
  ];
}
