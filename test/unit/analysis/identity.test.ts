import * as assert from 'assert';
import { analyzeArticle, analyzeCorpus } from '../../../src/core/analysis/analyze';
import { acronymsOf, buildEntityIndex, corpusKnowledge, crossArticleShortForms, englishNameOf, unifyIdentities } from '../../../src/core/analysis/identity';
import type { ArticleAnalysis, EntityMention } from '../../../src/core/analysis/types';

const ids = (a: ArticleAnalysis, type?: string): string[] => a.entities.filter((e) => !type || e.type === type).map((e) => `${e.text}=${e.id}`);
const mention = (text: string, type: EntityMention['type'], id: string, start = 0): EntityMention => ({ start, end: start + text.length, text, type, id });

describe('identity: within one article', () => {
  it('gives one id to the full name and the surname alone, after a title too', () => {
    const a = analyzeArticle('Coach Elena Varga arrived. Varga smiled, and Coach Varga left.');
    assert.deepStrictEqual(ids(a, 'PERSON'), ['Elena Varga=elena-varga', 'Varga=elena-varga', 'Varga=elena-varga']);
  });

  it('links a family name written first ("Moon" -> "Moon Jae-in")', () => {
    const a = analyzeArticle('President Moon Jae-in spoke. Later Moon met farmers.');
    assert.deepStrictEqual(ids(a, 'PERSON'), ['Moon Jae-in=moon-jae-in', 'Moon=moon-jae-in']);
  });

  it('does not link a common word opening a sentence to a given name ("Bill the client"), but links a common surname', () => {
    const a = analyzeArticle('Bill Tanner spoke first. Bill the client later. Analyst Gordon Brown agreed. Brown said yes.');
    assert.deepStrictEqual(ids(a, 'PERSON'), ['Bill Tanner=bill-tanner', 'Gordon Brown=gordon-brown', 'Brown=gordon-brown']);
  });

  it('does not link a surname shared by two people in the article', () => {
    const a = analyzeArticle('Anna Berg and Lars Berg met. Later Berg spoke.');
    const persons = a.entities.filter((e) => e.type === 'PERSON');
    assert.deepStrictEqual(persons.map((e) => e.text), ['Anna Berg', 'Lars Berg']);
  });

  it('gives the country aliases one id ("US", "U.S.", "United States", "America")', () => {
    const a = analyzeArticle('The United States and the U.S. Navy, US officials and America agreed.');
    assert.deepStrictEqual(a.entities.map((e) => `${e.type}:${e.text}:${e.id}`), [
      'GPE:United States:united-states',
      'GPE:U.S.:united-states',
      'ORG:Navy:navy',
      'GPE:US:united-states',
      'GPE:America:united-states',
    ]);
  });

  it('links "DPRK"/"North Korea", "UK"/"Britain", "Security Council"/"U.N. Security Council"', () => {
    const a = analyzeArticle('The DPRK and North Korea; the UK and Britain; the U.N. Security Council and the Security Council met.');
    assert.deepStrictEqual(
      a.entities.map((e) => e.id),
      ['north-korea', 'north-korea', 'united-kingdom', 'united-kingdom', 'un-security-council', 'un-security-council'],
    );
  });

  it('keeps a demonym apart from its country but related to it', () => {
    const a = analyzeArticle('Polish farmers protested in Poland.');
    assert.deepStrictEqual(ids(a), ['Polish=polish', 'Poland=poland']);
    assert.deepStrictEqual(a.entityIndex['polish'].related, ['poland']);
    assert.deepStrictEqual(a.entityIndex['poland'].related, ['polish']);
  });
});

