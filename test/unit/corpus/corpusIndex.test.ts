import * as assert from 'assert';
import { CorpusIndex, type CorpusChange } from '../../../src/core/corpus/corpusIndex';
import type { AnalyzeOptions } from '../../../src/core/analysis/types';
import { fakeAnalyze } from './fakeAnalyzer';

function counting() {
  const calls: string[] = [];
  const analyze = (text: string, o: AnalyzeOptions) => { calls.push(text.slice(0, 20)); return fakeAnalyze(text, o); };
  return { calls, index: new CorpusIndex({ analyze }) };
}

describe('corpus: CorpusIndex', () => {
  it('adds, updates, removes and renames articles with change events', () => {
    const { index } = counting();
    const events: CorpusChange[] = [];
    index.onDidChange((e) => events.push(e));
    index.set('a.txt', 'Putin met Kim in Moscow.');
    index.set('a.txt', 'Putin met Kim in Pyongyang.');
    index.rename('a.txt', 'b.txt');
    index.remove('b.txt');
    assert.deepStrictEqual(events.map((e) => [e.kind, e.paths.join(), e.from ?? '']), [
      ['added', 'a.txt', ''], ['updated', 'a.txt', ''], ['renamed', 'b.txt', 'a.txt'], ['removed', 'b.txt', ''],
    ]);
    assert.strictEqual(index.size, 0);
    assert.strictEqual(index.entities().length, 0, 'removing the last article removes its entities');
  });

  it('re-analyses only the article whose text changed', () => {
    const { index, calls } = counting();
    index.set('a.txt', 'Putin spoke in Moscow.');
    index.set('b.txt', 'Kim spoke in Pyongyang.');
    assert.strictEqual(calls.length, 2);
    assert.strictEqual(index.set('a.txt', 'Putin spoke in Moscow.'), false, 'same text: no work');
    assert.strictEqual(calls.length, 2);
    index.set('b.txt', 'Kim spoke in Seoul.');
    assert.strictEqual(calls.length, 3);
    index.rename('a.txt', 'c.txt');
    assert.strictEqual(calls.length, 3, 'a rename does not re-analyse');
    assert.ok(index.entity('seoul'));
    assert.strictEqual(index.entity('pyongyang'), undefined, 'the old text no longer contributes');
  });

  it('counts mentions and articles per identity and keeps them right through updates', () => {
    const { index } = counting();
    index.set('a.txt', 'Moscow said Moscow would act.');
    index.set('b.txt', 'Moscow denied it.');
    assert.deepStrictEqual([index.entity('moscow')!.mentionCount, index.entity('moscow')!.articleCount], [3, 2]);
    index.set('a.txt', 'Nobody said anything.');
    assert.deepStrictEqual([index.entity('moscow')!.mentionCount, index.entity('moscow')!.articleCount], [1, 1]);
  });

  it('orders mentions by article date, undated last, then path, then offset', () => {
    const { index } = counting();
    index.set('z-undated.txt', 'Moscow first. Moscow again.');
    index.set('y-late.txt', 'date 2023-11-15 Moscow late.');
    index.set('x-early.txt', 'date 2023-09-01 Moscow early.');
    index.set('a-undated.txt', 'see Moscow.');
    const order = index.mentionsOf('moscow').map((m) => `${m.path}@${m.mention.start}`);
    assert.deepStrictEqual(order, ['x-early.txt@16', 'y-late.txt@16', 'a-undated.txt@4', 'z-undated.txt@0', 'z-undated.txt@14']);
    const first = index.firstMentionsElsewhere('moscow', 'y-late.txt', 2);
    assert.deepStrictEqual(first.items.map((i) => i.path), ['x-early.txt', 'a-undated.txt']);
    assert.strictEqual(first.total, 3);
  });

  it('gives a one-word person name the identity of the only full name with that surname', () => {
    const { index } = counting();
    index.set('a.txt', 'Vladimir Putin arrived.');
    index.set('b.txt', 'Putin arrived.');
    assert.strictEqual(index.get('b.txt')!.analysis.entities[0].id, 'vladimir-putin');
    const e = index.entity('vladimir-putin')!;
    assert.deepStrictEqual([e.name, e.articleCount, e.mentionCount], ['Vladimir Putin', 2, 2]);
    assert.ok(e.aliases.includes('Putin'));
    assert.strictEqual(index.entity('putin'), undefined);
  });

  it('keeps a one-word name separate when two full names share the surname', () => {
    const { index } = counting();
    index.set('a.txt', 'Anna Smith arrived.');
    index.set('b.txt', 'John Smith arrived.');
    index.set('c.txt', 'Smith arrived.');
    assert.strictEqual(index.get('c.txt')!.analysis.entities[0].id, 'smith');
  });

  it('rewrites a quote speaker id to the corpus identity', () => {
    const { index } = counting();
    index.set('a.txt', 'Dmitry Peskov spoke.');
    index.set('b.txt', '“We will act,” said Peskov.');
    assert.strictEqual(index.get('b.txt')!.analysis.quotes[0].speaker!.id, 'dmitry-peskov');
  });

  it('finds an entity, quote and claim at an offset', () => {
    const { index } = counting();
    index.set('a.txt', 'Kim said: “We are ready to talk.”');
    assert.strictEqual(index.entityAt('a.txt', 1)?.text, 'Kim');
    assert.strictEqual(index.quoteAt('a.txt', 15)?.text, 'We are ready to talk.');
    assert.strictEqual(index.entityAt('a.txt', 5), undefined);
  });
});
