import type { ArticleAnalysis } from '../analysis/types';
import { plural } from './entityTree';

export interface ArticleSummary {
  readonly entities: number;
  /** Entities also mentioned in at least one other article. */
  readonly sharedEntities: number;
  readonly quotes: number;
  readonly sharedQuotes: number;
  readonly sharedClaims: number;
}

function linksElsewhere(links: readonly { path: string }[] | undefined, self: string | undefined): boolean {
  return !!links?.some((l) => l.path !== self);
}

/** Counts for the CodeLens at the top of an article. `articleCountOf` gives an identity's corpus article count. */
export function summarizeArticle(
  analysis: Pick<ArticleAnalysis, 'entities' | 'quotes' | 'claims'>,
  articleCountOf: (id: string) => number,
  self?: string,
): ArticleSummary {
  const ids = new Set(analysis.entities.map((e) => e.id));
  let sharedEntities = 0;
  for (const id of ids) if (articleCountOf(id) > 1) sharedEntities++;
  return {
    entities: ids.size,
    sharedEntities,
    quotes: analysis.quotes.length,
    sharedQuotes: analysis.quotes.filter((q) => linksElsewhere(q.links, self)).length,
    sharedClaims: analysis.claims.filter((c) => linksElsewhere(c.links, self)).length,
  };
}

/** "12 entities (9 shared) · 3 quotes (1 shared) · 5 claims shared with other articles" */
export function formatSummary(s: ArticleSummary): string {
  const entities = plural(s.entities, 'entity', 'entities') + (s.sharedEntities ? ` (${s.sharedEntities} shared)` : '');
  const quotes = plural(s.quotes, 'quote') + (s.sharedQuotes ? ` (${s.sharedQuotes} shared)` : '');
  const claims = `${plural(s.sharedClaims, 'claim')} shared with other articles`;
  return `${entities} · ${quotes} · ${claims}`;
}
