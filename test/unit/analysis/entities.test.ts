import * as assert from 'assert';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findEntities } from '../../../src/core/analysis/entities/findEntities';
import type { AnalyzeOptions, EntityMention, EntityType, Knowledge } from '../../../src/core/analysis/types';

function find(text: string, options: AnalyzeOptions = {}): EntityMention[] {
  const s = detectStructure(text);
  return findEntities(text, s, splitSentences(text, s), options);
}
const show = (text: string, options?: AnalyzeOptions): string[] => find(text, options).map((e) => `${e.type}:${e.text}`);
const has = (text: string, want: string): boolean => show(text).includes(want);

describe('entities: span rules', () => {
  it('keeps titles and roles outside a PERSON and records titleSpan/fullSpan', () => {
    const text = 'On Monday French Finance Minister Bruno Le Maire met bankers.';
    const m = find(text);
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}`), ['DATE:Monday', 'NORP:French', 'PERSON:Bruno Le Maire']);
    const p = m[2];
    assert.strictEqual(text.slice(p.titleSpan!.start, p.titleSpan!.end), 'Finance Minister');
    assert.strictEqual(text.slice(p.fullSpan!.start, p.fullSpan!.end), 'French Finance Minister Bruno Le Maire');
  });

  it('takes a lower-case role right before a name as a PERSON cue', () => {
    assert.ok(has('The deal was signed by union negotiator Maria Okafor after midnight.', 'PERSON:Maria Okafor'));
    const m = find('Team spokesman Tom Brandt declined to comment.').find((e) => e.type === 'PERSON')!;
    assert.strictEqual(m.text, 'Tom Brandt');
  });

  it('keeps determiners and possessives outside', () => {
    assert.deepStrictEqual(show('The European Commission fined Google. Canada’s envoy left the United Nations’ hall.'), [
      'ORG:European Commission',
      'ORG:Google',
      'GPE:Canada',
      'ORG:United Nations',
    ]);
  });

  it('splits a country off the organisation after it ("US Treasury" -> US + Treasury)', () => {
    assert.deepStrictEqual(show('The US Treasury and France’s Foreign Ministry disagreed.'), ['GPE:US', 'ORG:Treasury', 'GPE:France', 'ORG:Foreign Ministry']);
  });

  it('keeps the longest proper name flat: "U.N. Security Council" is one ORG, "&" names are one ORG', () => {
    assert.deepStrictEqual(show('Diplomats at the U.N. Security Council cited the Africa & Middle East Programme of the institute.'), [
      'ORG:U.N. Security Council',
      'ORG:Africa & Middle East Programme',
    ]);
  });

  it('marks only the name before a common-noun head ("Obama administration", "Hamas fighters")', () => {
    assert.deepStrictEqual(show('The Obama administration said Hamas fighters and Italian officials met.'), ['PERSON:Obama', 'ORG:Hamas', 'NORP:Italian']);
  });

  it('types adjectival country names as GPE and demonyms as NORP', () => {
    assert.deepStrictEqual(show('U.S. officials met Brazilian and Kenyan delegates in Nairobi.'), ['GPE:U.S.', 'NORP:Brazilian', 'NORP:Kenyan', 'GPE:Nairobi']);
  });

  it('finds world regions as LOC', () => {
    assert.deepStrictEqual(show('Exports to Southeast Asia and Western Europe grew.'), ['LOC:Southeast Asia', 'LOC:Western Europe']);
  });

  it('finds named events by their head word', () => {
    assert.ok(has('Leaders gathered at the Global Water Summit in Lisbon.', 'EVENT:Global Water Summit'));
    assert.ok(has('Tickets for the Paris Motor Show sold out.', 'EVENT:Paris Motor Show'));
  });

  it('finds organisations by their head word and a demonym inside the name', () => {
    assert.ok(has('She joined Northwind Capital Partners last year.', 'ORG:Northwind Capital Partners'));
    assert.ok(has('The American Civil Liberties Union sued the state.', 'ORG:American Civil Liberties Union'));
    assert.ok(has('He studied at the University of Ghent before.', 'ORG:University of Ghent'));
  });

  it('does not annotate facilities, URLs, numbers or lone titles', () => {
    assert.deepStrictEqual(show('Fans filled Riverside Stadium. The Prime Minister spoke. Visit www.example.org for three entities.'), []);
  });
});

describe('entities: context cues', () => {
  it('takes a name before ", <state or country>" as a place, and the place before "-based"', () => {
    assert.deepStrictEqual(show('The Boise, Idaho-based firm hired staff.'), ['GPE:Boise', 'GPE:Idaho']);
  });

  it('does not take a person before ", <country> ambassador" as a place', () => {
    assert.ok(has('Helen Marsh, U.S. ambassador to Chile, spoke.', 'PERSON:Helen Marsh'));
  });

  it('takes an unknown name before ", <country> <role>" as a person', () => {
    assert.ok(has('Ilse Vandermeer, Dutch envoy to Kenya, spoke.', 'PERSON:Ilse Vandermeer'));
    assert.ok(has('Ruud Oosterkamp, Netherlands ambassador to Peru, spoke.', 'PERSON:Ruud Oosterkamp'));
  });

  it('leaves post-nominal letters outside a name', () => {
    assert.ok(has('Her barrister, Edward Vance KC, asked for bail.', 'PERSON:Edward Vance'));
  });

  it('reads a title with "of" before a name', () => {
    assert.ok(has('Former Secretary of State Dana Whitfield spoke.', 'PERSON:Dana Whitfield'));
  });

  it('does not read an institution after a title word as a name', () => {
    assert.ok(has('A jury at Leeds Crown Court agreed.', 'ORG:Leeds Crown Court'));
    assert.ok(!show('A jury at Leeds Crown Court agreed.').some((e) => e.startsWith('PERSON')));
  });

  it('keeps a listed given name that is also a place inside a name after a title', () => {
    assert.ok(has('Rep. Alexandria Morales voted no.', 'PERSON:Alexandria Morales'));
  });

  it('finds named storms and operations as events', () => {
    assert.ok(has('Damage from Hurricane Odette reached the coast.', 'EVENT:Hurricane Odette'));
  });

  it('extends a listed company with its legal suffix, and keeps a country inside a company name', () => {
    assert.ok(has('Analysts at Intel Corp agreed.', 'ORG:Intel Corp'));
    assert.ok(has('Orders rose at Korea Zinc Holdings last year.', 'ORG:Korea Zinc Holdings'));
  });

  it('takes an unknown single word after "in" as a place unless it is a surname of the article', () => {
    assert.ok(has('Shelling continued in Vuhledar overnight.', 'GPE:Vuhledar'));
    const m = show('Coach Dana Perkins arrived. The trust placed in Perkins was rewarded.');
    assert.ok(m.includes('PERSON:Perkins'));
  });

  it('keeps capitalised common words of an institution name at a sentence start', () => {
    assert.deepStrictEqual(show('Northern Rail Company apologised on Friday.'), ['ORG:Northern Rail Company', 'DATE:Friday']);
  });

  it('types a word by "X’s chief executive" and gives its other mentions the same type', () => {
    assert.deepStrictEqual(show('Quorvex said profits fell. Ivo Marsh, Quorvex’s chief executive, resigned.'), ['ORG:Quorvex', 'PERSON:Ivo Marsh', 'ORG:Quorvex']);
  });

  it('splits hyphen-joined listed names into separate mentions', () => {
    const text = 'The Russia-Ukraine war and US-China talks continued.';
    const m = find(text);
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}:${e.id}`), ['GPE:Russia:russia', 'GPE:Ukraine:ukraine', 'GPE:US:united-states', 'GPE:China:china']);
    for (const e of m) assert.strictEqual(text.slice(e.start, e.end), e.text);
  });

  it('skips a stock ticker after an exchange but keeps the exchange', () => {
    assert.deepStrictEqual(show('Shares of Zentrix Labs (NASDAQ:ZTRX) rose.'), ['ORG:Zentrix Labs', 'ORG:NASDAQ']);
  });

  it('reads "the Amazon" as the place and "Amazon" as the company', () => {
    assert.deepStrictEqual(show('Drought hit the Amazon while Amazon hired.'), ['LOC:Amazon', 'ORG:Amazon']);
  });

  it('takes a name after "the city of" as a place', () => {
    assert.ok(has('Rescuers reached the town of San Rafael Norte overnight.', 'GPE:San Rafael Norte'));
  });

  it('links the first word of an organisation name to the organisation', () => {
    const m = find('Analysts at Brightwater Securities agreed. Brightwater expects more.');
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}:${e.id}`), ['ORG:Brightwater Securities:brightwater-securities', 'ORG:Brightwater:brightwater-securities']);
  });

  it('takes the listed name after a lower-case prefix ("pro-Russian", "post-Soviet")', () => {
    const text = 'Pro-Western and pro-Russian voters in post-Soviet states disagreed.';
    const m = find(text);
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}`), ['NORP:Russian', 'NORP:Soviet']);
    for (const e of m) assert.strictEqual(text.slice(e.start, e.end), e.text);
  });

  it('takes a news outlet from "a X report" and "told X", unless X is a surname of the article', () => {
    assert.deepStrictEqual(show('According to a Lorvik report, and as Dan Mercer told Kestrel, prices rose.'), ['ORG:Lorvik', 'PERSON:Dan Mercer', 'ORG:Kestrel']);
    assert.ok(has('Coach Ana Kestrel spoke, then the mayor told Kestrel to sit.', 'PERSON:Kestrel'));
  });

  it('takes the members of a list of companies as organisations', () => {
    assert.deepStrictEqual(show('Startups such as Velto Brio and Quanta Nero raised money.'), ['ORG:Velto Brio', 'ORG:Quanta Nero']);
  });

  it('does not take a party-state label as an organisation', () => {
    assert.deepStrictEqual(show('Sen. Lisa Gray, D-N.Y., objected.').filter((e) => e.startsWith('ORG')), []);
  });

  it('takes a lone institution word after a country as an organisation, and a people’s word as part of its name', () => {
    assert.deepStrictEqual(show('The Chilean Navy and the U.S. Army trained.'), ['ORG:Chilean Navy', 'GPE:U.S.', 'ORG:Army']);
  });
});

