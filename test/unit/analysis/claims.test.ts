import * as assert from 'assert';
import { findClaims } from '../../../src/core/analysis/claims';
import type { ArticleStructure } from '../../../src/core/analysis/structure';
import { mentionsOf, run } from './quotesHelpers';

describe('findClaims', () => {
  it('attributes "X highlighted that …" with cue, content, speaker and the whole sentence as span', () => {
    const text = 'Mia Stone highlighted that exports fell sharply in May. The weather was mild.';
    const r = run(text, [['Mia Stone', 'PERSON', 'mia-stone'], ['May', 'DATE']]);
    const c = r.claims[0];
    assert.strictEqual(c.text, 'Mia Stone highlighted that exports fell sharply in May.');
    assert.strictEqual(c.attributed, true);
    assert.deepStrictEqual(c.speakers, ['mia-stone']);
    assert.strictEqual(text.slice(c.cue!.start, c.cue!.end), 'highlighted');
    assert.strictEqual(text.slice(c.content!.start, c.content!.end), 'exports fell sharply in May');
    assert.strictEqual(c.polarity, 'assert');
    assert.strictEqual(r.claims[1].attributed, false, 'other factual sentences are kept, unattributed');
  });

  it('resolves a pronoun subject and marks denials', () => {
    const text = 'Paul Reed spoke in Oslo. He denied that the firm paid bribes.';
    const r = run(text, [['Paul Reed', 'PERSON', 'paul-reed'], ['Oslo', 'GPE']]);
    const c = r.claims.find((x) => x.text.startsWith('He denied'))!;
    assert.deepStrictEqual(c.speakers, ['paul-reed']);
    assert.strictEqual(c.polarity, 'deny');
  });

  it('"according to X" attributes, content excluding the cue phrase', () => {
    const text = 'The plant will close next year, according to Vela Energy.';
    const r = run(text, [['Vela Energy', 'ORG', 'vela']]);
    assert.deepStrictEqual(r.claims[0].speakers, ['vela']);
    assert.strictEqual(text.slice(r.claims[0].content!.start, r.claims[0].content!.end), 'The plant will close next year');
  });

  it('takes "X, title of Y, stated" to the person', () => {
    const text = 'Ida Moss, a senior fellow at Brook Institute, stated that the plan would fail.';
    const r = run(text, [['Ida Moss', 'PERSON', 'ida-moss'], ['Brook Institute', 'ORG']]);
    assert.deepStrictEqual(r.claims[0].speakers, ['ida-moss']);
  });

  it('skips questions, boilerplate, headings and bare transitions; strips FAQ labels and the date line', () => {
    const text = 'date 2024-01-02 Rains flooded the valley on Monday.\n\nQ: Did the dam hold?\n\nA: The dam held through the night.\n\nRead Also: Storm season starts early\n\nIn conclusion, it remains to be seen.';
    const readAlso = text.indexOf('Read Also');
    const structure: ArticleStructure = {
      date: '2024-01-02',
      dateSpan: { start: 5, end: 15 },
      headline: null,
      regions: [
        { kind: 'metadata', start: 0, end: 15 },
        { kind: 'boilerplate', start: readAlso, end: text.indexOf('\n', readAlso) },
      ],
    };
    const claims = findClaims(text, structure, [], mentionsOf(text, []), []);
    assert.deepStrictEqual(claims.map((c) => c.text), ['Rains flooded the valley on Monday.', 'The dam held through the night.']);
    for (const c of claims) assert.strictEqual(text.slice(c.start, c.end), c.text);
  });

  it('does not take unattributed hedges or passives for attributions', () => {
    const text = 'It is believed that the talks failed. Reports suggest that prices rose.';
    const r = run(text, []);
    assert.deepStrictEqual(r.claims.map((c) => c.attributed), [false, false]);
  });

  it('gives a quoted sentence the quote’s speaker', () => {
    const text = '“Output doubled,” said Rosa Vidal.';
    const r = run(text, [['Rosa Vidal', 'PERSON', 'rosa-vidal']]);
    assert.deepStrictEqual(r.claims[0].speakers, ['rosa-vidal']);
    assert.strictEqual(r.claims[0].attributed, true);
  });
});
