import * as vscode from 'vscode';
import type { Claim, CrossLink, Quote } from '../../core/analysis/types';
import type { LinkCluster, Occurrence } from '../../core/navigation/linkClusters';
import { baseName } from '../../core/navigation/model';
import { buildQuoteTree, carriageOf, clusterSpeaker, type QuoteTreeModel, type SpeakerGroup } from '../../core/navigation/quoteTree';
import { plural } from '../../core/navigation/entityTree';
import { truncate } from '../../core/navigation/snippet';
import type { IndexService } from '../services';
import { ArticleLookup } from '../providers/articleLookup';
import type { TreeState } from './treeState';

export interface SpeakerNode { readonly kind: 'speaker'; readonly key: string; readonly group: SpeakerGroup }
export interface QuoteNode { readonly kind: 'quote'; readonly key: string; readonly cluster: LinkCluster<Quote>; readonly parent: SpeakerNode }
export interface ClaimsNode { readonly kind: 'claims'; readonly key: string; readonly count: number }
export interface ClaimNode { readonly kind: 'claim'; readonly key: string; readonly cluster: LinkCluster<Claim>; readonly parent: ClaimsNode }
/** One article carrying a quote or claim; shaped like `{ uri, start, end }` for the mention commands. */
export interface CarrierNode {
  readonly kind: 'carrier'; readonly key: string; readonly parent: QuoteNode | ClaimNode;
  readonly uri: vscode.Uri; readonly start: number; readonly end: number;
  readonly label: string; readonly description: string; readonly icon: string;
}
export type QuoteTreeNode = SpeakerNode | QuoteNode | ClaimsNode | ClaimNode | CarrierNode;

const CARRIAGE_ICONS: Record<string, string> = {
  first: 'star-full',
  verbatim: 'check',
  changed: 'diff',
  paraphrase: 'comment',
  unattributed: 'question',
  'other speaker': 'person',
};

