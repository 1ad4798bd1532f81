import type { Claim, EntityMention, Quote, Sentence } from './types';
import type { ArticleStructure } from './structure';

// STUB — owned by the quotes/claims work.
export function findClaims(_text: string, _structure: ArticleStructure, _sentences: readonly Sentence[], _entities: readonly EntityMention[], _quotes: readonly Quote[]): Claim[] {
  return [];
}
