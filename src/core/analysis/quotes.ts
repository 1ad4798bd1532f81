import type { Quote, Sentence } from './types';
import type { ArticleStructure } from './structure';

// STUB — owned by the quotes/claims work.
export function findQuotes(_text: string, _structure: ArticleStructure, _sentences: readonly Sentence[]): Quote[] {
  return [];
}
