/**
 * The CLI's JSON (shared/eval/FORMAT.md): version 1, one row per article with entities, quotes (speaker or
 * null) and claims (with cross-article links). Field names are a public contract read by score.js and by
 * hidden acceptance tests; extra fields are allowed, renamed ones are not.
 */
import type { AnalyzedDocument } from '../analysis/analyze';
import type { Claim, CrossLink, EntityMention, Quote } from '../analysis/types';

export interface CliJson {
  readonly version: 1;
  readonly articles: CliArticle[];
}

export interface CliArticle {
  readonly path: string;
  readonly length: number;
  readonly date: string | null;
  readonly headline: { start: number; end: number; text: string } | null;
  readonly entities: CliEntity[];
  readonly quotes: CliQuote[];
  readonly claims: CliClaim[];
}

export interface CliEntity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly id: string;
  readonly boilerplate?: boolean;
}

export interface CliQuote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly markStart: number;
  readonly markEnd: number;
  readonly kind: string;
  readonly speaker: { id: string; name: string; start?: number; end?: number; via: string } | null;
  readonly channel?: string;
  readonly links: CliLink[];
}

export interface CliClaim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly attributed: boolean;
  readonly speakers: string[];
  readonly polarity: string;
  readonly cue?: { start: number; end: number; text: string };
  readonly content?: { start: number; end: number; text: string };
  readonly links: CliLink[];
}

export interface CliLink {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly similarity: number;
  readonly kind: string;
}

/** Forward slashes, so the same corpus gives the same JSON on every platform. */
export function portablePath(p: string): string {
  return p.replace(/\\/g, '/');
}

export function buildCliJson(docs: readonly AnalyzedDocument[]): CliJson {
  return { version: 1, articles: docs.map(articleJson) };
}

function articleJson(d: AnalyzedDocument): CliArticle {
  const a = d.analysis;
  const slice = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: d.text.slice(s.start, s.end) });
  return {
    path: portablePath(d.path),
    length: a.length,
    date: a.date,
    headline: a.headline ? slice(a.headline) : null,
    entities: a.entities.map(entityJson),
    quotes: a.quotes.map((q) => quoteJson(q)),
    claims: a.claims.map((c) => claimJson(c, slice)),
  };
}

function entityJson(e: EntityMention): CliEntity {
  return { start: e.start, end: e.end, text: e.text, type: e.type, id: e.id, ...(e.boilerplate ? { boilerplate: true } : {}) };
}

function quoteJson(q: Quote): CliQuote {
  const s = q.speaker;
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    markStart: q.markStart,
    markEnd: q.markEnd,
    kind: q.kind,
    speaker: s ? { id: s.id, name: s.name, ...(s.start !== undefined ? { start: s.start, end: s.end } : {}), via: s.via } : null,
    ...(q.channel ? { channel: q.channel } : {}),
    links: linksJson(q.links),
  };
}

function claimJson(c: Claim, slice: (s: { start: number; end: number }) => { start: number; end: number; text: string }): CliClaim {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    attributed: c.attributed,
    speakers: [...c.speakers],
    polarity: c.polarity,
    ...(c.cue ? { cue: slice(c.cue) } : {}),
    ...(c.content ? { content: slice(c.content) } : {}),
    links: linksJson(c.links),
  };
}

function linksJson(links: readonly CrossLink[] | undefined): CliLink[] {
  return (links ?? []).map((l) => ({ path: portablePath(l.path), start: l.start, end: l.end, similarity: Math.round(l.similarity * 1000) / 1000, kind: l.kind }));
}
