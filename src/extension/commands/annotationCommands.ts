import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../../core/analysis/types';
import { slugify } from '../../core/annotations/knowledge';
import type { AnnotationKind } from '../../core/annotations/model';
import { SidecarAnnotationService } from '../annotations/annotationService';
import type { ResolvedAnnotation, Services } from '../services';
import { describeDecision, applyDecision, offerApplyToAll, otherMentions } from './applyToMentions';
import { showOrphans } from './showOrphans';
import {
  annotationAt, argsOf, cursorOffset, editorFor, revealSpan, suggestionAt, targetSpan, targetUri, type Suggestion, type TargetArgs,
} from './commandTarget';

/** `sourceAnnotator.annotate` arguments. */
export interface AnnotateArgs extends TargetArgs {
  readonly kind?: AnnotationKind;
  readonly type?: EntityType;
  readonly entity?: string;
  readonly speaker?: string;
  readonly note?: string;
  /** For an entity: apply it to every other mention of its identity (true), never (false), or offer (absent). */
  readonly apply?: boolean;
}

export interface SuggestionArgs extends TargetArgs {
  readonly type?: EntityType;
  readonly entity?: string;
  /** Apply the same decision to every other mention of the entity (true), never (false), or ask (absent, bare call). */
  readonly apply?: boolean;
}

const KIND_ITEMS: { label: string; value: AnnotationKind; description: string }[] = [
  { label: '$(symbol-field) Entity', value: 'entity', description: 'a person, organisation, place, date, event…' },
  { label: '$(quote) Quote', value: 'quote', description: 'quoted words and who said them' },
  { label: '$(law) Claim', value: 'claim', description: 'a statement to check' },
  { label: '$(note) Note', value: 'note', description: 'a free note on this text' },
];

function register(services: Services, id: string, handler: (arg: unknown) => Promise<unknown>): vscode.Disposable {
  try {
    return vscode.commands.registerCommand(id, async (arg: unknown) => {
      try {
        return await handler(arg);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        services.log.error(`${id}: ${msg}`);
        void vscode.window.showErrorMessage(`Source Annotator: ${msg}`);
        return undefined;
      }
    });
  } catch (e) {
    services.log.warn(`${id} is already registered elsewhere (${String(e)})`);
    return new vscode.Disposable(() => undefined);
  }
}

function isEntityType(t: unknown): t is EntityType {
  return typeof t === 'string' && (ENTITY_TYPES as readonly string[]).includes(t);
}

async function pickType(current?: EntityType): Promise<EntityType | undefined> {
  const items = ENTITY_TYPES.map((t) => ({ label: t, description: t === current ? 'suggested' : undefined }));
  if (current) items.sort((a, b) => (a.label === current ? -1 : b.label === current ? 1 : 0));
  return (await vscode.window.showQuickPick(items, { title: 'Entity type', placeHolder: 'Type of this name' }))?.label as EntityType | undefined;
}

function exactOf(services: Services, uri: vscode.Uri, span: { start: number; end: number }): string {
  const editor = editorFor(uri);
  const text = editor?.document.getText() ?? services.index.get(uri)?.text ?? '';
  return text.slice(span.start, span.end);
}

