import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/extension/extension';

// Runs inside a real extension host (code-server) with a temp copy of seeds/ as the workspace.
const EXTENSION_ID = 'source-annotator.source-annotator';

interface Manifest {
  activationEvents?: string[];
  contributes: { commands: { command: string }[] };
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('activation', () => {
  let api: SourceAnnotatorApi;

  it('opens the seeds copy as the workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'one workspace folder');
    const txt = fs.readdirSync(folders[0].uri.fsPath).filter((f) => f.endsWith('.txt'));
    assert.strictEqual(txt.length, 5, `five articles in ${folders[0].uri.fsPath}, found ${txt.join(', ')}`);
  });

  it('activates lazily (never "*") and returns the services API', async () => {
    const ext = vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
    const manifest = ext.packageJSON as Manifest;
    assert.ok(!(manifest.activationEvents ?? []).includes('*'), 'no "*" activation');
    api = await ext.activate();
    assert.ok(ext.isActive, 'extension is active');
    assert.ok(api && api.services, 'activate() returns { services }');
    for (const k of ['index', 'annotations', 'log', 'context'] as const) assert.ok(api.services[k], `services.${k}`);
  });

  it('registers every command it declares', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const declared = (ext.packageJSON as Manifest).contributes.commands.map((c) => c.command);
    assert.ok(declared.length > 0, 'commands are declared');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
  });

  it('recognises the five articles and finds entities in each', async () => {
    assert.ok(api, 'activated');
    await api.services.index.ready;
    const all = await until('five indexed articles', () => api.services.index.all().length === 5 && api.services.index.all());
    for (const a of all) {
      assert.ok(api.services.index.isArticle(a.uri), `${a.uri.path} is an article`);
      assert.ok(a.analysis.entities.length > 5, `${path.basename(a.uri.path)} has entities (found ${a.analysis.entities.length})`);
    }
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const notArticle = vscode.Uri.joinPath(folder, 'notes.md');
    assert.ok(!api.services.index.isArticle(notArticle), 'a .md file is not an article under the default glob');
  });

  it('an article opened in an editor has its analysis and entity mentions within the text', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const name = fs.readdirSync(folder.fsPath).filter((f) => f.endsWith('.txt')).sort()[0];
    const uri = vscode.Uri.joinPath(folder, name);
    const editor = await vscode.window.showTextDocument(uri);
    const entry = await until('analysis of the open article', () => api.services.index.get(uri));
    const text = editor.document.getText();
    assert.strictEqual(entry.analysis.length, text.length, 'analysis covers the editor text');
    assert.ok(entry.analysis.entities.length > 0, 'entities found');
    for (const m of entry.analysis.entities.slice(0, 50)) {
      assert.strictEqual(text.slice(m.start, m.end), m.text, `mention ${m.id} at ${m.start} matches the text`);
    }
    const types = new Set(entry.analysis.entities.map((m) => m.type));
    assert.ok(types.has('PERSON') && types.has('GPE'), `PERSON and GPE found (types: ${[...types].join(', ')})`);
  });
});
