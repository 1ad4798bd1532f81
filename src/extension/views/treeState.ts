import * as vscode from 'vscode';
import { NO_FILTER, isFilterActive, isSortOrder, type SortOrder, type TreeFilter } from '../../core/navigation/treeFilter';

const FILTER_KEY = 'sourceAnnotator.treeFilter';
const SORT_KEY = 'sourceAnnotator.treeSort';
/** Context key that shows the Clear Filter button. */
export const FILTERED_CONTEXT = 'sourceAnnotator.treeFiltered';

/** The filter shared by the three trees and the entity sort order, remembered per workspace. */
export class TreeState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private filterValue: TreeFilter;
  private sortValue: SortOrder;

  constructor(private readonly memento: vscode.Memento) {
    const stored = memento.get<TreeFilter>(FILTER_KEY);
    this.filterValue = stored && typeof stored.text === 'string' && Array.isArray(stored.types) ? stored : NO_FILTER;
    const sort = memento.get<string>(SORT_KEY);
    this.sortValue = isSortOrder(sort) ? sort : 'mentions';
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, isFilterActive(this.filterValue));
  }

  get filter(): TreeFilter {
    return this.filterValue;
  }

  get sort(): SortOrder {
    return this.sortValue;
  }

  setFilter(filter: TreeFilter): void {
    this.filterValue = filter;
    void this.memento.update(FILTER_KEY, filter);
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, isFilterActive(filter));
    this.changed.fire();
  }

  setSort(sort: SortOrder): void {
    this.sortValue = sort;
    void this.memento.update(SORT_KEY, sort);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
