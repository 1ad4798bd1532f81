import * as assert from 'assert';
import { parse } from 'yaml';
import { ArticleAnnotations, MAX_SIDECAR_BYTES, parseSidecar, writeSidecar, type Annotation } from '../../../src/core/annotations';

const TEXT = 'On Monday, Kim Jong Un met Vladimir Putin in Vostochny. "We will fight together," Putin said to reporters.';

function ann(over: Partial<Annotation> & Pick<Annotation, 'id' | 'start' | 'end'>): Annotation {
  return {
    kind: 'entity',
    exact: TEXT.slice(over.start, over.end),
    prefix: TEXT.slice(Math.max(0, over.start - 32), over.start),
    suffix: TEXT.slice(over.end, over.end + 32),
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const HAND_WRITTEN = `# Reviewed by Ana — keep this comment
version: 1
article: a.txt
reviewer: ana # an unknown top-level key
annotations:
  # Putin first mention
  - id: a-2
    kind: entity
    exact: Vladimir Putin
    start: 27
    end: 41
    type: PERSON
    x-colour: red # unknown item key
  - id: a-1
    kind: entity
    start: 11
    end: 22
    exact: Kim Jong Un
    type: PERSON
`;

describe('annotations: sidecar format round-trip', () => {
  it('keeps comments, key order and unknown keys when rewriting', () => {
    const parsed = parseSidecar(HAND_WRITTEN, 'a.txt');
    assert.deepStrictEqual(parsed.problems.filter((p) => p.severity === 'error'), []);
    assert.strictEqual(parsed.annotations.length, 2);
    const store = new ArticleAnnotations('a.txt', parsed);
    store.reanchor(TEXT);
    store.update('a-2', { note: 'checked against the Kremlin readout' }, '2026-02-02T00:00:00.000Z');
    const out = store.serialize(TEXT);
    assert.match(out, /^# Reviewed by Ana — keep this comment$/m);
    assert.match(out, /^reviewer: ana # an unknown top-level key$/m);
    assert.match(out, /# Putin first mention\n\s+- id: a-2/);
    assert.match(out, /x-colour: red # unknown item key/);
    // Key order of the hand-written item is preserved: exact before start.
    const item = out.slice(out.indexOf('- id: a-2'));
    assert.ok(item.indexOf('exact:') < item.indexOf('start:'), 'exact stays before start');
    // Sorted by start then id: a-1 (start 11) before a-2 (start 27), the comment travelling with a-2.
    assert.ok(out.indexOf('id: a-1') < out.indexOf('id: a-2'));
    const data = parse(out);
    assert.strictEqual(data.version, 1);
    assert.strictEqual(data.annotations[1].note, 'checked against the Kremlin readout');
    assert.strictEqual(data.annotations[1]['x-colour'], 'red');
    assert.strictEqual(data.annotations[1].modified, '2026-02-02T00:00:00.000Z');
  });

  it('writes a new sidecar with version, article and one item per annotation, sorted by start then id', () => {
    const { text } = writeSidecar(undefined, { article: 'a.txt' }, [
      ann({ id: 'a-b', start: 27, end: 41 }),
      ann({ id: 'a-a', start: 27, end: 41, kind: 'note', note: 'same start' }),
      ann({ id: 'a-c', start: 11, end: 22, type: 'PERSON', status: 'confirmed' }),
    ]);
    const data = parse(text);
    assert.strictEqual(data.version, 1);
    assert.strictEqual(data.article, 'a.txt');
    assert.deepStrictEqual(data.annotations.map((a: Annotation) => a.id), ['a-c', 'a-a', 'a-b']);
    assert.strictEqual(data.annotations[0].status, 'confirmed');
    assert.strictEqual(data.annotations[0].exact, 'Kim Jong Un');
  });

  it('keeps an entity\'s chosen display name (`name`) through a write, a parse and an update', () => {
    const { text } = writeSidecar(undefined, { article: 'a.txt' }, [ann({ id: 'a-1', start: 27, end: 41, type: 'PERSON', entity: 'v-v-putin', name: 'V. V. Putin' })]);
    assert.match(text, /^\s+name: V\. V\. Putin$/m);
    const parsed = parseSidecar(text, 'a.txt');
    assert.strictEqual(parsed.annotations[0]?.name, 'V. V. Putin');
    const store = new ArticleAnnotations('a.txt', parsed);
    store.reanchor(TEXT);
    store.update('a-1', { type: 'ORG' }, '2026-02-02T00:00:00.000Z');
    assert.strictEqual(parse(store.serialize(TEXT)).annotations[0].name, 'V. V. Putin', 'a type change keeps the name');
    store.update('a-1', { name: 'Putin' }, '2026-02-03T00:00:00.000Z');
    assert.strictEqual(parse(store.serialize(TEXT)).annotations[0].name, 'Putin');
  });

  it('a rewrite with nothing changed is byte-identical', () => {
    const { text } = writeSidecar(undefined, { article: 'a.txt' }, [ann({ id: 'a-1', start: 11, end: 22 })]);
    const store = new ArticleAnnotations('a.txt', parseSidecar(text, 'a.txt'));
    store.reanchor(TEXT);
    assert.strictEqual(store.dirty, false);
    assert.strictEqual(store.serialize(TEXT), text);
  });

  it('removing an annotation removes only its item', () => {
    const store = new ArticleAnnotations('a.txt', parseSidecar(HAND_WRITTEN, 'a.txt'));
    store.reanchor(TEXT);
    assert.strictEqual(store.remove('a-1'), true);
    assert.strictEqual(store.dirty, true);
    const data = parse(store.serialize(TEXT));
    assert.deepStrictEqual(data.annotations.map((a: Annotation) => a.id), ['a-2']);
    assert.strictEqual(data.reviewer, 'ana');
  });

  it('keeps CRLF, BOM, emoji and combining marks in exact/prefix/suffix through YAML', () => {
    const text = '\uFEFFLine one\r\n👍🏽 Zoë and Zoe\u0308 met 🇰🇵 Kim\r\n\t"quoted" end';
    const store = new ArticleAnnotations('u.txt');
    const spans: [number, number][] = [[text.indexOf('Zoë'), text.indexOf('Zoë') + 3], [text.indexOf('Zoe\u0308'), text.indexOf('Zoe\u0308') + 4], [1, 13], [text.indexOf('🇰'), text.indexOf('Kim') + 3]];
    const ids = spans.map(([s, e]) => store.add(text, { kind: 'note', start: s, end: e }).id);
    const reread = new ArticleAnnotations('u.txt', parseSidecar(store.serialize(text), 'u.txt'));
    const report = reread.reanchor(text);
    assert.deepStrictEqual(report.orphans, []);
    ids.forEach((id, i) => {
      const a = reread.get(id)!;
      assert.strictEqual(a.exact, text.slice(spans[i][0], spans[i][1]));
      assert.strictEqual(text.slice(a.start - a.prefix.length, a.start), a.prefix);
      assert.strictEqual(text.slice(a.end, a.end + a.suffix.length), a.suffix);
      assert.deepStrictEqual(reread.spanOf(id), { start: spans[i][0], end: spans[i][1] });
    });
  });

  it('never splits a surrogate pair (span widened, context trimmed)', () => {
    const text = 'ab👍🏽cd';
    const store = new ArticleAnnotations('u.txt');
    const a = store.add(text, { kind: 'note', start: 3, end: 5 }); // inside 👍 and inside 🏽
    assert.deepStrictEqual([a.start, a.end], [2, 6]);
    assert.strictEqual(a.exact, '👍🏽');
    const b = store.add(text, { kind: 'note', start: 6, end: 7 });
    assert.strictEqual(b.prefix, 'ab👍🏽');
  });
});

describe('annotations: bad sidecars', () => {
  const errors = (src: string) => parseSidecar(src, 'a.txt').problems.filter((p) => p.severity === 'error');

  it('invalid YAML: an error with line and column, not writable', () => {
    const p = parseSidecar('version: 1\nannotations:\n  - id: a-1\n    exact: "unterminated\n', 'a.txt');
    assert.strictEqual(p.writable, false);
    assert.ok(p.problems.length > 0);
    assert.match(p.problems[0].message, /Invalid YAML/);
    assert.ok(p.problems[0].line >= 4, `line ${p.problems[0].line}`);
    const store = new ArticleAnnotations('a.txt', p);
    assert.throws(() => store.serialize(TEXT), /not overwritten/);
  });

  it('valid YAML of the wrong shape: root list, annotations not a list, item fields wrong', () => {
    assert.match(errors('- a\n- b\n')[0].message, /mapping/);
    assert.match(errors('version: 1\nannotations: 3\n')[0].message, /must be a list/);
    const e = errors('version: 1\nannotations:\n  - id: a-1\n    kind: entity\n    start: x\n    end: 4\n    exact: abc\n');
    assert.strictEqual(e.length, 1);
    assert.match(e[0].message, /`start` must be an integer/);
    assert.deepStrictEqual([e[0].line, e[0].column], [5, 12]);
    assert.match(errors('version: 1\nannotations:\n  - id: a-1\n    kind: sticker\n    start: 1\n    end: 4\n    exact: abc\n')[0].message, /kind/);
    assert.match(errors('version: 1\nannotations:\n  - kind: note\n')[0].message, /without `id`/);
    assert.match(errors('version: 1\nannotations:\n  - id: a-1\n    kind: note\n    start: 5\n    end: 4\n    exact: abc\n')[0].message, /before `start`/);
  });

  it('an unknown future version is refused and never written', () => {
    const p = parseSidecar('version: 2\nannotations: []\n', 'a.txt');
    assert.strictEqual(p.writable, false);
    assert.match(p.problems[0].message, /version 2 .*newer/);
    const store = new ArticleAnnotations('a.txt', p);
    store.add(TEXT, { kind: 'note', start: 0, end: 2 });
    assert.throws(() => store.serialize(TEXT));
    assert.strictEqual(store.size, 1, 'new work kept in memory');
  });

  it('duplicate ids are an error naming both lines', () => {
    const src = 'version: 1\nannotations:\n  - {id: a-1, kind: note, start: 0, end: 2, exact: On}\n  - {id: a-1, kind: note, start: 3, end: 9, exact: Monday}\n';
    const e = errors(src);
    assert.strictEqual(e.length, 1);
    assert.match(e[0].message, /Duplicate annotation id "a-1" \(first at line 3\)/);
    assert.strictEqual(e[0].line, 4);
  });

  it('a YAML alias bomb is refused', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      bomb.push(`${cur}: &${cur} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    bomb.push('annotations: []');
    const p = parseSidecar(bomb.join('\n'), 'a.txt');
    assert.strictEqual(p.writable, false);
    assert.match(p.problems[0].message, /alias/i);
  });

  it('a 50 MB sidecar is refused before parsing with a clear message', () => {
    const big = 'version: 1\n#' + 'x'.repeat(50 * 1024 * 1024);
    assert.ok(big.length > MAX_SIDECAR_BYTES);
    const t0 = Date.now();
    const p = parseSidecar(big, 'a.txt');
    assert.ok(Date.now() - t0 < 1000, 'refused without parsing');
    assert.strictEqual(p.writable, false);
    assert.match(p.problems[0].message, /50\.0 MB, over the 16\.0 MB limit/);
  });

  it('a missing version is a warning and a wrong article name is a warning, both still writable', () => {
    const p = parseSidecar('article: b.txt\nannotations: []\n', 'a.txt');
    assert.strictEqual(p.writable, true);
    assert.deepStrictEqual(p.problems.map((x) => x.severity), ['warning', 'warning']);
  });

  it('an empty file is an empty, writable sidecar', () => {
    const p = parseSidecar('', 'a.txt');
    assert.strictEqual(p.writable, true);
    assert.strictEqual(p.annotations.length, 0);
  });

  it('offsets past the end: found again by quote, or an orphan with a message', () => {
    const src = `version: 1\nannotations:\n  - {id: a-1, kind: entity, start: 500, end: 505, exact: Putin, prefix: "Vladimir ", suffix: " in"}\n  - {id: a-2, kind: entity, start: 900, end: 905, exact: Obama}\n`;
    const store = new ArticleAnnotations('a.txt', parseSidecar(src, 'a.txt'));
    const r = store.reanchor(TEXT);
    assert.deepStrictEqual(store.spanOf('a-1'), { start: 36, end: 41 });
    assert.deepStrictEqual(r.orphans.map((a) => a.id), ['a-2']);
    const orphanMsg = r.problems.find((p) => p.id === 'a-2')!;
    assert.match(orphanMsg.message, /past the end.*orphan/);
    assert.strictEqual(orphanMsg.line, 4);
    assert.match(r.problems.find((p) => p.id === 'a-1')!.message, /past the end.*found again by its quote/);
    // the orphan is kept and written back unchanged
    const data = parse(store.serialize(TEXT));
    assert.deepStrictEqual(data.annotations.map((a: Annotation) => [a.id, a.start]), [['a-1', 36], ['a-2', 900]]);
  });

  it('a span whose text no longer matches is re-anchored by its quote', () => {
    const src = `version: 1\nannotations:\n  - {id: a-1, kind: entity, start: 0, end: 11, exact: Kim Jong Un, prefix: "On Monday, ", suffix: " met"}\n`;
    const store = new ArticleAnnotations('a.txt', parseSidecar(src, 'a.txt'));
    const r = store.reanchor(TEXT);
    assert.deepStrictEqual(store.spanOf('a-1'), { start: 11, end: 22 });
    assert.match(r.problems[0].message, /no longer matches; found again by its quote at 11–22/);
  });
});
