import * as assert from 'assert';
import { LinkIndex, DEFAULT_LINK_OPTIONS } from '../../../src/core/corpus/linkIndex';
import { linkUnits, spanFeatures } from '../../../src/core/corpus/linkUnits';
import { linkCorpus } from '../../../src/core/corpus/claimLinks';
import { wordFeature } from '../../../src/core/corpus/textFeatures';
import type { AnalyzedDocument } from '../../../src/core/analysis/analyze';
import type { Claim } from '../../../src/core/analysis/types';
import { fakeAnalyze } from './fakeAnalyzer';

function doc(path: string, text: string, claimAll = true): AnalyzedDocument {
  const analysis = fakeAnalyze(text);
  if (claimAll) {
    for (const s of analysis.sentences) {
      (analysis.claims as Claim[]).push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), speakers: [], polarity: 'assert', attributed: false });
    }
  }
  return { path, text, analysis };
}

const FILLER = [
  'The weather was mild across the region on Tuesday.',
  'Markets closed slightly higher after a quiet session.',
  'Local officials opened a new bridge over the river.',
  'A football match drew a large crowd downtown.',
];

describe('corpus: claim links', () => {
  it('folds inflections, number words and near-synonyms onto one feature', () => {
    assert.strictEqual(wordFeature('negotiations'), wordFeature('negotiating'));
    assert.strictEqual(wordFeature('advancing'), wordFeature('progressing'));
    assert.strictEqual(wordFeature('three'), wordFeature('3'));
    assert.strictEqual(wordFeature('the'), undefined);
  });

  it('keeps decimals and folds general news synonym classes (casualties, displacement, letters)', () => {
    assert.notStrictEqual(wordFeature('1.5'), wordFeature('15'));
    assert.strictEqual(wordFeature('1.5'), 'n:1.5');
    assert.strictEqual(wordFeature('killed'), wordFeature('dead'));
    assert.strictEqual(wordFeature('displaced'), wordFeature('evacuated'));
    assert.strictEqual(wordFeature('letters'), wordFeature('correspondence'));
    assert.notStrictEqual(wordFeature('letters'), wordFeature('weapons'));
  });

  it('skips wholly parenthesised credit lines as link units', () => {
    const d = doc('a.txt', 'Flood waters rose across the southern state overnight.\n(Reporting by Anna Smith; Editing by John Smith)');
    const units = linkUnits(d.path, d.text, d.analysis);
    assert.strictEqual(units.length, 1);
    assert.ok(d.text.slice(units[0].start, units[0].end).startsWith('Flood'));
  });

  it('skips section headings as link units but keeps the headline', () => {
    const d = doc('a.txt', 'Flood waters rise across the southern state\n\nWhat Comes Next For Flood Victims\n\nFlood waters rose across the southern state overnight.');
    const [headline, heading, body] = d.analysis.sentences;
    const regions = { ...d.analysis, sentences: [{ ...headline, region: 'headline' as const }, { ...heading, region: 'heading' as const }, body] };
    const starts = linkUnits(d.path, d.text, regions).map((u) => u.start);
    assert.deepStrictEqual(starts, [headline.start, body.start]);
  });

  it('weighs a shared named entity above a shared word of the same rarity (entityWeight)', () => {
    const score = (entityWeight: number) => {
      // One shared feature on purpose (minSharedFeatures 1): the entity's weight alone is under test.
      const index = new LinkIndex({ ...DEFAULT_LINK_OPTIONS, threshold: 0.0001, entityWeight, minSharedFeatures: 1 });
      const a = doc('a.txt', 'Officials in Belgrade approved the budget plan.');
      const b = doc('b.txt', 'Lawmakers in Belgrade rejected a housing measure.');
      index.setArticle('a.txt', linkUnits('a.txt', a.text, a.analysis));
      index.setArticle('b.txt', linkUnits('b.txt', b.text, b.analysis));
      return index.linksOf(index.unitsOf('a.txt')[0])[0]?.similarity ?? 0;
    };
    assert.ok(score(1) > 0);
    assert.ok(score(2) > score(1), `entityWeight 2 scored ${score(2)}, 1 scored ${score(1)}`);
  });

  it('needs three shared word, number or entity features for a link: two shared words are coincidence', () => {
    const linked = (x: string, y: string, minSharedFeatures = DEFAULT_LINK_OPTIONS.minSharedFeatures) => {
      const index = new LinkIndex({ ...DEFAULT_LINK_OPTIONS, threshold: 0.0001, minSharedFeatures });
      const a = doc('a.txt', x);
      const b = doc('b.txt', y);
      index.setArticle('a.txt', linkUnits('a.txt', a.text, a.analysis));
      index.setArticle('b.txt', linkUnits('b.txt', b.text, b.analysis));
      return index.linksOf(index.unitsOf('a.txt')[0]).length > 0;
    };
    // "rain" and "Thursday" only: a weather line and a strike update are not one fact.
    const twoWords = ['Heavy rain could return by Thursday evening.', 'Union leaders will meet again Thursday despite the rain.'] as const;
    assert.strictEqual(linked(...twoWords), false);
    assert.strictEqual(linked(...twoWords, 1), true, 'the same pair links when one shared feature is enough');
    assert.strictEqual(linked('Heavy rain flooded the harbour district on Thursday.', 'The harbour district flooded after rain on Thursday.'), true);
  });

  it('replaces the words of an entity mention by its identity', () => {
    const d = doc('a.txt', 'Vladimir Putin visited Moscow.');
    d.analysis.entities[0].id = 'putin-id';
    const f = spanFeatures(d.text, d.analysis, 0, d.text.length);
    assert.ok(f.includes('e:putin-id'));
    assert.ok(!f.includes('w:vladimi'));
  });

  it('links paraphrases across articles with a score and leaves unrelated sentences alone', () => {
    const a = doc('a.txt', ['Earlier this month, the Treasury imposed sanctions on three entities tied to arms deals.', ...FILLER].join(' '));
    const b = doc('b.txt', [FILLER[1], 'In response, the Treasury recently imposed sanctions on three entities involved in arms deals.', FILLER[3]].join(' '));
    const c = doc('c.txt', 'A chef opened a restaurant serving noodles. Tourists arrived by ferry.');
    linkCorpus([a, b, c]);
    const first = a.analysis.claims[0];
    assert.strictEqual(first.links!.length, 1);
    const link = first.links![0];
    assert.strictEqual(link.path, 'b.txt');
    assert.ok(b.text.slice(link.start, link.end).startsWith('In response'));
    assert.ok(link.similarity > DEFAULT_LINK_OPTIONS.threshold && link.similarity <= 1);
    for (const claim of c.analysis.claims) assert.deepStrictEqual(claim.links, []);
  });

  it('never links a sentence to its own article', () => {
    const a = doc('a.txt', 'Sanctions were imposed on three entities. Sanctions were imposed on three entities.');
    linkCorpus([a]);
    assert.deepStrictEqual(a.analysis.claims.flatMap((c) => c.links ?? []), []);
  });

  it('links quotes to the same quote elsewhere, verbatim or changed', () => {
    const a = doc('a.txt', '“We intend to develop our relations further,” said Dmitry Peskov.', false);
    const b = doc('b.txt', 'He added: “We intend to develop relations further.”', false);
    linkCorpus([a, b]);
    const l = a.analysis.quotes[0].links!;
    assert.strictEqual(l[0].path, 'b.txt');
    assert.strictEqual(l[0].kind, 'changed');
  });

  it('only scores units that share a not-too-common feature (candidate generation)', () => {
    const index = new LinkIndex({ ...DEFAULT_LINK_OPTIONS, minCandidateDf: 5, commonShare: 0 });
    // 200 articles all mention "government" (common); only two share "submarine" and "harbour".
    for (let i = 0; i < 200; i++) {
      const text = `The government announced plan number ${i} for topic${i} today.`;
      const d = doc(`f${i}.txt`, text);
      index.setArticle(d.path, linkUnits(d.path, d.text, d.analysis));
    }
    const x = doc('x.txt', 'The government moved a submarine into the harbour overnight.');
    const y = doc('y.txt', 'A submarine entered the harbour, the government said.');
    index.setArticle('x.txt', linkUnits('x.txt', x.text, x.analysis));
    index.setArticle('y.txt', linkUnits('y.txt', y.text, y.analysis));
    const links = index.linksOf(index.unitsOf('x.txt')[0]);
    assert.deepStrictEqual(links.map((l) => l.to.path), ['y.txt']);
    assert.ok(index.lastCandidateCount <= 2, `scored ${index.lastCandidateCount} candidates, expected only the rare-feature sharers`);
  });

  it('updates incrementally: a removed or renamed article stops or moves its links', () => {
    const index = new LinkIndex();
    const mk = (p: string, t: string) => { const d = doc(p, t); index.setArticle(p, linkUnits(p, d.text, d.analysis)); };
    mk('a.txt', 'A second delegation of officials held further discussions in the capital.');
    mk('b.txt', 'Later a second delegation of officials held discussions in the capital.');
    const unit = index.unitsOf('a.txt')[0];
    assert.deepStrictEqual(index.linksOf(unit).map((l) => l.to.path), ['b.txt']);
    index.renameArticle('b.txt', 'c.txt');
    assert.deepStrictEqual(index.linksOf(unit).map((l) => l.to.path), ['c.txt']);
    index.removeArticle('c.txt');
    assert.deepStrictEqual(index.linksOf(unit), []);
    assert.strictEqual(index.size, 1);
  });
});
