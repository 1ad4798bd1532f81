import type { Region, Span } from './types';

export interface ArticleStructure {
  /** ISO date of a leading date line ("date 2023-11-06"), when present. */
  readonly date: string | null;
  readonly dateSpan: Span | null;
  readonly headline: Span | null;
  readonly regions: Region[];
}

// STUB — owned by the entity/structure work.
export function detectStructure(_text: string): ArticleStructure {
  return { date: null, dateSpan: null, headline: null, regions: [] };
}
