import * as vscode from 'vscode';
import type { IndexService } from '../services';

/** Arguments of `sourceAnnotator.openMention` (and the other card commands): the URI may arrive as a string from a command link. */
export interface MentionArgs {
  readonly uri: string | vscode.Uri;
  readonly start: number;
  readonly end: number;
}

export function toUri(u: string | vscode.Uri | { scheme: string; path: string }): vscode.Uri {
  if (typeof u === 'string') return vscode.Uri.parse(u);
  if (u instanceof vscode.Uri) return u;
  return vscode.Uri.from(u as vscode.Uri);
}

/** Opens an article at a span given in the index's offsets (its analysed text). */
export async function openMention(index: IndexService, args: MentionArgs | undefined): Promise<vscode.TextEditor | undefined> {
  if (!args || args.uri === undefined || typeof args.start !== 'number' || typeof args.end !== 'number') {
    void vscode.window.showErrorMessage('Open Mention needs { uri, start, end }.');
    return undefined;
  }
  const uri = toUri(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  const indexed = index.get(uri);
  // Offsets come from the analysed text; a BOM kept on disk is not part of the editor's text.
  const shift = indexed && indexed.text.charCodeAt(0) === 0xfeff && doc.getText().charCodeAt(0) !== 0xfeff ? 1 : 0;
  const start = doc.positionAt(Math.max(0, args.start - shift)), end = doc.positionAt(Math.max(0, args.end - shift));
  const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(start, end), preview: true });
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
