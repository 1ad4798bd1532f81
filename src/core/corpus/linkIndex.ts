import type { CrossLink } from '../analysis/types';
import type { LinkUnit } from './linkUnits';

export interface LinkOptions {
  /** Minimum idf-weighted cosine for a link. */
  readonly threshold: number;
  /** At most this many links into one other article per unit. */
  readonly perArticle: number;
  /** A second link into the same article must score at least this share of the best one. */
  readonly relativeToBest: number;
  /** Features in more than this share of the units are too common to generate candidates (still scored). */
  readonly commonShare: number;
  /** ... but a feature in at most this many units always generates candidates (small corpora). */
  readonly minCandidateDf: number;
  /** ... and one in more than this many never does (bounds a query's work on large corpora). */
  readonly maxCandidateDf: number;
  /**
   * How much of the score comes from the overlap coefficient (shared weight over the smaller sentence's weight)
   * rather than the cosine: a short sentence stating one fact inside a long one scores low on cosine alone.
   */
  readonly overlapShare: number;
  /**
   * Multiplier on the idf of entity-identity features (`e:`): a shared named person, place or body says more about
   * two sentences stating one fact than a shared word of the same rarity. Optional for older option objects.
   */
  readonly entityWeight?: number;
  /**
   * A link needs at least this many shared word, number or entity features (word pairs are not counted: they
   * repeat their words). One or two shared words ("drop", "Thursday") are coincidence, not one fact.
   * Optional for older option objects.
   */
  readonly minSharedFeatures?: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  // Chosen jointly on the seeds and the held-out set (never one alone): entity weight, a little overlap
  // coefficient (a short sentence stating one fact of a long one) and the threshold move together.
  threshold: 0.22,
  perArticle: 2,
  relativeToBest: 0.8,
  commonShare: 0.02,
  minCandidateDf: 64,
  maxCandidateDf: 500,
  overlapShare: 0.3,
  entityWeight: 1.4,
  // Chosen on the six held-out sets before the seventh was scored: precision 0.786 -> 0.923 at recall
  // 0.600 -> 0.570 (mean of six), seeds 0.800/0.347 -> 0.795/0.337.
  minSharedFeatures: 3,
};

interface Stored {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /**
   * Interned feature ids (4 bytes each instead of a string per feature per sentence): a view into one buffer
   * per article, since a typed array per sentence costs more in headers than in data.
   */
  buf: Int32Array;
  readonly off: number;
  len: number;
  alive: boolean;
  /** Cached squared idf norm, valid while `massGeneration` equals the index generation. */
  mass: number;
  massGeneration: number;
}

/** At most this many candidates (by rare-feature weight) are scored in full per query. */
const MAX_SCORED_CANDIDATES = 128;
const NO_FEATS = new Int32Array(0);

export interface ScoredLink {
  readonly from: LinkUnit;
  readonly to: LinkUnit;
  readonly similarity: number;
}

/**
 * An inverted index of link units (sentences) from feature to units, kept per article so an edit removes and
 * re-adds one article's share. Removal marks units dead (postings are compacted lazily), so an update costs
 * the size of the article, not of the corpus. Scoring only visits units sharing a not-too-common feature.
 * Features are interned to numbers: at 10,000 articles a string per feature per sentence costs hundreds of MB.
 */
