import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findEntities } from '../../../src/core/analysis/entities/findEntities';
import type { AnalyzeOptions, EntityMention, Knowledge } from '../../../src/core/analysis/types';

function find(text: string, options: AnalyzeOptions = {}): EntityMention[] {
  const s = detectStructure(text);
  return findEntities(text, s, splitSentences(text, s), options);
}
const show = (text: string, options?: AnalyzeOptions): string[] => find(text, options).map((e) => `${e.type}:${e.text}`);
const has = (text: string, want: string, options?: AnalyzeOptions): boolean => show(text, options).includes(want);
const idOf = (m: EntityMention[], text: string): string => m.find((e) => e.text === text)!.id;

describe('entities: multi-word names are not cut into pieces', () => {
  it('runs a place name across lower-case linkers and lets the longer name beat a listed town inside it', () => {
    const m = show('Heavy rain hit Rio Grande do Sul on Friday, and Porto Alegre declared an emergency.');
    assert.ok(m.includes('GPE:Rio Grande do Sul'), m.join(', '));
    assert.ok(m.includes('GPE:Porto Alegre'), m.join(', '));
    assert.ok(!m.includes('GPE:Porto') && !m.includes('GPE:Rio'), m.join(', '));
  });

  it('keeps an all-capital dateline town whole', () => {
    assert.ok(has('PORTO ALEGRE, Brazil (Reuters) - Rescuers worked overnight.', 'GPE:PORTO ALEGRE'));
  });

  it('still splits a listed town off a different kind of name that follows it', () => {
    assert.ok(has('Tickets for the Paris Motor Show sold out.', 'EVENT:Paris Motor Show'));
    assert.ok(has('A jury at Leeds Crown Court agreed.', 'ORG:Leeds Crown Court'));
  });

  it('keeps a listed surname inside a longer title-led name with a linker', () => {
    const m = show('President Luiz Inácio Lula da Silva visited the shelters.');
    assert.ok(m.includes('PERSON:Luiz Inácio Lula da Silva'), m.join(', '));
  });

  it('joins "and" inside an institution name ending in an institution word', () => {
    assert.ok(has('Charges were filed by the Economic and Financial Crimes Commission on Monday.', 'ORG:Economic and Financial Crimes Commission'));
    assert.ok(has('The Food and Drug Administration approved the pill.', 'ORG:Food and Drug Administration'));
    // two listed companies stay apart
    const m = show('Shares of Google and Microsoft Corp rose.');
    assert.ok(m.includes('ORG:Google'), m.join(', '));
  });

  it('reads "X Cup of Nations" as one event', () => {
    assert.ok(has('He will miss the Asia Cup of Nations qualifiers.', 'EVENT:Asia Cup of Nations'));
  });

  it('keeps an organisation acronym inside the institution name it opens', () => {
    assert.ok(has('A study by the UN Development Programme found gaps.', 'ORG:UN Development Programme'));
  });

  it('gives a listed league its trailing number', () => {
    assert.ok(has('Lyon finished second in Ligue 1, behind Lille.', 'ORG:Ligue 1'));
  });

  it('types a name by a natural-feature head and keeps a suffix participle outside', () => {
    assert.ok(has('Barges sailed up the Amazon River at dawn.', 'LOC:Amazon River'));
    const m = show('Shares of the Santa Clara-based firm fell.');
    assert.ok(m.includes('GPE:Santa Clara'), m.join(', '));
    const n = show('A Vila Velha-based maker bought Tanjung Priok-listed Samudra Logistik.');
    assert.ok(n.includes('GPE:Vila Velha') && n.includes('GPE:Tanjung Priok'), n.join(', '));
    // the place before "-listed" never joins the listed company after it, with or without corpus knowledge
    const knowledge: Knowledge = { names: new Map([['samudra group', { type: 'ORG', id: 'samudra-group', source: 'corpus' }]]), rejected: new Set() };
    const k = show('Tanjung Priok-listed Samudra Group rose.', { knowledge });
    assert.ok(k.includes('GPE:Tanjung Priok') && k.includes('ORG:Samudra Group'), k.join(', '));
  });

  it('reads a saint-prefixed name as a place and a numbered conference as an event', () => {
    assert.ok(has('Shelters opened in Canoas and São Gonçalo overnight.', 'GPE:São Gonçalo'));
    assert.ok(has('Delegates at the COP31 summit argued late.', 'EVENT:COP31'));
  });
});