describe('entities: sentence starts and headlines', () => {
  it('never takes a capitalised function word or adverb as a name', () => {
    assert.deepStrictEqual(show('However, the talks stalled. Meanwhile prices rose. Sources suggest a delay. Intelligence reports disagree.'), []);
  });

  it('does not mark capitalised common words in a title-case headline', () => {
    assert.deepStrictEqual(show('Rail Strike Ends As Unions Accept Pay Deal In Germany\n\nTrains ran again on Monday.'), ['GPE:Germany', 'DATE:Monday']);
  });

  it('finds an unknown two-word name at a sentence start', () => {
    assert.ok(has('Priya Raman scored twice in the final.', 'PERSON:Priya Raman'));
    assert.ok(has('Tomasz Wierzbicki, a local farmer, said the river rose.', 'PERSON:Tomasz Wierzbicki'));
  });

  it('links a surname alone to the full name in the same article (before or after)', () => {
    const m = find('Keller said the plan works. Later, Anna Keller added details. Keller left.');
    const persons = m.filter((e) => e.type === 'PERSON');
    assert.deepStrictEqual(persons.map((e) => e.text), ['Keller', 'Anna Keller', 'Keller']);
    assert.deepStrictEqual(new Set(persons.map((e) => e.id)), new Set(['anna-keller']));
  });

  it('reads "said X" and an appositive as person cues', () => {
    assert.ok(has('“It is over,” said Jonas Brekke.', 'PERSON:Jonas Brekke'));
  });

  it('takes an unknown all-capital acronym as an ORG but not common acronyms', () => {
    assert.deepStrictEqual(show('The OECD raised its GDP forecast, the CEO said.'), ['ORG:OECD']);
  });
});

