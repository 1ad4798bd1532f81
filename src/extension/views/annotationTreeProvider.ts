import * as vscode from 'vscode';
import { annotationDescription, annotationIcon, annotationLabel, buildAnnotationTree, type AnnotationTreeModel } from '../../core/navigation/annotationTree';
import { baseName } from '../../core/navigation/model';
import { plural } from '../../core/navigation/entityTree';
import type { AnnotationService, ResolvedAnnotation } from '../services';
import type { TreeState } from './treeState';

export interface AnnotatedArticleNode { readonly kind: 'article'; readonly key: string; readonly uri: vscode.Uri; readonly annotations: readonly ResolvedAnnotation[] }
export interface OrphansNode { readonly kind: 'orphans'; readonly key: string; readonly orphans: readonly { uri: vscode.Uri; annotation: ResolvedAnnotation }[] }
/** Carries `uri` and `id`, the argument shape of the annotation commands (remove, edit note). */
export interface AnnotationNode {
  readonly kind: 'annotation'; readonly key: string; readonly parent: AnnotatedArticleNode | OrphansNode;
  readonly uri: vscode.Uri; readonly id: string; readonly annotation: ResolvedAnnotation;
  readonly start?: number; readonly end?: number;
}
export type AnnotationTreeNode = AnnotatedArticleNode | OrphansNode | AnnotationNode;

/** Annotations: article → annotation, with orphans (annotations whose text was not found again) grouped apart. */
export class AnnotationTreeProvider implements vscode.TreeDataProvider<AnnotationTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnnotationTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: AnnotationTreeModel<ResolvedAnnotation> | undefined;
  private uris = new Map<string, vscode.Uri>();
  private roots: AnnotationTreeNode[] | undefined;

  constructor(private readonly annotations: AnnotationService, private readonly state: TreeState) {}

  refresh(): void {
    this.model = undefined;
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  currentModel(): AnnotationTreeModel<ResolvedAnnotation> {
    if (!this.model) {
      const articles = this.annotations.articles();
      this.uris = new Map(articles.map((u) => [u.toString(), u]));
      this.model = buildAnnotationTree(
        articles.map((uri) => ({ path: uri.toString(), annotations: this.annotations.forArticle(uri) })),
        this.state.filter,
      );
    }
    return this.model;
  }

  /** Every annotation stored, ignoring the filter (drives the welcome view's context key). */
  unfilteredCount(): number {
    return this.annotations.articles().reduce((n, uri) => n + this.annotations.forArticle(uri).length, 0);
  }

  getChildren(element?: AnnotationTreeNode): AnnotationTreeNode[] {
    if (!element) {
      if (!this.roots) {
        const model = this.currentModel();
        const roots: AnnotationTreeNode[] = model.articles.map((a) => {
          const uri = this.uris.get(a.path)!;
          return { kind: 'article', key: `article:${a.path}`, uri, annotations: a.anchored };
        });
        if (model.orphans.length) {
          roots.push({ kind: 'orphans', key: 'orphans', orphans: model.orphans.map((o) => ({ uri: this.uris.get(o.path)!, annotation: o.annotation })) });
        }
        this.roots = roots;
      }
      return this.roots;
    }
    switch (element.kind) {
      case 'article':
        return element.annotations.map((a) => this.annotationNode(element, element.uri, a));
      case 'orphans':
        return element.orphans.map((o) => this.annotationNode(element, o.uri, o.annotation));
      case 'annotation':
        return [];
    }
  }

  private annotationNode(parent: AnnotatedArticleNode | OrphansNode, uri: vscode.Uri, annotation: ResolvedAnnotation): AnnotationNode {
    return {
      kind: 'annotation',
      key: `${parent.key}>${annotation.id}`,
      parent,
      uri,
      id: annotation.id,
      annotation,
      start: annotation.span?.start,
      end: annotation.span?.end,
    };
  }

  /** The Orphans group, when there is one (for Show Orphaned Annotations). */
  orphansNode(): OrphansNode | undefined {
    return this.getChildren().find((n): n is OrphansNode => n.kind === 'orphans');
  }

  getParent(element: AnnotationTreeNode): AnnotationTreeNode | undefined {
    return element.kind === 'annotation' ? element.parent : undefined;
  }

  getTreeItem(element: AnnotationTreeNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (element.kind) {
      case 'article': {
        const item = new vscode.TreeItem(baseName(element.uri.path), C.Expanded);
        item.id = element.key;
        item.resourceUri = element.uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.description = plural(element.annotations.length, 'annotation');
        item.contextValue = 'annotatedArticle';
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem('Orphaned annotations', C.Expanded);
        item.id = element.key;
        item.description = `${element.orphans.length} · text not found`;
        item.tooltip = 'Annotations whose text could not be found again in the current article. They stay in the sidecar; re-annotate or remove them.';
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.contextValue = 'orphans';
        return item;
      }
      case 'annotation': {
        const a = element.annotation;
        const item = new vscode.TreeItem(annotationLabel(a), C.None);
        item.id = element.key;
        item.description = element.parent.kind === 'orphans' ? `${baseName(element.uri.path)} · ${annotationDescription(a)}` : annotationDescription(a);
        item.tooltip = [`${a.kind}${a.status ? ` (${a.status})` : ''}: “${a.exact}”`, a.note ? `Note: ${a.note}` : ''].filter(Boolean).join('\n');
        item.iconPath = new vscode.ThemeIcon(annotationIcon(a));
        item.contextValue = a.span ? 'annotation' : 'orphanAnnotation';
        item.command = {
          command: 'sourceAnnotator.openMention',
          title: 'Open',
          arguments: [{ uri: element.uri, start: a.span?.start ?? 0, end: a.span?.end ?? 0 }],
        };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
