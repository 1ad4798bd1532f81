import * as assert from 'assert';
import { MentionIndex, possessiveSuffix } from '../../../../src/core/analysis/attribution/mentions';

describe('attribution/mentions', () => {
  it('possessiveSuffix measures what /[’\']s?$/ finds, and nothing when it is the whole span', () => {
    for (const s of ['Lee’s', "Lee's", 'Lees’', "Lees'", 'Lee', 's', '’', "'s", 'Lee’’', 'Lee’s’', 'Lees']) {
      const m = /[’']s?$/.exec(s);
      const expected = m && s.length > m[0].length ? m[0].length : 0;
      assert.strictEqual(possessiveSuffix(`(${s})`, 1, 1 + s.length), expected, s);
    }
  });

  it('finds synthetic names for capitalised runs the entity list lacks, titles stripped', () => {
    const text = 'Defense Minister Sergei Shoigu said. Ofgem said so. Reports suggest Ofgem agreed.';
    const names = new MentionIndex(text, []).names.map((n) => n.text);
    assert.deepStrictEqual(names, ['Sergei Shoigu', 'Ofgem', 'Ofgem']);
  });

  it('keeps a lone sentence-opening word only when it is seen capitalised mid-sentence elsewhere', () => {
    const text = 'Meridian grew. Analysts like Meridian. Harbor grew. Analysts like harbor views.';
    const names = new MentionIndex(text, []).names.map((n) => `${n.text}@${n.start}`);
    assert.deepStrictEqual(names, ['Meridian@0', 'Meridian@29']);
  });
});
