import type { AnalyzeOptions, ArticleAnalysis } from './types';
import { detectStructure } from './structure';
import { splitSentences } from './sentences';
import { findEntities } from './entities/findEntities';
import { buildEntityIndex, corpusKnowledge, unifyIdentities } from './identity';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';
import { findClaims } from './claims';

/** Analyses one article on its own (identities are local to it until unified across the corpus). */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const structure = detectStructure(text);
  const sentences = splitSentences(text, structure);
  const entities = findEntities(text, structure, sentences, options);
  const quotes = findQuotes(text, structure, sentences);
  attributeSpeakers(text, quotes, entities, sentences);
  const claims = findClaims(text, structure, sentences, entities, quotes);
  return {
    length: text.length,
    date: structure.date,
    headline: structure.headline,
    regions: structure.regions,
    sentences,
    entities,
    quotes,
    claims,
    entityIndex: buildEntityIndex(entities),
  };
}

export interface CorpusDocument {
  readonly path: string;
  readonly text: string;
}

export interface AnalyzedDocument extends CorpusDocument {
  readonly analysis: ArticleAnalysis;
}

/**
 * Analyses several articles so that identities are shared: "Putin" in one and "Vladimir Putin" in another are
 * one person, and a name seen typed in one article helps the next.
 */
export function analyzeCorpus(docs: readonly CorpusDocument[], options: AnalyzeOptions = {}): AnalyzedDocument[] {
  // two passes: names typed in one article (and short forms of full names) inform the others
  const first = docs.map((d) => analyzeArticle(d.text, options));
  const knowledge = corpusKnowledge(first, options.knowledge);
  const analysed = docs.map((d) => ({ ...d, analysis: analyzeArticle(d.text, { ...options, knowledge }) }));
  unifyIdentities(analysed.map((d) => d.analysis));
  return analysed;
}
