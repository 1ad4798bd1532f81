import * as vscode from 'vscode';
import type { EntityType } from '../../core/analysis/types';
import {
  TYPE_ICONS,
  TYPE_LABELS,
  entityDescription,
  firstAppearanceRanks,
  groupEntities,
  groupMentionsByArticle,
  plural,
  type EntityGroup,
} from '../../core/navigation/entityTree';
import { baseName } from '../../core/navigation/model';
import { highlightedSnippet } from '../../core/navigation/snippet';
import type { CorpusEntity, IndexService, MentionRef } from '../services';
import { lineIndexOf } from '../providers/locations';
import type { TreeState } from './treeState';

export interface TypeNode { readonly kind: 'type'; readonly key: string; readonly type: EntityType }
/** `id` is the entity id, so commands invoked from the tree receive `{ id }` like scripted callers. */
export interface EntityNode { readonly kind: 'entity'; readonly key: string; readonly id: string; readonly type: EntityType; readonly entity: CorpusEntity }
export interface ArticleNode { readonly kind: 'article'; readonly key: string; readonly entityId: string; readonly type: EntityType; readonly uri: vscode.Uri }
/** Shaped like the `{ uri, start, end }` argument of the mention commands. */
export interface MentionNode {
  readonly kind: 'mention'; readonly key: string; readonly entityId: string; readonly type: EntityType;
  readonly uri: vscode.Uri; readonly start: number; readonly end: number; readonly text: string;
}
export type EntityTreeNode = TypeNode | EntityNode | ArticleNode | MentionNode;

const TYPE_COLORS: Record<EntityType, string> = {
  PERSON: 'charts.blue',
  ORG: 'charts.purple',
  GPE: 'charts.green',
  LOC: 'charts.green',
  NORP: 'charts.yellow',
  DATE: 'charts.orange',
  EVENT: 'charts.red',
};

export function typeIcon(type: EntityType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(TYPE_ICONS[type], new vscode.ThemeColor(TYPE_COLORS[type]));
}

/**
 * Entities: type → entity → article → mention. Children are computed when expanded and nodes are cached by
 * key until the next refresh, so TreeView.reveal and getParent see the same objects the tree holds.
 */
