import * as vscode from 'vscode';
import { describeAction, planEntityAction, validateAction, type EntityAction } from '../../core/navigation/entityActions';
import type { Services } from '../services';

export interface ActionOutcome {
  readonly written: number;
  readonly failed: number;
  readonly message: string;
}

/**
 * Records an entity-wide decision as annotations on every mention, through the annotation service (the
 * articles' text is never edited). Sidecars are written one at a time, in corpus order, with progress;
 * a failed write is reported and the rest still go through.
 */
export async function applyEntityAction(services: Services, entityId: string, action: EntityAction): Promise<ActionOutcome> {
  const { index, annotations, log } = services;
  const entity = index.entity(entityId);
  if (!entity) throw new Error(`No entity “${entityId}” in the index.`);
  const invalid = validateAction(action, entity);
  if (invalid) throw new Error(invalid);

  const uris = new Map<string, vscode.Uri>();
  const mentions = index.mentionsOf(entityId).map((m) => {
    const path = m.uri.toString();
    uris.set(path, m.uri);
    return { path, mention: m.mention };
  });
  const plan = planEntityAction(entity, mentions, (path) => annotations.forArticle(uris.get(path)!), action);
  let written = 0;
  let failed = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Source Annotator: ${action.kind} “${entity.name}”`, cancellable: false },
    async (progress) => {
      for (const step of plan) {
        const uri = uris.get(step.path)!;
        try {
          if (step.op === 'update') {
            await annotations.update(uri, step.id, step.fields);
          } else {
            await annotations.add(uri, { kind: 'entity', start: step.start, end: step.end, ...step.fields });
          }
          written++;
        } catch (err) {
          failed++;
          log.error(`${action.kind} ${entityId}: could not annotate ${uri.toString()} [${step.start}, ${step.end}): ${String(err)}`);
        }
        progress.report({ increment: 100 / Math.max(1, plan.length) });
      }
    },
  );
  const message = plan.length === 0
    ? `Nothing to change: every mention of “${entity.name}” already carries that decision.`
    : describeAction(action, entity.name, plan) + (failed ? ` ${failed} could not be saved (see the output log).` : '');
  return { written, failed, message };
}
