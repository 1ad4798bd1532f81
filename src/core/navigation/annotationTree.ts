import type { AnnotationLike } from './model';
import { truncate } from './snippet';
import { matchesText, type TreeFilter } from './treeFilter';

export interface AnnotatedArticle<A extends AnnotationLike = AnnotationLike> {
  readonly path: string;
  /** Annotations with a current span, in text order. */
  readonly anchored: readonly A[];
}

export interface OrphanedAnnotation<A extends AnnotationLike = AnnotationLike> {
  readonly path: string;
  readonly annotation: A;
}

export interface AnnotationTreeModel<A extends AnnotationLike = AnnotationLike> {
  readonly articles: readonly AnnotatedArticle<A>[];
  readonly orphans: readonly OrphanedAnnotation<A>[];
  readonly total: number;
}

function searchable(a: AnnotationLike): string[] {
  return [a.exact, a.note ?? '', a.entity ?? '', a.speaker ?? '', a.type ?? '', a.kind, a.status ?? ''];
}

/** Articles (by path) with their anchored annotations; orphans (no span) pulled out into their own list. */
export function buildAnnotationTree<A extends AnnotationLike>(
  articles: readonly { path: string; annotations: readonly A[] }[],
  filter: TreeFilter,
): AnnotationTreeModel<A> {
  const out: AnnotatedArticle<A>[] = [];
  const orphans: OrphanedAnnotation<A>[] = [];
  let total = 0;
  for (const { path, annotations } of [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const anchored: A[] = [];
    for (const a of annotations) {
      if (!matchesText(filter, searchable(a))) continue;
      if (a.type && filter.types.length && !filter.types.includes(a.type)) continue;
      total++;
      if (a.span) anchored.push(a);
      else orphans.push({ path, annotation: a });
    }
    anchored.sort((x, y) => x.span!.start - y.span!.start);
    if (anchored.length) out.push({ path, anchored });
  }
  return { articles: out, orphans, total };
}

/** The tree label: the annotated words. */
export function annotationLabel(a: AnnotationLike): string {
  return truncate(a.exact || '(empty span)', 60);
}

/** "entity · PERSON → sergei-shoigu · confirmed — note text" */
export function annotationDescription(a: AnnotationLike): string {
  const parts: string[] = [a.kind];
  if (a.type) parts.push(a.type);
  if (a.entity) parts.push(`→ ${a.entity}`);
  if (a.speaker) parts.push(`speaker ${a.speaker}`);
  if (a.status) parts.push(a.status);
  const head = parts.join(' · ');
  return a.note ? `${head} — ${truncate(a.note, 60)}` : head;
}

/** Codicon per annotation. */
export function annotationIcon(a: AnnotationLike): string {
  if (!a.span) return 'warning';
  if (a.status === 'rejected') return 'close';
  if (a.kind === 'note') return 'note';
  if (a.kind === 'quote') return 'quote';
  if (a.kind === 'claim') return 'comment-discussion';
  return a.status === 'confirmed' ? 'check' : 'tag';
}
