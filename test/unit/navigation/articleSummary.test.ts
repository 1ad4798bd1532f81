import * as assert from 'assert';
import type { Claim, EntityMention, Quote } from '../../../src/core/analysis/types';
import { formatSummary, summarizeArticle } from '../../../src/core/navigation/articleSummary';
import { highlightedSnippet, snippetAround, truncate } from '../../../src/core/navigation/snippet';
import { baseName } from '../../../src/core/navigation/model';

const m = (id: string, start: number): EntityMention => ({ id, start, end: start + 1, text: 'x', type: 'PERSON' });
const link = (path: string) => ({ path, start: 0, end: 1, similarity: 1, kind: 'verbatim' as const });

describe('navigation: article summary and labels', () => {
  it('counts distinct entities, shared ones, quotes and claims linked elsewhere', () => {
    const analysis = {
      entities: [m('a', 0), m('a', 5), m('b', 9), m('c', 12)],
      quotes: [{ links: [link('other')] }, { links: [] }] as unknown as Quote[],
      claims: [{ links: [link('other')] }, { links: [link('self')] }, {}] as unknown as Claim[],
    };
    const s = summarizeArticle(analysis, (id) => (id === 'c' ? 1 : 3), 'self');
    assert.deepStrictEqual(s, { entities: 3, sharedEntities: 2, quotes: 2, sharedQuotes: 1, sharedClaims: 1 });
    assert.strictEqual(formatSummary(s), '3 entities (2 shared) · 2 quotes (1 shared) · 1 claim shared with other articles');
    assert.strictEqual(formatSummary({ entities: 1, sharedEntities: 0, quotes: 0, sharedQuotes: 0, sharedClaims: 5 }), '1 entity · 0 quotes · 5 claims shared with other articles');
  });

  it('builds one-line snippets with the span highlighted', () => {
    const text = 'The first line.\nRussian Defense Minister Sergei Shoigu visited\nPyongyang on Tuesday for talks.';
    const span = { start: text.indexOf('Sergei'), end: text.indexOf('Sergei') + 'Sergei Shoigu'.length };
    const { text: snippet, highlight } = highlightedSnippet(text, span, 20, 10);
    assert.strictEqual(snippet.slice(highlight[0], highlight[1]), 'Sergei Shoigu');
    assert.strictEqual(snippet, '…Minister Sergei Shoigu visited');
    const wide = highlightedSnippet(text, span, 200).text;
    assert.strictEqual(wide, 'Russian Defense Minister Sergei Shoigu visited', 'context stays on the span’s line');
    assert.strictEqual(snippetAround('Putin', { start: 0, end: 5 }), 'Putin');
  });

  it('truncates and names files', () => {
    assert.strictEqual(truncate('a  b   c', 10), 'a b c');
    assert.strictEqual(truncate('abcdefghij', 5), 'abcd…');
    assert.strictEqual(baseName('file:///work/seeds/000%20a.txt'), '000 a.txt');
    assert.strictEqual(baseName('C:\\corpus\\b.txt'), 'b.txt');
  });
});
