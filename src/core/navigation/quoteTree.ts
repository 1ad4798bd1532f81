import type { Claim, Quote } from '../analysis/types';
import { clusterByLinks, type LinkCluster, type Occurrence } from './linkClusters';
import { matchesText, type TreeFilter } from './treeFilter';

export interface ArticleQuotes {
  readonly path: string;
  readonly date: string | null;
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
}

/** How one article carries a quote, relative to where it first appeared. */
export type Carriage = 'first' | 'verbatim' | 'changed' | 'paraphrase' | 'unattributed' | 'other speaker';

export interface SpeakerGroup {
  /** null for quotes no article attributes. */
  readonly id: string | null;
  readonly name: string;
  readonly quotes: readonly LinkCluster<Quote>[];
}

export interface QuoteTreeModel {
  readonly speakers: readonly SpeakerGroup[];
  /** Claims stated in more than one article (clusters of two or more). */
  readonly sharedClaims: readonly LinkCluster<Claim>[];
}

/** The speaker the cluster is filed under: the first occurrence that names one. */
export function clusterSpeaker(cluster: LinkCluster<Quote>): { id: string; name: string } | null {
  for (const o of cluster.occurrences) if (o.item.speaker) return { id: o.item.speaker.id, name: o.item.speaker.name };
  return null;
}

/** What the tree shows for one occurrence: attribution changes win over wording changes. */
export function carriageOf(occurrence: Occurrence<Quote>, speakerId: string | null, isFirst: boolean): Carriage {
  const speaker = occurrence.item.speaker;
  if (speakerId && !speaker) return 'unattributed';
  if (speakerId && speaker && speaker.id !== speakerId) return 'other speaker';
  if (isFirst) return 'first';
  return occurrence.link ?? 'verbatim';
}

export function buildQuoteTree(articles: readonly ArticleQuotes[], filter: TreeFilter): QuoteTreeModel {
  const quoteClusters = clusterByLinks(articles.map((a) => ({ path: a.path, date: a.date, items: a.quotes })));
  const bySpeaker = new Map<string | null, { id: string | null; name: string; quotes: LinkCluster<Quote>[] }>();
  for (const cluster of quoteClusters) {
    const speaker = clusterSpeaker(cluster);
    const texts = cluster.occurrences.map((o) => o.item.text);
    if (!matchesText(filter, speaker ? [speaker.name, ...texts] : texts)) continue;
    const key = speaker?.id ?? null;
    let group = bySpeaker.get(key);
    if (!group) bySpeaker.set(key, (group = { id: key, name: speaker?.name ?? 'Unattributed', quotes: [] }));
    group.quotes.push(cluster);
  }
  const speakers = [...bySpeaker.values()].sort(
    (a, b) =>
      Number(a.id === null) - Number(b.id === null) ||
      b.quotes.length - a.quotes.length ||
      a.name.localeCompare(b.name),
  );
  const sharedClaims = clusterByLinks(articles.map((a) => ({ path: a.path, date: a.date, items: a.claims })))
    .filter((c) => c.occurrences.length > 1)
    .filter((c) => matchesText(filter, c.occurrences.map((o) => o.item.text)))
    .sort((a, b) => b.occurrences.length - a.occurrences.length);
  return { speakers, sharedClaims };
}
