import type { ArticleAnalysis, EntityMention, RegionKind, Span } from '../analysis/types';
import { forEachWord, surfaceFeature } from './textFeatures';
import { placeOfTeam } from '../analysis/entities/finish';

/** A sentence (or claim) of one article, reduced to the features the claim linker compares. */
export interface LinkUnit extends Span {
  readonly path: string;
  /** Distinct feature keys: `w:` word stems, `n:` numbers, `e:` entity ids. */
  readonly features: readonly string[];
}

/**
 * Regions whose sentences never state a fact of the story. A section heading ("What comes next", "International
 * Response") only names a topic; the headline does state one and stays.
 */
const SKIPPED_REGIONS: ReadonlySet<RegionKind> = new Set<RegionKind>(['metadata', 'boilerplate', 'heading']);

/** Features of text[start, end): entity ids replace the words of their mentions so "Putin" matches "Vladimir Putin". */
export function spanFeatures(text: string, analysis: ArticleAnalysis, start: number, end: number): string[] {
  return featuresOf(text, start, end, relevantEntities(analysis).filter((e) => e.start < end && e.end > start));
}

function relevantEntities(analysis: ArticleAnalysis): EntityMention[] {
  // DATE ids are too generic ("this month") to say two sentences state one fact; their words still count.
  return analysis.entities.filter((e) => !e.boilerplate && e.type !== 'DATE').sort((a, b) => a.start - b.start);
}

/** Features of the words of text[start, end), given the entity mentions overlapping it (sorted by start). */
function featuresOf(text: string, start: number, end: number, entities: readonly EntityMention[]): string[] {
  const features = new Set<string>();
  // (a side and its country are one topic: one outlet's "Peru" the team is another's "Peru" the country)
  for (const e of entities) features.add('e:' + placeOfTeam(e.id));
  // Adjacent content words also form a pair feature: "second delegation" says more than its two words apart.
  let previous: string | undefined;
  let k = 0;
  forEachWord(text, start, end, (s, e) => {
    while (k < entities.length && entities[k].end <= s) k++;
    // A word starting inside a mention belongs to it ("Korea’s" of "North Korea’s").
    const inEntity = k < entities.length && entities[k].start <= s && s < entities[k].end;
    const f = inEntity ? undefined : surfaceFeature(text.slice(s, e));
    if (f) {
      features.add(f);
      if (previous && f.charCodeAt(0) === 119 /* w */) features.add(pairFeature(previous, f));
    }
    previous = f && f.charCodeAt(0) === 119 ? f : undefined;
  });
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
  // Sentences and entities are both in text order: one sweep hands each sentence its mentions.
  const entities = relevantEntities(analysis);
  const units: LinkUnit[] = [];
  let ei = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    while (ei < entities.length && entities[ei].end <= s.start) ei++;
    let ej = ei;
    while (ej < entities.length && entities[ej].start < s.end) ej++;
    const features = featuresOf(text, s.start, s.end, entities.slice(ei, ej));
    if (features.length >= 3) units.push({ path, start: s.start, end: s.end, features });
  }
  return units;
}
