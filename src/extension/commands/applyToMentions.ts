import * as vscode from 'vscode';
import { SidecarAnnotationService } from '../annotations/annotationService';
import type { ResolvedAnnotation, Services } from '../services';
import { mentionSpan } from './commandTarget';

// "Apply to every mention" (brat #394): one decision on an entity mention, copied to every other mention of
// the same identity across the corpus.

/** The other mentions of an entity annotation's identity across the corpus. */
export function otherMentions(services: Services, uri: vscode.Uri, source: ResolvedAnnotation) {
  if (source.kind !== 'entity' || !source.entity) return [];
  return services.index
    .mentionsOf(source.entity)
    .filter((m) => !(m.uri.toString() === uri.toString() && mentionSpan(services, m.uri, m.mention).start === source.span?.start));
}

/** Applies an entity decision (status, type, identity) to every other mention of the same identity. */
export async function applyDecision(services: Services, uri: vscode.Uri, source: ResolvedAnnotation): Promise<number> {
  const svc = services.annotations;
  return svc instanceof SidecarAnnotationService ? svc.batch(() => applyEach(services, uri, source)) : applyEach(services, uri, source);
}

async function applyEach(services: Services, uri: vscode.Uri, source: ResolvedAnnotation): Promise<number> {
  let n = 0;
  const fields = { ...(source.status ? { status: source.status } : {}), ...(source.type ? { type: source.type } : {}), ...(source.entity ? { entity: source.entity } : {}) };
  for (const m of otherMentions(services, uri, source)) {
    const span = mentionSpan(services, m.uri, m.mention);
    const existing = services.annotations.forArticle(m.uri).find((a) => a.kind === 'entity' && a.span?.start === span.start && a.span.end === span.end);
    if (existing) await services.annotations.update(m.uri, existing.id, fields);
    else await services.annotations.add(m.uri, { kind: 'entity', start: span.start, end: span.end, ...fields });
    n++;
  }
  return n;
}

export function describeDecision(a: ResolvedAnnotation): string {
  return a.status === 'rejected' ? 'Reject' : `Mark as ${a.type ?? 'entity'}`;
}

/**
 * After a decision on one entity mention: `apply: true` applies it to every other mention, `false` never; when
 * absent, a notification offers it without blocking the command (hover links and scripts return at once).
 */
export async function offerApplyToAll(services: Services, uri: vscode.Uri, id: string, apply: boolean | undefined): Promise<number> {
  const source = services.annotations.forArticle(uri).find((a) => a.id === id);
  if (!source || apply === false) return 0;
  const mentions = otherMentions(services, uri, source);
  if (mentions.length === 0) return 0;
  if (apply === true) return applyDecision(services, uri, source);
  const articles = new Set(mentions.map((m) => m.uri.toString())).size;
  const button = `${describeDecision(source)} All`;
  void vscode.window
    .showInformationMessage(`“${source.exact}” has ${mentions.length} other mention(s) in ${articles} article(s). ${describeDecision(source)} them all?`, button)
    .then(async (choice) => {
      if (choice !== button) return;
      const n = await applyDecision(services, uri, source);
      void vscode.window.showInformationMessage(`Source Annotator: applied to ${n} mention(s).`);
    });
  return 0;
}

