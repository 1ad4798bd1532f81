import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, folder, until } from './hostHelpers';

describe('corpus: index service', () => {
  it('orders mentions by article date (undated last)', async () => {
    const { services } = await api();
    const e = services.index.entities().filter((x) => x.articleCount >= 4).sort((a, b) => b.articleCount - a.articleCount)[0];
    const dates = services.index.mentionsOf(e.id).map((m) => services.index.get(m.uri)!.analysis.date);
    const firstUndated = dates.indexOf(null);
    if (firstUndated >= 0) assert.ok(dates.slice(firstUndated).every((d) => d === null), `undated last: ${dates}`);
    const dated = dates.filter((d): d is string => d !== null);
    assert.deepStrictEqual(dated, [...dated].sort(), 'dated mentions in date order');
  });

  it('indexes created files, re-analyses edits in the editor, and drops deleted files', async () => {
    const { services } = await api();
    const uri = vscode.Uri.joinPath(folder(), 'zz-new-article.txt');
    // Other tests create zz-* files too; count only the seeds plus this one.
    const seeds = () => services.index.all().filter((a) => !/\/zz-[^/]*$/.test(a.uri.path)).length;
    const count = seeds();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Jacinda Ardern visited Wellington on Monday.\n'));
    try {
      await until('the created file indexed', () => services.index.get(uri), 15000);
      assert.ok(services.index.all().some((a) => a.uri.toString() === uri.toString()));
      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'Later Angela Merkel arrived in Berlin.\n'));
      const updated = await until('the edit re-analysed', () => {
        const a = services.index.get(uri);
        return a && a.text === editor.document.getText() && a;
      });
      assert.ok(updated.text.includes('Merkel'), 'the open editor text wins over the disk');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until('the deleted file removed', () => !services.index.get(uri), 15000);
    // VS Code keeps the document after its editor closed: a late edit-triggered analysis must not bring it back.
    await new Promise((r) => setTimeout(r, 800));
    assert.strictEqual(services.index.get(uri), undefined, 'the deleted file stays out of the index');
    assert.strictEqual(seeds(), count);
  });

  it('fills claim links across articles in the background', async () => {
    const { services } = await api();
    const linked = await until('a claim linked to another article', () => services.index.all().flatMap((a) =>
      a.analysis.claims.flatMap((c) => (c.links ?? []).filter((l) => l.path !== a.uri.toString()).map((l) => ({ a, c, l })))).find(Boolean));
    const target = services.index.all().find((x) => x.uri.toString() === linked.l.path);
    assert.ok(target, `the link points at an indexed article (${linked.l.path})`);
    assert.ok(linked.l.similarity > 0 && linked.l.similarity <= 1, 'with a similarity');
    assert.ok(linked.l.end > linked.l.start && linked.l.end <= target!.text.length, 'at a span of that article');
  });

  it('re-analyses every article in worker threads from the palette command, with the same results', async () => {
    const { services } = await api();
    const before = services.index.all().map((a) => [a.uri.toString(), JSON.stringify(a.analysis.entities)]).sort();
    const stats = await vscode.commands.executeCommand<{ articles: number; analysed: number; skipped: number; workers: number; ms: number }>('sourceAnnotator.reanalyze');
    assert.ok(stats, 'the command returns what the pass did');
    assert.strictEqual(stats.articles, services.index.all().length);
    assert.strictEqual(stats.analysed, stats.articles, `a forced pass analyses every article: ${services.index.all().map((a) => a.uri.path.split('/').pop()).join(', ')}`);
    assert.strictEqual(stats.skipped, 0);
    assert.ok(stats.workers >= 1, `analysed off the extension host thread (workers: ${stats.workers})`);
    const after = services.index.all().map((a) => [a.uri.toString(), JSON.stringify(a.analysis.entities)]).sort();
    assert.deepStrictEqual(after, before, 'the same entities as before');
  });

  it('skips a binary file', async () => {
    const { services } = await api();
    const uri = vscode.Uri.joinPath(folder(), 'zz-binary.txt');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([80, 75, 3, 4, 0, 0, 0, 1, 2, 3]));
    try {
      await services.index.reindexAll();
      assert.strictEqual(services.index.get(uri), undefined, 'binary file not indexed');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
