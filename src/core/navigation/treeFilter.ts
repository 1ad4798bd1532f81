import { ENTITY_TYPES, type EntityType } from '../analysis/types';

/** What the trees show: text to match (case- and accent-insensitive) and the entity types kept (empty = all). */
export interface TreeFilter {
  readonly text: string;
  readonly types: readonly EntityType[];
}

export const NO_FILTER: TreeFilter = { text: '', types: [] };

export type SortOrder = 'mentions' | 'name' | 'firstAppearance';

export const SORT_LABELS: Record<SortOrder, string> = {
  mentions: 'by mentions',
  name: 'by name',
  firstAppearance: 'by first appearance',
};

export function isSortOrder(value: unknown): value is SortOrder {
  return value === 'mentions' || value === 'name' || value === 'firstAppearance';
}

export function isFilterActive(filter: TreeFilter): boolean {
  return filter.text.length > 0 || filter.types.length > 0;
}

/** Lower-case without diacritics, so "shoigu" finds "Shoígu" and "sergei" finds "Sergéi". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function typeFromToken(token: string): EntityType | undefined {
  const upper = token.toUpperCase();
  return (ENTITY_TYPES as readonly string[]).includes(upper) ? (upper as EntityType) : undefined;
}

/**
 * Parses what the user typed into the filter box: words are matched against names, and `type:PERSON,ORG`
 * or `@person` tokens restrict the types. Unknown type tokens are kept as text so nothing is silently dropped.
 */
export function parseFilter(input: string): TreeFilter {
  const words: string[] = [];
  const types = new Set<EntityType>();
  for (const token of input.trim().split(/\s+/).filter(Boolean)) {
    const typed = /^(?:type:|@)(.+)$/i.exec(token);
    if (typed) {
      const parts = typed[1]!.split(',').map(typeFromToken);
      if (parts.every((p): p is EntityType => p !== undefined)) {
        parts.forEach((p) => types.add(p));
        continue;
      }
    }
    words.push(token);
  }
  return { text: words.join(' '), types: ENTITY_TYPES.filter((t) => types.has(t)) };
}

/** The filter as the user would type it again (used to pre-fill the input box). */
export function formatFilter(filter: TreeFilter): string {
  const parts = [filter.text];
  if (filter.types.length) parts.push(`type:${filter.types.join(',')}`);
  return parts.filter(Boolean).join(' ');
}

/** A short line for a view's description: "“putin” · PERSON · by name". */
export function describeTreeState(filter: TreeFilter, sort: SortOrder, defaultSort: SortOrder = 'mentions'): string {
  const parts: string[] = [];
  if (filter.text) parts.push(`“${filter.text}”`);
  if (filter.types.length) parts.push(filter.types.join(', '));
  if (sort !== defaultSort) parts.push(SORT_LABELS[sort]);
  return parts.join(' · ');
}

/** True when any of the names contains every word of the filter text. */
export function matchesText(filter: TreeFilter, names: readonly string[]): boolean {
  if (!filter.text) return true;
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean);
  const folded = names.map(foldForSearch);
  return folded.some((name) => words.every((w) => name.includes(w)));
}

export function matchesType(filter: TreeFilter, type: EntityType): boolean {
  return filter.types.length === 0 || filter.types.includes(type);
}
