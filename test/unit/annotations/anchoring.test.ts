import * as assert from 'assert';
import { anchorSelector, approxSearch, editDistance, selectorAt } from '../../../src/core/annotations';

const TEXT =
  'Putin met Kim. Later Putin spoke to reporters at the cosmodrome. ' +
  '"We will strengthen our cooperation in every area," the Russian president said after the talks ended. Putin left.';

describe('annotations: anchoring', () => {
  it('uses the stored position when the text there still matches', () => {
    const s = TEXT.indexOf('Putin spoke') ;
    const r = anchorSelector(TEXT, selectorAt(TEXT, s, s + 5));
    assert.deepStrictEqual(r, { start: s, end: s + 5, method: 'position', errors: 0 });
  });

  it('picks the exact occurrence whose context matches, not the nearest', () => {
    const s = TEXT.indexOf('Putin spoke');
    const sel = selectorAt(TEXT, s, s + 5);
    const changed = 'BREAKING. ' + TEXT.replace('Putin met Kim', 'Putin met Kim Jong Un');
    const r = anchorSelector(changed, sel)!;
    assert.strictEqual(r.method, 'quote');
    assert.strictEqual(r.start, changed.indexOf('Putin spoke'));
  });

  it('a short span among identical candidates without context is an orphan, not a guess', () => {
    const sel = { start: 3, end: 8, exact: 'Putin', prefix: 'zzzzzzzz', suffix: 'qqqqqqqq' };
    assert.strictEqual(anchorSelector('Putin and Putin and Putin', sel), undefined);
    // a single candidate is fine
    assert.deepStrictEqual(anchorSelector('only Putin here', sel), { start: 5, end: 10, method: 'quote', errors: 0 });
  });

  it('never fuzzy-matches a short span ("Linus" must not land on "chines")', () => {
    const sel = { start: 0, end: 5, exact: 'Linus', prefix: '', suffix: ' wrote' };
    assert.strictEqual(anchorSelector('machines wrote code', sel), undefined);
  });

  it('finds a long quote again after small edits (fuzzy), and reports the edit count', () => {
    const q = '"We will strengthen our cooperation in every area,"';
    const s = TEXT.indexOf(q);
    const sel = selectorAt(TEXT, s, s + q.length);
    const edited = 'Update: ' + TEXT.replace('strengthen our', 'strengthen all our').replace('every area', 'every field');
    const r = anchorSelector(edited, sel)!;
    assert.strictEqual(r.method, 'fuzzy');
    assert.ok(r.errors > 0 && r.errors <= 12, `errors ${r.errors}`);
    assert.strictEqual(edited.slice(r.start, r.end), '"We will strengthen all our cooperation in every field,"');
  });

  it('a long quote rewritten beyond the error bound is an orphan', () => {
    const q = '"We will strengthen our cooperation in every area,"';
    const s = TEXT.indexOf(q);
    const sel = selectorAt(TEXT, s, s + q.length);
    const edited = TEXT.replace(q, '"Nothing was agreed and talks will resume next month,"');
    assert.strictEqual(anchorSelector(edited, sel), undefined);
  });

  it('entities are exact-only even when long', () => {
    const name = 'Democratic People\'s Republic of Korea Foreign Ministry';
    const text = `The ${name} said.`;
    const sel = selectorAt(text, 4, 4 + name.length);
    assert.strictEqual(anchorSelector(text.replace('Foreign', 'Foriegn'), sel, { exactOnly: true }), undefined);
    assert.ok(anchorSelector(text.replace('Foreign', 'Foriegn'), sel));
  });
});