describe('entities: types from context', () => {
  it('reads a sea adjective used as a noun as a place, but keeps it NORP before a noun', () => {
    assert.ok(has('Storms formed over a warmer Pacific; farmers worried.', 'LOC:Pacific'));
    assert.ok(has('Leaders of Pacific nations met in Fiji.', 'NORP:Pacific'));
  });

  it('reads "The <demonym>" inside a sentence as a newspaper', () => {
    assert.ok(has('The mayor told The Australian that the plan was sound.', 'ORG:Australian'));
  });

  it('keeps a capitalised role noun opening a sentence outside the PERSON span', () => {
    const m = find('Cases rose sharply. Virologist Ana Prado said the peak was near.');
    const p = m.find((e) => e.type === 'PERSON')!;
    assert.strictEqual(p.text, 'Ana Prado');
    assert.ok(p.titleSpan);
  });
});

describe('entities: document-level aliases', () => {
  it('reads a town as the club named after it once the club is named, except in a locative frame', () => {
    const text = 'Leeds United have signed a winger. Leeds paid a record fee after a medical in Leeds on Monday.';
    const m = find(text);
    const leeds = m.filter((e) => e.text === 'Leeds');
    assert.deepStrictEqual(leeds.map((e) => e.type), ['ORG', 'GPE']);
    assert.strictEqual(leeds[0].id, idOf(m, 'Leeds United'));
    const t = find('Leeds United fans marched. Leeds police made two arrests.').filter((e) => e.text === 'Leeds');
    assert.deepStrictEqual(t.map((e) => e.type), ['GPE']);
  });

  it('uses a club named elsewhere in the corpus', () => {
    const knowledge: Knowledge = { names: new Map([['leeds united', { type: 'ORG', id: 'leeds-united', source: 'corpus' }]]), rejected: new Set() };
    const m = find('Leeds sold their captain to a rival.', { knowledge });
    assert.ok(m.some((e) => e.text === 'Leeds' && e.type === 'ORG' && e.id === 'leeds-united'), JSON.stringify(m));
  });

  it('gives an acronym in brackets the type and id of the name before it, in all its mentions', () => {
    const text = 'The National Drug Law Enforcement Agency (NDLEA) seized cocaine. Officers of the NDLEA said more raids were due.';
    const m = find(text);
    const acr = m.filter((e) => e.text === 'NDLEA');
    assert.strictEqual(acr.length, 2);
    for (const a of acr) {
      assert.strictEqual(a.type, 'ORG');
      assert.strictEqual(a.id, idOf(m, 'National Drug Law Enforcement Agency'));
    }
  });
});

