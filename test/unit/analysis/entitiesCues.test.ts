import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findEntities } from '../../../src/core/analysis/entities/findEntities';
import { FIRST } from '../../../src/core/analysis/entities/lexicon';
import { foldAccents } from '../../../src/core/text/chars';
import { expect, expectNot, show } from './entityExpect';

// Rules that type unknown names from the words around them (classifier nouns, determiners, appositives, legal forms,
// foreign organisation words) and keep long foreign names whole. Every example is made up for these tests.

describe('entities: given names with accents', () => {
  it('folds accents for the given-name list, and a given name before a listed place makes a person', () => {
    assert.strictEqual(foldAccents('sofía'), 'sofia');
    assert.strictEqual(foldAccents('bjørn'), 'bjorn');
    assert.strictEqual(foldAccents('plain'), 'plain');
    assert.ok(FIRST.has('sofía') && FIRST.has('sofia'));
    expect('Her replacement is Sofía Valencia, who starts in May.', 'PERSON:Sofía Valencia');
    expectNot('Her replacement is Sofía Valencia, who starts in May.', 'GPE:Valencia');
  });
});

describe('entities: organisation cues', () => {
  it('types a run opened by a Romance organisation word as an organisation', () => {
    expect('Voters backed the Partido Verde, she told Radio Continental.', 'ORG:Partido Verde', 'ORG:Radio Continental');
  });

  it('keeps a listed name right after an opening organisation word inside the name', () => {
    expect('She told Radio France that Banco Bilbao shares fell.', 'ORG:Radio France');
    expectNot('She told Radio France that Banco Bilbao shares fell.', 'GPE:France');
  });

  it('keeps a listed country inside an organisation name after a linker', () => {
    expect('The Banco Central de Bolivia raised rates.', 'ORG:Banco Central de Bolivia');
    expectNot('The Banco Central de Bolivia raised rates.', 'GPE:Bolivia');
  });

  it('reads an unknown name after "the" (and organisation adjectives) as an organisation, not a person', () => {
    expect('Leaders of the centrist Nuevo Rumbo met in Lima. The Nuevo Rumbo governed for years.', 'ORG:Nuevo Rumbo');
    expectNot('Leaders of the centrist Nuevo Rumbo met in Lima.', 'PERSON:Nuevo Rumbo');
    // a role noun between "the" and the name keeps the person
    expect('Prosecutors said the former banker Yaw Boateng moved the funds.', 'PERSON:Yaw Boateng');
  });

  it('reads a name after a capitalised "The" inside a sentence as an organisation (determiner outside)', () => {
    expect('Tickets for The Lumineers sold out within hours.', 'ORG:Lumineers');
  });

  it('takes a lower-case organisation noun right before a name as its type', () => {
    expect('Analysts at the consultancy Punto Norte agreed.', 'ORG:Punto Norte');
    // a single word is the organisation too, and its cue-less mentions follow it
    const m = show('Users of the dating app Swoonly complained, and Swoonly said it would respond.');
    assert.deepStrictEqual(m, ['ORG:Swoonly', 'ORG:Swoonly']);
  });

  it('takes a noun right after a name introduced by "the" as its type', () => {
    expect('He told the Helsingin Sanomat newspaper so.', 'ORG:Helsingin Sanomat');
    expect('Floods hit the Lindvik region and the Baltra test range.', 'GPE:Lindvik', 'GPE:Baltra');
    expect('Talks with the Andevia bloc stalled.', 'ORG:Andevia');
    expect('Officials at the province’s Civil Protection agency and Peru’s Mining ministry agreed.', 'ORG:Civil Protection', 'ORG:Mining');
  });

  it('types a name by the head noun of its appositive', () => {
    expect('The Nueva Era, a coalition of small parties, won.', 'ORG:Nueva Era');
    expect('Tove Lindqvist, a lawyer for the group, spoke.', 'PERSON:Tove Lindqvist');
  });

  it('reads a legal form after a name as a company, and the bare name later as the same company', () => {
    expect('Shares of Nordvind ASA rose, Kallax AB fell and Tessera GmbH was flat.', 'ORG:Nordvind ASA', 'ORG:Kallax AB', 'ORG:Tessera GmbH');
    const text = 'Headline\n\nBrennvik AS, a ferry operator, lost the case. Brennvik said it would appeal.';
    const s = detectStructure(text);
    const m = findEntities(text, s, splitSentences(text, s), {});
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}`), ['ORG:Brennvik AS', 'ORG:Brennvik']);
    assert.strictEqual(m[0].id, m[1].id);
  });
});

describe('entities: place cues', () => {
  it('reads a possessive before a town office as a place', () => {
    expect('Villaverde’s mayor said the roads were closed.', 'GPE:Villaverde');
  });

  it('reads a name opened by a Romance natural-place word as a non-political place', () => {
    expect('Fires spread across the Costa Dorada and the Sierra Alta, near the Río de la Luz.', 'LOC:Costa Dorada', 'LOC:Sierra Alta', 'LOC:Río de la Luz');
  });

  it('reads "mayor of X" as a town and "the island of X" as a non-political place', () => {
    expect('She was mayor of Quillota for a decade before moving to the island of Chiloé.', 'GPE:Quillota', 'LOC:Chiloé');
  });

  it('keeps a two-word linker inside a place name', () => {
    expect('He grew up in Alcalá de los Gazules, a small town.', 'GPE:Alcalá de los Gazules');
  });

  it('reads a possessive mark at the very start of a text safely', () => {
    for (const text of ['’s B', "'s Vale", '’ Lindvik region']) {
      const s = detectStructure(text);
      assert.doesNotThrow(() => findEntities(text, s, splitSentences(text, s), {}));
    }
  });

  it('does not read a name before ", <country>’s …" as a town of that country', () => {
    expectNot('Timber, Finland’s main export, rose in price.', 'GPE:Timber');
  });
});

describe('entities: institutions led by a place', () => {
  it('keeps a country written out in full inside an unlisted institution, but not an acronym before a listed one', () => {
    expect('Engineers at the India Space Research Agency tested it.', 'ORG:India Space Research Agency');
    expect('The US National Security Council said so.', 'GPE:US', 'ORG:National Security Council');
  });

  it('keeps a capitalised qualifier and capitalised common nouns inside an institution name', () => {
    expect('A jet of the Royal Danish Air Force landed.', 'ORG:Royal Danish Air Force');
    expect('A ruling by the Swedish Data Inspection Board came.', 'ORG:Swedish Data Inspection Board');
  });

  it('joins a compass word to the town or region after it, but not to a country', () => {
    expect('Rain hit East Kalimantra and North Fenwick, and South Yorkshire stayed dry.', 'GPE:East Kalimantra', 'GPE:North Fenwick', 'GPE:South Yorkshire');
    expect('Shelling hit Eastern Ukraine again.', 'GPE:Ukraine');
    expectNot('Shelling hit Eastern Ukraine again.', 'GPE:Eastern Ukraine');
  });

  it('reads a name ending in an administrative division word as a place', () => {
    expect('Floods hit the Kavango Region and Nakuru County, and the North-Western Province.', 'GPE:Kavango Region', 'GPE:Nakuru County', 'GPE:North-Western Province');
  });

  it('reads mining words as company heads and keeps a capitalised common word inside the name', () => {
    expect('Workers at First Quantum Minerals and Kamoto Copper Mines went on strike.', 'ORG:First Quantum Minerals', 'ORG:Kamoto Copper Mines');
  });

  it('keeps a title word inside a name that ends in an institution word, and splits two such names at "and"', () => {
    expect('The court dissolved the opposition Stride Forward Party on Monday.', 'ORG:Stride Forward Party');
    expect('Acme Corp Chief Executive Jon Smith spoke.', 'ORG:Acme Corp', 'PERSON:Jon Smith');
  });

  it('knows compass-named states and political groupings', () => {
    expect('It fell in the South Australia desert, the Christian Democrats said.', 'GPE:South Australia', 'ORG:Christian Democrats');
  });
});

describe('dates: relative markers and name-like months', () => {
  it('keeps "last"/"next"/"this" with a weekday or month', () => {
    expect('Data came out last Friday; the auction is due next July.', 'DATE:last Friday', 'DATE:next July');
  });

  it('reads a name-like month with no name next to it as a date, a given name with a surname as a person', () => {
    expect('Families cannot spend June in tents.', 'DATE:June');
    expectNot('Her friend June Carter sang.', 'DATE:June');
  });

  it('leaves out "today", "yesterday" and "tomorrow" (no calendar unit or name)', () => {
    assert.deepStrictEqual(show('We meet today, met yesterday and will meet tomorrow.'), []);
  });
});