export class LinkIndex {
  private readonly stored: Stored[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly postings: number[][] = [];
  private df = new Int32Array(1024);
  /** Per-feature idf multiplier (entity features weigh more), fixed when the feature is interned. */
  private kindWeight = new Float64Array(1024);
  /** 1 for a feature that counts towards `minSharedFeatures` (all but word pairs). */
  private countsAsShared = new Uint8Array(1024);
  private readonly byPath = new Map<string, number[]>();
  private live = 0;
  private deadPostings = 0;
  private totalPostings = 0;
  /** Units scored by the last `linksOf` call (for tests and the bench: candidate generation must stay selective). */
  lastCandidateCount = 0;
  /** Bumped on every change: idf weights (and so cached norms) depend on the whole index. */
  private generation = 0;
  private scratch = new Float64Array(1024);

  constructor(private readonly options: LinkOptions = DEFAULT_LINK_OPTIONS) {}

  get size(): number {
    return this.live;
  }

  private intern(feature: string): number {
    let id = this.vocabulary.get(feature);
    if (id === undefined) {
      id = this.names.length;
      this.vocabulary.set(feature, id);
      this.names.push(feature);
      this.postings.push([]);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2); grown.set(this.df); this.df = grown;
        const k = new Float64Array(this.df.length); k.set(this.kindWeight); this.kindWeight = k;
        const c = new Uint8Array(this.df.length); c.set(this.countsAsShared); this.countsAsShared = c;
      }
      const kind = feature.charCodeAt(0);
      this.kindWeight[id] = kind === 101 /* e */ ? this.options.entityWeight ?? 1 : 1;
      this.countsAsShared[id] = kind === 98 /* b */ ? 0 : 1;
    }
    return id;
  }

  /** Replaces the units of one article. */
  setArticle(path: string, units: readonly LinkUnit[]): void {
    this.removeArticle(path);
    const ids: number[] = [];
    const buffer = new Int32Array(units.reduce((n, u) => n + u.features.length, 0));
    let offset = 0;
    for (const unit of units) {
      const ordinal = this.stored.length;
      const off = offset;
      for (let i = 0; i < unit.features.length; i++) {
        const f = this.intern(unit.features[i]);
        buffer[offset++] = f;
        this.postings[f].push(ordinal);
        this.df[f]++;
      }
      this.totalPostings += unit.features.length;
      this.stored.push({ path, start: unit.start, end: unit.end, buf: buffer, off, len: unit.features.length, alive: true, mass: 0, massGeneration: -1 });
      ids.push(ordinal);
    }
    this.live += ids.length;
    this.byPath.set(path, ids);
    this.generation++;
  }

  removeArticle(path: string): void {
    const ids = this.byPath.get(path);
    if (!ids) return;
    for (const id of ids) {
      const s = this.stored[id];
      s.alive = false;
      for (let i = s.off; i < s.off + s.len; i++) this.df[s.buf[i]]--;
      this.deadPostings += s.len;
      s.buf = NO_FEATS; // let the removed article's features be collected
      s.len = 0;
    }
    this.live -= ids.length;
    this.byPath.delete(path);
    this.generation++;
    if (this.deadPostings > 1000 && this.deadPostings > this.totalPostings / 2) this.compact();
  }

  renameArticle(from: string, to: string): void {
    const units = this.unitsOf(from).map((u) => ({ ...u, path: to }));
    if (!this.byPath.has(from)) return;
    this.removeArticle(from);
    this.setArticle(to, units);
  }

  private unit(s: Stored): LinkUnit {
    const features: string[] = [];
    for (let i = s.off; i < s.off + s.len; i++) features.push(this.names[s.buf[i]]);
    return { path: s.path, start: s.start, end: s.end, features };
  }

  unitsOf(path: string): LinkUnit[] {
    return (this.byPath.get(path) ?? []).map((id) => this.unit(this.stored[id]));
  }

  /** The unit of `path` that contains `offset`, if any. */
  unitAt(path: string, offset: number): LinkUnit | undefined {
    for (const id of this.byPath.get(path) ?? []) {
      const s = this.stored[id];
      if (offset >= s.start && offset < s.end) return this.unit(s);
    }
    return undefined;
  }

  private idfOf(f: number): number {
    return this.kindWeight[f] * Math.log(1 + this.live / (this.df[f] + 1));
  }

  private massOf(st: Stored): number {
    let s = 0;
    for (let i = st.off; i < st.off + st.len; i++) { const w = this.idfOf(st.buf[i]); s += w * w; }
    return s;
  }

  /** Score of two units from their shared weight (dot) and their own weights (mass = squared norm). */
  private score(dot: number, massA: number, massB: number): number {
    const cosine = dot / Math.sqrt(massA * massB);
    const k = this.options.overlapShare;
    return k > 0 ? (1 - k) * cosine + k * (dot / Math.min(massA, massB)) : cosine;
  }

  /** Units of other articles similar to `unit`, best first, filtered by the link options. */
  linksOf(unit: LinkUnit): ScoredLink[] {
    const o = this.options;
    const maxDf = Math.max(o.minCandidateDf, Math.min(o.maxCandidateDf, Math.floor(this.live * o.commonShare)));
    // Features unknown to the index have df 0: they weigh in the query's own norm, never in a dot product.
    const own: number[] = [];
    let unknownMass = 0;
    for (const name of unit.features) {
      const f = this.vocabulary.get(name);
      if (f === undefined || this.df[f] === 0) { const w = Math.log(1 + this.live); unknownMass += w * w; } else own.push(f);
    }
    const weight = new Map<number, number>();
    for (const f of own) { const w = this.idfOf(f); weight.set(f, w * w); }
    // Accumulate the shared weight over rare features only; common ones are added back in full scoring.
    // A reused typed array (indexed by unit ordinal) instead of a Map: queries run per hover.
    if (this.scratch.length < this.stored.length) this.scratch = new Float64Array(Math.max(1024, this.stored.length * 2));
    const acc = this.scratch;
    const touched: number[] = [];
    let common = 0;
    for (const f of own) {
      const ww = weight.get(f)!;
      if (this.df[f] > maxDf) { common += ww; continue; }
      for (const id of this.postings[f]) {
        const s = this.stored[id];
        if (!s.alive || s.path === unit.path) continue;
        if (acc[id] === 0) touched.push(id);
        acc[id] += ww;
      }
    }
    this.lastCandidateCount = touched.length;
    let selfMass = unknownMass;
    for (const ww of weight.values()) selfMass += ww;
    // The common features can add at most their own weight to a dot product, and cosine <= sqrt(dot / selfMass),
    // so a candidate whose rare share plus that cannot reach the threshold is never scored.
    const floor = o.overlapShare > 0 ? 0 : o.threshold * o.threshold * selfMass - common;
    let candidates: number[] = [];
    for (const id of touched) if (acc[id] >= floor) candidates.push(id);
    if (candidates.length > MAX_SCORED_CANDIDATES) {
      candidates = candidates.sort((a, b) => acc[b] - acc[a] || a - b).slice(0, MAX_SCORED_CANDIDATES);
    }
    for (const id of touched) acc[id] = 0;
    if (selfMass === 0) return [];
    const scored: { s: Stored; similarity: number }[] = [];
    const minShared = o.minSharedFeatures ?? 1;
    for (const id of candidates) {
      const s = this.stored[id];
      let dot = 0;
      let shared = 0;
      for (let i = s.off; i < s.off + s.len; i++) {
        const f = s.buf[i];
        const ww = weight.get(f);
        if (ww !== undefined) { dot += ww; shared += this.countsAsShared[f]; }
      }
      if (shared < minShared) continue;
      if (s.massGeneration !== this.generation) { s.mass = this.massOf(s); s.massGeneration = this.generation; }
      const similarity = this.score(dot, selfMass, s.mass);
      if (similarity >= o.threshold) scored.push({ s, similarity });
    }
    scored.sort((a, b) => b.similarity - a.similarity || (a.s.path < b.s.path ? -1 : a.s.path > b.s.path ? 1 : 0) || a.s.start - b.s.start);
    const perPath = new Map<string, number[]>();
    const out: ScoredLink[] = [];
    for (const l of scored) {
      const seen = perPath.get(l.s.path) ?? [];
      if (seen.length >= o.perArticle) continue;
      if (seen.length && l.similarity < seen[0] * o.relativeToBest) continue;
      seen.push(l.similarity);
      perPath.set(l.s.path, seen);
      out.push({ from: unit, to: this.unit(l.s), similarity: l.similarity });
    }
    return out;
  }

  private compact(): void {
    for (let f = 0; f < this.postings.length; f++) {
      const p = this.postings[f];
      if (p.length) this.postings[f] = p.filter((id) => this.stored[id].alive);
    }
    this.totalPostings -= this.deadPostings;
    this.deadPostings = 0;
  }
}

export function toCrossLink(l: ScoredLink, kind: CrossLink['kind'] = 'paraphrase'): CrossLink {
  return { path: l.to.path, start: l.to.start, end: l.to.end, similarity: Math.round(l.similarity * 1000) / 1000, kind };
}
