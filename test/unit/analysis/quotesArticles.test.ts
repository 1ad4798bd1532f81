import * as assert from 'assert';
import { ARTICLES } from './quotesArticles';
import { pairs, run } from './quotesHelpers';

describe('quotes and speakers on realistic test articles', () => {
  for (const a of ARTICLES) {
    it(a.name, () => {
      const r = run(a.text, a.names, { headline: a.headlineEnd ? { start: 0, end: a.headlineEnd } : undefined });
      assert.deepStrictEqual(pairs(r), a.expected);
      for (const q of r.quotes) {
        assert.strictEqual(a.text.slice(q.start, q.end), q.text, 'span matches text');
        // markEnd = end only for a paragraph left open (the quotation goes on in the next paragraph).
        assert.ok(q.markStart < q.start && q.markEnd >= q.end, 'marks outside the span');
      }
    });
  }
});
