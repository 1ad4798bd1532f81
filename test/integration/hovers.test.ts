import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, articleLines, baseName, folder, hoverMarkdown, until } from './hostHelpers';

describe('corpus: hover cards on the seeds', () => {
  it('an entity present in all five articles lists the other four', async () => {
    const { services } = await api();
    const everywhere = services.index.entities().filter((e) => e.articleCount === 5 && e.type !== 'DATE').sort((a, b) => b.mentionCount - a.mentionCount);
    assert.ok(everywhere.length > 0, 'some entity is in all five articles');
    const entity = everywhere[0];
    const first = services.index.mentionsOf(entity.id)[0];
    const doc = await vscode.workspace.openTextDocument(first.uri);
    await vscode.window.showTextDocument(doc);
    await until('analysis of the open editor', () => services.index.get(doc.uri)?.text === doc.getText());
    const mention = services.index.get(doc.uri)!.analysis.entities.find((m) => m.id === entity.id)!;
    const { values } = await hoverMarkdown(doc.uri, doc.positionAt(mention.start + 1));
    const card = values.find((v) => v.includes('mentions in 5 of 5 articles'));
    assert.ok(card, `a card says "in 5 of 5 articles"; got:\n${values.join('\n---\n')}`);
    const listed = articleLines(card!).map((l) => l.replace(/ \(\d{4}-\d\d-\d\d\)$/, ''));
    const others = services.index.all().map((a) => baseName(a.uri)).filter((n) => n !== baseName(doc.uri)).sort();
    assert.deepStrictEqual([...listed].sort(), others, 'one line per other article');
    assert.ok(card!.includes('command:sourceAnnotator.openMention?'), 'lines link to the mention');
  });

  it('the Peskov quote card names its speaker', async () => {
    const { services } = await api();
    const hit = services.index.all().flatMap((a) => a.analysis.quotes.map((q) => ({ a, q }))).find(({ q }) => /Peskov/.test(q.speaker?.name ?? ''));
    assert.ok(hit, 'a quote attributed to Peskov');
    const { a, q } = hit!;
    const doc = await vscode.workspace.openTextDocument(a.uri);
    await vscode.window.showTextDocument(doc);
    await until('analysis of the open editor', () => services.index.get(doc.uri)?.text === doc.getText());
    const fresh = services.index.get(doc.uri)!.analysis;
    // A position inside the quote that is not on an entity name (those get the entity card).
    let offset = q.start;
    while (offset < q.end && fresh.entities.some((m) => offset >= m.start && offset < m.end)) offset++;
    const { values } = await hoverMarkdown(doc.uri, doc.positionAt(offset + 1));
    const card = values.find((v) => v.startsWith('**Quote**'));
    assert.ok(card, `a quote card; got:\n${values.join('\n---\n')}`);
    assert.ok(/said by \[Dmitry Peskov\]\(command:sourceAnnotator\.openMention/.test(card!), card);
  });

  it('article text with a command link and <img onerror> renders inert', async () => {
    const { services } = await api();
    const uri = vscode.Uri.joinPath(folder(), 'zz-hostile.txt');
    const attack = 'Vladimir Putin said [x](command:workbench.action.terminal.new) and <img src=x onerror=alert(1)> today.\n\n“[run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>,” said Vladimir Putin.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(attack));
    try {
      await until('the new article in the index', () => services.index.get(uri), 15000);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await until('analysis of the open editor', () => services.index.get(doc.uri)?.text === doc.getText());
      const analysis = services.index.get(uri)!.analysis;
      const cards: string[] = [];
      const putin = analysis.entities.find((m) => /Putin/.test(m.text));
      assert.ok(putin, 'Putin is found in the hostile article');
      // The snippet of the hostile article appears in the Putin card of a seed article.
      const seed = services.index.mentionsOf(putin!.id).find((m) => m.uri.toString() !== uri.toString());
      if (seed) {
        const sdoc = await vscode.workspace.openTextDocument(seed.uri);
        await vscode.window.showTextDocument(sdoc);
        await until('analysis of the seed editor', () => services.index.get(sdoc.uri)?.text === sdoc.getText());
        const m = services.index.get(sdoc.uri)!.analysis.entities.find((e) => e.id === putin!.id)!;
        const r = await hoverMarkdown(sdoc.uri, sdoc.positionAt(m.start + 1));
        cards.push(...r.values);
        assert.ok(r.values.some((v) => v.includes('zz-hostile')), 'the hostile article is listed in the card');
      }
      for (const q of analysis.quotes) {
        let offset = q.start;
        while (offset < q.end && analysis.entities.some((m) => offset >= m.start && offset < m.end)) offset++;
        const r = await hoverMarkdown(uri, doc.positionAt(offset));
        cards.push(...r.values);
      }
      assert.ok(cards.some((c) => c.includes('onerror')), 'the attack text reached a card (escaped)');
      for (const c of cards) {
        assert.ok(!/(^|[^\\])\]\(command:workbench/.test(c), `no live foreign command link:\n${c}`);
        assert.ok(!/(^|[^\\])<img/i.test(c), `no live <img> tag:\n${c}`);
      }
      const { hovers } = await hoverMarkdown(uri, doc.positionAt(putin!.start + 1));
      for (const h of hovers) for (const c of h.contents) {
        if (typeof c === 'string' || !('isTrusted' in c)) continue;
        const md = c as vscode.MarkdownString;
        assert.ok(!md.supportHtml, 'supportHtml is off');
        if (md.isTrusted && typeof md.isTrusted === 'object') {
          assert.ok(md.isTrusted.enabledCommands.every((id) => id.startsWith('sourceAnnotator.')), `only our commands: ${md.isTrusted.enabledCommands}`);
        } else {
          assert.notStrictEqual(md.isTrusted, true, 'never fully trusted');
        }
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
      await until('the hostile article removed', () => !services.index.get(uri), 15000);
    }
  });

  it('openMention opens an article at the mention', async () => {
    const { services } = await api();
    const e = services.index.entities().find((x) => x.articleCount >= 2)!;
    const ref = services.index.mentionsOf(e.id)[1];
    await vscode.commands.executeCommand('sourceAnnotator.openMention', { uri: ref.uri.toString(), start: ref.mention.start, end: ref.mention.end });
    const editor = await until('the editor of the mention', () => vscode.window.activeTextEditor?.document.uri.toString() === ref.uri.toString() && vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.getText(editor.selection), ref.mention.text);
  });
});