/** Quotes and claims: speaker → quote → the articles carrying it; then claims shared across articles. */
export class QuoteTreeProvider implements vscode.TreeDataProvider<QuoteTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QuoteTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: QuoteTreeModel | undefined;
  private uris = new Map<string, vscode.Uri>();

  constructor(private readonly index: IndexService, private readonly state: TreeState) {}

  refresh(): void {
    this.model = undefined;
    this.changed.fire(undefined);
  }

  currentModel(): QuoteTreeModel {
    if (!this.model) {
      const articles = this.index.all();
      const lookup = new ArticleLookup(articles);
      // Links may name articles by relative path; key everything by URI string so clusters join up.
      const normalise = <T extends { links?: CrossLink[] }>(item: T): T => {
        if (!item.links?.length) return item;
        const links = item.links.map((l) => ({ ...l, path: lookup.find(l.path)?.uri.toString() ?? l.path }));
        return { ...item, links };
      };
      this.uris = new Map(articles.map((a) => [a.uri.toString(), a.uri]));
      this.model = buildQuoteTree(
        articles.map((a) => ({
          path: a.uri.toString(),
          date: a.analysis.date,
          quotes: a.analysis.quotes.map(normalise),
          claims: a.analysis.claims.map(normalise),
        })),
        this.state.filter,
      );
    }
    return this.model;
  }

  quoteCount(): number {
    return this.currentModel().speakers.reduce((n, s) => n + s.quotes.length, 0);
  }

  getChildren(element?: QuoteTreeNode): QuoteTreeNode[] {
    const model = this.currentModel();
    if (!element) {
      const roots: QuoteTreeNode[] = model.speakers.map((group) => ({ kind: 'speaker', key: `speaker:${group.id ?? ''}`, group }));
      if (model.sharedClaims.length) roots.push({ kind: 'claims', key: 'claims', count: model.sharedClaims.length });
      return roots;
    }
    switch (element.kind) {
      case 'speaker':
        return element.group.quotes.map((cluster) => ({ kind: 'quote', key: `quote:${cluster.key}`, cluster, parent: element }));
      case 'claims':
        return this.currentModel().sharedClaims.map((cluster) => ({ kind: 'claim', key: `claim:${cluster.key}`, cluster, parent: element }));
      case 'quote': {
        const speakerId = clusterSpeaker(element.cluster)?.id ?? null;
        return element.cluster.occurrences.map((o, i) => {
          const carriage = carriageOf(o, speakerId, i === 0);
          const who = o.item.speaker && (carriage === 'other speaker' || carriage === 'first') ? ` · ${o.item.speaker.name}` : '';
          return this.carrier(element, o, `${carriage}${who}`, CARRIAGE_ICONS[carriage] ?? 'quote');
        });
      }
      case 'claim':
        return element.cluster.occurrences.map((o, i) => {
          const kind = i === 0 ? 'first' : o.link ?? 'paraphrase';
          const similarity = o.similarity !== undefined && i > 0 ? ` ${Math.round(o.similarity * 100)}%` : '';
          return this.carrier(element, o, `${kind}${similarity}`, CARRIAGE_ICONS[kind] ?? 'comment');
        });
      case 'carrier':
        return [];
    }
  }

  private carrier(parent: QuoteNode | ClaimNode, o: Occurrence<Quote | Claim>, description: string, icon: string): CarrierNode {
    const uri = this.uris.get(o.path) ?? vscode.Uri.parse(o.path);
    const date = o.date ? ` (${o.date})` : '';
    return {
      kind: 'carrier',
      key: `${parent.key}>${o.path}#${o.item.start}`,
      parent,
      uri,
      start: o.item.start,
      end: o.item.end,
      label: `${baseName(uri.path)}${date}`,
      description,
      icon,
    };
  }

  getParent(element: QuoteTreeNode): QuoteTreeNode | undefined {
    return element.kind === 'speaker' || element.kind === 'claims' ? undefined : element.parent;
  }

  getTreeItem(element: QuoteTreeNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (element.kind) {
      case 'speaker': {
        const item = new vscode.TreeItem(element.group.name, C.Collapsed);
        item.id = element.key;
        item.description = plural(element.group.quotes.length, 'quote');
        item.iconPath = new vscode.ThemeIcon(element.group.id ? 'person' : 'question');
        item.contextValue = 'speaker';
        return item;
      }
      case 'quote': {
        const first = element.cluster.occurrences[0]!.item;
        const item = new vscode.TreeItem(`“${truncate(first.text, 80)}”`, C.Collapsed);
        item.id = element.key;
        item.description = plural(element.cluster.occurrences.length, 'article');
        item.tooltip = `“${first.text}”`;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'quote';
        return item;
      }
      case 'claims': {
        const item = new vscode.TreeItem('Claims shared across articles', C.Collapsed);
        item.id = element.key;
        item.description = String(element.count);
        item.iconPath = new vscode.ThemeIcon('comment-discussion');
        item.contextValue = 'claims';
        return item;
      }
      case 'claim': {
        const first = element.cluster.occurrences[0]!.item;
        const item = new vscode.TreeItem(truncate(first.text, 80), C.Collapsed);
        item.id = element.key;
        item.description = plural(element.cluster.occurrences.length, 'article');
        item.tooltip = first.text;
        item.iconPath = new vscode.ThemeIcon(first.polarity === 'deny' ? 'circle-slash' : 'comment');
        item.contextValue = 'claim';
        return item;
      }
      case 'carrier': {
        const item = new vscode.TreeItem(element.label, C.None);
        item.id = element.key;
        item.description = element.description;
        item.resourceUri = element.uri;
        item.iconPath = new vscode.ThemeIcon(element.icon);
        item.contextValue = 'carrier';
        item.command = { command: 'sourceAnnotator.openMention', title: 'Open', arguments: [{ uri: element.uri, start: element.start, end: element.end }] };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
