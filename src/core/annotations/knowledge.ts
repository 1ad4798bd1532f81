import type { EntityType, Knowledge } from '../analysis/types';
import type { Annotation } from './model';
import { slugify as slugifyName } from '../text/chars';

/**
 * A lower-case identity slug from a name ("Kim Jong-un" → "kim-jong-un"): the analysis engine's own slug, so a
 * name the user types gets the id the engine gives the same name ("U.S." → "us"). A possessive is not part of it.
 */
export function slugify(name: string): string {
  return slugifyName(name.replace(/['’]s\b/g, '')) || 'entity';
}

/**
 * The user's entity decisions as analysis input: a name the user typed (or confirmed with a type) is that type
 * everywhere; a surface the user only ever rejected is not suggested again. A typing beats a rejection of the
 * same surface elsewhere. Later decisions (by `modified`) win among conflicting typings. A display name the user
 * chose (rename, merge: the annotation's `name`) is the identity's name everywhere, latest decision first.
 */
export function buildKnowledge(annotations: Iterable<Annotation>): Knowledge {
  const names = new Map<string, { type: EntityType; id: string; source: 'user'; modified: string }>();
  const rejected = new Set<string>();
  const displayNames = new Map<string, { name: string; modified: string }>();
  for (const a of annotations) {
    if (a.kind !== 'entity') continue;
    const display = a.name?.trim();
    if (display && a.entity && a.status !== 'rejected') {
      const prev = displayNames.get(a.entity);
      if (!prev || a.modified >= prev.modified) displayNames.set(a.entity, { name: display, modified: a.modified });
    }
    const surface = a.exact.trim().toLowerCase();
    if (!surface) continue;
    if (a.status === 'rejected') {
      rejected.add(surface);
      continue;
    }
    if (!a.type) continue;
    const prev = names.get(surface);
    if (!prev || a.modified >= prev.modified) names.set(surface, { type: a.type, id: a.entity ?? slugify(a.exact), source: 'user', modified: a.modified });
  }
  for (const s of names.keys()) rejected.delete(s);
  const out = new Map<string, { type: EntityType; id: string; source: 'corpus' | 'user' }>();
  for (const [k, v] of names) out.set(k, { type: v.type, id: v.id, source: v.source });
  const shown = new Map<string, string>();
  for (const [id, v] of displayNames) shown.set(id, v.name);
  return { names: out, rejected, ...(shown.size ? { displayNames: shown } : {}) };
}