describe('entities: DATE rules', () => {
  const dates = (text: string): string[] => find(text).filter((e) => e.type === 'DATE').map((e) => e.text);

  it('keeps modifiers and prepositions outside', () => {
    assert.deepStrictEqual(dates('Earlier this week prices fell, and over three years they doubled in the coming decades.'), ['this week', 'three years', 'coming decades']);
    assert.deepStrictEqual(dates('Two years ago the plant closed.'), ['Two years']);
  });

  it('takes month names with day and year, weekdays, years and ISO dates', () => {
    assert.deepStrictEqual(dates('On Tuesday the firm said that on March 3, 2021 and again in 2019 and on 2020-05-01 it paid.'), ['Tuesday', 'March 3, 2021', '2019', '2020-05-01']);
  });

  it('takes durations with a modifier between number and unit', () => {
    assert.deepStrictEqual(dates('Sales fell for 6 Straight Quarters and four consecutive years.'), ['6 Straight Quarters', 'four consecutive years']);
    assert.deepStrictEqual(dates('Prices rose for 5 Straight Months'), ['5 Straight Months']);
  });

  it('excludes bare adverbs and vague phrases', () => {
    assert.deepStrictEqual(dates('Recently the plan changed; soon it will be ready, now and in the past and in recent times.'), []);
  });

  it('does not take "May" the verb or "May" the name as a month, but takes "in May"', () => {
    assert.deepStrictEqual(dates('May we go? Theresa May left in May.'), ['May']);
    assert.strictEqual(find('May we go? Theresa May left in May.').filter((e) => e.type === 'DATE')[0].start, 'May we go? Theresa May left in '.length);
  });

  it('gives DATE ids as normalised surfaces', () => {
    const m = find('This month was hot. In this month before, too.').filter((e) => e.type === 'DATE');
    assert.deepStrictEqual(m.map((e) => e.id), ['date:this-month', 'date:this-month']);
  });
});

