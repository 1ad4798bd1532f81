import * as assert from 'assert';
import { forEachWord, surfaceFeature, wordFeature, wordTokens } from '../../../src/core/corpus/textFeatures';

describe('corpus: word features for claim links', () => {
  const text = 'The U.S. said North Korea’s don’t-care “talks” 1,500 times; 😀 Thomas-Greenfield’s e\u0301lan.';

  it('finds words with joined abbreviations, hyphens, apostrophes and combining marks, at UTF-16 offsets', () => {
    const words: string[] = [];
    forEachWord(text, 0, text.length, (s, e) => words.push(text.slice(s, e)));
    assert.deepStrictEqual(words, ['The', 'U.S', 'said', 'North', 'Korea’s', 'don’t-care', 'talks', '1', '500', 'times', 'Thomas-Greenfield’s', 'e\u0301lan']);
  });

  it('gives the same words as wordTokens, which lower-cases them and drops possessives', () => {
    const spans: [number, number][] = [];
    forEachWord(text, 0, text.length, (s, e) => spans.push([s, e]));
    assert.deepStrictEqual(wordTokens(text).map((t) => [t.start, t.end]), spans);
    assert.deepStrictEqual(wordTokens(text).map((t) => t.lower).slice(3, 5), ['north', 'korea']);
  });

  it('scans only inside the given range', () => {
    const words: string[] = [];
    forEachWord(text, text.indexOf('said'), text.indexOf('’s'), (s, e) => words.push(text.slice(s, e)));
    assert.deepStrictEqual(words, ['said', 'North', 'Korea']);
  });

  it('folds case and possessives of a surface to the feature of the plain word', () => {
    assert.strictEqual(surfaceFeature('Negotiations’s'), wordFeature('negotiations'));
    assert.strictEqual(surfaceFeature("NEGOTIATIONS's"), wordFeature('negotiations'));
    assert.strictEqual(surfaceFeature('The'), undefined);
    assert.strictEqual(surfaceFeature('three'), 'n:3');
  });
});
