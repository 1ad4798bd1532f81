import { ENTITY_TYPES, type ArticleAnalysis, type EntityType, type Span } from '../analysis/types';
import { TYPE_LABELS, plural } from './entityTree';
import { truncate } from './snippet';

export type SymbolRole = 'group' | 'entity' | 'quote';

/** A vscode-free document symbol: `range` covers `selection`, children lie inside `range`. */
export interface SymbolNode {
  readonly name: string;
  readonly detail: string;
  readonly role: SymbolRole;
  readonly type?: EntityType;
  readonly entityId?: string;
  readonly range: Span;
  readonly selection: Span;
  readonly children: readonly SymbolNode[];
}

function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/**
 * The Outline of one article: one group per entity type (entities by first appearance, named by their
 * corpus-wide best name when known) and a group of quotes with their speakers.
 */
export function documentSymbolTree(
  analysis: Pick<ArticleAnalysis, 'entities' | 'quotes' | 'entityIndex'>,
  nameOf: (id: string) => string | undefined = () => undefined,
): SymbolNode[] {
  const byType = new Map<EntityType, Map<string, Span[]>>();
  for (const m of [...analysis.entities].sort((a, b) => a.start - b.start)) {
    let ids = byType.get(m.type);
    if (!ids) byType.set(m.type, (ids = new Map()));
    let spans = ids.get(m.id);
    if (!spans) ids.set(m.id, (spans = []));
    spans.push({ start: m.start, end: m.end });
  }
  const groups: SymbolNode[] = [];
  for (const type of ENTITY_TYPES) {
    const ids = byType.get(type);
    if (!ids) continue;
    const children: SymbolNode[] = [...ids].map(([id, spans]) => {
      const first = spans[0]!;
      const name = nameOf(id) ?? analysis.entityIndex[id]?.name ?? id;
      return {
        name,
        detail: plural(spans.length, 'mention'),
        role: 'entity',
        type,
        entityId: id,
        range: first,
        selection: first,
        children: [],
      };
    });
    const range = cover(children.map((c) => c.range));
    groups.push({ name: TYPE_LABELS[type], detail: plural(children.length, 'entity', 'entities'), role: 'group', type, range, selection: children[0]!.selection, children });
  }
  if (analysis.quotes.length) {
    const children: SymbolNode[] = [...analysis.quotes]
      .sort((a, b) => a.markStart - b.markStart)
      .map((q) => ({
        name: `“${truncate(q.text, 70)}”`,
        detail: q.speaker ? q.speaker.name : 'unattributed',
        role: 'quote' as const,
        range: { start: Math.min(q.markStart, q.start), end: Math.max(q.markEnd, q.end) },
        selection: { start: q.start, end: q.end },
        children: [],
      }));
    groups.push({
      name: 'Quotes',
      detail: plural(children.length, 'quote'),
      role: 'group',
      range: cover(children.map((c) => c.range)),
      selection: children[0]!.selection,
      children,
    });
  }
  return groups;
}
