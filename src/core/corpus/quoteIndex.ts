import type { ArticleAnalysis, Quote } from '../analysis/types';
import { compareQuotes, quoteKeys, quoteShingles, type QuoteRelation } from './quoteMatch';

export interface QuoteReference {
  readonly path: string;
  readonly quote: Quote;
  readonly relation: QuoteRelation;
  readonly similarity: number;
}

/** Kept small: one per quote of the corpus. Words and trigrams are re-derived from `whole` when needed. */
interface Entry {
  readonly path: string;
  readonly quote: Quote;
  /** The quote's normalised words joined by spaces. */
  readonly whole: string;
  /** Article date, '~' when undated (sorts after every ISO date). */
  readonly date: string;
}

/** Date order (undated last), then path, then offset: short fields compared in turn, no key strings built. */
function before(a: Entry, b: Entry): boolean {
  if (a.date !== b.date) return a.date < b.date;
  if (a.path !== b.path) return a.path < b.path;
  return a.quote.start < b.quote.start;
}

/** Candidate cap per shingle: a trigram shared by this many quotes is a formula ("we will continue to"), not evidence. */
const MAX_SHINGLE_POSTINGS = 100;
/** At most this many non-verbatim candidates are compared word by word per lookup. */
const MAX_COMPARED = 50;

/**
 * Where else a quote appears. Quotes are indexed by word trigram per article, so adding or removing one article
 * touches only its own quotes, and a lookup compares only quotes that share a trigram.
 */
export class QuoteIndex {
  private readonly byShingle = new Map<string, Set<Entry>>();
  private readonly byPath = new Map<string, Entry[]>();
  /** Whole normalised quote -> entries: verbatim repeats are found without comparing, however many there are. */
  private readonly byWhole = new Map<string, Set<Entry>>();

  setArticle(path: string, analysis: ArticleAnalysis): void {
    this.removeArticle(path);
    const entries: Entry[] = [];
    for (const quote of analysis.quotes) {
      const keys = quoteKeys(quote.text);
      const whole = keys.join(' ');
      const e: Entry = { path, quote, whole, date: analysis.date ?? '~' };
      entries.push(e);
      let w = this.byWhole.get(whole);
      if (!w) this.byWhole.set(whole, (w = new Set()));
      w.add(e);
      for (const s of quoteShingles(keys)) {
        let set = this.byShingle.get(s);
        if (!set) this.byShingle.set(s, (set = new Set()));
        set.add(e);
      }
    }
    this.byPath.set(path, entries);
  }

  removeArticle(path: string): void {
    for (const e of this.byPath.get(path) ?? []) {
      const w = this.byWhole.get(e.whole);
      w?.delete(e);
      if (w && w.size === 0) this.byWhole.delete(e.whole);
      for (const s of quoteShingles(e.whole ? e.whole.split(' ') : [])) {
        const set = this.byShingle.get(s);
        set?.delete(e);
        if (set && set.size === 0) this.byShingle.delete(s);
      }
    }
    this.byPath.delete(path);
  }

  renameArticle(from: string, to: string, analysis: ArticleAnalysis): void {
    this.removeArticle(from);
    this.setArticle(to, analysis);
  }

  /**
   * Other occurrences of `quote` (of article `path`). With `order` (a sort key per article path) and a `limit`,
   * returns the first `limit` in that order without materialising every verbatim repeat (a viral quote can be
   * in thousands of articles); otherwise all of them, best first.
   */
  referencesOf(path: string, quote: Quote, byDate = false, limit = Infinity): QuoteReference[] {
    const keys = quoteKeys(quote.text);
    const out: (QuoteReference & { entry: Entry })[] = [];
    const verbatim = this.byWhole.get(keys.join(' ')) ?? new Set<Entry>();
    // Verbatim repeats: keep only the first `limit` by date with a small sorted buffer.
    const kept: Entry[] = [];
    for (const e of verbatim) {
      if (e.path === path && e.quote.start === quote.start) continue;
      if (kept.length >= limit && (!byDate || !before(e, kept[kept.length - 1]))) continue;
      let i = kept.length;
      if (byDate) while (i > 0 && before(e, kept[i - 1])) i--;
      kept.splice(i, 0, e);
      if (kept.length > limit) kept.pop();
    }
    for (const e of kept) out.push({ path: e.path, quote: e.quote, relation: 'verbatim', similarity: 1, entry: e });
    const candidates = new Set<Entry>();
    // Rarest shingles first, so the cap keeps the most telling candidates.
    const sets = quoteShingles(keys).map((s) => this.byShingle.get(s)).filter((x): x is Set<Entry> => !!x && x.size <= MAX_SHINGLE_POSTINGS).sort((a, b) => a.size - b.size);
    outer: for (const set of sets) {
      for (const e of set) {
        if (verbatim.has(e)) continue;
        candidates.add(e);
        if (candidates.size >= MAX_COMPARED) break outer;
      }
    }
    for (const e of candidates) {
      if (e.path === path && e.quote.start === quote.start) continue;
      const cmp = compareQuotes(keys, e.whole ? e.whole.split(' ') : []);
      if (cmp) out.push({ path: e.path, quote: e.quote, relation: cmp.relation, similarity: cmp.similarity, entry: e });
    }
    if (byDate) out.sort((a, b) => (before(a.entry, b.entry) ? -1 : before(b.entry, a.entry) ? 1 : 0));
    else out.sort((a, b) => b.similarity - a.similarity || a.path.localeCompare(b.path) || a.quote.start - b.quote.start);
    return out.slice(0, limit).map(({ entry: _entry, ...r }) => r);
  }
}
