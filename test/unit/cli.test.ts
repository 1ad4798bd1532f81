import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';
import { buildCliJson } from '../../src/core/report/cliJson';
import { analyzeCorpus } from '../../src/core/analysis/analyze';
import { binaryReason, globMatcher } from '../../src/node/readArticles';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('cli analyze', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Town hall reopens\n\n“We are back,” said Mayor Ellen Park on Monday.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), '\ufeffThe mayor, Ellen Park, said the town hall reopened on Monday.\r\n');
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not an article');
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints FORMAT.md JSON with the exact field names', () => {
    const r = cli(['analyze', path.join(dir, 'a.txt'), path.join(dir, 'sub'), '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.strictEqual(json.version, 1);
    assert.strictEqual(json.articles.length, 2);
    const a = json.articles[0];
    assert.ok(a.path.endsWith('a.txt'));
    for (const k of ['path', 'entities', 'quotes', 'claims']) assert.ok(k in a, k);
    const q = a.quotes[0];
    assert.deepStrictEqual([q.start, q.end, q.text], [20, 32, 'We are back,']);
    assert.ok(q.speaker && typeof q.speaker.id === 'string' && typeof q.speaker.name === 'string');
    for (const e of a.entities) for (const k of ['start', 'end', 'text', 'type', 'id']) assert.ok(k in e, k);
    for (const c of a.claims) {
      for (const k of ['start', 'end', 'text', 'links']) assert.ok(k in c, k);
      for (const l of c.links) for (const k of ['path', 'start', 'end', 'similarity']) assert.ok(k in l, k);
    }
    // Offsets are UTF-16 code units of the exact file text, BOM and CRLF included.
    const b = json.articles[1];
    const text = fs.readFileSync(path.join(dir, 'sub', 'b.txt'), 'utf8');
    for (const c of b.claims) assert.strictEqual(text.slice(c.start, c.end), c.text);
  });

  it('walks folders recursively, taking *.txt and skipping binary files with a message (exit 1)', () => {
    const r = cli(['analyze', dir, '--json']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /image\.txt: binary file/);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(json.articles.map((a: { path: string }) => path.basename(a.path)).sort(), ['a.txt', 'b.txt']);
  });

  it('reports a missing path on stderr and still analyses the rest (exit 1)', () => {
    const r = cli(['analyze', path.join(dir, 'nope.txt'), path.join(dir, 'a.txt'), '--json']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /nope\.txt: no such file or folder/);
    assert.strictEqual(JSON.parse(r.out).articles.length, 1);
  });

  it('rejects files over --max-size-kb', () => {
    const r = cli(['analyze', path.join(dir, 'a.txt'), '--max-size-kb', '0.01']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /too large/);
  });

  it('exits 2 on usage errors', () => {
    assert.strictEqual(cli([]).code, 2);
    assert.strictEqual(cli(['analyse', dir]).code, 2);
    assert.strictEqual(cli(['analyze']).code, 2);
    const bad = cli(['analyze', dir, '--frobnicate']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /unknown option --frobnicate/);
    assert.strictEqual(cli(['--help']).code, 0);
  });

  it('prints a readable summary by default, with --glob selecting other files', () => {
    const r = cli(['analyze', dir, '--glob', '**/*.{txt,md}', '--no-links']);
    assert.match(r.out, /a\.txt\n/);
    assert.match(r.out, /quote +“We are back,” — /);
    assert.match(r.out, /notes\.md/);
  });

  it('builds the JSON from analyses without reading files', () => {
    const docs = analyzeCorpus([{ path: 'x\\y.txt', text: '“Yes,” said Ann Lee.' }]);
    const json = buildCliJson(docs);
    assert.strictEqual(json.articles[0].path, 'x/y.txt');
    assert.strictEqual(json.articles[0].quotes[0].text, 'Yes,');
  });

  it('detects binary and non-UTF-8 content, and matches globs', () => {
    assert.match(binaryReason(Buffer.from([0x41, 0x00, 0x42]))!, /NUL/);
    assert.match(binaryReason(Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x41))))!, /not UTF-8/);
    assert.strictEqual(binaryReason(Buffer.from('Café “quoted” 😀', 'utf8')), null);
    const m = globMatcher('*.txt');
    assert.ok(m('a.txt') && m('sub/b.txt') && !m('a.md'));
    assert.ok(globMatcher('news/**/*.txt')('news/2024/a.txt'));
  });
});

describe('cli export', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-export-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '“We are back, “ok”,” said Ann Lee.\n=SUM(A1) is not a formula here.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes JSON Lines, one article per line', () => {
    const r = cli(['export', dir, '--format', 'jsonl']);
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.strictEqual(lines.length, 1);
    assert.ok(Array.isArray(JSON.parse(lines[0]).quotes));
  });

  it('writes CSV with quoted cells and defused formulas', () => {
    const r = cli(['export', dir, '--format', 'csv', '--no-links']);
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.split('\r\n');
    assert.strictEqual(lines[0], 'record,path,start,end,type,id,speaker,speaker_name,channel,attributed,links,text');
    assert.ok(lines.some((l) => l.startsWith('quote,')));
    assert.ok(lines.some((l) => l.includes(`"'=SUM(A1) is not a formula here."`)));
  });

  it('needs a valid --format', () => {
    assert.strictEqual(cli(['export', dir]).code, 2);
    assert.strictEqual(cli(['export', dir, '--format', 'xml']).code, 2);
    assert.strictEqual(cli(['analyze', dir, '--format', 'csv']).code, 2);
  });
});
