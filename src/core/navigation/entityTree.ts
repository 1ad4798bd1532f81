import { ENTITY_TYPES, type EntityType, type Span } from '../analysis/types';
import type { EntitySummary, MentionAt } from './model';
import { matchesText, matchesType, type SortOrder, type TreeFilter } from './treeFilter';

export interface EntityGroup<E extends EntitySummary = EntitySummary> {
  readonly type: EntityType;
  readonly entities: readonly E[];
  readonly mentionCount: number;
}

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  GPE: 'Countries, cities, states',
  LOC: 'Places',
  NORP: 'Nationalities and groups',
  DATE: 'Dates',
  EVENT: 'Events',
};

/** Codicon ids per type (https://microsoft.github.io/vscode-codicons). */
export const TYPE_ICONS: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organization',
  GPE: 'globe',
  LOC: 'location',
  NORP: 'account',
  DATE: 'calendar',
  EVENT: 'calendar',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 mentions · 4 articles" */
export function entityDescription(e: Pick<EntitySummary, 'mentionCount' | 'articleCount'>): string {
  return `${plural(e.mentionCount, 'mention')} · ${plural(e.articleCount, 'article')}`;
}

// One collator for every comparison: String#localeCompare with options builds one per call (slow at 10k).
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareName(a: EntitySummary, b: EntitySummary): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function entityComparator(
  sort: SortOrder,
  firstSeen?: ReadonlyMap<string, number>,
): (a: EntitySummary, b: EntitySummary) => number {
  switch (sort) {
    case 'name':
      return compareName;
    case 'firstAppearance':
      return (a, b) =>
        (firstSeen?.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (firstSeen?.get(b.id) ?? Number.MAX_SAFE_INTEGER) ||
        compareName(a, b);
    case 'mentions':
    default:
      return (a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount || compareName(a, b);
  }
}

/**
 * Type groups in the fixed type order, each with its filtered, sorted entities; empty groups are left out.
 * One pass plus one sort per group: fine for tens of thousands of entities.
 */
export function groupEntities<E extends EntitySummary>(
  entities: readonly E[],
  filter: TreeFilter,
  sort: SortOrder,
  firstSeen?: ReadonlyMap<string, number>,
): EntityGroup<E>[] {
  const byType = new Map<EntityType, E[]>();
  for (const e of entities) {
    if (!matchesType(filter, e.type)) continue;
    if (filter.text && !matchesText(filter, [e.name, ...e.aliases])) continue;
    let list = byType.get(e.type);
    if (!list) byType.set(e.type, (list = []));
    list.push(e);
  }
  const compare = entityComparator(sort, firstSeen);
  const groups: EntityGroup<E>[] = [];
  for (const type of ENTITY_TYPES) {
    const list = byType.get(type);
    if (!list?.length) continue;
    list.sort(compare);
    groups.push({ type, entities: list, mentionCount: list.reduce((n, e) => n + e.mentionCount, 0) });
  }
  return groups;
}

export interface ArticleForOrdering {
  readonly path: string;
  readonly date: string | null;
  readonly entities: readonly { readonly id: string; readonly start: number }[];
}

/** Dated articles first (oldest first), then undated; ties by path. The order "first reported in" uses. */
export function compareArticles(a: { path: string; date: string | null }, b: { path: string; date: string | null }): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Rank of each entity's first mention in corpus order (article order, then offset): one pass over all mentions. */
export function firstAppearanceRanks(articles: readonly ArticleForOrdering[]): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  for (const article of [...articles].sort(compareArticles)) {
    const mentions = [...article.entities].sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      if (!ranks.has(m.id)) ranks.set(m.id, rank);
      rank++;
    }
  }
  return ranks;
}

export interface ArticleMentions<M extends MentionAt = MentionAt> {
  readonly path: string;
  readonly mentions: readonly M[];
}

/** Splits an entity's mentions by article, keeping the order they come in (the index's corpus order). */
export function groupMentionsByArticle<M extends MentionAt>(mentions: readonly M[]): ArticleMentions<M>[] {
  const byPath = new Map<string, M[]>();
  for (const m of mentions) {
    let list = byPath.get(m.path);
    if (!list) byPath.set(m.path, (list = []));
    list.push(m);
  }
  return [...byPath].map(([path, list]) => ({ path, mentions: list.sort((a, b) => a.mention.start - b.mention.start) }));
}

/** The mention whose span contains the offset (the innermost when nested), if any. */
export function mentionAtOffset<T extends Span>(mentions: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const m of mentions) {
    if (m.start <= offset && offset <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}
