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

/** One article's share of the index: its feature buffer and the ordinals of its units. */
interface ArticleSlot {
  readonly path: string;
  /** Interned feature ids of all its units, one buffer per article (a typed array per sentence costs more in headers). */
  buf: Int32Array;
  readonly first: number;
  readonly count: number;
}

/** At most this many candidates (by rare-feature weight) are scored in full per query. */
const MAX_SCORED_CANDIDATES = 128;
const NO_FEATS = new Int32Array(0);

export interface ScoredLink {
  readonly from: LinkUnit;
  readonly to: LinkUnit;
  readonly similarity: number;
}

function grownInt32(a: Int32Array, min: number) {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function grownFloat64(a: Float64Array, min: number) {
  const b = new Float64Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function grownUint8(a: Uint8Array, min: number) {
  const b = new Uint8Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/**
 * An inverted index of link units (sentences) from feature to units, kept per article so an edit removes and
 * re-adds one article's share. Removal marks units dead (postings are compacted lazily), so an update costs
 * the size of the article, not of the corpus. Scoring only visits units sharing a not-too-common feature.
 * Memory is what limits a 10,000-article corpus (about 500,000 sentences and 4 million postings), so units are
 * columns of typed arrays indexed by ordinal rather than one object each (~100 bytes), features are interned to
 * numbers, and each posting list is a growable Int32Array (4 bytes a posting instead of an 8-byte array slot).
 */
export class LinkIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly names: string[] = [];
  private postings: Int32Array[] = [];
  private postingLength = new Int32Array(1024);
  private df = new Int32Array(1024);
  /** Per-feature idf multiplier (entity features weigh more), fixed when the feature is interned. */
  private kindWeight = new Float64Array(1024);
  /** 1 for a feature that counts towards `minSharedFeatures` (all but word pairs). */
  private countsAsShared = new Uint8Array(1024);

  // Unit columns, by ordinal. Ordinals are never reused: a removed article's units stay as dead rows.
  private units = 0;
  private unitSlot = new Int32Array(1024);
  private unitStart = new Int32Array(1024);
  private unitEnd = new Int32Array(1024);
  /** Offset of the unit's features in its article's buffer. */
  private unitOff = new Int32Array(1024);
  private unitLen = new Int32Array(1024);
  private unitAlive = new Uint8Array(1024);
  /** Cached squared idf norm, valid while `unitMassGeneration` equals the index generation. */
  private unitMass = new Float64Array(1024);
  private unitMassGeneration = new Int32Array(1024).fill(-1);

  private readonly slots: ArticleSlot[] = [];
  private readonly byPath = new Map<string, number>();
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
      this.postings.push(NO_FEATS);
      if (id >= this.df.length) {
        const n = this.df.length * 2;
        this.df = grownInt32(this.df, n);
        this.postingLength = grownInt32(this.postingLength, n);
        this.kindWeight = grownFloat64(this.kindWeight, n);
        this.countsAsShared = grownUint8(this.countsAsShared, n);
      }
      const kind = feature.charCodeAt(0);
      this.kindWeight[id] = kind === 101 /* e */ ? this.options.entityWeight ?? 1 : 1;
      this.countsAsShared[id] = kind === 98 /* b */ ? 0 : 1;
    }
    return id;
  }

  private addPosting(f: number, ordinal: number): void {
    let list = this.postings[f];
    const n = this.postingLength[f];
    if (n === list.length) this.postings[f] = list = grownInt32(list, 4);
    list[n] = ordinal;
    this.postingLength[f] = n + 1;
  }

  private reserveUnits(count: number): void {
    const need = this.units + count;
    if (need <= this.unitSlot.length) return;
    const n = Math.max(need, this.unitSlot.length * 2);
    this.unitSlot = grownInt32(this.unitSlot, n);
    this.unitStart = grownInt32(this.unitStart, n);
    this.unitEnd = grownInt32(this.unitEnd, n);
    this.unitOff = grownInt32(this.unitOff, n);
    this.unitLen = grownInt32(this.unitLen, n);
    this.unitAlive = grownUint8(this.unitAlive, n);
    this.unitMass = grownFloat64(this.unitMass, n);
    const generations = new Int32Array(n).fill(-1);
    generations.set(this.unitMassGeneration);
    this.unitMassGeneration = generations;
  }

  /** Replaces the units of one article. */
  setArticle(path: string, units: readonly LinkUnit[]): void {
    this.removeArticle(path);
    const buffer = new Int32Array(units.reduce((n, u) => n + u.features.length, 0));
    this.reserveUnits(units.length);
    const slot = this.slots.length;
    const first = this.units;
    let offset = 0;
    for (const unit of units) {
      const ordinal = this.units++;
      this.unitSlot[ordinal] = slot;
      this.unitStart[ordinal] = unit.start;
      this.unitEnd[ordinal] = unit.end;
      this.unitOff[ordinal] = offset;
      this.unitLen[ordinal] = unit.features.length;
      this.unitAlive[ordinal] = 1;
      for (let i = 0; i < unit.features.length; i++) {
        const f = this.intern(unit.features[i]);
        buffer[offset++] = f;
        this.addPosting(f, ordinal);
        this.df[f]++;
      }
      this.totalPostings += unit.features.length;
    }
    this.slots.push({ path, buf: buffer, first, count: units.length });
    this.live += units.length;
    this.byPath.set(path, slot);
    this.generation++;
  }

  removeArticle(path: string): void {
    const slot = this.byPath.get(path);
    if (slot === undefined) return;
    const a = this.slots[slot];
    for (let i = 0; i < a.buf.length; i++) this.df[a.buf[i]]--;
    for (let id = a.first; id < a.first + a.count; id++) this.unitAlive[id] = 0;
    this.deadPostings += a.buf.length;
    a.buf = NO_FEATS; // let the removed article's features be collected
    this.live -= a.count;
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

  private unit(id: number): LinkUnit {
    const a = this.slots[this.unitSlot[id]];
    const features: string[] = [];
    const off = this.unitOff[id];
    for (let i = off; i < off + this.unitLen[id]; i++) features.push(this.names[a.buf[i]]);
    return { path: a.path, start: this.unitStart[id], end: this.unitEnd[id], features };
  }

  private ordinalsOf(path: string): number[] {
    const slot = this.byPath.get(path);
    if (slot === undefined) return [];
    const a = this.slots[slot];
    const ids: number[] = [];
    for (let id = a.first; id < a.first + a.count; id++) ids.push(id);
    return ids;
  }

  unitsOf(path: string): LinkUnit[] {
    return this.ordinalsOf(path).map((id) => this.unit(id));
  }

  /** The unit of `path` that contains `offset`, if any. */
  unitAt(path: string, offset: number): LinkUnit | undefined {
    for (const id of this.ordinalsOf(path)) {
      if (offset >= this.unitStart[id] && offset < this.unitEnd[id]) return this.unit(id);
    }
    return undefined;
  }

  private idfOf(f: number): number {
    return this.kindWeight[f] * Math.log(1 + this.live / (this.df[f] + 1));
  }

  private massOf(id: number): number {
    const buf = this.slots[this.unitSlot[id]].buf;
    const off = this.unitOff[id];
    let s = 0;
    for (let i = off; i < off + this.unitLen[id]; i++) { const w = this.idfOf(buf[i]); s += w * w; }
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
    // The query's own article, by slot: its units are never candidates.
    const ownSlot = this.byPath.get(unit.path) ?? -1;
    // Accumulate the shared weight over rare features only; common ones are added back in full scoring.
    // A reused typed array (indexed by unit ordinal) instead of a Map: queries run per hover.
    if (this.scratch.length < this.units) this.scratch = new Float64Array(Math.max(1024, this.units * 2));
    const acc = this.scratch;
    const touched: number[] = [];
    let common = 0;
    for (const f of own) {
      const ww = weight.get(f)!;
      if (this.df[f] > maxDf) { common += ww; continue; }
      const list = this.postings[f];
      const n = this.postingLength[f];
      for (let i = 0; i < n; i++) {
        const id = list[i];
        if (!this.unitAlive[id] || this.unitSlot[id] === ownSlot) continue;
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
    const scored: { id: number; path: string; similarity: number }[] = [];
    const minShared = o.minSharedFeatures ?? 1;
    for (const id of candidates) {
      const buf = this.slots[this.unitSlot[id]].buf;
      const off = this.unitOff[id];
      let dot = 0;
      let shared = 0;
      for (let i = off; i < off + this.unitLen[id]; i++) {
        const f = buf[i];
        const ww = weight.get(f);
        if (ww !== undefined) { dot += ww; shared += this.countsAsShared[f]; }
      }
      if (shared < minShared) continue;
      if (this.unitMassGeneration[id] !== this.generation) { this.unitMass[id] = this.massOf(id); this.unitMassGeneration[id] = this.generation; }
      const similarity = this.score(dot, selfMass, this.unitMass[id]);
      if (similarity >= o.threshold) scored.push({ id, path: this.slots[this.unitSlot[id]].path, similarity });
    }
    scored.sort((a, b) => b.similarity - a.similarity || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || this.unitStart[a.id] - this.unitStart[b.id]);
    const perPath = new Map<string, number[]>();
    const out: ScoredLink[] = [];
    for (const l of scored) {
      const seen = perPath.get(l.path) ?? [];
      if (seen.length >= o.perArticle) continue;
      if (seen.length && l.similarity < seen[0] * o.relativeToBest) continue;
      seen.push(l.similarity);
      perPath.set(l.path, seen);
      out.push({ from: unit, to: this.unit(l.id), similarity: l.similarity });
    }
    return out;
  }

  private compact(): void {
    for (let f = 0; f < this.postings.length; f++) {
      const list = this.postings[f];
      const n = this.postingLength[f];
      let kept = 0;
      for (let i = 0; i < n; i++) if (this.unitAlive[list[i]]) list[kept++] = list[i];
      this.postingLength[f] = kept;
      // Give back most of a list that shrank a lot (an article's rare words removed for good).
      if (kept * 4 < list.length && list.length > 16) this.postings[f] = kept ? list.slice(0, kept * 2) : NO_FEATS;
    }
    this.totalPostings -= this.deadPostings;
    this.deadPostings = 0;
  }
}

export function toCrossLink(l: ScoredLink, kind: CrossLink['kind'] = 'paraphrase'): CrossLink {
  return { path: l.to.path, start: l.to.start, end: l.to.end, similarity: Math.round(l.similarity * 1000) / 1000, kind };
}