describe('entities: boilerplate and date line', () => {
  it('marks mentions inside boilerplate and the date line', () => {
    const text = ' date 2022-03-04 Officials in Peru met.\n\nRead Also: Chile Braces For Storm\nPhoto: Lumen Images';
    const m = find(text);
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}:${e.boilerplate ? 'B' : '-'}`), ['DATE:2022-03-04:B', 'GPE:Peru:-', 'GPE:Chile:B', 'ORG:Lumen Images:B']);
  });
});

describe('entities: knowledge', () => {
  const knowledge = (names: [string, EntityType, string, 'user' | 'corpus'][], rejected: string[] = []): Knowledge => ({
    names: new Map(names.map(([k, type, id, source]) => [k, { type, id, source }])),
    rejected: new Set(rejected),
  });

  it('applies a user decision over the gazetteer', () => {
    const m = find('Jordan scored in the final minute.', { knowledge: knowledge([['jordan', 'PERSON', 'michael-jordan', 'user']]) });
    assert.deepStrictEqual(m.map((e) => `${e.type}:${e.text}:${e.id}:${e.source}`), ['PERSON:Jordan:michael-jordan:user']);
  });

  it('uses corpus knowledge for a word with no other evidence', () => {
    const text = 'Later Brekke went home.';
    assert.deepStrictEqual(show(text), []);
    assert.deepStrictEqual(show(text, { knowledge: knowledge([['brekke', 'PERSON', 'jonas-brekke', 'corpus']]) }), ['PERSON:Brekke']);
  });

  it('drops rejected surfaces everywhere', () => {
    assert.deepStrictEqual(show('Apple and Samsung sued.', { knowledge: knowledge([], ['apple']) }), ['ORG:Samsung']);
  });
});

describe('entities: offsets and determinism', () => {
  const base = 'Officials in Lagos said President Bola Tinubu will visit Ghana in June.';
  const check = (text: string): void => {
    const m = find(text);
    for (const e of m) assert.strictEqual(text.slice(e.start, e.end), e.text);
    assert.deepStrictEqual(m.map((e) => e.text), ['Lagos', 'Bola Tinubu', 'Ghana', 'June']);
  };

  it('keeps offsets exact with CRLF line ends', () => check('Headline\r\n\r\n' + base.replace('said ', 'said\r\n')));
  it('keeps offsets exact after a BOM', () => check('\uFEFF' + base));
  it('keeps offsets exact after emoji (surrogate pairs)', () => check('🔥🔥 ' + base.replace('visit', 'visit 🇬🇭')));
  it('keeps offsets exact with combining marks', () => {
    const text = 'Jose\u0301 Marti\u0301 met officials in Lagos on Monday.';
    const m = find(text);
    for (const e of m) assert.strictEqual(text.slice(e.start, e.end), e.text);
    assert.ok(m.some((e) => e.text === 'Lagos'));
  });

  it('gives the same output for the same text', () => {
    const text = 'Acme Corp said Maria Lopez met Ukrainian officials in Kyiv last week. Lopez left.';
    assert.deepStrictEqual(JSON.stringify(analyzeArticle(text)), JSON.stringify(analyzeArticle(text)));
  });
});

describe('entities: robustness (property)', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fc = require('fast-check') as typeof import('fast-check');
  const pieces = ['Russia', 'U.S.', 'said', 'the', 'Anna Berg', 'in', 'July', '’s', '“', '”', '.', ',', '\n', '\r\n', '\n\n', ' ', '😀', 'e\u0301', '\uFEFF', 'Read Also:', 'Q:', 'FAQ', 'date 2020-01-01', 'Mr.', 'Corp', '&', '-', 'of', 'Bank'];
  it('always returns sorted, flat mentions whose offsets slice to their text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const m = find(text);
        let last = -1;
        for (const e of m) {
          assert.strictEqual(text.slice(e.start, e.end), e.text);
          assert.ok(e.start >= last && e.end > e.start);
          last = e.end;
        }
        assert.deepStrictEqual(find(text), m);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty and odd inputs', () => {
    for (const text of ['', ' ', '\n\n\n', '\uFEFF', '😀😀', '....', '“”', 'A', 'date', 'date 2020-01-01']) assert.doesNotThrow(() => analyzeArticle(text));
  });
});