async function annotate(services: Services, arg: unknown): Promise<string | undefined> {
  const args = argsOf<AnnotateArgs>(arg);
  const uri = targetUri(args);
  await loaded(services, uri); // knows then whether the file has a BOM the editor hides
  const span = targetSpan(uri, args);
  if (!span || span.end <= span.start) throw new Error('Select the text to annotate (or pass { start, end }).');
  const suggestion = suggestionAt(services, uri, span);
  let kind = args.kind;
  if (kind !== undefined && !KIND_ITEMS.some((k) => k.value === kind)) throw new Error(`Unknown kind "${String(kind)}": use entity, quote, claim or note.`);
  const interactive = kind === undefined;
  if (!kind) {
    const items = suggestion ? [...KIND_ITEMS].sort((a, b) => (a.value === suggestion.kind ? -1 : b.value === suggestion.kind ? 1 : 0)) : KIND_ITEMS;
    kind = (await vscode.window.showQuickPick(items, { title: 'Annotate selection', placeHolder: 'What is this?' }))?.value;
    if (!kind) return undefined;
  }
  if (args.type !== undefined && !isEntityType(args.type)) throw new Error(`Unknown entity type "${String(args.type)}": use one of ${ENTITY_TYPES.join(', ')}.`);
  let type = args.type;
  let entity = args.entity;
  let speaker = args.speaker;
  let note = args.note;
  const mention = suggestion?.kind === 'entity' && suggestion.start === span.start && suggestion.end === span.end ? suggestion.mention : undefined;
  if (kind === 'entity') {
    if (!type && interactive) {
      type = await pickType(mention?.type);
      if (!type) return undefined;
    }
    type ??= mention?.type;
    entity ??= mention?.id ?? (type ? slugify(exactOf(services, uri, span)) : undefined);
  }
  if (kind === 'quote' && speaker === undefined) {
    const found = suggestion?.kind === 'quote' ? suggestion.quote.speaker?.id : undefined;
    speaker = interactive ? await vscode.window.showInputBox({ title: 'Speaker (optional)', value: found ?? '', prompt: 'Who said it (an entity id or a name)' }) : found;
    if (interactive && speaker === undefined) return undefined;
  }
  if (interactive && note === undefined) {
    note = await vscode.window.showInputBox({ title: 'Note (optional)', prompt: 'Your note on this annotation; leave empty for none' });
    if (note === undefined) return undefined;
  }
  const added = await services.annotations.add(uri, {
    kind, start: span.start, end: span.end, ...(type ? { type } : {}), ...(entity ? { entity } : {}), ...(speaker ? { speaker } : {}), ...(note ? { note } : {}),
  });
  if (kind === 'entity') await offerApplyToAll(services, uri, added.id, args.apply);
  return added.id;
}

function targetAnnotation(services: Services, uri: vscode.Uri, args: TargetArgs & { id?: string }): ResolvedAnnotation | undefined {
  const list = services.annotations.forArticle(uri);
  if (args.id) return list.find((a) => a.id === args.id);
  const span = targetSpan(uri, args, false);
  if (span) return annotationAt(list, span);
  const at = cursorOffset(uri);
  return at === undefined ? undefined : annotationAt(list, { start: at, end: at });
}

async function loaded(services: Services, uri: vscode.Uri): Promise<void> {
  if (services.annotations instanceof SidecarAnnotationService) await services.annotations.whenLoaded(uri);
}

async function removeAnnotation(services: Services, arg: unknown): Promise<boolean> {
  const args = argsOf<TargetArgs & { id?: string }>(arg);
  const uri = targetUri(args);
  await loaded(services, uri);
  const a = targetAnnotation(services, uri, args);
  if (!a) throw new Error(args.id ? `No annotation "${args.id}" in ${vscode.workspace.asRelativePath(uri)}.` : 'No annotation at the cursor.');
  return services.annotations.remove(uri, a.id);
}

async function decide(services: Services, arg: unknown, status: 'confirmed' | 'rejected'): Promise<string | undefined> {
  const args = argsOf<SuggestionArgs>(arg);
  const uri = targetUri(args);
  await loaded(services, uri);
  let span = targetSpan(uri, args, false);
  if (!span) {
    const at = cursorOffset(uri);
    if (at === undefined) throw new Error('No suggestion: place the cursor on a highlight, or pass { uri, start, end }.');
    span = { start: at, end: at };
  }
  const s: Suggestion | undefined = suggestionAt(services, uri, span);
  if (!s) throw new Error(`No suggestion at ${span.start}–${span.end} in ${vscode.workspace.asRelativePath(uri)}.`);
  if (args.type !== undefined && !isEntityType(args.type)) throw new Error(`Unknown entity type "${String(args.type)}".`);
  const fields =
    s.kind === 'entity'
      ? { status, type: args.type ?? s.mention.type, entity: args.entity ?? s.mention.id }
      : { status, ...(s.quote.speaker ? { speaker: s.quote.speaker.id } : {}) };
  const existing = services.annotations.forArticle(uri).find((a) => a.kind === s.kind && a.span?.start === s.start && a.span.end === s.end);
  const id = existing
    ? (await services.annotations.update(uri, existing.id, fields))?.id
    : (await services.annotations.add(uri, { kind: s.kind, start: s.start, end: s.end, ...fields })).id;
  if (id && s.kind === 'entity') await offerApplyToAll(services, uri, id, args.apply);
  return id;
}

