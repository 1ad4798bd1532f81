import type { EntityType } from '../analysis/types';
import { slugify } from '../annotations/knowledge';
import type { AnnotationLike, MentionAt } from './model';

/** What the user asked to do to an entity everywhere it is mentioned. */
export type EntityAction =
  | { readonly kind: 'rename'; readonly name: string }
  | { readonly kind: 'merge'; readonly into: { readonly id: string; readonly name: string; readonly type: EntityType } }
  | { readonly kind: 'retype'; readonly type: EntityType }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'reject' };

export interface EntityFields {
  readonly status: 'confirmed' | 'rejected';
  readonly type: EntityType;
  readonly entity: string;
  /** The display name the user chose (rename: the new name, merge: the target's), shown everywhere. */
  readonly name?: string;
}

/** One annotation to record: `update` an existing entity annotation on the same span, or `add` a new one. */
export type PlannedAnnotation =
  | { readonly op: 'add'; readonly path: string; readonly start: number; readonly end: number; readonly fields: EntityFields }
  | { readonly op: 'update'; readonly path: string; readonly id: string; readonly start: number; readonly end: number; readonly fields: EntityFields };

/**
 * The annotation each mention gets. The `entity` field is an identity (the annotation service feeds it to
 * the analysis as the mention's id): the slug of the new name for a rename, the target's id for a merge,
 * the current id otherwise. Renames and merges also store the display name (`name`), so trees, hovers and
 * symbols show the user's choice rather than a name from the articles. Renames, merges and type changes are
 * user decisions, hence `confirmed`.
 */
export function fieldsFor(action: EntityAction, entity: { id: string; type: EntityType }, mentionType: EntityType): EntityFields {
  switch (action.kind) {
    case 'rename':
      return { status: 'confirmed', type: mentionType, entity: slugify(action.name.trim()), name: action.name.trim() };
    case 'merge':
      return { status: 'confirmed', type: action.into.type, entity: action.into.id, name: action.into.name };
    case 'retype':
      return { status: 'confirmed', type: action.type, entity: entity.id };
    case 'confirm':
      return { status: 'confirmed', type: mentionType, entity: entity.id };
    case 'reject':
      return { status: 'rejected', type: mentionType, entity: entity.id };
  }
}

/** Why an action cannot run, or undefined when it can. */
export function validateAction(action: EntityAction, entity: { id: string; name: string; type: EntityType }): string | undefined {
  if (action.kind === 'rename') {
    const name = action.name.trim();
    if (!name) return 'The new name is empty.';
    if (/[\r\n]/.test(name)) return 'The new name must be on one line.';
    if (name === entity.name) return `The entity is already called “${name}”.`;
    if (!/[\p{L}\p{N}]/u.test(name)) return 'The new name needs at least one letter or digit.';
  }
  if (action.kind === 'merge' && action.into.id === entity.id) return 'An entity cannot be merged into itself.';
  if (action.kind === 'retype' && action.type === entity.type) return `The entity is already of type ${entity.type}.`;
  return undefined;
}

/**
 * Plans the annotations for an action over every mention: mentions that already carry exactly the wanted
 * decision are skipped (running an action twice changes nothing), an existing entity annotation on the
 * same span is updated rather than duplicated.
 */
export function planEntityAction(
  entity: { id: string; type: EntityType },
  mentions: readonly MentionAt[],
  existing: (path: string) => readonly AnnotationLike[],
  action: EntityAction,
): PlannedAnnotation[] {
  const plan: PlannedAnnotation[] = [];
  const cache = new Map<string, readonly AnnotationLike[]>();
  for (const { path, mention } of mentions) {
    let annotations = cache.get(path);
    if (!annotations) cache.set(path, (annotations = existing(path)));
    const fields = fieldsFor(action, entity, mention.type);
    const same = annotations.find(
      (a) => a.kind === 'entity' && a.span && a.span.start === mention.start && a.span.end === mention.end,
    );
    if (same) {
      const sameName = fields.name === undefined || same.name === fields.name;
      if (same.status === fields.status && same.type === fields.type && same.entity === fields.entity && sameName) continue;
      plan.push({ op: 'update', path, id: same.id, start: mention.start, end: mention.end, fields });
    } else {
      plan.push({ op: 'add', path, start: mention.start, end: mention.end, fields });
    }
  }
  return plan;
}

/** "Renamed “Shoigu” to “Sergei K. Shoigu” in 6 mentions across 5 articles." */
export function describeAction(action: EntityAction, entityName: string, plan: readonly PlannedAnnotation[]): string {
  const articles = new Set(plan.map((p) => p.path)).size;
  const where = `${plan.length} mention${plan.length === 1 ? '' : 's'} across ${articles} article${articles === 1 ? '' : 's'}`;
  switch (action.kind) {
    case 'rename':
      return `Renamed “${entityName}” to “${action.name.trim()}” in ${where}.`;
    case 'merge':
      return `Merged “${entityName}” into “${action.into.name}” in ${where}.`;
    case 'retype':
      return `Changed “${entityName}” to ${action.type} in ${where}.`;
    case 'confirm':
      return `Confirmed “${entityName}” in ${where}.`;
    case 'reject':
      return `Rejected “${entityName}” in ${where}.`;
  }
}