describe('annotations: approximate matcher', () => {
  it('never starts or ends a match inside an emoji, so the span keeps the error count it reports', () => {
    // The best match by code units would start between the two halves of 👍 or 🏽; whole characters cost more.
    const pattern = '\uFEFFwill , Putin Putin Putin Putin Putin Putin ';
    const text = '👍🏽ostochnyin Putin Putin Putin Putin Putin Putin and Putin Putin';
    for (const m of approxSearch(text, pattern, 11)) {
      const isLow = (i: number) => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };
      assert.ok(!isLow(m.start) && !isLow(m.end), `match ${m.start}-${m.end} splits a surrogate pair`);
      assert.strictEqual(editDistance(text.slice(m.start, m.end), pattern), m.errors);
    }
  });

  it('agrees with a brute-force edit distance on small random strings', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alpha = 'abc';
    const str = (n: number) => Array.from({ length: n }, () => alpha[Math.floor(rnd() * alpha.length)]).join('');
    for (let trial = 0; trial < 300; trial++) {
      const text = str(5 + Math.floor(rnd() * 25));
      const pat = str(2 + Math.floor(rnd() * 6));
      const k = Math.floor(rnd() * 3);
      // brute force: the minimum distance of pat to any substring ending at each end
      const bestAt = (end: number) => {
        let b = Infinity;
        for (let s = 0; s <= end; s++) b = Math.min(b, editDistance(pat, text.slice(s, end)));
        return b;
      };
      const found = approxSearch(text, pat, k, 0, text.length, 1000);
      for (const m of found) {
        assert.ok(m.errors <= k, 'within bound');
        assert.strictEqual(editDistance(pat, text.slice(m.start, m.end)), m.errors, `${pat} in ${text} at ${m.start}-${m.end}`);
        assert.strictEqual(m.errors, bestAt(m.end));
      }
      const anyBrute = Array.from({ length: text.length + 1 }, (_, e) => bestAt(e)).some((d) => d <= k);
      assert.strictEqual(found.length > 0, anyBrute, `${pat} in ${text}, k=${k}`);
    }
  });

  it('is bounded on a large text (1 MB, 100-char pattern) — well under a second', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(40000);
    const pat = 'the quick brown fox jumps over the lazy dog while the cat watches it from the window sill tonight';
    const t0 = Date.now();
    approxSearch(text, pat, 24);
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
  });
});

describe('annotations: re-anchoring a whole article', () => {
  it('a paragraph inserted above moves every annotation, even among many identical names', async () => {
    const { ArticleAnnotations } = await import('../../../src/core/annotations');
    const para = (i: number) => `Paragraph ${i}: Putin met Kim, and Putin spoke; Kim listened to Putin.\n`;
    const text = Array.from({ length: 200 }, (_, i) => para(i)).join('');
    const store = new ArticleAnnotations('a.txt');
    const ids: { id: string; start: number }[] = [];
    for (let i = 0; i < 200; i += 7) {
      const start = text.indexOf('Putin spoke', text.indexOf(`Paragraph ${i}:`));
      ids.push({ id: store.add(text, { kind: 'entity', start, end: start + 5 }).id, start });
    }
    const inserted = 'EDITOR\'S NOTE: updated.\n\n';
    const report = store.reanchor(inserted + text);
    assert.deepStrictEqual(report.orphans, []);
    for (const { id, start } of ids) assert.deepStrictEqual(store.spanOf(id), { start: start + inserted.length, end: start + inserted.length + 5 });
  });

  it('a deleted paragraph orphans only its own annotations', async () => {
    const { ArticleAnnotations } = await import('../../../src/core/annotations');
    const text = 'Kim met Putin.\nShoigu toured the plant.\nLavrov flew to Pyongyang.\n';
    const store = new ArticleAnnotations('a.txt');
    const shoigu = store.add(text, { kind: 'entity', start: 15, end: 21 });
    const lavrov = store.add(text, { kind: 'entity', start: text.indexOf('Lavrov'), end: text.indexOf('Lavrov') + 6 });
    const report = store.reanchor(text.replace('Shoigu toured the plant.\n', ''));
    assert.deepStrictEqual(report.orphans.map((a) => a.id), [shoigu.id]);
    assert.deepStrictEqual(store.spanOf(lavrov.id), { start: 15, end: 21 });
    assert.strictEqual(store.size, 2, 'the orphan is kept');
  });
});
