import * as vscode from 'vscode';
import { describeTreeState } from '../../core/navigation/treeFilter';
import type { Services } from '../services';
import { AnnotationTreeProvider, type AnnotationTreeNode } from './annotationTreeProvider';
import { debounce } from './debounce';
import { registerEntityCommands } from './entityCommands';
import { EntityTreeProvider, type EntityTreeNode } from './entityTreeProvider';
import { QuoteTreeProvider, type QuoteTreeNode } from './quoteTreeProvider';
import { followCursor } from './revealFollower';
import { registerTreeCommands } from './treeCommands';
import { TreeState } from './treeState';

/** The providers, exposed for in-host tests (they call getChildren directly). */
export interface NavigationViews {
  readonly entities: EntityTreeProvider;
  readonly quotes: QuoteTreeProvider;
  readonly annotations: AnnotationTreeProvider;
  readonly state: TreeState;
  /** The Entities tree view (its selection shows what reveal-follows-cursor picked). */
  readonly entityView: vscode.TreeView<EntityTreeNode>;
}

let current: NavigationViews | undefined;

/** The registered tree providers (undefined before activation). */
export function navigationViews(): NavigationViews | undefined {
  return current;
}

/** Debounce of tree refreshes: index updates arrive per article in bursts during a re-index or while typing. */
const REFRESH_MS = 250;

export function registerNavigation(services: Services): NavigationViews {
  const { context, index, annotations } = services;
  let indexReady = false;
  const state = new TreeState(context.workspaceState);
  const entities = new EntityTreeProvider(index, state);
  const quotes = new QuoteTreeProvider(index, state);
  const annotationTree = new AnnotationTreeProvider(annotations, state);


  const entityView = vscode.window.createTreeView<EntityTreeNode>('sourceAnnotator.entities', { treeDataProvider: entities, showCollapseAll: true });
  const quoteView = vscode.window.createTreeView<QuoteTreeNode>('sourceAnnotator.quotes', { treeDataProvider: quotes, showCollapseAll: true });
  const annotationView = vscode.window.createTreeView<AnnotationTreeNode>('sourceAnnotator.annotations', { treeDataProvider: annotationTree, showCollapseAll: true });
  const views: NavigationViews = { entities, quotes, annotations: annotationTree, state, entityView };
  current = views;

  // Descriptions show the active filter and sort; context keys pick the welcome text of an empty view
  // (no folder, no articles, still analysing, nothing found, nothing matching the filter).
  const setContext = (key: string, value: unknown) => void vscode.commands.executeCommand('setContext', key, value);
  const describe = () => {
    entityView.description = describeTreeState(state.filter, state.sort);
    quoteView.description = describeTreeState(state.filter, 'mentions');
    annotationView.description = describeTreeState(state.filter, 'mentions');
    const total = annotationTree.unfilteredCount();
    setContext('sourceAnnotator.annotationCount', total);
    // Before the first index the counts are unknown, not zero: keep the "no articles" welcome hidden.
    if (!indexReady) return;
    setContext('sourceAnnotator.indexing', false);
    setContext('sourceAnnotator.articleCount', index.all().length);
    setContext('sourceAnnotator.entityCount', index.entities().length);
    setContext('sourceAnnotator.quoteCount', index.all().reduce((n, a) => n + a.analysis.quotes.length + a.analysis.claims.length, 0));
  };
  setContext('sourceAnnotator.indexing', true);

  const refreshIndexViews = debounce(() => {
    entities.refresh();
    quotes.refresh();
    describe();
  }, REFRESH_MS);
  const refreshAnnotationView = debounce(() => {
    annotationTree.refresh();
    describe();
  }, REFRESH_MS);

  context.subscriptions.push(
    state,
    entities,
    quotes,
    annotationTree,
    entityView,
    quoteView,
    annotationView,
    index.onDidUpdate(() => refreshIndexViews()),
    annotations.onDidChange(() => refreshAnnotationView()),
    state.onDidChange(() => {
      entities.refresh();
      quotes.refresh();
      annotationTree.refresh();
      describe();
    }),
    { dispose: () => { refreshIndexViews.dispose(); refreshAnnotationView.dispose(); current = undefined; } },
    followCursor(entityView, entities, index, state),
    ...registerEntityCommands(services),
    // sourceAnnotator.showOrphans belongs to the annotation commands (src/extension/commands/showOrphans.ts).
    ...registerTreeCommands(services, state),
  );
  describe();
  index.ready.then(
    () => {
      indexReady = true;
      refreshIndexViews();
    },
    () => undefined,
  );
  return views;
}