async function applyToAllMentions(services: Services, arg: unknown): Promise<number | undefined> {
  const args = argsOf<SuggestionArgs & { id?: string }>(arg);
  const uri = targetUri(args);
  await loaded(services, uri);
  const a = targetAnnotation(services, uri, args);
  if (!a || a.kind !== 'entity') throw new Error('No entity annotation here: confirm or correct an entity first.');
  if (args.apply === false) return 0;
  const mentions = otherMentions(services, uri, a);
  if (mentions.length === 0) {
    if (arg === undefined) void vscode.window.showInformationMessage(`Source Annotator: “${a.exact}” has no other mentions.`);
    return 0;
  }
  if (arg === undefined) {
    const yes = `${describeDecision(a)} all ${mentions.length} other mention(s)`;
    const choice = await vscode.window.showQuickPick([yes, 'Cancel'], { title: `Apply to every mention of “${a.exact}”?` });
    if (choice !== yes) return undefined;
  }
  return applyDecision(services, uri, a);
}

async function editNote(services: Services, arg: unknown): Promise<string | undefined> {
  const args = argsOf<TargetArgs & { id?: string; note?: string }>(arg);
  const uri = targetUri(args);
  await loaded(services, uri);
  const a = targetAnnotation(services, uri, args);
  let note = args.note;
  if (note === undefined) {
    note = await vscode.window.showInputBox({ title: a ? `Note on “${a.exact.slice(0, 40)}”` : 'New note', value: a?.note ?? '', prompt: 'Empty removes the note' });
    if (note === undefined) return undefined;
  }
  if (a) return (await services.annotations.update(uri, a.id, { note }))?.id;
  if (args.id) throw new Error(`No annotation "${args.id}" in ${vscode.workspace.asRelativePath(uri)}.`);
  const span = targetSpan(uri, args);
  if (!span) throw new Error('Select the text the note is about.');
  if (!note) return undefined;
  return (await services.annotations.add(uri, { kind: 'note', start: span.start, end: span.end, note })).id;
}

async function step(services: Services, arg: unknown, dir: 1 | -1): Promise<string | undefined> {
  const args = argsOf<TargetArgs>(arg);
  const uri = targetUri(args);
  await loaded(services, uri);
  const editor = editorFor(uri) ?? (await vscode.window.showTextDocument(uri));
  const list = services.annotations.forArticle(uri).filter((a) => a.span && a.status !== 'rejected').sort((a, b) => a.span!.start - b.span!.start);
  if (list.length === 0) {
    void vscode.window.showInformationMessage('Source Annotator: no annotations in this article.');
    return undefined;
  }
  const at = cursorOffset(uri) ?? 0;
  const next = dir === 1 ? list.find((a) => a.span!.start > at) ?? list[0] : [...list].reverse().find((a) => a.span!.start < at) ?? list[list.length - 1];
  revealSpan(editor, next.span!);
  return next.id;
}

export function registerAnnotationCommands(services: Services): void {
  services.context.subscriptions.push(
    register(services, 'sourceAnnotator.annotate', (arg) => annotate(services, arg)),
    register(services, 'sourceAnnotator.removeAnnotation', (arg) => removeAnnotation(services, arg)),
    register(services, 'sourceAnnotator.confirmSuggestion', (arg) => decide(services, arg, 'confirmed')),
    register(services, 'sourceAnnotator.rejectSuggestion', (arg) => decide(services, arg, 'rejected')),
    register(services, 'sourceAnnotator.editNote', (arg) => editNote(services, arg)),
    register(services, 'sourceAnnotator.nextAnnotation', (arg) => step(services, arg, 1)),
    register(services, 'sourceAnnotator.previousAnnotation', (arg) => step(services, arg, -1)),
    register(services, 'sourceAnnotator.applyToAllMentions', (arg) => applyToAllMentions(services, arg)),
    register(services, 'sourceAnnotator.showOrphans', (arg) => showOrphans(services, arg)),
  );
}
