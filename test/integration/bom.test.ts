import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, folder, hoverMarkdown, until } from './hostHelpers';

// An article whose file starts with a UTF-8 BOM, has CRLF line ends and emoji before the names. VS Code hides
// the BOM from the document, while the index, the sidecars and the CLI count it: every surface must agree.
const TEXT =
  '\ufeffPutin and Kim meet at Vostochny \u{1F680}\r\n\r\n' +
  'MOSCOW, Sept. 13, 2023 \u2014 Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday ' +
  'at the Vostochny Cosmodrome. \u{1F91D} Kim Jong Un said the talks were useful.\r\n';

describe('BOM, CRLF and emoji: one set of offsets everywhere', function () {
  this.timeout(90000);
  const uri = () => vscode.Uri.joinPath(folder(), 'bom_crlf_emoji.txt');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of [uri(), vscode.Uri.joinPath(folder(), 'bom_crlf_emoji.txt.annotations.yaml')]) {
      try { await vscode.workspace.fs.delete(u); } catch { /* not there */ }
    }
  });

  it('hover, references and annotate use file offsets consistently', async () => {
    const { services } = await api();
    await services.index.ready;
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(TEXT));
    const doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.getText().charCodeAt(0) === 0xfeff, false, 'VS Code hides the BOM');
    const article = await until('the open article analysed, BOM included', () => {
      const a = services.index.get(uri());
      return a && a.text === TEXT && a.analysis.entities.some((m) => m.text === 'Kim Jong Un') && a;
    }, 30000);
    const mentions = article.analysis.entities.filter((m) => m.text === 'Kim Jong Un');
    const m = mentions[mentions.length - 1]!; // after both emoji and the CRLFs
    assert.strictEqual(TEXT.slice(m.start, m.end), 'Kim Jong Un', 'index offsets are file offsets');

    // (a) the hover at the mention returns its card, over the right characters
    const docOffset = m.start - 1; // the hidden BOM
    const { values, hovers } = await hoverMarkdown(doc.uri, doc.positionAt(docOffset + 2));
    const entity = services.index.entity(m.id)!;
    assert.ok(values.some((v) => v.includes(entity.name) && v.includes(entity.type)), `a card for ${entity.name}; got:\n${values.join('\n---\n')}`);
    const range = hovers.map((h) => h.range).find((r) => r && doc.getText(r) === 'Kim Jong Un');
    assert.ok(range, `the hover covers the name; ranges: ${hovers.map((h) => h.range && doc.getText(h.range)).join(' | ')}`);

    // (b) references: every location in this article is exactly a mention of the entity
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(docOffset + 2));
    const here = locations.filter((l) => l.uri.toString() === doc.uri.toString());
    const expected = article.analysis.entities.filter((x) => x.id === m.id);
    assert.strictEqual(here.length, expected.length, `references in this article: ${here.length}`);
    for (const l of here) assert.ok(entity.aliases.includes(doc.getText(l.range)), `reference text “${doc.getText(l.range)}”`);
    assert.ok(here.some((l) => doc.getText(l.range) === 'Kim Jong Un' && doc.offsetAt(l.range.start) === docOffset));

    // (c) annotate with file offsets stores the right exact text, and the decorations draw it
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: uri().toString(), start: m.start, end: m.end, kind: 'entity', type: m.type });
    assert.ok(id, 'an annotation id');
    const stored = services.annotations.forArticle(uri()).find((a) => a.id === id)!;
    assert.strictEqual(stored.exact, 'Kim Jong Un');
    assert.deepStrictEqual(stored.span, { start: m.start, end: m.end });
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), 'bom_crlf_emoji.txt.annotations.yaml')));
    assert.match(sidecar, new RegExp(`start: ${m.start}\\b`));
    assert.match(sidecar, /exact: Kim Jong Un/);
    await until('the confirmed annotation drawn', async () => {
      const s = await vscode.commands.executeCommand<Record<string, number> | undefined>('sourceAnnotator._decorationSummary', doc.uri.toString());
      return s && s.confirmed >= 1 && s;
    }, 15000);
  });
});