export class EntityTreeProvider implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: EntityGroup<CorpusEntity>[] | undefined;
  private readonly nodes = new Map<string, EntityTreeNode>();
  private readonly mentionCache = new Map<string, readonly MentionRef[]>();

  constructor(private readonly index: IndexService, private readonly state: TreeState) {}

  refresh(): void {
    this.groups = undefined;
    this.nodes.clear();
    this.mentionCache.clear();
    this.changed.fire(undefined);
  }

  /** The groups after filtering and sorting, computed once per refresh. */
  currentGroups(): readonly EntityGroup<CorpusEntity>[] {
    if (!this.groups) {
      const { filter, sort } = this.state;
      const ranks = sort === 'firstAppearance'
        ? firstAppearanceRanks(this.index.all().map((a) => ({ path: a.uri.toString(), date: a.analysis.date, entities: a.analysis.entities })))
        : undefined;
      this.groups = groupEntities(this.index.entities(), filter, sort, ranks);
    }
    return this.groups;
  }

  visibleEntityCount(): number {
    return this.currentGroups().reduce((n, g) => n + g.entities.length, 0);
  }

  private node<T extends EntityTreeNode>(key: string, make: () => T): T {
    let n = this.nodes.get(key);
    if (!n) this.nodes.set(key, (n = make()));
    return n as T;
  }

  typeNode(type: EntityType): TypeNode {
    return this.node(`type:${type}`, () => ({ kind: 'type', key: `type:${type}`, type }));
  }

  entityNode(entity: CorpusEntity): EntityNode {
    const key = `entity:${entity.id}`;
    return this.node(key, () => ({ kind: 'entity', key, id: entity.id, type: entity.type, entity }));
  }

  articleNode(entityId: string, type: EntityType, uri: vscode.Uri): ArticleNode {
    const key = `article:${entityId}|${uri.toString()}`;
    return this.node(key, () => ({ kind: 'article', key, entityId, type, uri }));
  }

  mentionNode(entityId: string, type: EntityType, ref: MentionRef): MentionNode {
    const key = `mention:${entityId}|${ref.uri.toString()}|${ref.mention.start}`;
    return this.node(key, () => ({
      kind: 'mention', key, entityId, type, uri: ref.uri, start: ref.mention.start, end: ref.mention.end, text: ref.mention.text,
    }));
  }

  private mentions(entityId: string): readonly MentionRef[] {
    let list = this.mentionCache.get(entityId);
    if (!list) this.mentionCache.set(entityId, (list = this.index.mentionsOf(entityId)));
    return list;
  }

  getChildren(element?: EntityTreeNode): EntityTreeNode[] {
    if (!element) return this.currentGroups().map((g) => this.typeNode(g.type));
    switch (element.kind) {
      case 'type':
        return (this.currentGroups().find((g) => g.type === element.type)?.entities ?? []).map((e) => this.entityNode(e));
      case 'entity': {
        const refs = this.mentions(element.id).map((m) => ({ path: m.uri.toString(), mention: m.mention, ref: m }));
        return groupMentionsByArticle(refs).map((a) => this.articleNode(element.id, element.type, a.mentions[0]!.ref.uri));
      }
      case 'article': {
        const key = element.uri.toString();
        return this.mentions(element.entityId)
          .filter((m) => m.uri.toString() === key)
          .sort((a, b) => a.mention.start - b.mention.start)
          .map((m) => this.mentionNode(element.entityId, element.type, m));
      }
      case 'mention':
        return [];
    }
  }

  getParent(element: EntityTreeNode): EntityTreeNode | undefined {
    switch (element.kind) {
      case 'type':
        return undefined;
      case 'entity':
        return this.typeNode(element.type);
      case 'article': {
        const entity = this.index.entity(element.entityId);
        return entity ? this.entityNode(entity) : undefined;
      }
      case 'mention':
        return this.articleNode(element.entityId, element.type, element.uri);
    }
  }

  getTreeItem(element: EntityTreeNode): vscode.TreeItem {
    switch (element.kind) {
      case 'type': {
        const group = this.currentGroups().find((g) => g.type === element.type);
        const item = new vscode.TreeItem(TYPE_LABELS[element.type], vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        item.description = group ? `${group.entities.length} · ${plural(group.mentionCount, 'mention')}` : '';
        item.iconPath = typeIcon(element.type);
        item.contextValue = 'entityType';
        item.tooltip = `${element.type}: ${item.description}`;
        return item;
      }
      case 'entity': {
        const e = element.entity;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        item.description = entityDescription(e);
        item.iconPath = typeIcon(e.type);
        item.contextValue = 'entity';
        const aliases = e.aliases.filter((a) => a !== e.name);
        item.tooltip = `${e.name} (${e.type})${aliases.length ? `\nAlso: ${aliases.join(', ')}` : ''}\n${item.description}`;
        item.accessibilityInformation = { label: `${e.name}, ${e.type}, ${item.description}` };
        return item;
      }
      case 'article': {
        const article = this.index.get(element.uri);
        const count = this.mentions(element.entityId).filter((m) => m.uri.toString() === element.uri.toString()).length;
        const item = new vscode.TreeItem(baseName(element.uri.path), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.key;
        item.resourceUri = element.uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.description = [article?.analysis.date, plural(count, 'mention')].filter(Boolean).join(' · ');
        item.tooltip = element.uri.fsPath || element.uri.toString();
        item.contextValue = 'entityArticle';
        return item;
      }
      case 'mention': {
        const article = this.index.get(element.uri);
        const item = new vscode.TreeItem(element.text, vscode.TreeItemCollapsibleState.None);
        if (article) {
          const pos = lineIndexOf(article).positionAt(element.start);
          const { text: snippet, highlight } = highlightedSnippet(article.text, element, 40, 14);
          item.label = { label: snippet, highlights: [highlight] };
          item.description = `${pos.line + 1}:${pos.character + 1}`;
          item.tooltip = `${baseName(element.uri.path)} ${pos.line + 1}:${pos.character + 1}\n${snippet}`;
        }
        item.id = element.key;
        item.iconPath = new vscode.ThemeIcon('symbol-reference');
        item.contextValue = 'entityMention';
        item.command = {
          command: 'sourceAnnotator.openMention',
          title: 'Open Mention',
          arguments: [{ uri: element.uri, start: element.start, end: element.end }],
        };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
