import * as assert from 'assert';
import fc from 'fast-check';
import { run } from './quotesHelpers';

// Text made of the characters the rules care about, in any order.
const piece = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', ' ', '\n', '\r\n', '\n\n', '.', ',', ':', '—', '😀', 'e\u0301',
  'said', 'Ann Lee', 'he', 'it', 'the ministry', 'according to', 'Reuters', 'told', 'We win', 'The', '5', '\ufeff');
const article = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

describe('quotes, speakers and claims on arbitrary text', () => {
  it('never throw, keep spans inside the text, texts equal to their spans, no mark or paragraph break inside a quote', () => {
    fc.assert(
      fc.property(article, (text) => {
        const r = run(text, [['Ann Lee', 'PERSON', 'ann-lee'], ['Reuters', 'ORG']]);
        let last = -1;
        for (const q of r.quotes) {
          assert.ok(0 <= q.markStart && q.markStart < q.start && q.start <= q.end && q.end <= q.markEnd && q.markEnd <= text.length);
          assert.strictEqual(text.slice(q.start, q.end), q.text);
          assert.ok(!/["“”«»„]/.test(q.text), 'a quote holds no double quotation mark');
          assert.ok(!/\n\s*\n/.test(q.text), 'a quote holds no paragraph break');
          assert.ok(q.markStart >= last, 'quotes are ordered and do not overlap');
          last = q.markEnd;
          if (q.speaker?.start !== undefined) assert.ok(q.speaker.end! <= text.length);
        }
        for (const c of r.claims) {
          assert.ok(0 <= c.start && c.start < c.end && c.end <= text.length);
          assert.strictEqual(text.slice(c.start, c.end), c.text);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
