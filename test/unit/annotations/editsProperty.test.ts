import * as assert from 'assert';
import * as fc from 'fast-check';
import { applyTextEdits, ArticleAnnotations, editDistance, mapSpan, maxFuzzyErrors, type TextEdit } from '../../../src/core/annotations';

// Words with CRLF, emoji, combining marks and a BOM, so offsets are exercised in UTF-16 code units.
const WORDS = ['Putin', 'Kim', 'said', 'the', 'talks', '"we', 'will', 'fight"', 'Zoe\u0308', '👍🏽', '\r\n', 'Vostochny', 'and', '2023', ',', 'Moscow'];

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 120 }).map((ws) => '\uFEFF' + ws.join(' '));

const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat({ max: 12 }),
  text: fc.oneof(fc.constant(''), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })),
});

const spanArb = fc.record({
  at: fc.double({ min: 0, max: 0.95, noNaN: true }),
  len: fc.integer({ min: 1, max: 60 }),
  kind: fc.constantFrom('entity' as const, 'quote' as const, 'note' as const),
});

describe('annotations: following edits (property)', () => {
  it('every annotation either still covers its own text, a bounded fuzzy match of it, or is an orphan', () => {
    fc.assert(
      fc.property(textArb, fc.array(spanArb, { minLength: 1, maxLength: 8 }), fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (text0, spans, batches) => {
        const store = new ArticleAnnotations('p.txt');
        const originals = new Map<string, string>();
        // Where an annotation must be if no edit ever touched it (pure shifting), tracked independently.
        const expected = new Map<string, { start: number; end: number } | null>();
        for (const s of spans) {
          const start = Math.floor(s.at * text0.length);
          const end = Math.min(text0.length, start + s.len);
          if (end <= start) continue;
          const a = store.add(text0, { kind: s.kind, start, end });
          originals.set(a.id, a.exact);
          expected.set(a.id, { start: a.start, end: a.end });
        }
        let text = text0;
        for (const batch of batches) {
          const edits: TextEdit[] = [];
          let t = text;
          for (const e of batch) {
            const start = Math.floor(e.at * t.length);
            const end = Math.min(t.length, start + e.len);
            edits.push({ start, end, text: e.text });
            t = applyTextEdits(t, [{ start, end, text: e.text }]);
          }
          for (const [id, span] of expected) {
            if (!span) continue;
            let cur = span;
            let touched = false;
            for (const e of edits) {
              const m = mapSpan(cur, e);
              touched ||= m.touched;
              cur = { start: m.start, end: m.end };
            }
            expected.set(id, touched ? null : cur);
          }
          store.applyEdits(edits, t);
          text = t;
          for (const { annotation: a, span, method } of store.list()) {
            const original = originals.get(a.id)!;
            assert.strictEqual(a.exact, original, 'the recorded quote never changes by itself');
            const exp = expected.get(a.id);
            if (exp) assert.deepStrictEqual(span, exp, `untouched ${a.id} must simply shift`);
            if (!span) continue; // orphan: kept, listed
            const now = text.slice(span.start, span.end);
            if (method === 'fuzzy') {
              assert.notStrictEqual(a.kind, 'entity', 'entities are never fuzzy');
              assert.ok(original.length >= 32, 'fuzzy only for long spans');
              assert.ok(editDistance(now, original) <= maxFuzzyErrors(original.length), `fuzzy match "${now}" too far from "${original}"`);
            } else {
              assert.strictEqual(now, original, `annotation ${a.id} (${method}) covers "${now}" instead of "${original}"`);
            }
          }
          assert.strictEqual(store.size, originals.size, 'no annotation is ever dropped');
        }
      }),
      { numRuns: 300, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}) },
    );
  });

  it('an undo brings an orphan back', () => {
    const text = 'Kim met Putin in Vostochny.';
    const store = new ArticleAnnotations('p.txt');
    const a = store.add(text, { kind: 'entity', start: 8, end: 13, type: 'PERSON' });
    const cut = { start: 8, end: 13, text: '' };
    const r = store.applyEdits([cut], applyTextEdits(text, [cut]));
    assert.deepStrictEqual(r.orphaned.map((x) => x.id), [a.id]);
    assert.strictEqual(store.spanOf(a.id), undefined);
    const back = store.applyEdits([{ start: 8, end: 8, text: 'Putin' }], text);
    assert.deepStrictEqual(back.recovered.map((x) => x.id), [a.id]);
    assert.deepStrictEqual(store.spanOf(a.id), { start: 8, end: 13 });
  });

  it('insertions at a span boundary land outside it; a replacement with the same text keeps it', () => {
    assert.deepStrictEqual(mapSpan({ start: 5, end: 10 }, { start: 5, end: 5, text: 'ab' }), { start: 7, end: 12, touched: false });
    assert.deepStrictEqual(mapSpan({ start: 5, end: 10 }, { start: 10, end: 10, text: 'ab' }), { start: 5, end: 10, touched: false });
    const text = 'Kim met Putin in Vostochny.';
    const store = new ArticleAnnotations('p.txt');
    const a = store.add(text, { kind: 'entity', start: 8, end: 13 });
    store.applyEdits([{ start: 8, end: 13, text: 'Putin' }], text);
    assert.deepStrictEqual(store.list()[0], { annotation: a, span: { start: 8, end: 13 }, method: 'edit' });
  });
});
