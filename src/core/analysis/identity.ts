import type { ArticleAnalysis, EntityInfo, EntityMention } from './types';

// STUB — owned by the entity work.
export function buildEntityIndex(_entities: readonly EntityMention[]): Record<string, EntityInfo> {
  return {};
}

/** Gives mentions of one entity in different articles one id; rewrites entity ids, entityIndex and speaker ids in place. */
export function unifyIdentities(_analyses: ArticleAnalysis[]): void {
  // nothing yet
}
