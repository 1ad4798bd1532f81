import type { EntityType } from '../analysis/types';

/**
 * The annotation model kept in a sidecar. Offsets are UTF-16 code units of the article's exact text
 * (BOM and CR included), half-open [start, end) — the same unit as VS Code's offsetAt and JS strings.
 */

export const ANNOTATION_KINDS = ['entity', 'quote', 'claim', 'note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const ANNOTATION_STATUSES = ['confirmed', 'rejected'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** Characters of context stored before and after a span (as the Hypothesis client does). */
export const CONTEXT_LENGTH = 32;

/** Spans at least this long may be found again by fuzzy matching; shorter ones only exactly. */
export const FUZZY_MIN_LENGTH = 32;

export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.annotations.yaml';

/** The W3C TextPosition + TextQuote selector pair that lets an annotation be found again. */
export interface Selector {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Annotation extends Selector {
  readonly id: string;
  kind: AnnotationKind;
  status?: AnnotationStatus;
  type?: EntityType;
  entity?: string;
  /** The display name the user chose for the entity (rename/merge); wins over names from the articles. */
  name?: string;
  speaker?: string;
  note?: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

/** Fields a caller may change after creation. */
export type AnnotationFields = Partial<Pick<Annotation, 'status' | 'type' | 'entity' | 'name' | 'speaker' | 'note' | 'kind'>>;

/** How an annotation was found in the current text, or that it could not be (an orphan). */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'edit';

export interface AnchorState {
  /** Current span, undefined for an orphan. */
  span?: { start: number; end: number };
  method?: AnchorMethod;
}

/** Annotations keys written by this version, in the order they are written for a new item. */
export const ANNOTATION_KEYS = [
  'id', 'kind', 'status', 'type', 'entity', 'name', 'speaker', 'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'created', 'modified',
] as const;

export function isAnnotationKind(v: unknown): v is AnnotationKind {
  return typeof v === 'string' && (ANNOTATION_KINDS as readonly string[]).includes(v);
}

export function isAnnotationStatus(v: unknown): v is AnnotationStatus {
  return typeof v === 'string' && (ANNOTATION_STATUSES as readonly string[]).includes(v);
}

/** Sidecar order: by start, then id — stable, so rewrites produce small diffs. */
export function compareAnnotations(a: Pick<Annotation, 'start' | 'id'>, b: Pick<Annotation, 'start' | 'id'>): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
