import * as assert from 'assert';
import { CorpusIndex, type CorpusChange } from '../../../src/core/corpus/corpusIndex';
import type { AnalyzeOptions } from '../../../src/core/analysis/types';
import { fakeAnalyze } from './fakeAnalyzer';

function counting() {
  const calls: string[] = [];
  const analyze = (text: string, o: AnalyzeOptions) => { calls.push(text.slice(0, 20)); return fakeAnalyze(text, o); };
  return { calls, index: new CorpusIndex({ analyze }) };
}

/** Like the engine: a surface the user decided gets the user's type and identity. */
function knowingAnalyze(text: string, o: AnalyzeOptions) {
  const a = fakeAnalyze(text, o);
  for (const m of a.entities) {
    const k = o.knowledge?.names.get(m.text.toLowerCase());
    if (k) Object.assign(m, { type: k.type, id: k.id });
  }
  for (const key of Object.keys(a.entityIndex)) {
    const info = a.entityIndex[key]!;
    const k = o.knowledge?.names.get(info.name.toLowerCase());
    if (!k) continue;
    delete a.entityIndex[key];
    a.entityIndex[k.id] = { ...info, id: k.id, type: k.type };
  }
  return a;
}
const analyze = knowingAnalyze;

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

  it('shows the display name the user chose (rename, merge) instead of the articles\' names', () => {
    const index = new CorpusIndex({ analyze: fakeAnalyze });
    index.set('a.txt', 'Putin spoke in Moscow.');
    index.set('b.txt', 'Putin left Moscow.');
    assert.strictEqual(index.entity('putin')?.name, 'Putin');
    index.setKnowledge({ names: new Map(), rejected: new Set(), displayNames: new Map([['putin', 'Vladimir V. Putin']]) });
    const e = index.entity('putin')!;
    assert.strictEqual(e.name, 'Vladimir V. Putin');
    assert.deepStrictEqual(e.aliases.slice(0, 2), ['Vladimir V. Putin', 'Putin'], 'the articles\' name stays an alias');
    assert.strictEqual(e.mentionCount, 2);
    assert.strictEqual(index.entities().find((x) => x.id === 'putin')?.name, 'Vladimir V. Putin', 'entities() agrees');
    assert.strictEqual(index.entity('moscow')?.name, 'Moscow', 'other entities keep their names');
  });

  it('follows a type change once the articles are re-analysed one by one', () => {
    const index = new CorpusIndex({ analyze });
    for (const p of ['a.txt', 'b.txt', 'c.txt']) index.set(p, `Putin went to Moscow (${p}).`);
    assert.strictEqual(index.entity('moscow')?.type, 'GPE');
    index.setKnowledge({ names: new Map([['moscow', { type: 'ORG' as const, id: 'moscow', source: 'user' as const }]]), rejected: new Set() });
    index.set('a.txt', 'Putin went to Moscow (a.txt).', { force: true });
    assert.strictEqual(index.entity('moscow')?.type, 'GPE', 'most articles still say GPE');
    index.set('b.txt', 'Putin went to Moscow (b.txt).', { force: true });
    index.set('c.txt', 'Putin went to Moscow (c.txt).', { force: true });
    assert.strictEqual(index.entity('moscow')?.type, 'ORG');
    assert.strictEqual(index.entity('moscow')?.mentionCount, 3);
  });

  it('a renamed identity is not folded back into its old one while articles are re-analysed one by one', () => {
    const index = new CorpusIndex({ analyze: knowingAnalyze });
    index.set('a.txt', 'Putin spoke.');
    index.set('b.txt', 'Putin left.');
    index.setKnowledge({
      names: new Map([['putin', { type: 'PERSON' as const, id: 'v-v-putin', source: 'user' as const }]]),
      rejected: new Set(),
      displayNames: new Map([['v-v-putin', 'V. V. Putin']]),
    });
    index.set('a.txt', 'Putin spoke.', { force: true });
    assert.strictEqual(index.entityAt('a.txt', 1)?.id, 'v-v-putin', 'the old identity in b.txt does not capture it');
    index.set('b.txt', 'Putin left.', { force: true });
    assert.strictEqual(index.entity('putin'), undefined);
    assert.strictEqual(index.entity('v-v-putin')?.name, 'V. V. Putin');
    assert.strictEqual(index.entity('v-v-putin')?.mentionCount, 2);
  });
});
