import type { EntityType, Span } from '../analysis/types';

/**
 * The shapes the navigation logic works on. They mirror the extension's service types structurally, with
 * articles named by a string key (a URI string in the extension, a path in tests) so this stays vscode-free.
 */

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
  readonly articleCount: number;
}

export interface MentionAt {
  /** The article's key (URI string). */
  readonly path: string;
  readonly mention: Span & { readonly text: string; readonly type: EntityType; readonly id: string };
}

export interface AnnotationLike {
  readonly id: string;
  readonly kind: 'entity' | 'quote' | 'claim' | 'note';
  readonly status?: 'confirmed' | 'rejected';
  readonly span?: Span;
  readonly exact: string;
  readonly type?: EntityType;
  readonly entity?: string;
  readonly name?: string;
  readonly speaker?: string;
  readonly note?: string;
}

/** The last path segment of a path or URI string, decoded. */
export function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  const name = trimmed.slice(cut + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