describe('entities: more aliases and slots', () => {
  it('takes a short name in brackets after an organisation as its alias', () => {
    const m = find('Scientists at the Brazilian Agricultural Research Corporation (Embrapa) tested the soil.');
    const e = m.find((x) => x.text === 'Embrapa');
    assert.ok(e && e.type === 'ORG', JSON.stringify(m));
    assert.strictEqual(e!.id, idOf(m, 'Brazilian Agricultural Research Corporation'));
  });

  it('takes an acronym in brackets after an organisation as its alias even when it spells another language', () => {
    const m = find('The National Weather Office (SMN) said rain would fall. SMN added more.');
    assert.deepStrictEqual(m.map((e) => `${e.text}=${e.id}`), ['National Weather Office=national-weather-office', 'SMN=national-weather-office', 'SMN=national-weather-office']);
    assert.deepStrictEqual(show('Officials at Acme Holdings (US) declined.'), ['ORG:Acme Holdings', 'GPE:US'], 'a place code in brackets is no alias');
  });

  it('does not take a bracketed acronym with other initials as an alias', () => {
    const m = find('The Central Bank of Nigeria (IMF) report was odd.');
    const imf = m.find((x) => x.text === 'IMF');
    assert.ok(!imf || imf.id !== idOf(m, 'Central Bank of Nigeria'));
  });

  it('finds a company name without its legal suffix anywhere in the article, the headline included', () => {
    const text = 'Investors cheer deal for Norwegian Osprey Robotics\n\nShares of Osprey Robotics Ltd jumped 9% on Tuesday after the takeover offer.';
    const m = find(text);
    const heads = m.filter((x) => x.text === 'Osprey Robotics');
    assert.strictEqual(heads.length, 1, JSON.stringify(m));
    assert.strictEqual(heads[0].type, 'ORG');
    assert.strictEqual(heads[0].id, idOf(m, 'Osprey Robotics Ltd'));
  });

  it('types an unknown name by its slot: an expert at X, according to X data, the X lake', () => {
    assert.ok(has('Growth will slow, said Ravi Menon, an economist at Kotak in Mumbai.', 'ORG:Kotak'));
    assert.ok(has('He has scored twice since 2021, according to Statsbomb data.', 'ORG:Statsbomb'));
    assert.ok(has('Fishermen said the Titicaca lake had fallen again.', 'LOC:Titicaca'));
    assert.ok(has('The Tonlé, the great river that feeds the plain, rose.', 'LOC:Tonlé'));
  });
});

describe('entities: titles inside listed names, same short name for different bodies', () => {
  it('keeps the title of a listed name outside the PERSON span', () => {
    const m = find('Crowds cheered as Pope Francis arrived.');
    const p = m.find((e) => e.type === 'PERSON')!;
    assert.strictEqual(p.text, 'Francis');
    assert.ok(p.titleSpan);
  });

  it('gives "the Congress" (a party) another id than bare "Congress" (the US legislature)', () => {
    const a = find('Republicans in Congress blocked the bill.').find((e) => e.text === 'Congress')!;
    const b = find('In Karnataka the Congress won most seats.').find((e) => e.text === 'Congress')!;
    assert.strictEqual(a.type, 'ORG');
    assert.strictEqual(b.type, 'ORG');
    assert.notStrictEqual(a.id, b.id);
  });
});

describe('dates: part of a year', () => {
  it('keeps "first half of 2027" and "second quarter of 2025" whole', () => {
    assert.ok(has('The merger should close in the first half of 2027, the firm said.', 'DATE:first half of 2027'));
    assert.ok(has('Sales fell in the second quarter of 2025.', 'DATE:second quarter of 2025'));
  });
});

describe('entities: joined institution names and place-led company names', () => {
  it('continues "<institution> of X and Y" as one name', () => {
    assert.ok(has('The Ministry of Mines and Energy said output rose.', 'ORG:Ministry of Mines and Energy'));
  });

  it('reads a place-led short form of a company named in full as the company', () => {
    const m = find('Osaka Gas Works Co said profit rose. Osaka Gas shares gained 3% on Friday.');
    const short = m.find((e) => e.text === 'Osaka Gas');
    assert.ok(short && short.type === 'ORG', JSON.stringify(m));
    assert.strictEqual(short!.id, idOf(m, 'Osaka Gas Works Co'));
  });
});

describe('entities: a bracketed acronym spells the whole name', () => {
  it('extends a name over the capitalised words its acronym spells, and reads it as an organisation', () => {
    const m = show('The All Kenya Wafula Otieno Movement (AKWOM) won two seats.');
    assert.ok(m.includes('ORG:All Kenya Wafula Otieno Movement'), m.join(', '));
    assert.ok(!m.includes('GPE:Kenya'), m.join(', '));
    const n = show('Voters backed the Nkosi Dlamini Ubuntu (UNDU) slate and the All Nigeria Ahmadu Bello (ANAB) list.');
    assert.ok(n.includes('ORG:All Nigeria Ahmadu Bello'), n.join(', '));
    assert.ok(!n.includes('GPE:Nigeria'), n.join(', '));
  });

  it('does not turn a person into an organisation when the acronym spells only the name', () => {
    assert.ok(has('Crowds mourned John Fitzgerald Kennedy (JFK) in Dallas.', 'PERSON:John Fitzgerald Kennedy'));
  });
});
