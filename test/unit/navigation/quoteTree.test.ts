import * as assert from 'assert';
import type { Claim, CrossLink, Quote, SpeakerRef } from '../../../src/core/analysis/types';
import { clusterByLinks } from '../../../src/core/navigation/linkClusters';
import { buildQuoteTree, carriageOf } from '../../../src/core/navigation/quoteTree';
import { NO_FILTER, parseFilter } from '../../../src/core/navigation/treeFilter';

const peskov: SpeakerRef = { id: 'dmitry-peskov', name: 'Dmitry Peskov', via: 'name' };
const link = (path: string, start: number, end: number, kind: CrossLink['kind'] = 'verbatim'): CrossLink => ({ path, start, end, similarity: kind === 'verbatim' ? 1 : 0.8, kind });

function quote(start: number, text: string, speaker: SpeakerRef | null, links: CrossLink[] = []): Quote {
  return { start, end: start + text.length, markStart: start - 1, markEnd: start + text.length + 1, text, kind: 'full', speaker, links };
}

function claim(start: number, text: string, links: CrossLink[] = []): Claim {
  return { start, end: start + text.length, text, speakers: [], polarity: 'assert', attributed: false, links };
}

describe('navigation: quotes and claims tree', () => {
  // a (earliest) links b verbatim; b links c changed; c drops the attribution.
  const articles = [
    { path: 'c', date: '2023-11-08', quotes: [quote(100, 'contacts are made', null)], claims: [claim(0, 'Fact one.')] },
    { path: 'a', date: '2023-11-06', quotes: [quote(10, 'contacts are being made', peskov, [link('b', 20, 43)])], claims: [claim(0, 'Fact one said.', [link('c', 0, 9, 'paraphrase')]), claim(50, 'Lonely fact.')] },
    { path: 'b', date: '2023-11-07', quotes: [quote(20, 'contacts are being made', peskov, [link('c', 100, 117, 'changed')])], claims: [] },
  ];

  it('joins linked occurrences transitively, the earliest article first', () => {
    const clusters = clusterByLinks(articles.map((a) => ({ path: a.path, date: a.date, items: a.quotes })));
    assert.strictEqual(clusters.length, 1);
    assert.deepStrictEqual(clusters[0]!.occurrences.map((o) => o.path), ['a', 'b', 'c']);
    assert.strictEqual(clusters[0]!.occurrences[1]!.link, 'verbatim');
    assert.strictEqual(clusters[0]!.occurrences[2]!.link, 'changed');
  });

  it('files the quote under its speaker and marks the dropped attribution', () => {
    const model = buildQuoteTree(articles, NO_FILTER);
    assert.deepStrictEqual(model.speakers.map((s) => s.name), ['Dmitry Peskov']);
    const cluster = model.speakers[0]!.quotes[0]!;
    const carriages = cluster.occurrences.map((o, i) => carriageOf(o, 'dmitry-peskov', i === 0));
    assert.deepStrictEqual(carriages, ['first', 'verbatim', 'unattributed']);
  });

  it('keeps only claims shared by two or more articles', () => {
    const model = buildQuoteTree(articles, NO_FILTER);
    assert.strictEqual(model.sharedClaims.length, 1);
    assert.deepStrictEqual(model.sharedClaims[0]!.occurrences.map((o) => [o.path, o.link ?? 'first']), [['a', 'first'], ['c', 'paraphrase']]);
  });

  it('puts quotes nobody is credited with in a last Unattributed group, and filters by speaker or words', () => {
    const withOrphan = [...articles, { path: 'd', date: null, quotes: [quote(5, 'nobody said this', null)], claims: [] }];
    const model = buildQuoteTree(withOrphan, NO_FILTER);
    assert.deepStrictEqual(model.speakers.map((s) => [s.id, s.name]), [['dmitry-peskov', 'Dmitry Peskov'], [null, 'Unattributed']]);
    assert.deepStrictEqual(buildQuoteTree(withOrphan, parseFilter('peskov')).speakers.map((s) => s.id), ['dmitry-peskov']);
    assert.deepStrictEqual(buildQuoteTree(withOrphan, parseFilter('nobody')).speakers.map((s) => s.id), [null]);
  });

  it('ignores links to spans where no item lies', () => {
    const clusters = clusterByLinks([
      { path: 'a', date: null, items: [quote(0, 'x', null, [link('b', 500, 510)])] },
      { path: 'b', date: null, items: [quote(0, 'y', null)] },
    ]);
    assert.strictEqual(clusters.length, 2);
  });
});
