import * as vscode from 'vscode';
import { SidecarAnnotationService } from '../annotations/annotationService';
import { sidecarUriFor } from '../annotations/sidecarFiles';
import type { Services } from '../services';
import { argsOf } from './commandTarget';

/** What `sourceAnnotator.showOrphans` returns: annotations that could not be found in their article. */
export interface OrphanItem {
  readonly uri: string;
  readonly id: string;
  readonly exact: string;
  readonly note?: string;
}

export async function showOrphans(services: Services, arg: unknown): Promise<OrphanItem[]> {
  const args = argsOf<{ interactive?: boolean }>(arg);
  const svc = services.annotations;
  const found =
    svc instanceof SidecarAnnotationService
      ? (await svc.ready, svc.orphans().map((o) => ({ uri: o.uri, a: o.annotation })))
      : svc.articles().flatMap((uri) => svc.forArticle(uri).filter((a) => !a.span).map((a) => ({ uri, a })));
  const list: OrphanItem[] = found.map(({ uri, a }) => ({ uri: uri.toString(), id: a.id, exact: a.exact, ...(a.note ? { note: a.note } : {}) }));
  if (args.interactive === false) return list;
  if (list.length === 0) {
    void vscode.window.showInformationMessage('Source Annotator: every annotation was found in its article; there are no orphans.');
    return list;
  }
  const picked = await vscode.window.showQuickPick(
    found.map(({ uri, a }) => ({ label: a.exact.replace(/\s+/g, ' ').slice(0, 80), description: `${vscode.workspace.asRelativePath(uri)} · ${a.id}`, detail: a.note, uri, id: a.id })),
    { title: `${list.length} orphaned annotation(s): their text is no longer in the article`, placeHolder: 'Open one in its sidecar to fix or remove it' },
  );
  if (picked) {
    const line = svc instanceof SidecarAnnotationService ? svc.problems(picked.uri).find((p) => p.id === picked.id)?.line : undefined;
    const doc = await vscode.workspace.openTextDocument(sidecarUriFor(picked.uri));
    const pos = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
  }
  return list;
}

