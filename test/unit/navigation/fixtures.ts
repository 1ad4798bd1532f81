import type { EntityType } from '../../../src/core/analysis/types';
import type { EntitySummary, MentionAt } from '../../../src/core/navigation/model';

export function entity(id: string, type: EntityType, mentionCount: number, articleCount = 1, aliases: string[] = []): EntitySummary {
  const name = id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return { id, type, name, aliases: [name, ...aliases], mentionCount, articleCount };
}

export function mention(path: string, id: string, start: number, text = 'X', type: EntityType = 'PERSON'): MentionAt {
  return { path, mention: { start, end: start + text.length, text, type, id } };
}
