import type { ArticleAnalysis, Claim, EntityInfo, EntityMention, EntityType, Quote, Sentence } from '../analysis/types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_SPEAKERS = Object.freeze([]) as unknown as string[];

/** Distinct strings kept before the table starts over (bounds memory on very large corpora). */
const LIMIT = 500_000;

/**
 * One string object per distinct id, type and name across the corpus. Each analysis makes its own copy of every
 * mention's id ("united-states") and of the names in its entity index, and at 10,000 articles those copies
 * are a tenth of the index's memory; analyses that came from a worker thread hold copies of the type strings too.
 */
export class SharedStrings {
  private readonly table = new Map<string, string>();

  share(s: string): string {
    const known = this.table.get(s);
    if (known !== undefined) return known;
    if (this.table.size >= LIMIT) this.table.clear();
    this.table.set(s, s);
    return s;
  }

  /** Replaces, in place, the repeated strings of one analysis by the shared ones. */
  shareAnalysis(analysis: ArticleAnalysis): void {
    const share = (s: string) => this.share(s);
    for (const m of analysis.entities as Mutable<EntityMention>[]) {
      m.id = share(m.id);
      m.type = share(m.type) as EntityType;
    }
    for (const info of Object.values(analysis.entityIndex) as Mutable<EntityInfo>[]) {
      info.id = share(info.id);
      info.type = share(info.type) as EntityType;
      info.name = share(info.name);
      for (let i = 0; i < info.aliases.length; i++) info.aliases[i] = share(info.aliases[i]);
      if (info.related) for (let i = 0; i < info.related.length; i++) info.related[i] = share(info.related[i]);
    }
    for (const c of analysis.claims as Mutable<Claim>[]) {
      c.polarity = share(c.polarity) as Claim['polarity'];
      // (most claims have no speaker: one frozen empty list for all of them instead of one per claim)
      if (c.speakers.length === 0) c.speakers = NO_SPEAKERS;
      else for (let i = 0; i < c.speakers.length; i++) c.speakers[i] = share(c.speakers[i]);
    }
    for (const q of analysis.quotes as Mutable<Quote>[]) q.kind = share(q.kind) as Quote['kind'];
    for (const s of analysis.sentences as Mutable<Sentence>[]) if (s.region) s.region = share(s.region) as Sentence['region'];
  }
}
