import type { Claim, EntityMention, Quote, Span } from '../analysis/types';
import type { CorpusIndex } from './corpusIndex';
import {
  claimCardMarkdown, entityCardMarkdown, quoteCardMarkdown, snippetAround,
  type CardAction, type SentenceLine, type Target,
} from './hoverContent';

const MAX_ARTICLE_LINES = 8;
const MAX_MATCHES = 6;

/** What a card needs from its host: display names, link targets, the user's notes and decisions. */
export interface CardContext {
  fileName(path: string): string;
  target(path: string, start: number, end: number): Target;
  /** The user's notes on this span, or on the identity anywhere. */
  notes(path: string, span: Span, entityId?: string): string[];
  /** Confirm/reject/note actions for a suggestion, and its status ("confirmed") if the user decided. */
  suggestion(path: string, span: Span): { actions: CardAction[]; status?: string };
}

export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
  readonly kind: 'entity' | 'quote' | 'claim';
}

export function entityCard(corpus: CorpusIndex, ctx: CardContext, path: string, m: EntityMention): string {
  const info = corpus.entity(m.id);
  const { items, total } = corpus.firstMentionsElsewhere(m.id, path, MAX_ARTICLE_LINES);
  const others = items.map((it) => ({
    fileName: ctx.fileName(it.path),
    date: it.date,
    target: ctx.target(it.path, it.mention.start, it.mention.end),
    snippet: snippetAround(corpus.get(it.path)?.text ?? '', it.mention.start, it.mention.end, 45),
  }));
  const { actions, status } = ctx.suggestion(path, m);
  actions.push({ label: 'Show all references', command: 'sourceAnnotator.showReferences', args: ctx.target(path, m.start, m.end) });
  return entityCardMarkdown({
    name: info?.name ?? m.text,
    type: info?.type ?? m.type,
    aliases: info?.aliases ?? [m.text],
    mentionCount: info?.mentionCount ?? 1,
    articleCount: info?.articleCount ?? 1,
    totalArticles: corpus.articleCount,
    others,
    moreArticles: total - others.length,
    notes: ctx.notes(path, m, m.id),
    status,
    actions,
  });
}

function matches(corpus: CorpusIndex, ctx: CardContext, path: string, span: Span): SentenceLine[] {
  return corpus.sentenceMatches(path, span).slice(0, MAX_MATCHES).map((s) => ({
    fileName: ctx.fileName(s.path),
    date: s.date,
    target: ctx.target(s.path, s.span.start, s.span.end),
    text: s.text,
    similarity: s.similarity,
  }));
}

export function quoteCard(corpus: CorpusIndex, ctx: CardContext, path: string, q: Quote): string {
  const occurrences = corpus.quoteReferences(path, q, MAX_ARTICLE_LINES).map((o) => ({
    fileName: ctx.fileName(o.path),
    date: o.date,
    target: ctx.target(o.path, o.quote.start, o.quote.end),
    relation: o.relation,
    similarity: o.similarity,
    speakerName: o.speaker ? (corpus.entity(o.speaker.id)?.name ?? o.speaker.name) : null,
    sameSpeaker: o.sameSpeaker,
    diff: o.diff,
  }));
  const sp = q.speaker;
  const speaker = sp ? {
    name: corpus.entity(sp.id)?.name ?? sp.name,
    target: sp.start !== undefined && sp.end !== undefined ? ctx.target(path, sp.start, sp.end) : undefined,
  } : null;
  const { actions } = ctx.suggestion(path, q);
  actions.push({ label: 'Show all references', command: 'sourceAnnotator.showReferences', args: ctx.target(path, q.start, q.end) });
  return quoteCardMarkdown({ text: q.text, speaker, occurrences, matches: matches(corpus, ctx, path, q), notes: ctx.notes(path, q), actions });
}

/** A claim card, or undefined when no other article states the fact (no card for a lone sentence). */
export function claimCard(corpus: CorpusIndex, ctx: CardContext, path: string, c: Claim): string | undefined {
  const found = matches(corpus, ctx, path, c);
  if (!found.length) return undefined;
  const { actions } = ctx.suggestion(path, c);
  return claimCardMarkdown({
    text: c.text,
    speakers: c.speakers.map((s) => corpus.entity(s)?.name ?? s),
    matches: found,
    notes: ctx.notes(path, c),
    actions,
  });
}

/** The card for a position: an entity first, then the quote around it, then a linked claim sentence. */
export function hoverAt(corpus: CorpusIndex, ctx: CardContext, path: string, offset: number): HoverResult | undefined {
  const entity = corpus.entityAt(path, offset);
  if (entity && !entity.boilerplate) return { kind: 'entity', span: entity, markdown: entityCard(corpus, ctx, path, entity) };
  const quote = corpus.quoteAt(path, offset);
  if (quote) return { kind: 'quote', span: quote, markdown: quoteCard(corpus, ctx, path, quote) };
  const claim = corpus.claimAt(path, offset);
  if (claim) {
    const md = claimCard(corpus, ctx, path, claim);
    if (md) return { kind: 'claim', span: claim, markdown: md };
  }
  return undefined;
}

/** A context for the CLI, tests and the bench: paths as names, no annotations. */
export function plainCardContext(): CardContext {
  return {
    fileName: (p) => p.slice(p.lastIndexOf('/') + 1),
    target: (p, start, end) => ({ uri: p, start, end }),
    notes: () => [],
    suggestion: (p, s) => ({
      actions: [
        { label: 'Confirm', command: 'sourceAnnotator.confirmSuggestion', args: { uri: p, start: s.start, end: s.end } },
        { label: 'Reject', command: 'sourceAnnotator.rejectSuggestion', args: { uri: p, start: s.start, end: s.end } },
      ],
    }),
  };
}
