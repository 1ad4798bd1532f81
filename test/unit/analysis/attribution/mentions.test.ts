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

  it('joins name particles: two in a row ("van der", "de la") and one hyphened to the surname ("al-Rashid")', () => {
    const text = 'Critics met Pieter van der Berg and Ana de la Rosa there. Omar al-Rashid agreed, and so did Luis de Souza.';
    const names = new MentionIndex(text, []).names.map((n) => `${n.text}:${n.type}`);
    assert.deepStrictEqual(names, ['Pieter van der Berg:PERSON', 'Ana de la Rosa:PERSON', 'Omar al-Rashid:PERSON', 'Luis de Souza:PERSON']);
    // Where the entity list has the given name, the surname stays a name of its own (as before).
    const at = text.indexOf('Ana');
    const withAna = new MentionIndex(text, [{ start: at, end: at + 3, text: 'Ana', type: 'PERSON', id: 'ana' }]);
    assert.ok(withAna.names.some((n) => n.text === 'Rosa' && n.synthetic));
  });

  it('keeps a lone sentence-opening word only when it is seen capitalised mid-sentence elsewhere', () => {
    const text = 'Meridian grew. Analysts like Meridian. Harbor grew. Analysts like harbor views.';
    const names = new MentionIndex(text, []).names.map((n) => `${n.text}@${n.start}`);
    assert.deepStrictEqual(names, ['Meridian@0', 'Meridian@29']);
  });

  describe('answers from a range as the full list would', () => {
    const texts = [
      'Defense Minister Sergei Shoigu said. Ofgem said so. Reports suggest Ofgem agreed. The Bank of England and Sen. Ana Lopes met.',
      // A chain that starts with a lower-case connector: the full list starts the run at "Laden", a lone lookup at "bin".
      'He named Osama, bin Laden and Abu Bakr. Then Osama, bin Laden spoke. U.S. officials and the U.S. Army met Lopes.',
      'Meridian grew. Analysts like Meridian. Ms. Lin Wu, Mr Lee and Duke of York Prince Andrew said Lin Wu agreed.',
      // Ids shared by names of other spellings: accents, possessives, periods.
      'Analysts met José Ramos’s aide. Later Jose Ramos said so, and Lee’s view won. Lee agreed with U.S. and US envoys.',
    ];
    const entities = (text: string) => {
      const at = text.indexOf('Lopes');
      return at < 0 ? [] : [{ start: at, end: at + 5, text: 'Lopes', type: 'PERSON' as const, id: 'lopes' }];
    };
    const key = (n: { start: number; end: number; id: string } | undefined) => (n ? `${n.id}@${n.start}-${n.end}` : '-');

    it('before and within over every range', () => {
      for (const text of texts) {
        const full = new MentionIndex(text, entities(text));
        void full.names;
        for (let from = 0; from < text.length; from += 3) {
          for (let to = from; to <= text.length; to += 7) {
            const local = new MentionIndex(text, entities(text));
            assert.deepStrictEqual(local.before(to, from).map(key), full.before(to, from).map(key), `before ${from}-${to}`);
            assert.deepStrictEqual(local.within(from, to).map(key), full.within(from, to).map(key), `within ${from}-${to}`);
            // Once a range was asked for, a name at any offset is the full list's, capitalised or not.
            for (let p = 0; p < text.length; p += 5) assert.strictEqual(key(local.at(p)), key(full.at(p)), `at ${p}`);
          }
        }
      }
    });

    it('names of one id and the best name of an id', () => {
      for (const text of texts) {
        const full = new MentionIndex(text, entities(text));
        const ids = [...new Set(full.names.map((n) => n.id))];
        for (const id of ids) {
          const local = new MentionIndex(text, entities(text));
          assert.deepStrictEqual(local.namesWithId(id).map(key), full.names.filter((n) => n.id === id).map(key), id);
          assert.strictEqual(local.bestNameOnceAll(id, '?'), full.nameFor(id, '?'), id);
          assert.strictEqual(local.nameFor(id, '?'), full.nameFor(id, '?'), `${id} after namesWithId`);
        }
      }
    });
  });
});
