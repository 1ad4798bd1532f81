import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, until } from './hostHelpers';
import type { SourceAnnotatorApi } from '../../src/extension/extension';
import type { EntityTreeNode } from '../../src/extension/views/entityTreeProvider';

// In-host checks of the navigation area on the seeds copy: language features through VS Code's own
// execute*Provider commands (what Shift+F12, Outline and Ctrl+T use), and the tree providers' shapes.

const name = (uri: vscode.Uri) => path.basename(uri.path);
const SEED = /^\d{3}_[0-9a-f]{16}\.txt$/;
const seedNames = (locations: readonly vscode.Location[]) => new Set(locations.map((l) => name(l.uri)).filter((n) => SEED.test(n)));

describe('navigation', function () {
  this.timeout(60000);
  let api: SourceAnnotatorApi;
  let articles: vscode.Uri[];

  /** A position inside the first occurrence of `word` in the article. */
  async function positionOf(uri: vscode.Uri, word: string, nth = 0): Promise<{ doc: vscode.TextDocument; pos: vscode.Position; offset: number }> {
    const doc = await vscode.workspace.openTextDocument(uri);
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = doc.getText().indexOf(word, offset + 1);
    assert.ok(offset >= 0, `“${word}” occurs in ${name(uri)}`);
    return { doc, pos: doc.positionAt(offset + 1), offset: offset + 1 };
  }

  before(async () => {
    api = (await vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID)!.activate())!;
    await api.services.index.ready;
    // Other suites may add articles to the shared workspace: work on the five seeds.
    const seeds = await until('the five seed articles indexed with entities', () => {
      const a = api.services.index.all().filter((x) => SEED.test(name(x.uri)));
      return a.length === 5 && a.every((x) => x.analysis.entities.length > 0) && a;
    });
    articles = seeds.map((a) => a.uri).sort((a, b) => a.path.localeCompare(b.path));
  });

  it('Find All References on “Shoigu” spans all five articles', async () => {
    const { doc, pos } = await positionOf(articles[0]!, 'Shoigu');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
    const files = seedNames(locations);
    assert.strictEqual(files.size, 5, `seed articles referenced: ${[...files].join(', ')}`);
    assert.ok(locations.length >= 6, `every mention (found ${locations.length})`);
    for (const loc of locations) {
      const target = await vscode.workspace.openTextDocument(loc.uri);
      assert.match(target.getText(loc.range), /Shoigu|Defen[cs]e Minister|minister/i, `${name(loc.uri)} ${loc.range.start.line}: “${target.getText(loc.range)}”`);
    }
  });

  it('Go to Definition goes to the first mention in the corpus', async () => {
    const { doc, pos } = await positionOf(articles[4]!, 'Shoigu', 1);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.strictEqual(defs.length, 1);
    const def = defs[0]!;
    const uri = 'targetUri' in def ? def.targetUri : def.uri;
    const range = 'targetUri' in def ? def.targetSelectionRange ?? def.targetRange : def.range;
    const hit = api.services.index.get(doc.uri)!.analysis.entities.find((m) => m.start <= doc.offsetAt(pos) && doc.offsetAt(pos) <= m.end)!;
    const first = api.services.index.mentionsOf(hit.id)[0]!;
    assert.strictEqual(uri.toString(), first.uri.toString());
    const target = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(target.offsetAt(range.start), first.mention.start);
    assert.strictEqual(target.getText(range), first.mention.text);
  });

  it('document symbols list the article’s entities grouped by type, and its quotes', async () => {
    for (const uri of articles) {
      // One symbol per (type, identity) of the analysis; retried while a re-analysis (other suites'
      // annotations) may land between reading the symbols and the analysis.
      await until(`${name(uri)}: one symbol per entity`, async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        assert.ok(symbols && symbols.length > 0, `${name(uri)} has symbols`);
        const pairs = new Set(api.services.index.get(uri)!.analysis.entities.map((m) => `${m.type}|${m.id}`));
        const entitySymbols = symbols.filter((s) => s.name !== 'Quotes').flatMap((g) => g.children);
        for (const s of entitySymbols) assert.ok(s.range.contains(s.selectionRange));
        return entitySymbols.length === pairs.size;
      }, 5000);
    }
    const people = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', articles[0]!)).find((g) => g.name === 'People');
    assert.ok(people?.children.some((c) => /Shoigu/.test(c.name)), 'Shoigu in the People group');
  });

  it('workspace symbols find “Putin”', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Putin');
    const putin = symbols.find((s) => /Putin/.test(s.name));
    assert.ok(putin, `found: ${symbols.map((s) => s.name).join(', ')}`);
    const doc = await vscode.workspace.openTextDocument(putin.location.uri);
    assert.match(doc.getText(putin.location.range), /Putin/);
  });

  it('prepareRename offers the entity name on a mention and refuses plain words', async () => {
    const { doc, pos } = await positionOf(articles[0]!, 'Shoigu');
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, pos);
    assert.ok(prepared && /Shoigu/.test(prepared.placeholder), `placeholder ${prepared?.placeholder}`);
    assert.ok(prepared.range.contains(pos));
    const plain = await positionOf(articles[0]!, ' the ');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, plain.pos)));
  });

  it('a CodeLens at the top of each article sums it up', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', articles[0]!);
    const ours = lenses.find((l) => /entit/.test(l.command?.title ?? ''));
    assert.ok(ours, `lenses: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    assert.strictEqual(ours.range.start.line, 0);
    assert.match(ours.command!.title, /^\d+ entit(y|ies).* · \d+ quotes?.* · \d+ claims? shared with other articles$/);
  });

  it('sourceAnnotator.showReferences returns the locations it shows', async () => {
    const { offset } = await positionOf(articles[1]!, 'Shoigu');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('sourceAnnotator.showReferences', { uri: articles[1]!.toString(), start: offset });
    assert.strictEqual(seedNames(locations).size, 5);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('the Entities tree is type → entity → article → mention, and a mention opens its article there', async () => {
    const tree = api.navigation!.entities;
    const roots = tree.getChildren() as EntityTreeNode[];
    assert.ok(roots.length > 0 && roots.every((r) => r.kind === 'type'));
    const person = roots.find((r) => r.kind === 'type' && r.type === 'PERSON')!;
    assert.ok(person, 'a PERSON group');
    const people = tree.getChildren(person);
    const shoigu = people.find((p) => p.kind === 'entity' && /Shoigu/.test(p.entity.name));
    assert.ok(shoigu && shoigu.kind === 'entity', 'Shoigu under PERSON');
    const item = tree.getTreeItem(shoigu);
    assert.match(String(item.description), /^\d+ mentions · \d+ articles$/);
    assert.ok(shoigu.entity.articleCount >= 5, `Shoigu in ${shoigu.entity.articleCount} articles`);
    assert.strictEqual(item.contextValue, 'entity');
    const perArticle = tree.getChildren(shoigu);
    assert.strictEqual(perArticle.length, shoigu.entity.articleCount);
    assert.strictEqual(perArticle.filter((a) => a.kind === 'article' && SEED.test(name(a.uri))).length, 5);
    assert.ok(perArticle.every((a) => a.kind === 'article'));
    const mentions = tree.getChildren(perArticle[0]);
    assert.ok(mentions.length > 0 && mentions.every((m) => m.kind === 'mention'));
    const mention = mentions[0]!;
    assert.strictEqual(tree.getParent(mention), perArticle[0]);
    assert.strictEqual(tree.getParent(perArticle[0]!), shoigu);
    assert.strictEqual(tree.getParent(shoigu), person);
    const mentionItem = tree.getTreeItem(mention);
    assert.strictEqual(mentionItem.command?.command, 'sourceAnnotator.openMention');
    await vscode.commands.executeCommand(mentionItem.command.command, ...(mentionItem.command.arguments ?? []));
    const editor = await until('the mention’s editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && mention.kind === 'mention' && e.document.uri.toString() === mention.uri.toString() && e;
    });
    assert.ok(mention.kind === 'mention');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), mention.start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), mention.end);
  });

  it('filtering and sorting reshape the tree and show in the state', async () => {
    const { entities, state } = api.navigation!;
    try {
      await vscode.commands.executeCommand('sourceAnnotator.filterTree', 'shoigu');
      const roots = entities.getChildren();
      assert.deepStrictEqual(roots.map((r) => r.kind === 'type' && r.type), ['PERSON']);
      assert.ok(entities.getChildren(roots[0]).every((e) => e.kind === 'entity' && /shoigu/i.test([e.entity.name, ...e.entity.aliases].join(' '))));
      await vscode.commands.executeCommand('sourceAnnotator.filterTree', { types: ['GPE'] });
      assert.deepStrictEqual(entities.getChildren().map((r) => r.kind === 'type' && r.type), ['GPE']);
      await vscode.commands.executeCommand('sourceAnnotator.clearTreeFilter');
      assert.ok(entities.getChildren().length > 1);
      await vscode.commands.executeCommand('sourceAnnotator.sortTree', 'name');
      const names = entities.getChildren(entities.getChildren()[0]).map((e) => (e.kind === 'entity' ? e.entity.name : ''));
      assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    } finally {
      await vscode.commands.executeCommand('sourceAnnotator.clearTreeFilter');
      await vscode.commands.executeCommand('sourceAnnotator.sortTree', 'mentions');
    }
    assert.strictEqual(state.sort, 'mentions');
  });

  it('the Entities view follows the cursor onto a mention', async () => {
    const { entityView } = api.navigation!;
    await vscode.commands.executeCommand('sourceAnnotator.entities.focus');
    const { doc, offset } = await positionOf(articles[3]!, 'Shoigu');
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const pos = doc.positionAt(offset);
    editor.selection = new vscode.Selection(pos, pos);
    const selected = await until('the mention selected in the tree', () => {
      const node = entityView.selection[0];
      return node && node.kind === 'mention' && node.uri.toString() === doc.uri.toString() && node.start <= offset && offset <= node.end && node;
    }, 10000);
    assert.match(selected.kind === 'mention' ? selected.text : '', /Shoigu/);
  });

  it('the Quotes tree is speaker → quote → carrying articles', () => {
    const tree = api.navigation!.quotes;
    const roots = tree.getChildren();
    const speakers = roots.filter((r) => r.kind === 'speaker');
    assert.ok(speakers.length > 0, 'speakers found');
    const quotes = tree.getChildren(speakers[0]);
    assert.ok(quotes.length > 0 && quotes.every((q) => q.kind === 'quote'));
    const carriers = tree.getChildren(quotes[0]);
    assert.ok(carriers.length > 0 && carriers.every((c) => c.kind === 'carrier'));
    assert.strictEqual(tree.getTreeItem(carriers[0]!).command?.command, 'sourceAnnotator.openMention');
  });

  it('rename through the Rename provider stores entity annotations, edits no text', async () => {
    const { annotations, index } = api.services;
    const target = index.entities().find((e) => /Shoigu/.test(e.name))!;
    const everywhere = index.all().map((a) => a.uri);
    const before = new Map(everywhere.map((u) => [u.toString(), new Set(annotations.forArticle(u).map((a) => a.id))]));
    const texts = articles.map((u) => index.get(u)!.text);
    const mentionCount = index.mentionsOf(target.id).length;
    const { doc, pos } = await positionOf(articles[0]!, 'Shoigu');
    try {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, 'Sergei K. Shoigu');
      assert.strictEqual(edit.size, 0, 'no text edits');
      const added = everywhere.flatMap((u) => annotations.forArticle(u).filter((a) => !before.get(u.toString())!.has(a.id)).map((a) => ({ u, a })));
      assert.ok(added.length >= 5 && added.length <= mentionCount, `annotations added: ${added.length} for ${mentionCount} mentions`);
      assert.ok(added.every(({ a }) => a.kind === 'entity' && a.entity === 'sergei-k-shoigu'));
      assert.strictEqual(new Set(added.map(({ u }) => name(u)).filter((n) => SEED.test(n))).size, 5, 'every seed article annotated');
      assert.deepStrictEqual(articles.map((u) => index.get(u)?.text ?? ''), texts, 'articles untouched');
    } finally {
      for (const u of everywhere) {
        for (const a of annotations.forArticle(u)) if (!before.get(u.toString())!.has(a.id)) await annotations.remove(u, a.id);
      }
    }
  });

  it('renaming through the command shows the new name in the index and the Entities tree', async function () {
    this.timeout(120000);
    const { annotations, index } = api.services;
    const tree = api.navigation!.entities;
    // The previous test's annotations were removed; wait for the index to be back on the article names.
    const target = await until('Shoigu back under its article name', () => index.entities().find((e) => /Shoigu/.test(e.name) && !/Chief/.test(e.name)), 60000);
    const everywhere = index.all().map((a) => a.uri);
    const before = new Map(everywhere.map((u) => [u.toString(), new Set(annotations.forArticle(u).map((a) => a.id))]));
    const newName = 'Defence Chief Shoigu';
    try {
      const outcome = await vscode.commands.executeCommand<{ written: number; failed: number }>('sourceAnnotator.renameEntity', { id: target.id, name: newName });
      assert.ok(outcome && outcome.written >= 5 && outcome.failed === 0, `written ${outcome?.written}, failed ${outcome?.failed}`);
      const added = everywhere.flatMap((u) => annotations.forArticle(u).filter((a) => !before.get(u.toString())!.has(a.id)));
      assert.ok(added.every((a) => a.entity === 'defence-chief-shoigu' && a.name === newName), 'the chosen name is stored on each annotation');
      // The index re-analyses article by article: wait for the whole pass.
      const renamed = await until('the renamed entity in the index, in all five articles', () => {
        const e = index.entity('defence-chief-shoigu');
        return e && e.name === newName && e.articleCount >= 5 && e;
      }, 90000);
      // The tree refreshes from the index's update event (debounced), after the pass completes.
      const node = await until('the renamed entity in the Entities tree', () => {
        const group = (tree.getChildren() as EntityTreeNode[]).find((r) => r.kind === 'type' && r.type === renamed.type);
        return group && tree.getChildren(group).find((n) => n.kind === 'entity' && n.entity.id === 'defence-chief-shoigu');
      }, 30000);
      assert.strictEqual(tree.getTreeItem(node).label, newName);
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Defence Chief');
      assert.ok(symbols.some((s) => s.name === newName), `workspace symbols: ${symbols.map((s) => s.name).join(', ')}`);
    } finally {
      for (const u of everywhere) {
        for (const a of annotations.forArticle(u)) if (!before.get(u.toString())!.has(a.id)) await annotations.remove(u, a.id);
      }
    }
  });
});
