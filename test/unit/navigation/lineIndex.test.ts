import * as assert from 'assert';
import { LineIndex } from '../../../src/core/navigation/lineIndex';

describe('navigation: LineIndex', () => {
  it('maps offsets to lines and columns across LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const li = new LineIndex(text);
    assert.strictEqual(li.lineCount, 4);
    assert.deepStrictEqual(li.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(li.positionAt(4), { line: 1, character: 1 });
    assert.deepStrictEqual(li.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepStrictEqual(li.positionAt(text.indexOf('h')), { line: 3, character: 1 });
  });

  it('counts UTF-16 code units (BOM and emoji) and clamps out-of-range offsets', () => {
    const text = '\uFEFFx 😀 Putin\nnext';
    const li = new LineIndex(text);
    assert.deepStrictEqual(li.positionAt(text.indexOf('Putin')), { line: 0, character: 6 });
    assert.deepStrictEqual(li.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(li.positionAt(10_000), { line: 1, character: 4 });
  });

  it('round-trips offsetAt(positionAt(o)) for every offset', () => {
    const text = 'one\r\ntwo\n\nthree\rfour';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      // The middle of a CRLF has no position of its own; it maps to the end of the line.
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      assert.strictEqual(li.offsetAt(li.positionAt(o)), o, `offset ${o}`);
    }
  });
});
