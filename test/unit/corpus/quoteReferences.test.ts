import * as assert from 'assert';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { compareQuotes, quoteKeys } from '../../../src/core/corpus/quoteMatch';
import { wordDiff } from '../../../src/core/corpus/wordDiff';
import { fakeAnalyze } from './fakeAnalyzer';

const Q = 'Moscow and Pyongyang maintain good, mutually respectful relations. We intend to develop them further.';

describe('corpus: quote references', () => {
  it('classifies verbatim, trimmed, extended, changed and unrelated quotes', () => {
    const k = quoteKeys;
    assert.strictEqual(compareQuotes(k(Q), k(Q.toUpperCase()))?.relation, 'verbatim', 'case and punctuation do not matter');
    assert.strictEqual(compareQuotes(k(Q), k('Moscow and Pyongyang maintain good, mutually respectful relations'))?.relation, 'trimmed');
    assert.strictEqual(compareQuotes(k('Moscow and Pyongyang maintain good, mutually respectful relations'), k(Q))?.relation, 'extended');
    assert.strictEqual(compareQuotes(k(Q), k('Moscow and Pyongyang have good, respectful relations. We intend to develop them further.'))?.relation, 'changed');
    assert.strictEqual(compareQuotes(k(Q), k('The weather in Pyongyang is good and we intend to stay.')), undefined);
    assert.strictEqual(compareQuotes(k('shameful'), k('shameful'))?.relation, 'verbatim');
    assert.strictEqual(compareQuotes(k('shameful act'), k('shameful')), undefined, 'a shared word of a scare quote is no evidence');
  });

  it('diffs the words of two versions', () => {
    const parts = wordDiff('We intend to develop them further.', 'We plan to develop them.');
    assert.deepStrictEqual(parts, [
      { op: 'same', text: 'We' }, { op: 'removed', text: 'intend' }, { op: 'added', text: 'plan' },
      { op: 'same', text: 'to develop them.' }, { op: 'removed', text: 'further.' },
    ]);
  });

  it('lists the same quote in other articles with who it is attributed to there', () => {
    const index = new CorpusIndex({ analyze: fakeAnalyze });
    index.set('a.txt', `date 2023-09-05 “${Q}”, said Dmitry Peskov`);
    index.set('b.txt', `date 2023-09-06 “${Q}”`);
    index.set('c.txt', `date 2023-09-04 “Moscow and Pyongyang maintain good, mutually respectful relations”, said Sergei Lavrov`);
    index.set('d.txt', '“Something else entirely was said here today”, said Dmitry Peskov');
    const a = index.get('a.txt')!;
    const refs = index.quoteReferences('a.txt', a.analysis.quotes[0]);
    assert.deepStrictEqual(refs.map((r) => [r.path, r.relation, r.speaker?.name ?? null, r.sameSpeaker]), [
      ['c.txt', 'trimmed', 'Sergei Lavrov', false],
      ['b.txt', 'verbatim', null, false],
    ]);
    assert.ok(refs[0].diff!.some((p) => p.op === 'removed' && p.text.includes('further')));
    assert.strictEqual(refs[1].diff, undefined);
    index.remove('c.txt');
    assert.deepStrictEqual(index.quoteReferences('a.txt', a.analysis.quotes[0]).map((r) => r.path), ['b.txt']);
  });
});
