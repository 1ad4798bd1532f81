import type { AnalyzedDocument } from '../analysis/analyze';
import type { CrossLink, Span } from '../analysis/types';
import { DEFAULT_LINK_OPTIONS, LinkIndex, type LinkOptions, toCrossLink } from './linkIndex';
import { linkUnits, type LinkUnit } from './linkUnits';
import { QuoteIndex } from './quoteIndex';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The sentence-level unit that best covers a span (the claim is a sentence or a clause inside one). */
function unitFor(units: readonly LinkUnit[], span: Span): LinkUnit | undefined {
  return units.find((u) => span.start >= u.start && span.start < u.end) ?? units.find((u) => overlaps(u, span));
}

/**
 * Fills `claims[].links` and `quotes[].links` of every document in place: claims get the sentences of other
 * articles that state the same fact (paraphrase-tolerant, scored), quotes get the same quote elsewhere
 * (verbatim or changed) and, when no claim covers their sentence, that sentence's paraphrase links.
 */
export function linkCorpus(docs: readonly AnalyzedDocument[], options: LinkOptions = DEFAULT_LINK_OPTIONS): void {
  const index = new LinkIndex(options);
  const quotes = new QuoteIndex();
  const unitsByPath = new Map<string, LinkUnit[]>();
  for (const d of docs) {
    const units = linkUnits(d.path, d.text, d.analysis);
    unitsByPath.set(d.path, units);
    index.setArticle(d.path, units);
    quotes.setArticle(d.path, d.analysis);
  }
  for (const d of docs) fillArticleLinks(d, unitsByPath.get(d.path)!, index, quotes);
}

/**
 * Fills `claims[].links` and `quotes[].links` of one article from the indexes (used by `linkCorpus` and by the
 * corpus index after an article changes). Returns the paths it links to.
 */
export function fillArticleLinks(d: AnalyzedDocument, units: readonly LinkUnit[], index: LinkIndex, quotes: QuoteIndex): Set<string> {
  const linked = new Set<string>();
  const cache = new Map<LinkUnit, CrossLink[]>();
  const sentenceLinks = (u: LinkUnit) => {
    let links = cache.get(u);
    if (!links) cache.set(u, (links = index.linksOf(u).map((l) => toCrossLink(l))));
    return links;
  };
  const claimed = new Set<LinkUnit>();
  for (const c of d.analysis.claims) {
    const u = unitFor(units, c);
    if (u) claimed.add(u);
    c.links = u ? sentenceLinks(u) : [];
    for (const l of c.links) linked.add(l.path);
  }
  for (const q of d.analysis.quotes) {
    const same: CrossLink[] = quotes.referencesOf(d.path, q).filter((r) => r.path !== d.path).map((r) => ({
      path: r.path, start: r.quote.start, end: r.quote.end, similarity: Math.round(r.similarity * 1000) / 1000,
      kind: r.relation === 'verbatim' ? 'verbatim' : 'changed',
    }));
    const u = unitFor(units, q);
    const para = u && !claimed.has(u) ? sentenceLinks(u).filter((l) => !same.some((s) => s.path === l.path && overlaps(s, l))) : [];
    q.links = [...same, ...para];
    for (const l of q.links) linked.add(l.path);
  }
  return linked;
}
