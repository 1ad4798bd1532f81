import { analyzeArticle, type AnalyzedDocument } from '../analysis/analyze';
import { unifyIdentities } from '../analysis/identity';
import type { AnalyzeOptions, ArticleAnalysis, Claim, EntityInfo, EntityMention, Knowledge, Quote, SpeakerRef, Span } from '../analysis/types';
import { Emitter } from './emitter';
import { IdentityTable } from './identityTable';
import { DEFAULT_LINK_OPTIONS, LinkIndex, type LinkOptions, type ScoredLink } from './linkIndex';
import { linkUnits, type LinkUnit } from './linkUnits';
import { QuoteIndex } from './quoteIndex';
import { SharedStrings } from './sharedStrings';
import { fillArticleLinks } from './claimLinks';
import type { QuoteRelation } from './quoteMatch';
import { wordDiff, type DiffPart } from './wordDiff';

export interface CorpusArticle extends AnalyzedDocument {
  readonly date: string | null;
  /** Bumped on every re-analysis of this path. */
  readonly version: number;
}

export type CorpusChangeKind = 'added' | 'updated' | 'removed' | 'renamed' | 'reset';

export interface CorpusChange {
  readonly kind: CorpusChangeKind;
  /** Paths whose analysis changed (for `renamed`: the new path). */
  readonly paths: readonly string[];
  /** For `renamed`: the old path. */
  readonly from?: string;
}

export interface CorpusEntitySummary extends EntityInfo {
  readonly mentionCount: number;
  readonly articleCount: number;
}

export interface MentionLocation {
  readonly path: string;
  readonly date: string | null;
  readonly mention: EntityMention;
}

/** Another occurrence of a quote, with whom it is attributed to there. */
export interface QuoteOccurrence {
  readonly path: string;
  readonly date: string | null;
  readonly quote: Quote;
  readonly relation: QuoteRelation;
  readonly similarity: number;
  readonly speaker: SpeakerRef | null;
  /** Same speaker identity as the hovered quote (false when either has none). */
  readonly sameSpeaker: boolean;
  /** Word-level differences from the hovered quote to this one (absent when verbatim). */
  readonly diff?: DiffPart[];
}

export interface SentenceMatch {
  readonly path: string;
  readonly date: string | null;
  readonly span: Span;
  readonly text: string;
  readonly similarity: number;
}

export type Analyzer = (text: string, options: AnalyzeOptions) => ArticleAnalysis;

export interface CorpusIndexOptions {
  readonly analyze?: Analyzer;
  readonly knowledge?: Knowledge;
  readonly link?: LinkOptions;
}

