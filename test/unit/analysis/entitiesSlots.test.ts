import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findEntities } from '../../../src/core/analysis/entities/findEntities';

// Rules for place slots, lists, name linkers, caption credits, sentence-case headlines and spans of time. Every
// example is made up for these tests.
function showText(text: string): string[] {
  const s = detectStructure(text);
  return findEntities(text, s, splitSentences(text, s), {}).map((e) => `${e.type}:${e.text}`);
}
const show = (body: string): string[] => showText('Headline\n\n' + body);
function expectIn(m: string[], ...want: string[]): void {
  for (const w of want) assert.ok(m.includes(w), `${w} not in ${m.join(', ')}`);
}
function expectNotIn(m: string[], ...unwanted: string[]): void {
  for (const w of unwanted) assert.ok(!m.includes(w), `${w} in ${m.join(', ')}`);
}
const expect = (body: string, ...want: string[]): void => expectIn(show(body), ...want);
const expectNot = (body: string, ...unwanted: string[]): void => expectNotIn(show(body), ...unwanted);

describe('entities: place slots', () => {
  it('reads a person’s given name after a place cue as the place, the surname still as the person', () => {
    const m = show('The crews were led by Carson Pellow. Smoke drifted north of Carson and toward Carson overnight. Pellow said the road was shut.');
    expectIn(m, 'PERSON:Carson Pellow', 'GPE:Carson', 'PERSON:Pellow');
    expectNotIn(m, 'PERSON:Carson');
  });

  it('gives a name read as a person from its shape alone the place reading its "at" mention got', () => {
    const m = show('Work at Velmor Dastek stopped on Monday. Ore moves by rail to Velmor Dastek, where it is washed. Why does Velmor Dastek matter?');
    expectIn(m, 'GPE:Velmor Dastek');
    expectNotIn(m, 'PERSON:Velmor Dastek');
    // a known given name keeps the person reading, a place slot or not
    expect('Lawyers for Tomas Brennik filed the appeal. Reporters waited at Tomas Brennik’s house.', 'PERSON:Tomas Brennik');
  });

  it('takes "toward", a compass word with "of", and "to"/"from" after a travel verb as place cues', () => {
    expect('The convoy turned toward Quillmore at dawn.', 'GPE:Quillmore');
    expect('Rain fell south of Darrowby all week.', 'GPE:Darrowby');
    expect('She had planned to fly to Tresvane in June.', 'GPE:Tresvane');
    // a noun "move from X" may name a club: no place cue
    expectNot('His move from Orvanto was confirmed.', 'GPE:Orvanto');
  });

  it('keeps the place reading of a given name in a sentence-case headline', () => {
    expectIn(showText('Storm cuts power east of Carson\n\nCrews worked through the night.'), 'GPE:Carson');
  });

  it('types a national park as a natural place, other parks stay facilities', () => {
    expect('Visitors to Kelvara National Park were turned back.', 'LOC:Kelvara National Park');
    expectNot('They met at Kelvara Memorial Park.', 'LOC:Kelvara Memorial Park');
  });
});

describe('entities: lists of places', () => {
  it('types unknown names coordinated after a place word as places', () => {
    const m = show('The co-op has members in Tavrino, Oskelo and Brindle Vale.');
    expectIn(m, 'GPE:Tavrino', 'GPE:Oskelo', 'GPE:Brindle Vale');
  });

  it('types a name listed after an untyped word as a place once that word turns out a place', () => {
    const m = show('Floods hit parts of Marevo and Pando Sur, and roads closed. Residents of Marevo were moved.');
    expectIn(m, 'GPE:Marevo', 'GPE:Pando Sur');
    expectNotIn(m, 'PERSON:Pando Sur');
  });

  it('leaves names listed after a person as people', () => {
    expect('The award went to Halvard Brenning and Tomas Ulvik.', 'PERSON:Halvard Brenning', 'PERSON:Tomas Ulvik');
  });
});

describe('entities: name linkers and city names', () => {
  it('keeps a two-word linker inside a name after a title', () => {
    expect('Mayor Rosalind de la Vega opened the bridge.', 'PERSON:Rosalind de la Vega');
  });

  it('does not count linkers towards a name’s length', () => {
    expect('“It is done,” said the gallery’s curator, Joris van der Molen.', 'PERSON:Joris van der Molen');
  });

  it('keeps a capitalised linker that opens a sentence with the surname after it', () => {
    expect('The report was late. Van Hoorn said the figures were wrong.', 'PERSON:Van Hoorn');
  });

  it('joins "es" as a linker of place names', () => {
    expect('Ferries left for Dar es Salaam at noon.', 'GPE:Dar es Salaam');
  });

  it('keeps "City" after a listed place in the city’s name, also in a capitalised dateline', () => {
    expect('Buses ran from Lagos to Benin City on Monday.', 'GPE:Benin City');
    expectIn(showText('Headline\n\nQUEZON CITY - Schools were closed on Monday.'), 'GPE:QUEZON CITY');
  });

  it('types "Kingdom of" a listed place as one state', () => {
    expect('The bronzes came from the Kingdom of Benin long ago.', 'GPE:Kingdom of Benin');
  });

  it('joins a demonym to "Red Cross" as a national society', () => {
    expect('The Kenyan Red Cross sent tents.', 'ORG:Kenyan Red Cross');
  });
});

