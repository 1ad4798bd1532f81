import * as assert from 'assert';
import { foldedHash, isReportingVerbAt, mayBeReportingVerb, REPORTING_VERBS, WordShapes } from '../../../../src/core/analysis/attribution/lexicon';

describe('attribution/lexicon WordShapes', () => {
  const list = ['mr', 'mr.', 'president', 'of', '&', 'spokeswoman'];
  const shapes = new WordShapes(list);
  const may = (w: string): boolean => shapes.mayHold(`(${w})`, 1, 1 + w.length);

  it('never rules out a word of the list, in any letter case', () => {
    for (const w of list) for (const form of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]) assert.ok(may(form), form);
  });

  it('rules out words of other shapes and always looks up words outside ASCII', () => {
    for (const w of ['Putin', 'said', 'presidents', 'Mrss', 'or']) assert.ok(!may(w), w);
    assert.ok(may('Ōf'));
    assert.ok(may('İf'));
  });

  it('looks up everything when the list itself holds a word outside ASCII', () => {
    const all = new WordShapes(['café']);
    assert.ok(all.mayHold('xyz', 0, 3));
  });
});

describe('attribution/lexicon reporting verb filters', () => {
  it('never rule out a reporting verb form, in any letter case', () => {
    for (const form of REPORTING_VERBS.keys()) {
      for (const w of [form, form.toUpperCase(), form[0].toUpperCase() + form.slice(1)]) {
        assert.ok(mayBeReportingVerb(` ${w} `, 1, 1 + w.length), w);
      }
      assert.ok(isReportingVerbAt(` ${form} `, 1, 1 + form.length), form);
    }
  });

  it('rule out other words, and look up words outside ASCII', () => {
    for (const w of ['north', 'these', 'Council', 'community', 'support', 'between', 'recent', 'a', 'Q']) {
      assert.ok(!mayBeReportingVerb(` ${w} `, 1, 1 + w.length), w);
      assert.ok(!isReportingVerbAt(` ${w} `, 1, 1 + w.length), w);
    }
    assert.ok(!isReportingVerbAt(' Said ', 1, 5));
    assert.ok(mayBeReportingVerb(' asKed ', 1, 6)); // a Kelvin sign lower-cases to "k"
    assert.ok(mayBeReportingVerb(' \u212a ', 1, 2));
  });

  it('foldedHash folds ASCII letter case and gives up outside ASCII', () => {
    assert.strictEqual(foldedHash('Said', 0, 4), foldedHash('said', 0, 4));
    assert.strictEqual(foldedHash(' SAID ', 1, 5), foldedHash('said', 0, 4));
    assert.notStrictEqual(foldedHash('said', 0, 4), foldedHash('sail', 0, 4));
    assert.strictEqual(foldedHash('as\u212aed', 0, 5), -1);
  });
});
