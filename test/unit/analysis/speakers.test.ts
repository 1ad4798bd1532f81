import * as assert from 'assert';
import { pairs, run, type NameSpec } from './quotesHelpers';

const speakerOf = (text: string, names: NameSpec[]) => pairs(run(text, names)).map(([, id]) => id);

describe('attributeSpeakers', () => {
  it('"X said" after the quote', () => {
    assert.deepStrictEqual(speakerOf('“We will appeal,” Maria Lopez said.', [['Maria Lopez', 'PERSON', 'maria-lopez']]), ['maria-lopez']);
  });

  it('"said X" with a title before the name, and the name (not the title organisation) wins', () => {
    const r = run('“Relations are good,” said Kremlin spokesperson Dmitry Peskov.', [['Kremlin', 'ORG'], ['Dmitry Peskov', 'PERSON', 'dmitry-peskov']]);
    const s = r.quotes[0].speaker!;
    assert.strictEqual(s.id, 'dmitry-peskov');
    assert.strictEqual(s.name, 'Dmitry Peskov');
    assert.strictEqual(s.via, 'name');
    assert.strictEqual(r.quotes[0].text.length > 0, true);
  });

  it('"X says" in the present tense and "X told CNN:" before the quote, with the channel', () => {
    assert.deepStrictEqual(speakerOf('Ravi Patel says: “Prices will fall.”', [['Ravi Patel', 'PERSON']]), ['ravi-patel']);
    const r = run('Ravi Patel told CNN: “Prices will fall next year.”', [['Ravi Patel', 'PERSON'], ['CNN', 'ORG']]);
    assert.strictEqual(r.quotes[0].speaker?.id, 'ravi-patel');
    assert.strictEqual(r.quotes[0].channel, 'CNN');
  });

  it('"X, title of Y, said" takes the name, not the organisation in the appositive', () => {
    const text = '“We remain concerned,” Jane Roe, National Water Council communications director said to CNN.';
    const r = run(text, [['Jane Roe', 'PERSON'], ['National Water Council', 'ORG'], ['CNN', 'ORG']]);
    assert.strictEqual(r.quotes[0].speaker?.id, 'jane-roe');
    assert.strictEqual(r.quotes[0].channel, 'CNN');
    const text2 = 'Ana Cruz, Chile’s ambassador to the United Nations, described the vote as “shameful” to CNN.';
    assert.deepStrictEqual(speakerOf(text2, [['Ana Cruz', 'PERSON'], ['Chile', 'GPE'], ['United Nations', 'ORG'], ['CNN', 'ORG']]), ['ana-cruz']);
  });

  it('"according to X" gives the speaker; "according to a Reuters report" only the channel', () => {
    assert.deepStrictEqual(speakerOf('According to Tom Berg, “the plant is safe.”', [['Tom Berg', 'PERSON']]), ['tom-berg']);
    const text = 'While the ministry stayed silent, the Interior Ministry acknowledged that “talks are under way,” according to a Reuters report.';
    const r = run(text, [['Interior Ministry', 'ORG'], ['Reuters', 'ORG']]);
    assert.strictEqual(r.quotes[0].speaker?.id, 'interior-ministry');
    assert.strictEqual(r.quotes[0].channel, 'Reuters');
  });

  it('a pronoun refers back: "it" to an organisation, "she" to a person', () => {
    const text = 'While Acme Corp did not confirm the merger with Zeta Ltd, it acknowledged that “contacts are being made,” according to a Reuters report.';
    const r = run(text, [['Acme Corp', 'ORG', 'acme'], ['Zeta Ltd', 'ORG', 'zeta'], ['Reuters', 'ORG']]);
    // The subject of the clause before "it", not the nearer object of "with".
    assert.strictEqual(r.quotes[0].speaker?.id, 'acme');
    assert.strictEqual(r.quotes[0].speaker?.via, 'pronoun');
    const text2 = 'Mayor Ellen Park visited the site on Monday. “We will rebuild,” she said.';
    const r2 = run(text2, [['Ellen Park', 'PERSON', 'ellen-park']]);
    assert.strictEqual(r2.quotes[0].speaker?.id, 'ellen-park');
    assert.strictEqual(r2.quotes[0].speaker?.via, 'pronoun');
    assert.deepStrictEqual([r2.quotes[0].speaker?.start, r2.quotes[0].speaker?.end], [6, 16]);
  });

  it('a nominal refers back to the person introduced with that role', () => {
    const text = 'Sam Ortiz met reporters with the company spokeswoman, Lin Wu. “We did nothing wrong,” the spokeswoman said.';
    const r = run(text, [['Sam Ortiz', 'PERSON'], ['Lin Wu', 'PERSON']]);
    assert.strictEqual(r.quotes[0].speaker?.id, 'lin-wu');
    assert.strictEqual(r.quotes[0].speaker?.via, 'nominal');
    const text2 = 'The Health Ministry issued new rules. “They take effect today,” the ministry said.';
    assert.deepStrictEqual(speakerOf(text2, [['Health Ministry', 'ORG']]), ['health-ministry']);
  });

  it('a quote-only paragraph continues the previous speaker', () => {
    const text = '“We lost everything,” said Omar Haddad.\n\n“Now we start again.”\n\nThe river rose again on Friday.';
    assert.deepStrictEqual(speakerOf(text, [['Omar Haddad', 'PERSON']]), ['omar-haddad', 'omar-haddad']);
  });

  it('a split quote has the same speaker on both halves', () => {
    const text = '“I think,” Lee Chan said, “that we will win.”';
    assert.deepStrictEqual(speakerOf(text, [['Lee Chan', 'PERSON']]), ['lee-chan', 'lee-chan']);
  });

  it('an attribution ending the previous paragraph with a colon', () => {
    const text = 'In a statement, Nora Blake added:\n\n“The decision is final.”';
    assert.deepStrictEqual(speakerOf(text, [['Nora Blake', 'PERSON']]), ['nora-blake']);
  });

  it('"X of Y said" attributes to the person, not the place', () => {
    assert.deepStrictEqual(speakerOf('Sen. Ann Gray of Ohio called the bill “a disgrace.”', [['Ann Gray', 'PERSON'], ['Ohio', 'GPE']]), ['ann-gray']);
  });

  it('a scare quote gets no speaker; a passive "it is believed" is no attribution', () => {
    assert.deepStrictEqual(speakerOf('Ann Gray left. The firm’s “innovative” plan failed.', [['Ann Gray', 'PERSON']]), [null]);
  });

  it('finds the name even when the entity list misses it', () => {
    assert.deepStrictEqual(speakerOf('“We are ready,” said Ingrid Solberg, the coach.', []), ['ingrid-solberg']);
  });

  it('a pronoun falls back to a name of unknown type when no typed name fits', () => {
    const text = '“The economy is strong,” Powell said.\n\nHe added: “We are not there yet.”';
    assert.deepStrictEqual(speakerOf(text, []), ['powell', 'powell']);
  });

  it('an organisation nominal resolves through an earlier "The company …" sentence', () => {
    const text = 'Vela Energy cut its forecast. The company apologised. In a statement, it said: “We are sorry.”';
    assert.deepStrictEqual(speakerOf(text, [['Vela Energy', 'ORG', 'vela']]), ['vela']);
  });

  it('unnamed sources ("one resident said") are not given to a name in the quote', () => {
    const r = run('“Paris is lovely,” said one resident.', [['Paris', 'GPE']]);
    assert.strictEqual(r.quotes[0].speaker, null);
  });

  it('a body or spokesperson of a named organisation speaks for it, unless a person is named in apposition', () => {
    assert.deepStrictEqual(speakerOf('“We reject this,” Russia’s foreign ministry said.', [['Russia', 'GPE']]), ['russia']);
    assert.deepStrictEqual(speakerOf('“No comment,” a spokesman for Amazon said.', [['Amazon', 'ORG']]), ['amazon']);
    const text = '“Fine,” said a spokesman for the Pentagon, Maj. Pete Nguyen.';
    assert.deepStrictEqual(speakerOf(text, [['Pentagon', 'ORG'], ['Pete Nguyen', 'PERSON']]), ['pete-nguyen']);
    const text2 = 'The Kremlin’s spokesman, Dmitry Peskov, said: “No.”';
    assert.deepStrictEqual(speakerOf(text2, [['Kremlin', 'ORG'], ['Dmitry Peskov', 'PERSON']]), ['dmitry-peskov']);
  });

  it('a pull quote signed with a dash', () => {
    assert.deepStrictEqual(speakerOf('Intro.\n\n“Leadership is a choice.” — Ada Brook', [['Ada Brook', 'PERSON']]), ['ada-brook']);
  });

  it('keeps speaker offsets exact with CRLF, BOM and emoji before the name', () => {
    const text = '\ufeff😀 Intro line.\r\n\r\n“Fine 😀 by me,” said Ana Ruiz.\r\n';
    const r = run(text, [['Ana Ruiz', 'PERSON']]);
    const s = r.quotes[0].speaker!;
    assert.strictEqual(text.slice(s.start!, s.end!), 'Ana Ruiz');
  });

  it('gives every paragraph of a quotation the speaker named in any of its parts', () => {
    const text = 'The council met late on Tuesday.\n\n“We built this town from nothing.\n\n“We will rebuild it again,” said Tom Reed.\n\nThe vote passed.';
    assert.deepStrictEqual(pairs(run(text, [['Tom Reed', 'PERSON']])), [
      ['We built this town from nothing.', 'tom-reed'],
      ['We will rebuild it again,', 'tom-reed'],
    ]);
  });

  it('a verb coordinated after "but"/"and" shares the subject of the first verb', () => {
    const text = 'Harbor Trust chair Nadia Berg toured the flooded docks with engineers on Friday, but said the repairs would “take a very long time”.';
    assert.deepStrictEqual(speakerOf(text, [['Harbor Trust', 'ORG'], ['Nadia Berg', 'PERSON']]), ['nadia-berg']);
    const text2 = 'Club president Ines Duarte admitted the board had not wanted to sell, but said the bid “changes everything” for them.';
    assert.deepStrictEqual(speakerOf(text2, [['Ines Duarte', 'PERSON']]), ['ines-duarte']);
  });

  it('"she said" goes back through an earlier "She …" subject, past a man named as an object', () => {
    const text =
      'Defence lawyer Amara Osei said her client was innocent.\n\n' +
      'She added that the court should free Kofi Mensah on bail. “He has waited six months for a hearing,” she said.';
    const r = run(text, [['Amara Osei', 'PERSON'], ['Kofi Mensah', 'PERSON']]);
    assert.strictEqual(r.quotes[0].speaker?.id, 'amara-osei');
    assert.strictEqual(r.quotes[0].speaker?.via, 'pronoun');
    // The object of a verb ("to free Ade Bello") is passed over for the subject after it.
    const text2 = 'After the judge refused to free Ade Bello, defence lawyer Chidi Eze walked out. “It is unjust,” she said.';
    assert.deepStrictEqual(speakerOf(text2, [['Ade Bello', 'PERSON'], ['Chidi Eze', 'PERSON']]), ['chidi-eze']);
  });

  it('a pronoun skips names whose gender disagrees (given name or honorific); unknown fits both', () => {
    const text = 'The award went to Daniel Park and Maria Lopez. “I am proud of the whole team,” she said.';
    assert.deepStrictEqual(speakerOf(text, [['Daniel Park', 'PERSON'], ['Maria Lopez', 'PERSON']]), ['maria-lopez']);
    const text2 = 'Mr Tunde Bello thanked Adaeze Okoro on Monday. “We worked hard for this,” she said.';
    assert.deepStrictEqual(speakerOf(text2, [['Tunde Bello', 'PERSON'], ['Adaeze Okoro', 'PERSON']]), ['adaeze-okoro']);
    const text3 = 'Tunde Bello thanked the volunteers on Monday. “We worked hard for this,” she said.';
    assert.deepStrictEqual(speakerOf(text3, [['Tunde Bello', 'PERSON']]), ['tunde-bello']);
  });

  it('a pronoun skips the person the quotation itself talks about', () => {
    const text = 'Emeka Nwosu sat in the dock beside his lawyer, Chioma Obi. “Nwosu has done nothing wrong,” she said.';
    assert.deepStrictEqual(speakerOf(text, [['Emeka Nwosu', 'PERSON'], ['Nwosu', 'PERSON', 'emeka-nwosu'], ['Chioma Obi', 'PERSON']]), ['chioma-obi']);
  });

  it('no speech cue near the quote: no speaker, not the person merely mentioned before it', () => {
    const text = 'Leo Hart joined the club on Monday.\n\nHart is expected to bring “a different kind of pace” to the attack.';
    assert.deepStrictEqual(speakerOf(text, [['Leo Hart', 'PERSON', 'leo-hart'], ['Hart', 'PERSON', 'leo-hart']]), [null]);
    const text2 = 'Rescuers reached Santa Rita on Friday.\n\nOfficials have described the storm as “the worst in living memory”, and schools stay shut.';
    assert.deepStrictEqual(speakerOf(text2, [['Santa Rita', 'GPE']]), [null]);
  });

  it('"they"/"it" never go back to a place, a dateline or a name after "in"; a state that spoke does', () => {
    const text = 'LISBON, Portugal — Talks in Lisbon stalled after poorer nations rejected a text that they said offered “nothing new” on money.';
    assert.deepStrictEqual(speakerOf(text, [['LISBON', 'GPE', 'lisbon'], ['Lisbon', 'ORG', 'lisbon'], ['Portugal', 'GPE']]), [null]);
    const text2 = 'Brazil said on Monday that the talks had stalled. “We will not sign this text,” it said.';
    assert.deepStrictEqual(speakerOf(text2, [['Brazil', 'GPE']]), ['brazil']);
  });

  it('"the 45-year-old said" and sports roles ("the striker said") refer back to the person named before', () => {
    assert.deepStrictEqual(speakerOf('Jane Okafor was arrested in May. “I did nothing wrong,” the 45-year-old said.', [['Jane Okafor', 'PERSON']]), ['jane-okafor']);
    assert.deepStrictEqual(speakerOf('Rovers signed Leo Hart. “I am delighted,” the striker said.', [['Leo Hart', 'PERSON'], ['Rovers', 'ORG']]), ['leo-hart']);
  });
});