describe('entities: organisations from context', () => {
  it('strips a capitalised organisation noun that opens a sentence or follows a dateline dash', () => {
    const m = show('Drugmaker Velmora Biosciences said sales fell. ACCRA, May 2 — Chipmaker Tessaro Holdings cut jobs.');
    expectIn(m, 'ORG:Velmora Biosciences', 'ORG:Tessaro Holdings');
  });

  it('types a name ending in an institution word in a sentence-case headline as an organisation', () => {
    expectIn(showText('Korvane Lifesciences recalls eye drops\n\nThe firm said on Monday it acted early.'), 'ORG:Korvane Lifesciences');
  });

  it('reads only the name right after a caption’s credit mark as the credit', () => {
    const m = showText('Headline\n\nThe town square at dusk.\n\nPhoto: Firm co-founders Amara Wekesa and Lior Dahan. Credit: Glimmer Studio\n\nThe firm grew fast.');
    expectIn(m, 'PERSON:Amara Wekesa', 'ORG:Glimmer Studio');
    expectNotIn(m, 'ORG:Amara Wekesa');
  });
});

describe('entities: bylines, determiners and short forms', () => {
  it('reads a byline as the writer, then the outlet after a comma or a bar', () => {
    expectIn(showText('Headline here\n\nBy Odile Marchetti, Lakeshore Courier\n\nThe vote was close.'), 'PERSON:Odile Marchetti', 'ORG:Lakeshore Courier');
    expectIn(showText('Headline here\n\nBy Odile Marchetti | Lakeshore Courier | Updated 09:10\n\nThe vote was close.'), 'PERSON:Odile Marchetti', 'ORG:Lakeshore Courier');
  });

  it('keeps "The" outside a listed place that opens with it', () => {
    const m = show('Talks resumed in The Hague on Friday.');
    expectIn(m, 'GPE:Hague');
    expectNotIn(m, 'GPE:The Hague');
  });

  it('gives a bare last word of a two-word event name the event’s type', () => {
    const m = show('Hurricane Ormsby hit the coast. Forecasters said Ormsby would weaken.');
    expectIn(m, 'EVENT:Hurricane Ormsby', 'EVENT:Ormsby');
  });

  it('does not join a sentence-opening organisation noun to a listed organisation', () => {
    const m = show('Lender Deutsche Bank said profits rose.');
    expectIn(m, 'ORG:Deutsche Bank');
    expectNotIn(m, 'ORG:Lender Deutsche Bank');
  });
});

describe('entities: dateline abbreviations', () => {
  it('keeps the period of a state or province abbreviation in a dateline', () => {
    expectIn(showText('Headline here\n\nMARLOW, Okla. — Storms knocked out power on Monday.'), 'GPE:Okla.');
    expectIn(showText('Headline here\n\nPEMBRIDGE, Sask. — Storms knocked out power on Monday.'), 'GPE:Sask.');
  });
});

describe('entities: Arabic article names and towns named in organisations', () => {
  it('keeps a name joined to "al-"/"el-" whole', () => {
    expect('The fund grew. Samir al-Qadi, a partner at the firm, said it was early.', 'PERSON:Samir al-Qadi');
    expect('Officials met Hana el-Masri on Monday.', 'PERSON:Hana el-Masri');
  });

  it('reads a word in a place slot as the town, though an organisation’s name starts with it', () => {
    const m = show('The Brackwell Institute of Glassmaking reopened. Visitors came to the institute in Brackwell by train.');
    expectIn(m, 'GPE:Brackwell');
    expectNotIn(m, 'ORG:Brackwell');
  });

  it('lists well-known ethnic groups as NORP', () => {
    expect('The masks were Igbo, not Yoruba, the curator said.', 'NORP:Igbo', 'NORP:Yoruba');
  });
});

describe('entities: possessives inside organisation names', () => {
  it('keeps a plural possessive before an institution word inside the name', () => {
    expect('The Tarsel Weavers’ Association met on Monday.', 'ORG:Tarsel Weavers’ Association');
    expect('The Harbour Boatmen’s Union went on strike.', 'ORG:Harbour Boatmen’s Union');
    // a singular possessive is an owner, not part of the name
    expectNot('Kenya’s Ministry of Health said so.', 'ORG:Kenya’s Ministry of Health');
  });
});

describe('entities: dates', () => {
  it('does not read "Jun" before a surname as a month', () => {
    expectNot('Comments\n\nJun Alcantara\nStay safe everyone.', 'DATE:Jun');
    expect('Sales rose in Jun 2024.', 'DATE:Jun 2024');
  });

  it('reads "a"/"an" + unit after a span word, bare plural units after "for", and parts of a year', () => {
    expect('Prices should settle within a year.', 'DATE:a year');
    expect('The bridge stood for more than a century.', 'DATE:a century');
    expect('For decades, the mill was the main employer.', 'DATE:decades');
    expect('It changed hands in the years after the flood.', 'DATE:years');
    expect('The firm posted a first-quarter loss.', 'DATE:first-quarter');
    expectNot('She has a year-round job and a month to go.', 'DATE:a month');
  });
});
