import type { ArticleAnalysis, EntityType, Span } from '../analysis/types';

export type HighlightKind = EntityType | 'QUOTE';

/** The subset of a user annotation the highlighter needs (mirrors the extension's ResolvedAnnotation). */
export interface AnnotationMark {
  readonly kind: 'entity' | 'quote' | 'claim' | 'note';
  readonly status?: 'confirmed' | 'rejected';
  readonly span?: Span;
  readonly type?: EntityType;
}

export interface HighlightSpans {
  readonly byKind: Map<HighlightKind, Span[]>;
  /** Spans the user confirmed or annotated (outlined). */
  readonly confirmed: Span[];
  /** Highlights dropped by the cap. */
  readonly dropped: number;
}

const key = (s: Span) => s.start + ':' + s.end;

/**
 * Decides what an editor shows: analysis suggestions minus the ones the user rejected, plus the user's own
 * entity and quote annotations (typed by the user), limited to `max` spans (quotes and user spans first).
 */
export function highlightSpans(analysis: ArticleAnalysis, annotations: readonly AnnotationMark[], kinds: ReadonlySet<HighlightKind>, max: number): HighlightSpans {
  const rejected = new Set<string>();
  const user: { kind: HighlightKind; span: Span }[] = [];
  const confirmed: Span[] = [];
  for (const a of annotations) {
    if (!a.span) continue;
    if (a.status === 'rejected') { rejected.add(key(a.span)); continue; }
    if (a.kind === 'entity' && a.type) user.push({ kind: a.type, span: a.span });
    else if (a.kind === 'quote') user.push({ kind: 'QUOTE', span: a.span });
    if (a.kind === 'entity' || a.kind === 'quote' || a.status === 'confirmed') confirmed.push(a.span);
  }
  const byKind = new Map<HighlightKind, Span[]>();
  const taken = new Set<string>();
  let count = 0, dropped = 0;
  const add = (kind: HighlightKind, span: Span) => {
    if (!kinds.has(kind) || taken.has(key(span))) return;
    if (count >= max) { dropped++; return; }
    taken.add(key(span));
    count++;
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push({ start: span.start, end: span.end });
  };
  // A user's type for a span overrides the analysis type for that span.
  for (const u of user) add(u.kind, u.span);
  for (const q of analysis.quotes) if (!rejected.has(key(q))) add('QUOTE', q);
  for (const e of analysis.entities) if (!e.boilerplate && !rejected.has(key(e))) add(e.type, e);
  return { byKind, confirmed: confirmed.slice(0, max), dropped };
}