describe('identity: entity index', () => {
  it('has one row per id, the longest well-formed name and aliases best first', () => {
    const index = buildEntityIndex([
      mention('US', 'GPE', 'united-states'),
      mention('United States', 'GPE', 'united-states', 10),
      mention('U.S.', 'GPE', 'united-states', 30),
      mention('Varga', 'PERSON', 'elena-varga', 40),
      mention('Elena Varga', 'PERSON', 'elena-varga', 50),
    ]);
    assert.deepStrictEqual(Object.keys(index).sort(), ['elena-varga', 'united-states']);
    assert.strictEqual(index['united-states'].name, 'United States');
    assert.strictEqual(index['united-states'].aliases[0], 'United States');
    assert.strictEqual(index['elena-varga'].name, 'Elena Varga');
    assert.deepStrictEqual(index['elena-varga'].aliases, ['Elena Varga', 'Varga']);
  });
});

describe('identity: entity index order', () => {
  it('orders aliases by words, length and capitals, ties in code-unit order, and keeps ids in first-seen order', () => {
    const index = buildEntityIndex([
      mention('NATO', 'ORG', 'nato'),
      mention('Nato', 'ORG', 'nato', 10),
      mention('Kim', 'PERSON', 'kim-jong-un', 20),
      mention('Kim Jong Un', 'PERSON', 'kim-jong-un', 30),
      mention('Kim  Jong-un', 'PERSON', 'kim-jong-un', 45),
      mention('2024', 'DATE', '2024', 60),
      mention('Abba', 'ORG', 'nato', 70),
    ]);
    // Integer-like keys first (as for any object), then the others as first seen.
    assert.deepStrictEqual(Object.keys(index), ['2024', 'nato', 'kim-jong-un']);
    // "Nato" and "Abba": same length and words, in code-unit order; the all-capital "NATO" after them.
    assert.deepStrictEqual(index.nato.aliases, ['Abba', 'Nato', 'NATO']);
    assert.deepStrictEqual(index['kim-jong-un'].aliases, ['Kim Jong Un', 'Kim  Jong-un', 'Kim']);
    assert.strictEqual(Object.getPrototypeOf(index), Object.prototype);
  });
});

