import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../../core/analysis/types';
import { entityDescription, TYPE_LABELS } from '../../core/navigation/entityTree';
import { validateAction, type EntityAction } from '../../core/navigation/entityActions';
import { searchEntities } from '../../core/navigation/symbolSearch';
import { applyEntityAction, type ActionOutcome } from '../providers/applyEntityAction';
import { mentionAtCursor } from '../providers/entityAt';
import { registerCommandOnce } from '../providers/safeCommand';
import type { CorpusEntity, Services } from '../services';

/** What the entity commands accept: a tree node, `{ id, ... }`, an id string, or nothing (cursor, then a pick). */
type EntityArg = string | { id?: unknown; entityId?: unknown; kind?: unknown; name?: unknown; into?: unknown; type?: unknown } | undefined;

function idFromArg(arg: EntityArg): string | undefined {
  if (typeof arg === 'string') return arg;
  if (!arg || typeof arg !== 'object') return undefined;
  if (typeof arg.entityId === 'string') return arg.entityId;
  if (typeof arg.id === 'string' && (arg.kind === undefined || arg.kind === 'entity')) return arg.id;
  return undefined;
}

async function pickEntity(services: Services, placeHolder: string, exclude?: string, preferType?: EntityType): Promise<CorpusEntity | undefined> {
  const entities = services.index.entities().filter((e) => e.id !== exclude);
  if (!entities.length) throw new Error('No entities in the index yet.');
  const ordered = searchEntities(entities, '', 2000).sort((a, b) => Number(b.type === preferType) - Number(a.type === preferType));
  const picked = await vscode.window.showQuickPick(
    ordered.map((e) => ({ label: e.name, description: `${e.type} · ${entityDescription(e)}`, detail: e.aliases.filter((a) => a !== e.name).join(', ') || undefined, entity: e })),
    { placeHolder, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.entity;
}

/** The entity the command is about: from its argument, else the mention under the cursor, else a quick pick. */
async function resolveEntity(services: Services, arg: EntityArg): Promise<CorpusEntity | undefined> {
  const { index } = services;
  const id = idFromArg(arg);
  if (id) {
    const entity = index.entity(id);
    if (!entity) throw new Error(`No entity “${id}” in the index.`);
    return entity;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && index.isArticle(editor.document.uri)) {
    const hit = mentionAtCursor(index, editor);
    const entity = hit && index.entity(hit.mention.id);
    if (entity) return entity;
  }
  return pickEntity(services, 'Which entity?');
}

async function run(services: Services, entity: CorpusEntity, action: EntityAction, interactive: boolean): Promise<ActionOutcome> {
  const outcome = await applyEntityAction(services, entity.id, action);
  if (interactive) {
    if (outcome.failed) void vscode.window.showWarningMessage(outcome.message);
    else void vscode.window.showInformationMessage(outcome.message);
  }
  return outcome;
}

function stringField(arg: EntityArg, field: 'name' | 'into' | 'type'): string | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const v = arg[field];
  return typeof v === 'string' ? v : undefined;
}

/** rename / merge / change type / confirm / reject an entity everywhere, stored as annotations on every mention. */
export function registerEntityCommands(services: Services): vscode.Disposable[] {
  const { log } = services;
  return [
    registerCommandOnce(log, 'sourceAnnotator.renameEntity', async (arg?: EntityArg) => {
      const entity = await resolveEntity(services, arg);
      if (!entity) return undefined;
      let name = stringField(arg, 'name');
      const interactive = name === undefined;
      if (name === undefined) {
        name = await vscode.window.showInputBox({
          title: `Rename “${entity.name}” in every article`,
          prompt: 'Stored as entity annotations on every mention; the articles are not edited.',
          value: entity.name,
          validateInput: (v) => validateAction({ kind: 'rename', name: v }, entity),
        });
        if (name === undefined) return undefined;
      }
      return run(services, entity, { kind: 'rename', name }, interactive);
    }),
    registerCommandOnce(log, 'sourceAnnotator.mergeEntities', async (arg?: EntityArg) => {
      const entity = await resolveEntity(services, arg);
      if (!entity) return undefined;
      const intoId = stringField(arg, 'into');
      const target = intoId ? services.index.entity(intoId) : await pickEntity(services, `Merge “${entity.name}” into…`, entity.id, entity.type);
      if (intoId && !target) throw new Error(`No entity “${intoId}” to merge into.`);
      if (!target) return undefined;
      return run(services, entity, { kind: 'merge', into: { id: target.id, name: target.name, type: target.type } }, !intoId);
    }),
    registerCommandOnce(log, 'sourceAnnotator.changeEntityType', async (arg?: EntityArg) => {
      const entity = await resolveEntity(services, arg);
      if (!entity) return undefined;
      const given = stringField(arg, 'type')?.toUpperCase();
      if (given !== undefined && !(ENTITY_TYPES as readonly string[]).includes(given)) {
        throw new Error(`Unknown type “${given}”; expected one of ${ENTITY_TYPES.join(', ')}.`);
      }
      let type = given as EntityType | undefined;
      if (!type) {
        const picked = await vscode.window.showQuickPick(
          ENTITY_TYPES.filter((t) => t !== entity.type).map((t) => ({ label: t, description: TYPE_LABELS[t], type: t })),
          { placeHolder: `“${entity.name}” is ${entity.type}; change it to…` },
        );
        type = picked?.type;
      }
      if (!type) return undefined;
      return run(services, entity, { kind: 'retype', type }, given === undefined);
    }),
    registerCommandOnce(log, 'sourceAnnotator.confirmEntityEverywhere', async (arg?: EntityArg) => {
      const entity = await resolveEntity(services, arg);
      return entity ? run(services, entity, { kind: 'confirm' }, true) : undefined;
    }),
    registerCommandOnce(log, 'sourceAnnotator.rejectEntityEverywhere', async (arg?: EntityArg) => {
      const entity = await resolveEntity(services, arg);
      return entity ? run(services, entity, { kind: 'reject' }, true) : undefined;
    }),
  ];
}
