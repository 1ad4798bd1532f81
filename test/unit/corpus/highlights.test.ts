import * as assert from 'assert';
import { highlightSpans, type HighlightKind } from '../../../src/core/corpus/highlights';
import { fakeAnalyze } from './fakeAnalyzer';

const ALL = new Set<HighlightKind>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'EVENT', 'QUOTE']);

describe('corpus: highlight spans', () => {
  const a = fakeAnalyze('Putin met Kim in Moscow. “We agree,” said Putin.');
  it('shows analysis suggestions by type', () => {
    const h = highlightSpans(a, [], ALL, 100);
    assert.strictEqual(h.byKind.get('QUOTE')!.length, 1);
    assert.strictEqual(h.byKind.get('PERSON')!.length, 3);
    assert.strictEqual(h.byKind.get('GPE')!.length, 1);
  });
  it('hides rejected suggestions and shows user annotations with an outline', () => {
    const kim = a.entities.find((e) => e.text === 'Kim')!;
    const h = highlightSpans(a, [
      { kind: 'entity', status: 'rejected', span: { start: kim.start, end: kim.end } },
      { kind: 'entity', type: 'ORG', span: { start: 0, end: 5 } },
    ], ALL, 100);
    assert.ok(!h.byKind.get('PERSON')!.some((s) => s.start === kim.start), 'rejected hidden');
    assert.deepStrictEqual(h.byKind.get('ORG'), [{ start: 0, end: 5 }], 'the user type wins');
    assert.ok(!h.byKind.get('PERSON')!.some((s) => s.start === 0), 'no double highlight');
    assert.deepStrictEqual(h.confirmed, [{ start: 0, end: 5 }]);
  });
  it('filters by type and caps the number of spans', () => {
    const h = highlightSpans(a, [], new Set<HighlightKind>(['GPE']), 100);
    assert.deepStrictEqual([...h.byKind.keys()], ['GPE']);
    const capped = highlightSpans(a, [], ALL, 2);
    assert.strictEqual([...capped.byKind.values()].flat().length, 2);
    assert.strictEqual(capped.dropped, 3);
  });
});