describe('identity: across articles', () => {
  it('links a surname alone in one article to the unique full name in another', () => {
    const a = analyzeArticle('Later, Okonjo spoke to reporters. Okonjo said little.');
    const b = analyzeArticle('Finance minister Ngozi Okonjo arrived in Abuja.');
    const okonjoA = a.entities.filter((e) => e.text === 'Okonjo');
    // no evidence in article a alone is fine; corpus analysis must find and link it
    const docs = analyzeCorpus([
      { path: 'a.txt', text: 'Later, Okonjo spoke to reporters. Okonjo said little.' },
      { path: 'b.txt', text: 'Finance minister Ngozi Okonjo arrived in Abuja.' },
    ]);
    assert.ok(okonjoA.length <= 2);
    assert.deepStrictEqual(ids(docs[0].analysis, 'PERSON'), ['Okonjo=ngozi-okonjo', 'Okonjo=ngozi-okonjo']);
    assert.deepStrictEqual(ids(docs[1].analysis, 'PERSON'), ['Ngozi Okonjo=ngozi-okonjo']);
    assert.ok(b.entities.some((e) => e.text === 'Ngozi Okonjo'));
  });

  it('rewrites entity ids, the entity index, quote speakers and claim speakers', () => {
    const a = analyzeArticle('Coach Varga said the team was ready.');
    const b = analyzeArticle('Coach Elena Varga spoke in Budapest.');
    const varga = a.entities.find((e) => e.text === 'Varga');
    assert.ok(varga, 'a surname after a title is a person');
    const oldId = varga!.id;
    a.quotes.push({ start: 0, end: 1, text: 'x', markStart: 0, markEnd: 1, kind: 'full', speaker: { id: oldId, name: 'Varga', via: 'name' } });
    a.claims.push({ start: 0, end: 1, text: 'x', speakers: [oldId, 'other'], polarity: 'assert', attributed: true });
    unifyIdentities([a, b]);
    assert.strictEqual(varga!.id, 'elena-varga');
    assert.ok(a.entityIndex['elena-varga']);
    assert.strictEqual(a.entityIndex[oldId], undefined);
    assert.strictEqual(a.quotes[a.quotes.length - 1].speaker!.id, 'elena-varga');
    assert.deepStrictEqual(a.claims[a.claims.length - 1].speakers, ['elena-varga', 'other']);
  });

  it('does not link a surname shared by two full names in the corpus', () => {
    const docs = analyzeCorpus([
      { path: 'a.txt', text: 'Anna Berg won.' },
      { path: 'b.txt', text: 'Lars Berg lost.' },
      { path: 'c.txt', text: 'Berg said it was close.' },
    ]);
    const berg = docs[2].analysis.entities.find((e) => e.text === 'Berg');
    assert.ok(!berg || (berg.id !== 'anna-berg' && berg.id !== 'lars-berg'));
  });

  it('builds corpus knowledge from typed names and unique short forms, user decisions winning', () => {
    const a = analyzeArticle('Coach Elena Varga spoke in Budapest.');
    const k = corpusKnowledge([a], { names: new Map([['budapest', { type: 'ORG', id: 'budapest-fc', source: 'user' }]]), rejected: new Set() });
    assert.deepStrictEqual(k.names.get('varga'), { type: 'PERSON', id: 'elena-varga', source: 'corpus' });
    assert.deepStrictEqual(k.names.get('budapest'), { type: 'ORG', id: 'budapest-fc', source: 'user' });
  });

  it('does not link a given name alone to a full name in another article, but links the surname', () => {
    const analysis = (entities: EntityMention[]): ArticleAnalysis => ({ length: 100, date: null, headline: null, regions: [], sentences: [], entities, quotes: [], claims: [], entityIndex: buildEntityIndex(entities) });
    const a = analysis([mention('Mirela', 'PERSON', 'mirela'), mention('Dobre', 'PERSON', 'dobre', 20)]);
    const b = analysis([mention('Mirela Dobre', 'PERSON', 'mirela-dobre')]);
    unifyIdentities([a, b]);
    assert.deepStrictEqual(ids(a), ['Mirela=mirela', 'Dobre=mirela-dobre']);
    const k = corpusKnowledge([b]);
    assert.strictEqual(k.names.get('mirela'), undefined, 'a given name is no corpus short form');
    assert.strictEqual(k.names.get('dobre')!.id, 'mirela-dobre');
  });

  it('keeps a middle name that is used alone as a cross-article short form ("Lula")', () => {
    assert.deepStrictEqual(crossArticleShortForms(['luiz', 'inácio', 'lula', 'silva']), ['inácio', 'lula', 'silva']);
    assert.deepStrictEqual(crossArticleShortForms(['putin']), ['putin']);
  });

  it('spells acronyms from the capitalised words of a name, function words skipped, Ex- as X', () => {
    assert.deepStrictEqual(acronymsOf('National Aeronautics and Space Administration'), ['NASA']);
    assert.deepStrictEqual(acronymsOf('Nordic Space Exploration Office'), ['NSEO', 'NSXO']);
    assert.deepStrictEqual(acronymsOf('Instituto Nacional de Estadísticas'), ['INE']);
    assert.deepStrictEqual(acronymsOf('Harbour'), [], 'one word spells no acronym');
  });

  it('gives an acronym the id of the name it was bracketed after, in any article order, or of the one name it spells', () => {
    const analysis = (entities: EntityMention[]): ArticleAnalysis => ({ length: 100, date: null, headline: null, regions: [], sentences: [], entities, quotes: [], claims: [], entityIndex: buildEntityIndex(entities) });
    // the acronym seen first without its name; then bracketed after a name whose initials it does not spell
    const a = analysis([mention('ONSV', 'ORG', 'onsv'), mention('NSEO', 'ORG', 'nseo', 10), mention('NSXO', 'ORG', 'nsxo', 20), mention('ABC', 'ORG', 'abc', 30)]);
    const b = analysis([mention('Road Safety Observatory', 'ORG', 'road-safety-observatory'), mention('ONSV', 'ORG', 'road-safety-observatory', 30)]);
    const c = analysis([mention('Nordic Space Exploration Office', 'ORG', 'nordic-space-exploration-office'), mention('Alpha Beta Council', 'ORG', 'alpha-beta-council', 40), mention('Alpha Beta Committee', 'ORG', 'alpha-beta-committee', 60)]);
    unifyIdentities([a, b, c]);
    assert.deepStrictEqual(ids(a), [
      'ONSV=road-safety-observatory',
      'NSEO=nordic-space-exploration-office',
      'NSXO=nordic-space-exploration-office',
      'ABC=abc', // two names spell it: no guess
    ]);
    assert.ok(a.entityIndex['road-safety-observatory'] && !a.entityIndex['onsv']);
  });

  it('reads a Spanish, Portuguese or French institution name in English', () => {
    assert.strictEqual(englishNameOf('Banco Nacional de Costa Rica'), 'national bank of costa rica');
    assert.strictEqual(englishNameOf('Partido Verde'), 'green party');
    assert.strictEqual(englishNameOf('Conseil Constitutionnel'), 'constitutional council');
    assert.strictEqual(englishNameOf('Partido Azul'), null, 'an unknown adjective: no reading');
    assert.strictEqual(englishNameOf('Harbour Authority'), null);
  });

  it('gives a foreign institution name the id of its English name in the corpus', () => {
    const analysis = (entities: EntityMention[]): ArticleAnalysis => ({ length: 100, date: null, headline: null, regions: [], sentences: [], entities, quotes: [], claims: [], entityIndex: buildEntityIndex(entities) });
    const a = analysis([mention('Partido Verde', 'ORG', 'partido-verde'), mention('Frente Nacional', 'ORG', 'frente-nacional', 20)]);
    const b = analysis([mention('the Green Party', 'ORG', 'green-party'), mention('National Front', 'ORG', 'national-front-a', 30)]);
    const c = analysis([mention('National Front', 'ORG', 'national-front-b')]);
    unifyIdentities([a, b, c]);
    assert.deepStrictEqual(ids(a), ['Partido Verde=green-party', 'Frente Nacional=frente-nacional'], 'two English bodies of that name: no guess');
  });

  it('is deterministic over a corpus', () => {
    const docs = [
      { path: 'a.txt', text: 'Putin met Xi in Moscow.' },
      { path: 'b.txt', text: 'Vladimir Putin and Xi Jinping signed deals.' },
    ];
    const one = JSON.stringify(analyzeCorpus(docs).map((d) => d.analysis.entities));
    const two = JSON.stringify(analyzeCorpus(docs).map((d) => d.analysis.entities));
    assert.strictEqual(one, two);
    assert.ok(one.includes('"id":"vladimir-putin"') && !one.includes('"id":"putin"'));
  });
});

