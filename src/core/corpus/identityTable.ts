import type { ArticleAnalysis, EntityInfo, EntityMention, EntityType } from '../analysis/types';

/** What the corpus knows of one identity, summed over the articles' contributions. */
export interface EntityAggregate {
  readonly id: string;
  /** The type most articles give it (a retyped entity follows once its articles are re-analysed). */
  type: EntityType;
  /** Type -> number of articles giving the identity that type. */
  readonly types: Map<EntityType, number>;
  /** Surface (as written) -> number of mentions. */
  readonly surfaces: Map<string, number>;
  /** Display names the articles chose -> number of articles. */
  readonly names: Map<string, number>;
  readonly related: Set<string>;
  mentionCount: number;
  /** Article path -> mentions of this entity in it. */
  readonly articles: Map<string, number>;
  /** Article paths by date, cached by the corpus index; cleared whenever `articles` changes. */
  ordered?: string[];
}

/**
 * One article's share, as flat parallel arrays: at 10,000 articles a Map per entity per article costs more
 * than the analyses themselves.
 */
interface Contribution {
  readonly ids: string[];
  readonly counts: number[];
  readonly names: string[];
  readonly types: EntityType[];
  /** Surface occurrences: index into `ids`, the surface, its count. */
  readonly surfaceOf: number[];
  readonly surfaces: string[];
  readonly surfaceCounts: number[];
  /** Alias keys registered: index into `ids`, the (interned) key. */
  readonly aliasOf: number[];
  readonly aliasKeys: string[];
}

const aliasKey = (type: EntityType, alias: string) => type + '\u0000' + alias.toLowerCase();
const tokens = (name: string) => name.split(/[\s-]+/).filter(Boolean);
const PERSON_PREFIX = 'PERSON\u0000';
/** Memoised alias keys before the cache starts over (bounds memory on very large corpora). */
const KEY_CACHE_LIMIT = 500_000;

const isNameBreak = (c: number) => c === 32 || c === 45 /* - */ || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * The surname of a multi-word PERSON alias key, else undefined. A scan instead of a split: it runs for every
 * alias of every article added to the corpus.
 */
