import type { AnalyzeOptions, ArticleAnalysis } from './types';

// STUB — the analysis pipeline (issue 3) replaces this: structure, sentences, entities, quotes, speakers, claims.
export function analyzeArticle(text: string, _options: AnalyzeOptions = {}): ArticleAnalysis {
  return { length: text.length, date: null, headline: null, regions: [], sentences: [], entities: [], quotes: [], claims: [], entityIndex: {} };
}