describe('identity across articles: company words and short names (held-out 118)', () => {
  it('joins organisations whose names differ only in a company word at the end', () => {
    const docs = analyzeCorpus([
      { path: 'a.txt', text: 'Headline\n\nThe outage was blamed on Kestrel Grid Co on Monday.' },
      { path: 'b.txt', text: 'Headline\n\nKestrel Grid Company restored supply to all customers.' },
    ]);
    const orgIds = docs.map((d) => d.analysis.entities.find((e) => e.text.startsWith('Kestrel'))?.id);
    assert.strictEqual(orgIds[0], orgIds[1]);
  });

  it('gives a one-word name an article defines for a company that company’s id in the other articles', () => {
    const docs = analyzeCorpus([
      { path: 'a.txt', text: 'Headline\n\nKestrel Grid Company ("Kestrelco" or the "Company") restored supply today.' },
      { path: 'b.txt', text: 'Headline\n\nA spokesman for Kestrelco said crews were at work. Kestrelco apologised.' },
    ]);
    const full = docs[0].analysis.entities.find((e) => e.text === 'Kestrel Grid Company')?.id;
    const short = docs[1].analysis.entities.filter((e) => e.text === 'Kestrelco').map((e) => e.id);
    assert.ok(full && short.length > 0 && short.every((id) => id === full), `${full} ${short.join(' ')}`);
  });
});
