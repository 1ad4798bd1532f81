import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../../core/analysis/types';
import { NO_FILTER, SORT_LABELS, formatFilter, isSortOrder, parseFilter, type SortOrder, type TreeFilter } from '../../core/navigation/treeFilter';
import { registerCommandOnce } from '../providers/safeCommand';
import type { Services } from '../services';
import type { TreeState } from './treeState';

/** `filterTree` accepts the text the user would type, or `{ text?, types? }`. */
function filterFromArg(arg: unknown): TreeFilter | undefined {
  if (typeof arg === 'string') return parseFilter(arg);
  if (!arg || typeof arg !== 'object') return undefined;
  const { text, types } = arg as { text?: unknown; types?: unknown };
  if (text === undefined && types === undefined) return undefined;
  const parsed = parseFilter(typeof text === 'string' ? text : '');
  const list = Array.isArray(types) ? types.map((t) => String(t).toUpperCase()) : [];
  const bad = list.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (bad.length) throw new Error(`Unknown type ${bad.join(', ')}; expected one of ${ENTITY_TYPES.join(', ')}.`);
  const all = new Set<EntityType>([...parsed.types, ...(list as EntityType[])]);
  return { text: parsed.text, types: ENTITY_TYPES.filter((t) => all.has(t)) };
}

export function registerTreeCommands(services: Services, state: TreeState): vscode.Disposable[] {
  const { log } = services;
  return [
    registerCommandOnce(log, 'sourceAnnotator.filterTree', async (arg?: unknown) => {
      let filter = filterFromArg(arg);
      if (!filter) {
        const input = await vscode.window.showInputBox({
          title: 'Filter the Source Annotator views',
          prompt: 'Words to match in names, quotes and notes. Restrict types with type:PERSON,ORG or @gpe.',
          value: formatFilter(state.filter),
          placeHolder: 'e.g. shoigu  ·  @person  ·  korea type:GPE,NORP',
        });
        if (input === undefined) return state.filter;
        filter = parseFilter(input);
      }
      state.setFilter(filter);
      return filter;
    }),
    registerCommandOnce(log, 'sourceAnnotator.clearTreeFilter', () => {
      state.setFilter(NO_FILTER);
      return NO_FILTER;
    }),
    registerCommandOnce(log, 'sourceAnnotator.sortTree', async (arg?: unknown) => {
      const given = typeof arg === 'string' ? arg : arg && typeof arg === 'object' ? (arg as { sort?: unknown }).sort : undefined;
      let sort: SortOrder | undefined;
      if (given !== undefined) {
        if (!isSortOrder(given)) throw new Error(`Unknown sort order “${String(given)}”; expected mentions, name or firstAppearance.`);
        sort = given;
      } else {
        const picked = await vscode.window.showQuickPick(
          (Object.keys(SORT_LABELS) as SortOrder[]).map((s) => ({ label: `Sort ${SORT_LABELS[s]}`, picked: s === state.sort, description: s === state.sort ? 'current' : undefined, sort: s })),
          { placeHolder: 'Sort entities' },
        );
        sort = picked?.sort;
      }
      if (sort) state.setSort(sort);
      return state.sort;
    }),
    registerCommandOnce(log, 'sourceAnnotator.openSampleCorpus', () => openSampleCorpus(services)),
  ];
}

/**
 * The sample articles (`seeds/`) live in the repository, not in the .vsix. So: with articles already in the
 * workspace, open the first one and show the views; running from a source checkout, open its `seeds/`
 * folder; otherwise ask for a folder of articles.
 */
export async function openSampleCorpus(services: Services): Promise<vscode.Uri | undefined> {
  const { index, context } = services;
  const articles = [...index.all()].sort((a, b) => (a.analysis.date ?? '9999').localeCompare(b.analysis.date ?? '9999') || a.uri.toString().localeCompare(b.uri.toString()));
  if (articles.length) {
    const first = articles[0]!.uri;
    await vscode.window.showTextDocument(first, { preview: false });
    await vscode.commands.executeCommand('workbench.view.extension.sourceAnnotator');
    return first;
  }
  const seeds = vscode.Uri.joinPath(context.extensionUri, 'seeds');
  let target: vscode.Uri | undefined;
  try {
    const stat = await vscode.workspace.fs.stat(seeds);
    if (stat.type & vscode.FileType.Directory) target = seeds;
  } catch {
    // Installed from the .vsix: no seeds bundled.
  }
  if (!target) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Open Articles Folder',
      title: 'Choose a folder of plain-text articles',
    });
    target = picked?.[0];
  }
  if (target) await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
  return target;
}
