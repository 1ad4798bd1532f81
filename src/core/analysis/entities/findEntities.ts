import type { AnalyzeOptions, EntityMention, Sentence } from '../types';
import type { ArticleStructure } from '../structure';

// STUB — owned by the entity work.
export function findEntities(_text: string, _structure: ArticleStructure, _sentences: readonly Sentence[], _options: AnalyzeOptions): EntityMention[] {
  return [];
}
