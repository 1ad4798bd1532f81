import type { Sentence } from './types';
import type { ArticleStructure } from './structure';

// STUB — owned by the entity/structure work.
export function splitSentences(_text: string, _structure: ArticleStructure): Sentence[] {
  return [];
}
