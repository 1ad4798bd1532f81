// Shared by the in-host test files: the extension's id, activation that waits for the first index, polling.
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'source-annotator.source-annotator';

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function api(): Promise<SourceAnnotatorApi> {
  const a = await vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID)!.activate();
  await a.services.index.ready;
  return a;
}

export function folder(): vscode.Uri {
  return vscode.workspace.workspaceFolders![0].uri;
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Markdown of every hover the providers return at a position. */
export async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<{ values: string[]; hovers: vscode.Hover[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const values = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
  return { values, hovers };
}

/** The labels of the article lines of a card (`- [label](command:…)`), unescaped. */
export function articleLines(markdown: string): string[] {
  return markdown.split('\n').filter((l) => l.startsWith('- [')).map((l) => {
    const m = /^- \[((?:\\.|[^\]\\])*)\]\(command:sourceAnnotator\.openMention/.exec(l);
    return m ? m[1].replace(/\\(.)/g, '$1') : '';
  }).filter(Boolean);
}
