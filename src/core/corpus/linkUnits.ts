import type { ArticleAnalysis, EntityMention, RegionKind, Span } from '../analysis/types';
import { wordFeature, wordTokens, type WordToken } from './textFeatures';

/** A sentence (or claim) of one article, reduced to the features the claim linker compares. */
export interface LinkUnit extends Span {
  readonly path: string;
  /** Distinct feature keys: `w:` word stems, `n:` numbers, `e:` entity ids. */
  readonly features: readonly string[];
}

/** Regions whose sentences never state a fact of the story. */
const SKIPPED_REGIONS: ReadonlySet<RegionKind> = new Set<RegionKind>(['metadata', 'boilerplate']);

/** Features of text[start, end): entity ids replace the words of their mentions so "Putin" matches "Vladimir Putin". */
export function spanFeatures(text: string, analysis: ArticleAnalysis, start: number, end: number): string[] {
  return featuresOf(wordTokens(text, start, end), relevantEntities(analysis).filter((e) => e.start < end && e.end > start));
}

function relevantEntities(analysis: ArticleAnalysis): EntityMention[] {
  // DATE ids are too generic ("this month") to say two sentences state one fact; their words still count.
  return analysis.entities.filter((e) => !e.boilerplate && e.type !== 'DATE').sort((a, b) => a.start - b.start);
}

/** Features of the tokens of one span, given the entity mentions overlapping it (sorted by start). */
function featuresOf(tokens: readonly WordToken[], entities: readonly EntityMention[]): string[] {
  const features = new Set<string>();
  for (const e of entities) features.add('e:' + e.id);
  // Adjacent content words also form a pair feature: "second delegation" says more than its two words apart.
  let previous: string | undefined;
  let k = 0;
  for (const t of tokens) {
    while (k < entities.length && entities[k].end <= t.start) k++;
    // A token starting inside a mention belongs to it ("Korea’s" of "North Korea’s").
    const inEntity = k < entities.length && entities[k].start <= t.start && t.start < entities[k].end;
    const f = inEntity ? undefined : wordFeature(t.lower);
    if (f) {
      features.add(f);
      if (previous && f.charCodeAt(0) === 119 /* w */) features.add(pairFeature(previous, f));
    }
    previous = f && f.charCodeAt(0) === 119 ? f : undefined;
  }
  return [...features];
}

/** Pair keys memoised per word pair: building the string per occurrence was a large share of indexing. */
const pairs = new Map<string, Map<string, string>>();
let pairCount = 0;

function pairFeature(a: string, b: string): string {
  let m = pairs.get(a);
  if (!m) {
    if (pairCount > 500_000) { pairs.clear(); pairCount = 0; }
    pairs.set(a, (m = new Map()));
  }
  let key = m.get(b);
  if (key === undefined) {
    key = 'b:' + a.slice(2) + '+' + b.slice(2);
    m.set(b, key);
    pairCount++;
  }
  return key;
}

/** A question states no fact ("Q: Are they planning a meeting?"). */
function isQuestion(text: string, s: Span): boolean {
  return /\?["”’]?\s*$/.test(text.slice(Math.max(s.start, s.end - 3), s.end));
}

/** A wholly parenthesised line is a credit or aside ("(Reporting by …; Editing by …)"), never a fact of the story. */
function isParenthetical(text: string, s: Span): boolean {
  return text.charCodeAt(s.start) === 40 /* ( */ && /\)\s*$/.test(text.slice(Math.max(s.start, s.end - 2), s.end));
}

/** Link units of one article: its body sentences, or its claims and quotes when no sentences were found. */
export function linkUnits(path: string, text: string, analysis: ArticleAnalysis): LinkUnit[] {
  const spans: Span[] = analysis.sentences.length
    ? analysis.sentences.filter((s) => !(s.region && SKIPPED_REGIONS.has(s.region)) && !isQuestion(text, s) && !isParenthetical(text, s))
    : [...analysis.claims, ...analysis.quotes].sort((a, b) => a.start - b.start);
  // One tokenisation of the article, then a sweep: sentences and entities are both in text order.
  const tokens = wordTokens(text);
  const entities = relevantEntities(analysis);
  const units: LinkUnit[] = [];
  let ti = 0, ei = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    while (ti < tokens.length && tokens[ti].start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj].end <= s.end) tj++;
    while (ei < entities.length && entities[ei].end <= s.start) ei++;
    let ej = ei;
    while (ej < entities.length && entities[ej].start < s.end) ej++;
    const features = featuresOf(tokens.slice(ti, tj), entities.slice(ei, ej));
    if (features.length >= 3) units.push({ path, start: s.start, end: s.end, features });
  }
  return units;
}
