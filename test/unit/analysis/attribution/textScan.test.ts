import * as assert from 'assert';
import { firstWordAtOrAfter, gapHas, isAbbreviation, isRegExpSpaceCode, lowerSlice, startsLower, startsUpper, tokensOf, words } from '../../../../src/core/analysis/attribution/textScan';

describe('attribution/textScan helpers', () => {
  it('gapHas tells what /[chars]/.test(slice) tells', () => {
    const text = 'Lee, who spoke — said “yes”; then left.';
    const classes = [',', ';:.!?', ',;:()\u2014', '.;:!?"“”«»', ',;:.!?"“”()\u2014'];
    for (const chars of classes) {
      const re = new RegExp(`[${chars.replace(/[\]\\^-]/g, '\\$&')}]`);
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= Math.min(text.length, a + 4); b++) assert.strictEqual(gapHas(text, a, b, chars), re.test(text.slice(a, b)), `${chars} ${a}-${b}`);
      }
    }
  });

  it('isRegExpSpaceCode tells what /\\s/ tells, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isRegExpSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('firstWordAtOrAfter finds the first word starting at or after an offset', () => {
    const text = 'Lee said, “yes.” Then  left';
    const ws = tokensOf(text);
    for (let pos = -1; pos <= text.length + 1; pos++) {
      const expected = ws.findIndex((w) => w.start >= pos);
      assert.strictEqual(firstWordAtOrAfter(ws, pos), expected < 0 ? ws.length : expected, `at ${pos}`);
    }
    assert.strictEqual(firstWordAtOrAfter([], 3), 0);
  });

  it('lowerSlice returns the slice when nothing needs lower-casing, toLowerCase otherwise', () => {
    const text = 'said Putin ÉLAN İstanbul über';
    for (const w of words(text, 0, text.length)) assert.strictEqual(lowerSlice(text, w.start, w.end, w.text), w.text.toLowerCase());
    const said = text.slice(0, 4);
    assert.strictEqual(lowerSlice(text, 0, 4, said), said);
  });

  it('recognises abbreviations and initials, and rules out other words ending in a period', () => {
    for (const w of ['Mr.', 'mr.', 'MR.', 'U.S.', 'e.g.', 'J.', 'Ó.', 'Sept.']) assert.ok(isAbbreviation(w), w);
    for (const w of ['said.', 'year.', 'US.', 'j.', 'I.e', 'Putin.']) assert.ok(!isAbbreviation(w), w);
  });

  it('tokenises with joiners, abbreviation periods and non-ASCII letters', () => {
    const text = 'The U.S. envoy, Ana López-Ruiz, said: “It’s done.” Mr. Lee left at 5.30 p.m. Done';
    assert.deepStrictEqual(
      tokensOf(text).map((w) => w.text),
      ['The', 'U.S.', 'envoy', 'Ana', 'López-Ruiz', 'said', 'It’s', 'done', 'Mr.', 'Lee', 'left', 'at', '5.30', 'p.m.', 'Done'],
    );
    // The text may end inside a word, after a joiner or after an abbreviation's period.
    assert.deepStrictEqual(tokensOf('Co-op ends-').map((w) => w.text), ['Co-op', 'ends']);
    assert.deepStrictEqual(tokensOf('met Mr.').map((w) => w.text), ['met', 'Mr.']);
    assert.deepStrictEqual(tokensOf('a').map((w) => `${w.start}-${w.end}`), ['0-1']);
  });

  it('keeps the period of every listed abbreviation and initial, in any case, and of no other word', () => {
    const text = 'Gen. Ann Lee met Sept. Supt. SGT. Amb. J. É. U.S. A.B.C. staff on Jan. said. year. Sep. Putin. sen';
    assert.deepStrictEqual(
      tokensOf(text).map((w) => w.text),
      ['Gen.', 'Ann', 'Lee', 'met', 'Sept.', 'Supt.', 'SGT.', 'Amb.', 'J.', 'É.', 'U.S.', 'A.B.C.', 'staff', 'on', 'Jan.', 'said', 'year', 'Sep.', 'Putin', 'sen'],
    );
  });

  it('startsUpper and startsLower tell what /^\\p{Lu}/u and /^\\p{Ll}/u tell of a word', () => {
    const text = 'Élan élan ßig İstanbul 42nd Ωmega ωmega ǅemal _x said Said 𝐀x';
    for (const w of tokensOf(text)) {
      assert.strictEqual(startsUpper(text, w), /^\p{Lu}/u.test(w.text), w.text);
      assert.strictEqual(startsLower(text, w), /^\p{Ll}/u.test(w.text), w.text);
    }
  });
});
