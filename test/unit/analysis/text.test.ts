import * as assert from 'assert';
import { tokenize, TokenKind } from '../../../src/core/text/tokens';
import { isLetterAt, isMarkCode, isUpperCode, lowerCase, slugify } from '../../../src/core/text/chars';

const ABBR = new Set(['mr', 'dr', 'jan']);
const words = (text: string): string[] => tokenize(text, ABBR).map((t) => t.text);

describe('text: tokenize', () => {
  it('marks the tokens whose text holds a hyphen or a period', () => {
    const toks = tokenize('U.S.-led anti-war Mr. Smith said 2019-20 was 3.5 - fine. Jan. x‐y', ABBR);
    for (const t of toks) {
      assert.strictEqual(t.dash, t.text.includes('-'), t.text);
      assert.strictEqual(t.dot, t.text.includes('.'), t.text);
    }
    assert.deepStrictEqual(toks.filter((t) => t.dash).map((t) => t.text), ['-', 'anti-war', '2019-20', '-']);
  });

  it('splits a capitalised word glued to a number, and keeps unit and ordinal suffixes', () => {
    assert.deepStrictEqual(words('date 2024-03-14Chile Cuts'), ['date', '2024-03-14', 'Chile', 'Cuts']);
    assert.deepStrictEqual(words('1990s 5th 10am 5G 10GW'), ['1990s', '5th', '10am', '5G', '10GW']);
  });

  it('splits a possessive off the name (straight and curly apostrophes)', () => {
    assert.deepStrictEqual(words('Canada’s team'), ['Canada', '’', 's', 'team']);
    assert.deepStrictEqual(words("Canada's team"), ['Canada', "'", 's', 'team']);
  });

  it('keeps a plural possessive apostrophe outside the word', () => {
    assert.deepStrictEqual(words('the Smiths’ house'), ['the', 'Smiths', '’', 'house']);
  });

  it('keeps inner apostrophes and hyphens ("O’Neill", "Smith-Jones", "don’t")', () => {
    assert.deepStrictEqual(words('O’Neill met Ana Smith-Jones, don’t ask'), ['O’Neill', 'met', 'Ana', 'Smith-Jones', ',', 'don’t', 'ask']);
  });

  it('keeps dotted acronyms whole with their final period', () => {
    assert.deepStrictEqual(words('the U.S. and the E.U. agreed'), ['the', 'U.S.', 'and', 'the', 'E.U.', 'agreed']);
  });

  it('attaches the period of a listed abbreviation and of an initial', () => {
    assert.deepStrictEqual(words('Mr. Lee and John F. Smith'), ['Mr.', 'Lee', 'and', 'John', 'F.', 'Smith']);
    assert.deepStrictEqual(words('the end.'), ['the', 'end', '.']);
  });

  it('reads numbers with separators and suffixes as one token', () => {
    const t = tokenize('On 2023-11-06, 1,500 people in the 1990s', ABBR);
    assert.deepStrictEqual(t.filter((x) => x.kind === TokenKind.Number).map((x) => x.text), ['2023-11-06', '1,500', '1990s']);
  });

  it('flags capitals, all-capital acronyms and line breaks', () => {
    const t = tokenize('NATO met\n\nParis', ABBR);
    assert.strictEqual(t[0].caps, true);
    assert.strictEqual(t[1].upper, false);
    assert.strictEqual(t[2].nl, 2);
    assert.strictEqual(t[2].upper, true);
    assert.strictEqual(t[2].caps, false);
  });

  it('reads accented letters for all-capital words: a lower-case one breaks it, a capital one does not', () => {
    const caps = (text: string): boolean[] => tokenize(text, ABBR).map((x) => x.caps);
    assert.deepStrictEqual(caps('SÃO PAULO São Paulo'), [true, true, false, false]);
    assert.deepStrictEqual(caps('ÉCOLE École STRAßE'), [true, false, false]);
    // at least two ASCII capitals: "ÉÉ" has letters but none of them counted
    assert.deepStrictEqual(caps('ÉÉ U.S. A'), [false, true, false]);
  });

  it('keeps abbreviations with their period, whatever their case, and ends other words before it', () => {
    assert.deepStrictEqual(words('Dr. Lee met MR. Kim in Jan. at noon.'), ['Dr.', 'Lee', 'met', 'MR.', 'Kim', 'in', 'Jan.', 'at', 'noon', '.']);
  });

  it('keeps a surrogate pair and a combining mark inside their tokens, offsets exact', () => {
    const text = 'Zoe\u0301 😀 Paris';
    const t = tokenize(text, ABBR);
    assert.deepStrictEqual(t.map((x) => text.slice(x.start, x.end)), ['Zoe\u0301', '😀', 'Paris']);
    assert.strictEqual(t[2].start, text.indexOf('Paris'));
  });
});

describe('text: slugify', () => {
  it('makes lower-case hyphenated ids', () => {
    assert.strictEqual(slugify('Kim Jong Un'), 'kim-jong-un');
    assert.strictEqual(slugify('U.S.'), 'us');
    assert.strictEqual(slugify('Russia & Eurasia Programme'), 'russia-eurasia-programme');
    assert.strictEqual(slugify('Zoë Müller'), 'zoe-muller');
    assert.strictEqual(slugify('McDonald’s'), 'mcdonalds');
  });
});

describe('text: lowerCase', () => {
  it('equals toLowerCase, returning a word with no capital as it is', () => {
    for (const w of ['paris', 'Paris', 'NATO', 'U.S.', 'Zoë', 'ÉCOLE', 'İstanbul', 'don’t', '1990s', '', 'ΣΟΦΙΑ']) {
      assert.strictEqual(lowerCase(w), w.toLowerCase());
    }
    const plain = 'paris';
    assert.strictEqual(lowerCase(plain), plain);
  });

  it('gives the same answer when a word is looked up again (memoised)', () => {
    const a = lowerCase('Kyiv' + '’');
    assert.strictEqual(lowerCase('Kyiv’'), a);
    assert.strictEqual(a, 'kyiv’');
  });
});

describe('text: character classes', () => {
  it('answer as the Unicode regexes do, also when asked again about the same code unit (remembered per code)', () => {
    const sample = 'aZ9 ’“”—éÉßΣσ\u0301\u0483あ中ǅ\u00a0😀';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        const ch = sample[i];
        if (c < 0xd800 || c > 0xdfff) assert.strictEqual(isLetterAt(sample, i), /\p{L}/u.test(ch), `letter ${ch}`);
        assert.strictEqual(isMarkCode(c), c >= 0x300 && c < 0xd800 && /\p{M}/u.test(ch), `mark ${ch}`);
        assert.strictEqual(isUpperCode(c), c < 0xd800 || c > 0xdfff ? /\p{Lu}|\p{Lt}/u.test(ch) : false, `upper ${ch}`);
      }
    }
    // a letter beyond the BMP is read as its pair; an emoji is no letter
    assert.strictEqual(isLetterAt('𝐀', 0), true);
    assert.strictEqual(isLetterAt('😀', 0), false);
  });
});