function surname(key: string): string | undefined {
  if (!key.startsWith(PERSON_PREFIX)) return undefined;
  let end = key.length;
  while (end > PERSON_PREFIX.length && isNameBreak(key.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > PERSON_PREFIX.length && !isNameBreak(key.charCodeAt(start - 1))) start--;
  if (start === end) return undefined;
  // Multi-word only: some other word must precede the last one.
  for (let i = PERSON_PREFIX.length; i < start; i++) if (!isNameBreak(key.charCodeAt(i))) return key.slice(start, end);
  return undefined;
}

/** The most frequent type; `current` stays on a tie (no flip-flopping with article order). */
function majorityType(types: ReadonlyMap<EntityType, number>, current: EntityType): EntityType {
  let best = current, bestCount = types.get(current) ?? 0;
  for (const [t, n] of types) if (n > bestCount) { best = t; bestCount = n; }
  return best;
}

function bump<K>(m: Map<K, number>, k: K, by: number): void {
  const n = (m.get(k) ?? 0) + by;
  if (n > 0) m.set(k, n); else m.delete(k);
}

/**
 * Cross-article identities kept incrementally. Each article's share (mention counts, surfaces, alias keys) is
 * recorded, so removing or re-adding one article touches only its own entities. A new article's local ids
 * resolve to corpus ids by: the same id already known for the same type; a shared alias; for a one-word
 * PERSON name, the only known person with that surname ("Putin" -> "Vladimir Putin").
 */
export class IdentityTable {
  readonly entities = new Map<string, EntityAggregate>();
  private readonly contributions = new Map<string, Contribution>();
  /** type+alias -> corpus id -> weight. */
  private readonly aliasIndex = new Map<string, Map<string, number>>();
  /** PERSON surname (lower-case) -> corpus ids of multi-word person names ending with it -> weight. */
  private readonly surnames = new Map<string, Map<string, number>>();
  /** Type -> raw alias -> its alias key, so each article's share points at one shared string. */
  private readonly keys = new Map<EntityType, Map<string, string>>();
  private keyCount = 0;

  /**
   * Resolves the article's ids to corpus ids (rewriting them in place) and adds its share. `pinned` ids are
   * identities the user decided (rename, merge): they stay as they are, never folded into an alias match —
   * otherwise re-analysing articles one by one would pull a renamed entity back into its old identity.
   */
  add(path: string, analysis: ArticleAnalysis, pinned?: ReadonlySet<string>): void {
    this.remove(path);
    const mapping = new Map<string, string>();
    const resolve = (info: EntityInfo) => (pinned?.has(info.id) ? info.id : this.resolve(info));
    for (const info of Object.values(analysis.entityIndex)) mapping.set(info.id, resolve(info));
    for (const m of analysis.entities) {
      if (!mapping.has(m.id)) mapping.set(m.id, resolve({ id: m.id, type: m.type, name: m.text, aliases: [m.text] }));
    }
    rewriteIds(analysis, mapping);
    this.contribute(path, analysis);
  }

  remove(path: string): void {
    const c = this.contributions.get(path);
    if (!c) return;
    c.ids.forEach((id, i) => {
      const e = this.entities.get(id);
      if (!e) return;
      e.mentionCount -= c.counts[i];
      e.articles.delete(path);
      e.ordered = undefined;
      bump(e.names, c.names[i], -1);
      bump(e.types, c.types[i], -1);
      e.type = majorityType(e.types, e.type);
    });
    c.surfaceOf.forEach((i, k) => {
      const e = this.entities.get(c.ids[i]);
      if (e) bump(e.surfaces, c.surfaces[k], -c.surfaceCounts[k]);
    });
    for (const id of c.ids) { const e = this.entities.get(id); if (e && e.articles.size === 0) this.entities.delete(id); }
    c.aliasOf.forEach((i, k) => {
      const id = c.ids[i], key = c.aliasKeys[k];
      const m = this.aliasIndex.get(key);
      if (m) { bump(m, id, -1); if (m.size === 0) this.aliasIndex.delete(key); }
      const last = surname(key);
      if (last) {
        const sm = this.surnames.get(last);
        if (sm) { bump(sm, id, -1); if (sm.size === 0) this.surnames.delete(last); }
      }
    });
    this.contributions.delete(path);
  }

  private resolve(info: EntityInfo): string {
    const known = this.entities.get(info.id);
    if (known && known.type === info.type) return info.id;
    let best: string | undefined, bestWeight = 0;
    for (const alias of [info.name, ...info.aliases]) {
      for (const [id, w] of this.aliasIndex.get(this.keyOf(info.type, alias)) ?? []) {
        if (w > bestWeight || (w === bestWeight && best !== undefined && id < best)) { best = id; bestWeight = w; }
      }
    }
    if (best) return best;
    if (info.type === 'PERSON' && tokens(info.name).length === 1) {
      const candidates = this.surnames.get(info.name.toLowerCase());
      if (candidates && candidates.size === 1) return [...candidates.keys()][0];
    }
    return info.id;
  }

  /**
   * The alias key of (type, alias), one shared string per key. Memoised by the raw alias: lower-casing and
   * concatenating per alias of every article was a large share of adding an article.
   */
  private keyOf(type: EntityType, alias: string): string {
    let byAlias = this.keys.get(type);
    if (!byAlias) this.keys.set(type, (byAlias = new Map()));
    let key = byAlias.get(alias);
    if (key === undefined) {
      if (++this.keyCount > KEY_CACHE_LIMIT) { this.keys.clear(); this.keyCount = 0; this.keys.set(type, (byAlias = new Map())); }
      key = aliasKey(type, alias);
      byAlias.set(alias, key);
    }
    return key;
  }

  private contribute(path: string, analysis: ArticleAnalysis): void {
    const c: Contribution = { ids: [], counts: [], names: [], types: [], surfaceOf: [], surfaces: [], surfaceCounts: [], aliasOf: [], aliasKeys: [] };
    const index = new Map<string, number>();
    const types: EntityType[] = [];
    const surfaceIndex = new Map<string, number>();
    for (const m of analysis.entities) {
      let i = index.get(m.id);
      if (i === undefined) {
        i = c.ids.length;
        index.set(m.id, i);
        c.ids.push(m.id);
        c.counts.push(0);
        types.push(m.type);
      }
      c.counts[i]++;
      const sk = i + '\u0000' + m.text;
      const k = surfaceIndex.get(sk);
      if (k === undefined) {
        surfaceIndex.set(sk, c.surfaces.length);
        c.surfaceOf.push(i);
        c.surfaces.push(m.text);
        c.surfaceCounts.push(1);
      } else c.surfaceCounts[k]++;
    }
    // Surfaces grouped by owning id once: scanning every surface for every id was quadratic in a long article.
    const surfacesOf: number[][] = c.ids.map(() => []);
    c.surfaceOf.forEach((owner, k) => surfacesOf[owner].push(k));
    c.ids.forEach((id, i) => {
      const info = analysis.entityIndex[id];
      const type = info?.type ?? types[i];
      let e = this.entities.get(id);
      if (!e) {
        e = { id, type, types: new Map(), surfaces: new Map(), names: new Map(), related: new Set(), mentionCount: 0, articles: new Map() };
        this.entities.set(id, e);
      }
      e.mentionCount += c.counts[i];
      e.articles.set(path, c.counts[i]);
      c.types.push(type);
      bump(e.types, type, 1);
      e.type = majorityType(e.types, e.type);
      e.ordered = undefined;
      const mySurfaces: string[] = [];
      for (const k of surfacesOf[i]) { bump(e.surfaces, c.surfaces[k], c.surfaceCounts[k]); mySurfaces.push(c.surfaces[k]); }
      const name = info?.name ?? mySurfaces[0];
      c.names.push(name);
      bump(e.names, name, 1);
      for (const r of info?.related ?? []) e.related.add(r);
      const aliases: string[] = [];
      const addAlias = (alias: string) => { const k = this.keyOf(type, alias); if (!aliases.includes(k)) aliases.push(k); };
      addAlias(name);
      for (const a of info?.aliases ?? []) addAlias(a);
      for (const a of mySurfaces) addAlias(a);
      for (const key of aliases) {
        let m = this.aliasIndex.get(key);
        if (!m) this.aliasIndex.set(key, (m = new Map()));
        bump(m, id, 1);
        c.aliasOf.push(i);
        c.aliasKeys.push(key);
        const last = surname(key);
        if (last) {
          let sm = this.surnames.get(last);
          if (!sm) this.surnames.set(last, (sm = new Map()));
          bump(sm, id, 1);
        }
      }
    });
    this.contributions.set(path, c);
  }

  /** Display info of an identity: the longest name the articles chose, aliases by frequency. */
  info(id: string): EntityInfo | undefined {
    const e = this.entities.get(id);
    if (!e) return undefined;
    const names = [...e.names.entries()].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || a[0].localeCompare(b[0]));
    const name = names[0]?.[0] ?? id;
    const aliases = [...e.surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
    return { id, type: e.type, name, aliases: [name, ...aliases.filter((a) => a !== name)], related: e.related.size ? [...e.related] : undefined };
  }
}

/** Rewrites mention ids, the entity index, speaker ids and claim speakers of one analysis through `mapping`. */
export function rewriteIds(analysis: ArticleAnalysis, mapping: ReadonlyMap<string, string>): void {
  const map = (id: string) => mapping.get(id) ?? id;
  if ([...mapping].every(([a, b]) => a === b)) return;
  for (const m of analysis.entities as EntityMention[]) m.id = map(m.id);
  const index = analysis.entityIndex;
  for (const key of Object.keys(index)) {
    const info = index[key];
    const to = map(key);
    if (to === key) continue;
    delete index[key];
    const existing = index[to];
    if (existing) {
      for (const a of info.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      if (info.name.length > existing.name.length) existing.name = info.name;
    } else {
      index[to] = { ...info, id: to };
    }
  }
  for (const q of analysis.quotes) if (q.speaker && mapping.has(q.speaker.id)) q.speaker = { ...q.speaker, id: map(q.speaker.id) };
  for (const c of analysis.claims) {
    const speakers = c.speakers as string[];
    for (let i = 0; i < speakers.length; i++) speakers[i] = map(speakers[i]);
  }
}
