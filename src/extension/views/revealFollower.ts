import * as vscode from 'vscode';
import { matchesText, matchesType } from '../../core/navigation/treeFilter';
import { mentionAtCursor } from '../providers/entityAt';
import type { IndexService } from '../services';
import { debounce } from './debounce';
import type { EntityTreeNode, EntityTreeProvider } from './entityTreeProvider';
import type { TreeState } from './treeState';

/**
 * Keeps the Entities view on the mention under the cursor, like the Explorer follows the active file.
 * Only while the view is visible, and without taking focus from the editor.
 */
export function followCursor(
  view: vscode.TreeView<EntityTreeNode>,
  provider: EntityTreeProvider,
  index: IndexService,
  state: TreeState,
): vscode.Disposable {
  let last = '';
  const reveal = debounce(() => {
    const editor = vscode.window.activeTextEditor;
    if (!view.visible || !editor || !index.isArticle(editor.document.uri)) return;
    const hit = mentionAtCursor(index, editor);
    if (!hit) return;
    const entity = index.entity(hit.mention.id);
    if (!entity || !matchesType(state.filter, entity.type) || !matchesText(state.filter, [entity.name, ...entity.aliases])) return;
    const key = `${editor.document.uri.toString()}#${hit.mention.start}`;
    if (key === last && view.selection[0]?.kind === 'mention') return;
    last = key;
    const node = provider.mentionNode(entity.id, entity.type, { uri: editor.document.uri, mention: hit.mention });
    view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }, 200);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(() => reveal()),
    view.onDidChangeVisibility((e) => e.visible && reveal()),
    { dispose: () => reveal.dispose() },
  );
}