/** Orders by article date (undated last), then path. */
export function compareByDate(a: { date: string | null; path: string }, b: { date: string | null; path: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The analysed articles of a workspace (or CLI run) by path. Each article contributes its share to the identity
 * table, the sentence link index and the quote index, so adding, editing, renaming or removing one article
 * re-analyses and re-indexes only that article.
 */
export class CorpusIndex {
  private readonly docs = new Map<string, CorpusArticle>();
  private readonly identities = new IdentityTable();
  private readonly links: LinkIndex;
  private readonly quotes = new QuoteIndex();
  private readonly strings = new SharedStrings();
  private readonly changes = new Emitter<CorpusChange>();
  private readonly analyze: Analyzer;
  private knowledge: Knowledge | undefined;
  /** Identities the user named (rename, merge): the identity table keeps them as they are. */
  private pinned: ReadonlySet<string> = new Set();
  private versions = 0;

  readonly onDidChange = this.changes.event;

  constructor(options: CorpusIndexOptions = {}) {
    this.analyze = options.analyze ?? analyzeArticle;
    this.setKnowledge(options.knowledge);
    this.links = new LinkIndex(options.link ?? DEFAULT_LINK_OPTIONS);
  }

  get size(): number {
    return this.docs.size;
  }

  /** New user knowledge; callers re-analyse (e.g. `setAll` or `set(..., { force: true })` per article). */
  setKnowledge(knowledge: Knowledge | undefined): void {
    this.knowledge = knowledge;
    // Only renamed/merged identities: a mere confirmation keeps folding into the corpus identity ("Putin").
    this.pinned = new Set(knowledge?.displayNames?.keys() ?? []);
  }

  /** The knowledge articles are analysed with here: analysis done elsewhere (a worker pool) must use the same. */
  get analysisKnowledge(): Knowledge | undefined {
    return this.knowledge;
  }

  /** Whether `set(path, text)` would analyse: a new or changed text, or a forced re-analysis. */
  needsAnalysis(path: string, text: string, force = false): boolean {
    const old = this.docs.get(path);
    return force || !old || old.text !== text;
  }

  get(path: string): CorpusArticle | undefined {
    return this.docs.get(path);
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  paths(): string[] {
    return [...this.docs.keys()];
  }

  all(): CorpusArticle[] {
    return [...this.docs.values()];
  }

  /**
   * Adds or updates one article. Unchanged text is not re-analysed unless forced. Returns whether the index
   * changed.
   */
  set(path: string, text: string, opts: { force?: boolean; silent?: boolean } = {}): boolean {
    const old = this.docs.get(path);
    if (old && old.text === text && !opts.force) return false;
    const analysis = this.analyze(text, { knowledge: this.knowledge });
    this.install(path, text, analysis);
    if (!opts.silent) this.changes.fire({ kind: old ? 'updated' : 'added', paths: [path] });
    return true;
  }

  /**
   * Replaces the whole corpus with these articles, analysing each and unifying identities across all of
   * them at once (the engine's corpus-wide rules), then indexing. One `reset` event.
   */
  setAll(docs: readonly { path: string; text: string }[]): void {
    const analysed = docs.map((d) => ({ ...d, analysis: this.analyze(d.text, { knowledge: this.knowledge }) }));
    unifyIdentities(analysed.map((d) => d.analysis));
    for (const p of [...this.docs.keys()]) this.uninstall(p);
    for (const d of analysed) this.install(d.path, d.text, d.analysis);
    this.changes.fire({ kind: 'reset', paths: analysed.map((d) => d.path) });
  }

  /**
   * Runs the engine's corpus-wide identity rules over every article (after a background full index that added
   * articles one by one) and re-indexes the identity and link shares with the unified ids. O(corpus): only for
   * full indexing, never for an edit.
   */
  unifyAll(opts: { silent?: boolean } = {}): void {
    const docs = this.all();
    const signature = (a: ArticleAnalysis) => a.entities.map((m) => m.id).join('\u0000') + '\u0001' + a.quotes.map((q) => q.speaker?.id ?? '').join('\u0000');
    const before = docs.map((d) => signature(d.analysis));
    unifyIdentities(docs.map((d) => d.analysis));
    // Only articles whose ids the unification changed re-contribute (usually few after incremental adds).
    const changed = docs.filter((d, i) => signature(d.analysis) !== before[i]);
    for (const d of changed) this.install(d.path, d.text, d.analysis);
    if (!opts.silent) this.changes.fire({ kind: 'reset', paths: changed.map((d) => d.path) });
  }

  /** Adds an already analysed article (e.g. analysed in a worker). */
  setAnalysed(path: string, text: string, analysis: ArticleAnalysis, opts: { silent?: boolean } = {}): void {
    const existed = this.docs.has(path);
    this.install(path, text, analysis);
    if (!opts.silent) this.changes.fire({ kind: existed ? 'updated' : 'added', paths: [path] });
  }

  remove(path: string): boolean {
    if (!this.docs.has(path)) return false;
    this.uninstall(path);
    this.changes.fire({ kind: 'removed', paths: [path] });
    return true;
  }

  /** Moves an article to a new path without re-analysing it. */
  rename(from: string, to: string): boolean {
    const doc = this.docs.get(from);
    if (!doc || from === to) return false;
    this.uninstall(from);
    if (this.docs.has(to)) this.uninstall(to);
    this.install(to, doc.text, doc.analysis);
    this.changes.fire({ kind: 'renamed', paths: [to], from });
    return true;
  }

  private install(path: string, text: string, analysis: ArticleAnalysis): void {
    if (this.docs.has(path)) this.uninstall(path);
    this.strings.shareAnalysis(analysis);
    this.identities.add(path, analysis, this.pinned);
    this.links.setArticle(path, linkUnits(path, text, analysis));
    this.quotes.setArticle(path, analysis);
    this.docs.set(path, { path, text, analysis, date: analysis.date, version: ++this.versions });
  }

  private uninstall(path: string): void {
    this.identities.remove(path);
    this.links.removeArticle(path);
    this.quotes.removeArticle(path);
    this.docs.delete(path);
  }

  // ---- entities ----

  entities(): CorpusEntitySummary[] {
    return [...this.identities.entities.keys()].map((id) => this.entity(id)!);
  }

  entity(id: string): CorpusEntitySummary | undefined {
    const info = this.identities.info(id);
    const agg = this.identities.entities.get(id);
    if (!info || !agg) return undefined;
    // The name the user chose (rename, merge) wins over the names the articles use; those stay aliases.
    const chosen = this.knowledge?.displayNames?.get(id);
    const named = chosen && chosen !== info.name ? { ...info, name: chosen, aliases: [chosen, ...info.aliases.filter((a) => a !== chosen)] } : info;
    return { ...named, mentionCount: agg.mentionCount, articleCount: agg.articles.size };
  }

  /** Every mention of an identity, by article date (undated last), then path, then offset. */
  mentionsOf(id: string): MentionLocation[] {
    const agg = this.identities.entities.get(id);
    if (!agg) return [];
    const out: MentionLocation[] = [];
    const docs = [...agg.articles.keys()].map((p) => this.docs.get(p)!).filter(Boolean).sort(compareByDate);
    for (const d of docs) {
      for (const m of d.analysis.entities) if (m.id === id) out.push({ path: d.path, date: d.date, mention: m });
    }
    return out;
  }

  /**
   * The first mention of an identity in each article other than `exceptPath`, earliest articles first, at most
   * `limit` (a hover shows a handful; `total` says how many there are). Linear in the entity's articles.
   */
  firstMentionsElsewhere(id: string, exceptPath: string | undefined, limit: number): { items: MentionLocation[]; total: number } {
    const agg = this.identities.entities.get(id);
    if (!agg) return { items: [], total: 0 };
    // The date-ordered article list is cached on the aggregate and dropped whenever its articles change.
    if (!agg.ordered) {
      // Precomputed string keys sort several times faster than a comparator reading two fields per call.
      const keyed: string[] = [];
      for (const p of agg.articles.keys()) { const d = this.docs.get(p); if (d) keyed.push((d.date ?? '~') + '\u0000' + p); }
      keyed.sort();
      agg.ordered = keyed.map((k) => k.slice(k.indexOf('\u0000') + 1));
    }
    const items: MentionLocation[] = [];
    for (const p of agg.ordered) {
      if (items.length >= limit) break;
      if (p === exceptPath) continue;
      const d = this.docs.get(p);
      const mention = d?.analysis.entities.find((m) => m.id === id);
      if (d && mention) items.push({ path: p, date: d.date, mention });
    }
    const total = agg.articles.size - (exceptPath !== undefined && agg.articles.has(exceptPath) ? 1 : 0);
    return { items, total };
  }

  /** Total number of articles. */
  get articleCount(): number {
    return this.docs.size;
  }

  // ---- positions ----

  entityAt(path: string, offset: number): EntityMention | undefined {
    return findAt(this.docs.get(path)?.analysis.entities, offset);
  }

  quoteAt(path: string, offset: number): Quote | undefined {
    const quotes = this.docs.get(path)?.analysis.quotes ?? [];
    return quotes.find((q) => offset >= q.markStart && offset < q.markEnd) ?? findAt(quotes, offset);
  }

  claimAt(path: string, offset: number): Claim | undefined {
    return findAt(this.docs.get(path)?.analysis.claims, offset);
  }

  // ---- cross references ----

  /**
   * The same quote in other places: verbatim, trimmed, extended or changed, with who it is attributed to,
   * earliest first. Word diffs are computed for the first `limit` only (a card shows a few).
   */
  quoteReferences(path: string, quote: Quote, limit = Infinity): QuoteOccurrence[] {
    const refs = this.quotes.referencesOf(path, quote, true, limit);
    return refs.map((r) => {
      const d = this.docs.get(r.path);
      const speaker = r.quote.speaker;
      return {
        path: r.path,
        date: d?.date ?? null,
        quote: r.quote,
        relation: r.relation,
        similarity: r.similarity,
        speaker,
        sameSpeaker: !!speaker && !!quote.speaker && speaker.id === quote.speaker.id,
        diff: r.relation === 'verbatim' ? undefined : wordDiff(quote.text, r.quote.text),
      };
    });
  }

  /** Sentences of other articles that state the fact of the sentence containing `span`, best first. */
  sentenceMatches(path: string, span: Span): SentenceMatch[] {
    const unit = this.links.unitAt(path, span.start) ?? this.unitOverlapping(path, span);
    if (!unit) return [];
    return this.links.linksOf(unit).map((l: ScoredLink) => {
      const d = this.docs.get(l.to.path);
      return {
        path: l.to.path,
        date: d?.date ?? null,
        span: { start: l.to.start, end: l.to.end },
        text: d ? d.text.slice(l.to.start, l.to.end) : '',
        similarity: l.similarity,
      };
    });
  }

  /**
   * Fills `claims[].links` and `quotes[].links` of one article (the CLI JSON shape) from the current corpus.
   * Cost: one sentence-link query per claim, so hosts run it in the background after indexing. Returns the
   * paths the article links to (whose own links may now point back to it).
   */
  fillLinks(path: string): string[] {
    const d = this.docs.get(path);
    if (!d) return [];
    return [...fillArticleLinks(d, this.links.unitsOf(path), this.links, this.quotes)];
  }

  private unitOverlapping(path: string, span: Span): LinkUnit | undefined {
    return this.links.unitsOf(path).find((u) => u.start < span.end && span.start < u.end);
  }

  dispose(): void {
    this.changes.dispose();
  }
}

function findAt<T extends Span>(items: readonly T[] | undefined, offset: number): T | undefined {
  if (!items) return undefined;
  // Innermost (shortest) span wins when spans nest.
  let best: T | undefined;
  for (const it of items) {
    if (offset >= it.start && offset < it.end && (!best || it.end - it.start < best.end - best.start)) best = it;
  }
  return best;
}
