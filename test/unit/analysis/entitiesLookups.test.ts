import * as assert from 'assert';
import { mayBeHyphenDate, mayBeTrigger } from '../../../src/core/analysis/entities/dates';
import { gazMatch } from '../../../src/core/analysis/entities/gazetteerMatch';
import { ABBREV, DATE_DET, DATE_WORD, GAZ, MONTH, NUMBER_WORD, SEASON, WEEKDAY } from '../../../src/core/analysis/entities/lexicon';
import type { Ctx } from '../../../src/core/analysis/entities/context';
import { tokenize } from '../../../src/core/text/tokens';

// The pre-filters in front of Set look-ups may let a non-trigger through, but must never stop a trigger.
describe('entities: date trigger pre-filters', () => {
  const triggers = [...MONTH, ...[...MONTH].map((m) => m + '.'), ...WEEKDAY, ...SEASON, ...DATE_WORD, ...DATE_DET, ...NUMBER_WORD];

  it('lets every trigger word through, lower case and capitalised', () => {
    for (const w of triggers) {
      assert.ok(mayBeTrigger(w), w);
      assert.ok(mayBeTrigger(w.charAt(0).toUpperCase() + w.slice(1)), w);
    }
  });

  it('stops most ordinary words and anything not starting with a letter', () => {
    for (const w of ['the', 'and', 'government', 'said', 'Paris', '“', '2024', '']) assert.strictEqual(mayBeTrigger(w), false, w);
  });

  it('looks for the hyphen where "mid-…" and "<number word>-<unit>" words have it', () => {
    for (const w of ['mid-2024', 'mid-March', 'two-year', 'hundred-day', 'fifteen-year-long', 'Three-week']) assert.ok(mayBeHyphenDate(w), w);
    for (const w of ['x-ray', 'co-founder', 'international-level', 'year']) assert.strictEqual(mayBeHyphenDate(w), false, w);
  });
});

describe('entities: gazetteer matching', () => {
  const ctxOf = (text: string): Ctx => {
    const tokens = tokenize(text, ABBREV);
    const n = tokens.length;
    return {
      text, tokens, sentStart: new Uint8Array(n), region: new Uint8Array(n), titleLine: new Uint8Array(n), taken: new Uint8Array(n),
      drafts: [], pending: [], keys: new Array<string | undefined>(n), lower: new Array<string | undefined>(n),
    };
  };

  it('takes the longest listed name, as written or with acronyms lower-cased', () => {
    const ctx = ctxOf('United Arab Emirates officials');
    const hit = gazMatch(ctx, 0, 4);
    assert.ok(hit && hit.len === 3 && hit.entry === GAZ.get('united arab emirates'));
  });

  it('falls back to a shorter listed name when the longer one does not go on', () => {
    const ctx = ctxOf('New York Fans');
    const hit = gazMatch(ctx, 0, 3);
    assert.ok(hit && hit.len === 2 && hit.entry === GAZ.get('new york'));
  });

  it('finds nothing for unlisted words', () => {
    const ctx = ctxOf('Quorvex Photonics');
    assert.strictEqual(gazMatch(ctx, 0, 2), null);
  });
});
