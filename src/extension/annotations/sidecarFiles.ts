import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/annotations/model';

/** `<article file name>.annotations.yaml`, next to the article. */
export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

export function isSidecar(uri: vscode.Uri): boolean {
  return uri.path.endsWith(SIDECAR_SUFFIX);
}

export function articleUriFor(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export async function statOrUndefined(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** Decoded text with a BOM kept (offsets count it), or a reason why it cannot be used as an article. */
export async function readArticleText(uri: vscode.Uri, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > maxBytes) return { reason: `is ${Math.round(bytes.length / 1024)} KB, over sourceAnnotator.maxArticleSizeKB` };
    for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) return { reason: 'looks binary (contains NUL bytes)' };
    return { text: decoder.decode(bytes) };
  } catch (e) {
    return { reason: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Replaces a file atomically: the content goes to a temporary file in the same folder, which is then renamed
 * over the target, so a crash or a full disk never leaves a half-written sidecar. The temporary name does
 * not end in `.annotations.yaml`, so watchers of sidecars ignore it.
 */
export async function writeAtomically(target: vscode.Uri, content: string): Promise<void> {
  const name = baseName(target);
  const tmp = target.with({ path: target.path.slice(0, target.path.length - name.length) + `.${name}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, encoder.encode(content));
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
