import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, until } from './hostHelpers';
import { parse } from 'yaml';
import type { SourceAnnotatorApi } from '../../src/extension/extension';
import type { Services } from '../../src/extension/services';

// Runs inside a real extension host with a temp copy of seeds/ as the workspace. Every file this suite
// creates (sidecars, a throw-away sidecar for a missing article) is removed again in after().

interface SidecarItem {
  id: string;
  kind: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status?: string;
  type?: string;
  entity?: string;
  note?: string;
}

describe('annotations (in host)', function () {
  this.timeout(60000);
  let services: Services;
  let folder: vscode.Uri;
  let article: vscode.Uri;
  let text: string;
  const created: string[] = [];

  const sidecarPath = (u: vscode.Uri) => `${u.fsPath}.annotations.yaml`;
  const readSidecar = (u: vscode.Uri): { version: number; article: string; annotations: SidecarItem[] } | undefined =>
    fs.existsSync(sidecarPath(u)) ? parse(fs.readFileSync(sidecarPath(u), 'utf8')) : undefined;
  const articleNamed = (prefix: string) => vscode.Uri.joinPath(folder, fs.readdirSync(folder.fsPath).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!);

  before(async () => {
    const api = (await vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID)!.activate()) as SourceAnnotatorApi;
    services = api.services;
    folder = vscode.workspace.workspaceFolders![0].uri;
    article = articleNamed('002_');
    text = fs.readFileSync(article.fsPath, 'utf8');
    for (const p of ['002_', '003_', '004_']) created.push(sidecarPath(articleNamed(p)));
    created.push(path.join(folder.fsPath, 'gone.txt.annotations.yaml'));
    await (services.annotations as unknown as { ready?: Promise<void> }).ready;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of created) fs.rmSync(f, { force: true });
    for (const f of fs.readdirSync(folder.fsPath)) if (f.endsWith('.annotations.yaml')) fs.rmSync(path.join(folder.fsPath, f), { force: true });
    // Leave the service as the next suite expects it: no annotations loaded.
    await until('the deleted sidecars to be unloaded', () => services.annotations.articles().length === 0).catch(() => undefined);
  });

  it('annotate with arguments stores the span, text and context in <article>.annotations.yaml', async () => {
    const start = text.indexOf('Kremlin');
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', {
      uri: article, start, end: start + 'Kremlin'.length, kind: 'entity', type: 'ORG', note: 'seat of government',
    });
    assert.match(id ?? '', /^a-[0-9a-z]+$/);
    const data = await until('the sidecar on disk', () => readSidecar(article)?.annotations?.find((a) => a.id === id) && readSidecar(article));
    assert.strictEqual(data.version, 1);
    assert.strictEqual(data.article, path.basename(article.fsPath));
    const item = data.annotations.find((a) => a.id === id)!;
    assert.deepStrictEqual([item.kind, item.start, item.end, item.exact, item.type, item.note], ['entity', start, start + 7, 'Kremlin', 'ORG', 'seat of government']);
    assert.strictEqual(item.prefix, text.slice(start - item.prefix.length, start));
    assert.ok(item.prefix.length > 20 && item.suffix.length > 20, 'about 32 characters of context');
    const resolved = services.annotations.forArticle(article).find((a) => a.id === id)!;
    assert.deepStrictEqual(resolved.span, { start, end: start + 7 });
    // The user's typing feeds the analysis: "kremlin" is an ORG everywhere.
    assert.strictEqual(services.annotations.knowledge().names.get('kremlin')?.type, 'ORG');
  });

  it('annotate takes the uri as a string, and the selection when start/end are absent', async () => {
    const editor = await vscode.window.showTextDocument(article);
    const s = text.indexOf('North Korea');
    editor.selection = new vscode.Selection(editor.document.positionAt(s), editor.document.positionAt(s + 11));
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: article.toString(), kind: 'note', note: 'which letters?' });
    assert.ok(id);
    const item = await until('the note in the sidecar', () => readSidecar(article)?.annotations.find((a) => a.id === id));
    assert.deepStrictEqual([item.kind, item.start, item.exact, item.note], ['note', s, 'North Korea', 'which letters?']);
  });

  it('confirm and reject analysis suggestions; a rejected one is stored with status rejected', async () => {
    await services.index.ready;
    const analysis = await until('the analysis of the article', () => services.index.get(article)?.analysis);
    const [m1, m2] = analysis.entities.filter((m) => !m.boilerplate && text.slice(m.start, m.end) === m.text);
    assert.ok(m1 && m2, 'two suggestions to decide on');
    const idC = await vscode.commands.executeCommand<string>('sourceAnnotator.confirmSuggestion', { uri: article, start: m1.start, end: m1.end, apply: false });
    const idR = await vscode.commands.executeCommand<string>('sourceAnnotator.rejectSuggestion', { uri: article, start: m2.start, end: m2.end, apply: false });
    assert.ok(idC && idR && idC !== idR);
    const items = await until('both decisions on disk', () => {
      const list = readSidecar(article)?.annotations ?? [];
      const c = list.find((a) => a.id === idC);
      const r = list.find((a) => a.id === idR);
      return c && r && [c, r];
    });
    assert.deepStrictEqual([items[0].status, items[0].type, items[0].entity, items[0].exact], ['confirmed', m1.type, m1.id, m1.text]);
    assert.deepStrictEqual([items[1].status, items[1].start, items[1].end], ['rejected', m2.start, m2.end]);
    assert.strictEqual(services.annotations.forArticle(article).find((a) => a.id === idR)?.status, 'rejected');
    // Rejecting the same suggestion again updates the stored decision instead of adding a second one.
    const again = await vscode.commands.executeCommand<string>('sourceAnnotator.confirmSuggestion', { uri: article, start: m2.start, end: m2.end, apply: false });
    assert.strictEqual(again, idR);
    await until('the flipped decision on disk', () => readSidecar(article)?.annotations.find((a) => a.id === idR)?.status === 'confirmed');
  });

  it('confirming with { apply: true } applies the decision to every other mention across the corpus', async () => {
    await services.index.ready;
    const entity = services.index.entities().filter((e) => e.articleCount >= 2).sort((a, b) => b.articleCount - a.articleCount)[0];
    assert.ok(entity, 'an entity mentioned in two articles or more');
    const mentions = services.index.mentionsOf(entity.id);
    const first = mentions[0];
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.confirmSuggestion', { uri: first.uri, start: first.mention.start, end: first.mention.end, apply: true });
    assert.ok(id);
    for (const m of mentions.slice(1)) {
      const a = services.annotations.forArticle(m.uri).find((x) => x.kind === 'entity' && x.span?.start === m.mention.start && x.span.end === m.mention.end);
      assert.ok(a, `mention at ${m.mention.start} in ${path.basename(m.uri.fsPath)} annotated`);
      assert.deepStrictEqual([a.status, a.entity], ['confirmed', entity.id]);
    }
    const other = mentions.find((m) => m.uri.toString() !== first.uri.toString())!;
    await until('the other article\'s sidecar on disk', () => readSidecar(other.uri)?.annotations.some((a) => a.start === other.mention.start && a.status === 'confirmed'));
  });

  it('editNote and removeAnnotation with an id change the sidecar on disk', async () => {
    const start = text.indexOf('Ukraine');
    const id = (await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: article, start, end: start + 7, kind: 'entity', type: 'GPE' }))!;
    const noted = await vscode.commands.executeCommand<string>('sourceAnnotator.editNote', { uri: article, id, note: 'first mention' });
    assert.strictEqual(noted, id);
    await until('the note on disk', () => readSidecar(article)?.annotations.find((a) => a.id === id)?.note === 'first mention');
    const removed = await vscode.commands.executeCommand<boolean>('sourceAnnotator.removeAnnotation', { uri: article, id });
    assert.strictEqual(removed, true);
    await until('the item gone from disk', () => !readSidecar(article)?.annotations.some((a) => a.id === id));
    assert.ok(!services.annotations.forArticle(article).some((a) => a.id === id));
  });

  it('annotations follow edits in the editor, and an edited-away span becomes an orphan that undo restores', async () => {
    const editor = await vscode.window.showTextDocument(article);
    const start = text.indexOf('Kim Jong Un');
    const id = (await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: article, start, end: start + 11, kind: 'entity', type: 'PERSON' }))!;
    const spanOf = () => services.annotations.forArticle(article).find((a) => a.id === id)?.span;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED: '));
    await until('the span to shift by 9', () => spanOf()?.start === start + 9);
    assert.deepStrictEqual(spanOf(), { start: start + 9, end: start + 20 });
    const doc = editor.document;
    const where = new vscode.Range(doc.positionAt(start + 9), doc.positionAt(start + 20));
    await editor.edit((b) => b.replace(where, 'the leader'));
    await until('the annotation to become an orphan', () => services.annotations.forArticle(article).find((a) => a.id === id)?.span === undefined);
    await vscode.commands.executeCommand('undo');
    await until('undo to bring it back', () => spanOf()?.start === start + 9);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until('revert to move it back', () => spanOf()?.start === start);
    const orphans = await vscode.commands.executeCommand<{ id: string }[]>('sourceAnnotator.showOrphans', { interactive: false });
    assert.ok(Array.isArray(orphans) && !orphans.some((o) => o.id === id));
  });

  it('offsets are UTF-16 units of the file with its BOM and CRLF, also when taken from an editor selection', async () => {
    const dir = path.join(folder.fsPath, 'zz-annotations-tmp');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'bom.txt');
    const content = '\uFEFFLine one\r\nKim Jong Un met 👍🏽 Zoe\u0308 in Vostochny.\r\nEnd.\r\n';
    fs.writeFileSync(file, content, 'utf8');
    try {
      const uri = vscode.Uri.file(file);
      const editor = await vscode.window.showTextDocument(uri);
      const docText = editor.document.getText();
      const kim = docText.indexOf('Kim Jong Un');
      editor.selection = new vscode.Selection(editor.document.positionAt(kim), editor.document.positionAt(kim + 11));
      const id1 = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri, kind: 'entity', type: 'PERSON' });
      const zoe = content.indexOf('Zoe\u0308');
      const id2 = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri, start: zoe, end: zoe + 4, kind: 'note' });
      const emoji = content.indexOf('👍');
      const id3 = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri, start: emoji + 1, end: emoji + 3, kind: 'note' });
      const data = await until('the sidecar of the BOM article', () => {
        const d = readSidecar(uri);
        return d?.annotations?.length === 3 && d;
      });
      const byId = (id?: string) => data.annotations.find((a) => a.id === id)!;
      assert.deepStrictEqual([byId(id1).start, byId(id1).exact], [content.indexOf('Kim Jong Un'), 'Kim Jong Un'], 'file offsets, BOM counted');
      assert.deepStrictEqual([byId(id2).start, byId(id2).end, byId(id2).exact], [zoe, zoe + 4, 'Zoe\u0308']);
      assert.deepStrictEqual([byId(id3).start, byId(id3).end, byId(id3).exact], [emoji, emoji + 4, '👍🏽'], 'a span inside an emoji is widened to whole code points');
      assert.strictEqual(content.slice(byId(id1).start - byId(id1).prefix.length, byId(id1).start), byId(id1).prefix, 'prefix with CRLF is exact');
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'NEW\r\n'));
      await until('annotations to shift by 5', () => services.annotations.forArticle(uri).find((a) => a.id === id1)?.span?.start === content.indexOf('Kim Jong Un') + 5);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      // The file first (a watcher sees a folder deletion, not the files in it), so the index drops it.
      fs.rmSync(`${file}.annotations.yaml`, { force: true });
      fs.rmSync(file, { force: true });
      await until('the index to drop the temporary article', () => !services.index.all().some((a) => a.uri.fsPath === file)).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a failed write (read-only folder) keeps the work in memory and retries on the next change', async function () {
    const dir = path.join(folder.fsPath, 'zz-annotations-ro');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'ro.txt');
    fs.writeFileSync(file, 'Kim Jong Un met Vladimir Putin.\n');
    // chattr +i makes the folder read-only even for root (plain chmod does not stop root).
    try {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
      this.skip();
    }
    const uri = vscode.Uri.file(file);
    try {
      const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri, start: 0, end: 11, kind: 'entity', type: 'PERSON' });
      assert.ok(id, 'recorded although it cannot be written');
      assert.ok(services.annotations.forArticle(uri).some((a) => a.id === id), 'kept in memory');
      assert.ok(!fs.existsSync(`${file}.annotations.yaml`), 'nothing written');
      assert.deepStrictEqual(fs.readdirSync(dir), ['ro.txt'], 'no temporary file left behind');
      execFileSync('chattr', ['-i', dir]);
      await vscode.commands.executeCommand('sourceAnnotator.editNote', { uri, id, note: 'written on retry' });
      const d = await until('the retried write', () => readSidecar(uri));
      assert.deepStrictEqual(d.annotations.map((a) => [a.id, a.exact, a.note]), [[id, 'Kim Jong Un', 'written on retry']]);
    } finally {
      try { execFileSync('chattr', ['-i', dir], { stdio: 'ignore' }); } catch { /* not immutable */ }
      fs.rmSync(`${file}.annotations.yaml`, { force: true });
      fs.rmSync(file, { force: true });
      await until('the index to drop the temporary article', () => !services.index.all().some((a) => a.uri.fsPath === file)).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a binary article: its sidecar is kept and reported, annotating it is refused with a message', async () => {
    const dir = path.join(folder.fsPath, 'zz-annotations-bin');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'scan.txt');
    const sidecar = vscode.Uri.file(`${file}.annotations.yaml`);
    const content = 'version: 1\nannotations:\n  - {id: a-1, kind: note, start: 0, end: 2, exact: PK}\n';
    // The sidecar first, so whichever event loads the article sees it (a new folder's first events may be missed).
    fs.writeFileSync(sidecar.fsPath, content);
    fs.writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]));
    try {
      const d = await until('a diagnostic about the binary article', () => {
        services.annotations.forArticle(vscode.Uri.file(file)); // as an editor or view asking for it would
        return vscode.languages.getDiagnostics(sidecar).find((x) => /binary/.test(x.message));
      });
      assert.match(d.message, /kept, not anchored/);
      const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: vscode.Uri.file(file), start: 0, end: 2, kind: 'note' });
      assert.strictEqual(id, undefined, 'refused');
      assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), content, 'sidecar untouched');
    } finally {
      fs.rmSync(sidecar.fsPath, { force: true });
      fs.rmSync(file, { force: true });
      await until('the index to drop the temporary file', () => !services.index.all().some((a) => a.uri.fsPath === file)).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken sidecar is reported in Problems, never overwritten, and new work waits in memory until it is fixed', async () => {
    const other = articleNamed('003_');
    const sidecar = vscode.Uri.file(sidecarPath(other));
    const broken = 'version: 1\nannotations:\n  - id: a-1\n    kind: [entity\n';
    fs.writeFileSync(sidecar.fsPath, broken);
    const diags = await until('an error diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(sidecar).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
      return d.length > 0 && d;
    });
    assert.match(diags[0].message, /Invalid YAML/);
    assert.ok(diags[0].range.start.line >= 3, `line of the error (${diags[0].range.start.line})`);
    const otherText = fs.readFileSync(other.fsPath, 'utf8');
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: other, start: 0, end: 10, kind: 'note', note: 'kept in memory' });
    assert.ok(id, 'the annotation is recorded');
    assert.ok(services.annotations.forArticle(other).some((a) => a.id === id));
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), broken, 'the broken sidecar is untouched');
    // The user fixes the file: it is reloaded, and the pending annotation is saved next to the fixed content.
    const fixed = `# fixed by hand\nversion: 1\nannotations:\n  - {id: a-1, kind: note, start: 0, end: 5, exact: ${JSON.stringify(otherText.slice(0, 5))}}\n`;
    fs.writeFileSync(sidecar.fsPath, fixed);
    const data = await until('the pending annotation written into the fixed sidecar', () => {
      const d = readSidecar(other);
      return d?.annotations?.some((a) => a.id === id) && d;
    });
    assert.ok(data.annotations.some((a) => a.id === 'a-1'), 'the hand-written item is kept');
    assert.match(fs.readFileSync(sidecar.fsPath, 'utf8'), /^# fixed by hand/);
    await until('the diagnostics cleared', () => !vscode.languages.getDiagnostics(sidecar).some((x) => x.severity === vscode.DiagnosticSeverity.Error));
  });

  it('a sidecar of a newer version is refused and not overwritten', async () => {
    const other = articleNamed('004_');
    const sidecar = vscode.Uri.file(sidecarPath(other));
    const future = 'version: 7\nannotations: []\nnew-feature: true\n';
    fs.writeFileSync(sidecar.fsPath, future);
    const d = await until('a version diagnostic', () => vscode.languages.getDiagnostics(sidecar).find((x) => /version 7/.test(x.message)));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    const id = await vscode.commands.executeCommand<string>('sourceAnnotator.annotate', { uri: other, start: 0, end: 4, kind: 'claim' });
    assert.ok(id, 'kept in memory');
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), future);
    // Drop the pending work, or it would be saved into a fresh sidecar once the test deletes this one.
    assert.strictEqual(await services.annotations.remove(other, id!), true);
    assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), future);
  });

  it('a sidecar whose article no longer exists is reported and kept, its annotations listed as orphans', async () => {
    const sidecar = vscode.Uri.joinPath(folder, 'gone.txt.annotations.yaml');
    const content = 'version: 1\narticle: gone.txt\nannotations:\n  - {id: a-x, kind: note, start: 0, end: 4, exact: Gone}\n';
    fs.writeFileSync(sidecar.fsPath, content);
    const d = await until('a missing-article diagnostic', () => vscode.languages.getDiagnostics(sidecar).find((x) => /does not exist/.test(x.message)));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    const orphans = await vscode.commands.executeCommand<{ id: string; uri: string }[]>('sourceAnnotator.showOrphans', { interactive: false });
    assert.ok(orphans!.some((o) => o.id === 'a-x'), 'listed as an orphan');
    assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), content, 'kept as it is');
  });

  it('a sidecar edited on disk is reloaded', async () => {
    const item = readSidecar(article)!.annotations.find((a) => a.note === 'seat of government')!;
    const src = fs.readFileSync(sidecarPath(article), 'utf8');
    assert.ok(src.includes('note: seat of government'));
    fs.writeFileSync(sidecarPath(article), src.replace('note: seat of government', 'note: edited by hand # a comment'));
    await until('the hand edit to be loaded', () => services.annotations.forArticle(article).find((a) => a.id === item.id)?.note === 'edited by hand');
    // and our next write keeps the user's comment
    await vscode.commands.executeCommand('sourceAnnotator.editNote', { uri: article, id: item.id, note: 'edited twice' });
    await until('the comment kept through a rewrite', () => /note: edited twice # a comment/.test(fs.readFileSync(sidecarPath(article), 'utf8')));
  });
});
