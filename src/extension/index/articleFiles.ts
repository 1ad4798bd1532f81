import * as vscode from 'vscode';
import { matchesGlob } from '../../core/corpus/glob';

/** Settings the index reads. */
export function indexSettings(): { glob: string; maxBytes: number } {
  const c = vscode.workspace.getConfiguration('sourceAnnotator');
  return { glob: c.get<string>('articleGlob', '**/*.txt'), maxBytes: Math.max(1, c.get<number>('maxArticleSizeKB', 2048)) * 1024 };
}

/** Whether a URI falls under the article glob of its workspace folder (no file-system access). */
export function matchesArticleGlob(uri: vscode.Uri, glob: string): boolean {
  if (uri.path.endsWith('.annotations.yaml')) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const rel = uri.path.slice(folder.uri.path.length).replace(/^\/+/, '');
  return matchesGlob(glob, rel);
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** A NUL byte in the first 8 KB marks a binary file (the same heuristic git uses). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Reads an article through workspace.fs, refusing binary and over-sized files with a reason. */
export async function readArticle(uri: vscode.Uri, maxBytes: number): Promise<ReadResult> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { ok: false, reason: 'is a directory' };
    if (stat.size > maxBytes) return { ok: false, reason: `is ${Math.round(stat.size / 1024)} KB, over sourceAnnotator.maxArticleSizeKB (${Math.round(maxBytes / 1024)} KB)` };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > maxBytes) return { ok: false, reason: `is over sourceAnnotator.maxArticleSizeKB (${Math.round(maxBytes / 1024)} KB)` };
    if (looksBinary(bytes)) return { ok: false, reason: 'looks binary (contains NUL bytes)' };
    return { ok: true, text: decoder.decode(bytes) };
  } catch (e) {
    return { ok: false, reason: 'cannot be read: ' + (e instanceof Error ? e.message : String(e)) };
  }
}
