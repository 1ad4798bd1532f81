import type { EntitySummary } from './model';
import { foldForSearch } from './treeFilter';

/**
 * Scores how well a query matches a name: contiguous matches beat scattered ones, a match at a word start
 * beats one inside a word. 0 = no match. VS Code filters workspace symbols again itself; this keeps the
 * result list small and well ordered.
 */
export function matchScore(query: string, name: string): number {
  const q = foldForSearch(query).replace(/\s+/g, '');
  if (!q) return 1;
  const n = foldForSearch(name);
  const at = n.indexOf(q);
  if (n.replace(/\s+/g, '') === q) return 110;
  if (at === 0) return 100 - Math.min(50, n.length - q.length) / 10;
  if (at > 0) return (/[^a-z0-9]/.test(n[at - 1]!) ? 80 : 60) - at / 100;
  // Subsequence ("vput" in "Vladimir Putin").
  let i = 0;
  for (const ch of n) if (ch === q[i]) i++;
  return i === q.length ? 20 : 0;
}

export function searchEntities<E extends EntitySummary>(entities: readonly E[], query: string, limit = 500): E[] {
  const scored: { e: E; score: number }[] = [];
  for (const e of entities) {
    let score = matchScore(query, e.name);
    for (const alias of e.aliases) if (score < 100) score = Math.max(score, matchScore(query, alias) - 1);
    if (score > 0) scored.push({ e, score });
  }
  scored.sort((a, b) => b.score - a.score || b.e.mentionCount - a.e.mentionCount || a.e.name.localeCompare(b.e.name));
  return scored.slice(0, limit).map((s) => s.e);
}
