import * as assert from 'assert';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { SharedStrings } from '../../../src/core/corpus/sharedStrings';

describe('corpus: shared strings', () => {
  it('returns the first string seen for each value', () => {
    const strings = new SharedStrings();
    const a = ['united', 'states'].join('-');
    const b = 'united-' + 'states';
    assert.strictEqual(strings.share(a), a);
    assert.strictEqual(strings.share(b), a);
    assert.strictEqual(strings.share('russia'), 'russia');
  });

  it('changes no value of an analysis it shares strings of', () => {
    const text = 'Vladimir Putin met Kim Jong Un in Vladivostok. “We talked,” Putin said. The Kremlin denied it.';
    const analysis = analyzeArticle(text);
    const before = structuredClone(analysis);
    new SharedStrings().shareAnalysis(analysis);
    assert.deepStrictEqual(analysis, before);
  });

  it('gives every claim without a speaker one shared, frozen empty list', () => {
    const analysis = analyzeArticle('Prices rose again. The plan will cost more. Rents went up in the capital.');
    new SharedStrings().shareAnalysis(analysis);
    const empty = analysis.claims.filter((c) => c.speakers.length === 0);
    assert.ok(empty.length >= 2, `${empty.length} claims without a speaker`);
    assert.ok(empty.every((c) => c.speakers === empty[0].speakers && Object.isFrozen(c.speakers)));
  });
});
