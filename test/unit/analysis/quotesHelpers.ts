/**
 * Test helpers for the quote, speaker and claim rules: hand-made entity mentions (so the tests do not depend on
 * the entity engine), a bare structure, and a runner of the three stages.
 */
import type { Claim, EntityMention, EntityType, Quote, Sentence, Span } from '../../../src/core/analysis/types';
import type { ArticleStructure } from '../../../src/core/analysis/structure';
import { findQuotes } from '../../../src/core/analysis/quotes';
import { attributeSpeakers } from '../../../src/core/analysis/speakers';
import { findClaims } from '../../../src/core/analysis/claims';

export type NameSpec = [surface: string, type: EntityType, id?: string];

/** Every whole-word occurrence of each surface (longest first, no overlaps), typed and identified as given. */
export function mentionsOf(text: string, specs: readonly NameSpec[]): EntityMention[] {
  const sorted = [...specs].sort((a, b) => b[0].length - a[0].length);
  const taken: Span[] = [];
  const out: EntityMention[] = [];
  for (const [surface, type, id] of sorted) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(surface, from);
      if (i < 0) break;
      from = i + 1;
      const before = text[i - 1];
      const after = text[i + surface.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      const span = { start: i, end: i + surface.length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      out.push({ ...span, text: surface, type, id: id ?? surface.toLowerCase().replace(/[^a-z0-9]+/g, '-') });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function structureOf(headline: Span | null = null): ArticleStructure {
  return { date: null, dateSpan: null, headline, regions: headline ? [{ ...headline, kind: 'headline' }] : [] };
}

export interface Run {
  readonly quotes: Quote[];
  readonly claims: Claim[];
}

/** findQuotes + attributeSpeakers + findClaims, with the given mentions and (optionally) sentences. */
export function run(text: string, specs: readonly NameSpec[] = [], opts: { headline?: Span; sentences?: Sentence[] } = {}): Run {
  const structure = structureOf(opts.headline ?? null);
  const sentences = opts.sentences ?? [];
  const entities = mentionsOf(text, specs);
  const quotes = findQuotes(text, structure, sentences);
  attributeSpeakers(text, quotes, entities, sentences);
  const claims = findClaims(text, structure, sentences, entities, quotes);
  return { quotes, claims };
}

/** [quoted text, speaker id or null] per quote, for compact assertions. */
export function pairs(r: Run): [string, string | null][] {
  return r.quotes.map((q) => [q.text, q.speaker ? q.speaker.id : null]);
}
