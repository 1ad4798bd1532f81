import type { CrossLink, Span } from '../analysis/types';
import { compareArticles } from './entityTree';

export interface Linked extends Span {
  readonly links?: readonly CrossLink[];
}

export interface ArticleItems<T extends Linked> {
  readonly path: string;
  readonly date: string | null;
  readonly items: readonly T[];
}

export interface Occurrence<T extends Linked> {
  readonly path: string;
  readonly date: string | null;
  readonly item: T;
  /** How this occurrence relates to the cluster's first one; absent for the first. */
  readonly link?: CrossLink['kind'];
  readonly similarity?: number;
}

/** The same quote (or fact) across articles: the earliest occurrence first, in corpus order. */
export interface LinkCluster<T extends Linked> {
  readonly key: string;
  readonly occurrences: readonly Occurrence<T>[];
}

const KIND_STRENGTH: Record<CrossLink['kind'], number> = { verbatim: 3, changed: 2, paraphrase: 1 };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Joins items that the index linked to each other (a link points at a span of another article; the item
 * there whose span overlaps it is the same quote). Union-find over the links, so a chain A→B→C is one
 * cluster even when A does not link C directly. Items without links are clusters of one.
 */
export function clusterByLinks<T extends Linked>(articles: readonly ArticleItems<T>[]): LinkCluster<T>[] {
  const ordered = [...articles].sort(compareArticles);
  const nodes: { path: string; date: string | null; item: T }[] = [];
  const byPath = new Map<string, number[]>();
  for (const a of ordered) {
    const ids: number[] = [];
    for (const item of [...a.items].sort((x, y) => x.start - y.start)) {
      ids.push(nodes.length);
      nodes.push({ path: a.path, date: a.date, item });
    }
    byPath.set(a.path, ids);
  }
  // Union-find by size with path halving; `earliest` keeps each set's first node (its corpus-order head).
  const parent = Int32Array.from(nodes, (_, i) => i);
  const size = new Int32Array(nodes.length).fill(1);
  const earliest = Int32Array.from(nodes, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
    earliest[ra] = Math.min(earliest[ra]!, earliest[rb]!);
  };
  // Best link seen between two nodes, either direction, keyed low * n + high; and the best link touching each node.
  const n = nodes.length;
  const edges = new Map<number, CrossLink>();
  const bestOfNode = new Map<number, CrossLink>();
  const keep = (node: number, link: CrossLink) => {
    const prev = bestOfNode.get(node);
    if (!prev || KIND_STRENGTH[link.kind] > KIND_STRENGTH[prev.kind]) bestOfNode.set(node, link);
  };
  nodes.forEach((node, i) => {
    for (const link of node.item.links ?? []) {
      for (const j of byPath.get(link.path) ?? []) {
        if (j === i || !overlaps(nodes[j]!.item, link)) continue;
        union(i, j);
        const key = i < j ? i * n + j : j * n + i;
        const prev = edges.get(key);
        if (!prev || KIND_STRENGTH[link.kind] > KIND_STRENGTH[prev.kind]) edges.set(key, link);
        keep(i, link);
        keep(j, link);
      }
    }
  });
  const clusters = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = earliest[find(i)]!;
    let list = clusters.get(r);
    if (!list) clusters.set(r, (list = []));
    list.push(i);
  });
  return [...clusters].map(([root, members]) => {
    const first = nodes[root]!;
    return {
      key: `${first.path}#${first.item.start}`,
      occurrences: members.map((i) => {
        const node = nodes[i]!;
        if (i === root) return { path: node.path, date: node.date, item: node.item };
        const direct = edges.get(root < i ? root * n + i : i * n + root);
        const any = direct ?? bestOfNode.get(i);
        return { path: node.path, date: node.date, item: node.item, link: any?.kind, similarity: any?.similarity };
      }),
    };
  });
}
