/** The CLI's default, human-readable report: per article its headline, counts, main names, quotes and links. */
import type { AnalyzedDocument } from '../analysis/analyze';
import { ENTITY_TYPES } from '../analysis/types';
import { portablePath } from './cliJson';

const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

export function formatSummary(docs: readonly AnalyzedDocument[]): string {
  const out: string[] = [];
  for (const d of docs) {
    const a = d.analysis;
    out.push(portablePath(d.path));
    if (a.headline) out.push(`  headline  ${clip(d.text.slice(a.headline.start, a.headline.end), 100)}`);
    if (a.date) out.push(`  date      ${a.date}`);
    const body = a.entities.filter((e) => !e.boilerplate);
    out.push(`  counts    ${body.length} entities, ${a.quotes.length} quotes, ${a.claims.length} claims (${a.claims.filter((c) => c.attributed).length} attributed)`);
    for (const type of ENTITY_TYPES) {
      const counts = new Map<string, number>();
      for (const e of body) if (e.type === type) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
      if (!counts.size) continue;
      const top = [...counts.entries()]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, 6)
        .map(([id, n]) => `${a.entityIndex[id]?.name ?? id}${n > 1 ? ` ×${n}` : ''}`);
      out.push(`  ${type.padEnd(8)}  ${top.join(', ')}${counts.size > 6 ? `, … (${counts.size} in all)` : ''}`);
    }
    for (const q of a.quotes) {
      const who = q.speaker ? q.speaker.name : 'unattributed';
      const via = q.channel ? ` (via ${q.channel})` : '';
      const links = q.links?.length ? `  [${q.links.length} link${q.links.length > 1 ? 's' : ''}]` : '';
      out.push(`  quote     “${clip(q.text, 70)}” — ${who}${via}${q.kind === 'scare' ? ' [scare quote]' : ''}${links}`);
    }
    const linked = a.claims.filter((c) => c.links?.length);
    if (linked.length) {
      const n = linked.reduce((s, c) => s + (c.links?.length ?? 0), 0);
      out.push(`  links     ${linked.length} claims share facts with other articles (${n} links)`);
    }
    out.push('');
  }
  return out.join('\n');
}
