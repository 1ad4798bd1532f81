// Turns the drafts of one pass into flat, non-overlapping mentions with ids, boilerplate flags and title spans.
import type { EntityMention, Span } from '../types';
import type { ArticleStructure } from '../structure';
import { slugify } from '../../text/chars';
import { TokenKind } from '../../text/tokens';
import { ROLE } from './lexicon';
import { Ctx, Draft } from './context';
import { roleSpan } from './classify';

export function finish(ctx: Ctx, drafts: Draft[], structure: ArticleStructure): EntityMention[] {
  const { text } = ctx;
  const rejected = ctx.knowledge?.rejected;
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  let lastEnd = -1;
  for (const d of drafts) {
    if (d.start < lastEnd) continue; // flat: the earlier, longer mention wins
    if (d.type === 'PERSON' && !d.titleSpan && d.first > 0) {
      // "leader Kim Jong Un", "adviser Jake Sullivan": a role word before a listed or linked name
      const prev = ctx.tokens[d.first - 1];
      if (prev.kind === TokenKind.Word && !prev.upper && ctx.tokens[d.first].nl === 0 && ROLE.has(prev.text.toLowerCase())) d.titleSpan = roleSpan(ctx, d.first);
    }
    const surface = text.slice(d.start, d.end);
    if (rejected && rejected.has(surface.toLowerCase())) continue;
    const boiler = structure.regions.some((r) => (r.kind === 'metadata' || r.kind === 'boilerplate') && d.start >= r.start && d.end <= r.end);
    const m: EntityMention = {
      start: d.start,
      end: d.end,
      text: surface,
      type: d.type,
      id: d.id || slugify(surface) || surface.toLowerCase(),
      ...(boiler ? { boilerplate: true } : {}),
      ...(d.titleSpan ? { titleSpan: d.titleSpan, fullSpan: extendFullSpan(drafts, d) } : {}),
      source: d.source || 'analysis',
    };
    out.push(m);
    lastEnd = d.end;
  }
  return out;
}

/** The descriptor through the name, including an entity right before the title ("Russian Defense Minister …"). */
function extendFullSpan(drafts: readonly Draft[], d: Draft): Span {
  let start = d.titleSpan!.start;
  // drafts are sorted by start: walking back chains "US" + "National Security Council" + "spokesman"
  for (let k = drafts.length - 1; k >= 0; k--) {
    const o = drafts[k];
    if (o !== d && o.end <= start && start - o.end <= 1 && o.type !== 'PERSON' && o.type !== 'DATE') start = o.start;
  }
  return { start, end: d.end };
}

