/**
 * The analysis contract shared by the engine, the corpus index, the CLI JSON and the extension.
 * Offsets are UTF-16 code units of the article's exact text (BOM and CR included), half-open [start, end).
 */

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'EVENT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type RegionKind = 'metadata' | 'headline' | 'heading' | 'boilerplate' | 'faq';

export interface Region extends Span {
  readonly kind: RegionKind;
}

export interface Sentence extends Span {
  /** The region the sentence lies in, if any (body text has none). */
  readonly region?: RegionKind;
}

export interface EntityMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Identity shared by every mention of the same entity, across articles: a lower-case slug such as `kim-jong-un`. */
  id: string;
  /** Inside a metadata or boilerplate region (date line, "Read Also:", "Photo:"). */
  readonly boilerplate?: boolean;
  /** A role noun right before a PERSON name ("Defense Minister" in "Defense Minister Sergei Shoigu"). */
  readonly titleSpan?: Span;
  /** The whole descriptor through the name ("Russian Defense Minister Sergei Shoigu"). */
  readonly fullSpan?: Span;
  /** Where the suggestion came from: analysis rules, or a user decision fed back in. */
  readonly source?: 'analysis' | 'user';
}

export interface EntityInfo {
  readonly id: string;
  type: EntityType;
  /** Best display name: the longest well-formed name seen. */
  name: string;
  /** Every distinct surface form seen, best first. */
  aliases: string[];
  /** Ids of related entities (a NORP and its country). */
  related?: string[];
}

export interface SpeakerRef {
  readonly id: string;
  readonly name: string;
  /** The mention through which the text attributes the quote (absent when resolved from context only). */
  readonly start?: number;
  readonly end?: number;
  /** How the speaker was found. */
  readonly via: 'name' | 'pronoun' | 'nominal' | 'context';
}

/** A link from a quote or claim to a span of another article that carries the same words or fact. */
export interface CrossLink {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** 0..1 */
  readonly similarity: number;
  /** verbatim: same words; changed: same quote with edits; paraphrase: same fact in other words. */
  readonly kind: 'verbatim' | 'changed' | 'paraphrase';
}

export type QuoteKind = 'full' | 'partial' | 'fragment' | 'scare';

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /**
   * Span including the marks. A quotation running over paragraphs is one quote per paragraph (same speaker):
   * a paragraph left open ends at its last character, with no close mark (markEnd = end). A quote never
   * contains a quotation mark or a paragraph break.
   */
  readonly markStart: number;
  readonly markEnd: number;
  /** Set by the quote finder, refined by the speaker stage (a short phrase with no speaker is a scare quote). */
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  /** The outlet the quote was reported through ("said to CNN", "according to a Reuters report"). */
  readonly channel?: string;
  links?: CrossLink[];
}

export interface Claim extends Span {
  /** The whole sentence (span = sentence, without labels such as "A: " or a date line). */
  readonly text: string;
  /** The reported content (complement clause), when an attribution cue was found. */
  readonly content?: Span;
  /** The reporting word ("said", "highlighted", "according to"). */
  readonly cue?: Span;
  /** Ids of the sources; empty when unattributed. */
  readonly speakers: string[];
  readonly speakerMention?: Span;
  readonly polarity: 'assert' | 'deny';
  /** True when the sentence carries a named attribution. */
  readonly attributed: boolean;
  links?: CrossLink[];
}

export interface ArticleAnalysis {
  /** Length of the analysed text in UTF-16 code units. */
  readonly length: number;
  /** ISO date from a leading date line, when present. */
  readonly date: string | null;
  readonly headline: Span | null;
  readonly regions: Region[];
  readonly sentences: Sentence[];
  readonly entities: EntityMention[];
  readonly quotes: Quote[];
  readonly claims: Claim[];
  /** One row per entity id used in `entities`. */
  readonly entityIndex: Record<string, EntityInfo>;
}

/**
 * What the analysis may be told from outside a single article: names seen typed elsewhere in the corpus,
 * and the user's decisions (a name the user typed as ORG is an ORG everywhere; a rejected surface is not
 * suggested again).
 */
export interface Knowledge {
  /** Lower-cased surface -> decided type and identity. */
  readonly names: ReadonlyMap<string, { type: EntityType; id: string; source: 'corpus' | 'user' }>;
  /** Lower-cased surfaces the user rejected everywhere. */
  readonly rejected: ReadonlySet<string>;
  /** Identity -> display name the user chose (rename, merge); wins over names taken from the articles. */
  readonly displayNames?: ReadonlyMap<string, string>;
}

export interface AnalyzeOptions {
  readonly knowledge?: Knowledge;
}
