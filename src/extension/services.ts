import type * as vscode from 'vscode';
import type { ArticleAnalysis, EntityInfo, EntityMention, Knowledge, Span, EntityType } from '../core/analysis/types';

/**
 * The seams between the extension's feature areas. Each area implements or consumes these interfaces only,
 * so decorations, hovers, views and commands never reach into each other's internals.
 */

/** A user annotation resolved against the article's current text. */
export interface ResolvedAnnotation {
  readonly id: string;
  readonly kind: 'entity' | 'quote' | 'claim' | 'note';
  readonly status?: 'confirmed' | 'rejected';
  /** Current position, or undefined when the annotation is an orphan. */
  readonly span?: Span;
  readonly exact: string;
  readonly type?: EntityType;
  readonly entity?: string;
  /** Display name the user chose for the entity (rename, merge). */
  readonly name?: string;
  readonly speaker?: string;
  readonly note?: string;
}

/** What a command or view asks the annotation service to record. Offsets are UTF-16 in the article's current text. */
export interface AnnotationDraft {
  readonly kind: 'entity' | 'quote' | 'claim' | 'note';
  readonly start: number;
  readonly end: number;
  readonly status?: 'confirmed' | 'rejected';
  readonly type?: EntityType;
  readonly entity?: string;
  /** Display name the user chose for the entity (rename, merge). */
  readonly name?: string;
  readonly speaker?: string;
  readonly note?: string;
}

export type AnnotationPatch = Partial<Pick<AnnotationDraft, 'status' | 'type' | 'entity' | 'name' | 'speaker' | 'note'>>;

export interface AnnotationService extends vscode.Disposable {
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  /** Annotations of one article (orphans included, with no span). */
  forArticle(uri: vscode.Uri): readonly ResolvedAnnotation[];
  /** Every article that has a sidecar loaded. */
  articles(): readonly vscode.Uri[];
  /** The user's decisions as analysis input: typed names win, rejected surfaces are not suggested. */
  knowledge(): Knowledge;
  /** Records an annotation and saves the sidecar; resolves to the stored annotation (with its id). */
  add(uri: vscode.Uri, draft: AnnotationDraft): Promise<ResolvedAnnotation>;
  update(uri: vscode.Uri, id: string, patch: AnnotationPatch): Promise<ResolvedAnnotation | undefined>;
  remove(uri: vscode.Uri, id: string): Promise<boolean>;
}

export interface IndexedArticle {
  readonly uri: vscode.Uri;
  /**
   * The text the analysis ran on (the open editor's text when the file is open), in file coordinates: a UTF-8
   * BOM that VS Code hides from the document is included, so offsets match the sidecars and the CLI.
   */
  readonly text: string;
  readonly analysis: ArticleAnalysis;
  readonly version: number;
}

/** An entity across the whole corpus. */
export interface CorpusEntity extends EntityInfo {
  readonly mentionCount: number;
  readonly articleCount: number;
}

export interface MentionRef {
  readonly uri: vscode.Uri;
  readonly mention: EntityMention;
}

/** What a full indexing pass did (returned by `sourceAnnotator.reanalyze`). */
export interface IndexStats {
  /** Articles in the index afterwards. */
  readonly articles: number;
  /** Articles analysed by this pass (the others were unchanged). */
  readonly analysed: number;
  /** Files that could not be read or analysed. */
  readonly skipped: number;
  /** Worker threads that analysed them (0: the extension host thread did). */
  readonly workers: number;
  readonly ms: number;
}

export interface IndexService extends vscode.Disposable {
  /** Fires with the articles whose analysis changed (all of them after a full re-index). */
  readonly onDidUpdate: vscode.Event<readonly vscode.Uri[]>;
  /** Resolves when the first full index of the workspace is done. */
  readonly ready: Promise<void>;
  get(uri: vscode.Uri): IndexedArticle | undefined;
  all(): readonly IndexedArticle[];
  isArticle(uri: vscode.Uri): boolean;
  /** Re-analyses every article; undefined when a newer pass superseded this one. */
  reindexAll(): Promise<IndexStats | undefined>;
  entities(): readonly CorpusEntity[];
  entity(id: string): CorpusEntity | undefined;
  /** Every mention of an identity, ordered by article date (undated last), then path, then offset. */
  mentionsOf(id: string): readonly MentionRef[];
}

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly index: IndexService;
  readonly annotations: AnnotationService;
}
