import * as assert from 'assert';
import { LinkIndex, DEFAULT_LINK_OPTIONS } from '../../../src/core/corpus/linkIndex';
import type { LinkUnit } from '../../../src/core/corpus/linkUnits';

/** A unit with made-up features: f<k> words shared by design, plus its own ("x<path><i>"). */
function unit(path: string, start: number, shared: number[], own = 3): LinkUnit {
  const features = shared.map((k) => `w:f${k}`);
  for (let i = 0; i < own; i++) features.push(`w:x${path}${start}-${i}`);
  return { path, start, end: start + 10, features };
}

function articleUnits(path: string, seed: number): LinkUnit[] {
  const units: LinkUnit[] = [];
  for (let i = 0; i < 6; i++) units.push(unit(path, i * 20, [(seed + i) % 9, (seed * 3 + i) % 9, (seed + 2 * i) % 9, 9 + (i % 2)]));
  return units;
}

const options = { ...DEFAULT_LINK_OPTIONS, minCandidateDf: 1000, threshold: 0.05, perArticle: 3 };
const summary = (index: LinkIndex, u: LinkUnit) => index.linksOf(u).map((l) => `${l.to.path}@${l.to.start}:${l.similarity.toFixed(6)}`);

describe('corpus: link index storage', () => {
  it('answers after many removals (postings compacted) exactly as an index built from the survivors', () => {
    const churned = new LinkIndex(options);
    for (let a = 0; a < 60; a++) churned.setArticle(`a${a}`, articleUnits(`a${a}`, a));
    // Remove most articles (compaction runs once dead postings outnumber live ones), then re-add a few edited.
    for (let a = 0; a < 50; a++) churned.removeArticle(`a${a}`);
    for (let a = 0; a < 5; a++) churned.setArticle(`a${a}`, articleUnits(`a${a}`, a + 100));
    churned.renameArticle('a55', 'moved');

    const fresh = new LinkIndex(options);
    for (let a = 50; a < 60; a++) if (a !== 55) fresh.setArticle(`a${a}`, articleUnits(`a${a}`, a));
    for (let a = 0; a < 5; a++) fresh.setArticle(`a${a}`, articleUnits(`a${a}`, a + 100));
    fresh.setArticle('moved', articleUnits('a55', 55).map((u) => ({ ...u, path: 'moved' })));

    assert.strictEqual(churned.size, fresh.size);
    let compared = 0;
    for (const path of ['a0', 'a3', 'a51', 'a59', 'moved']) {
      assert.deepStrictEqual(churned.unitsOf(path), fresh.unitsOf(path), path);
      for (const u of fresh.unitsOf(path)) {
        const got = summary(churned, u);
        assert.deepStrictEqual(got, summary(fresh, u), `${path}@${u.start}`);
        compared += got.length;
      }
    }
    assert.ok(compared > 20, `expected links to compare, got ${compared}`);
    assert.deepStrictEqual(churned.unitsOf('a55'), [], 'a renamed article is gone under its old path');
    assert.deepStrictEqual(churned.unitsOf('a10'), [], 'a removed article has no units');
  });

  it('never links a unit to its own article or to a removed one', () => {
    const index = new LinkIndex(options);
    index.setArticle('one', [unit('one', 0, [1, 2, 3]), unit('one', 20, [1, 2, 3])]);
    index.setArticle('two', [unit('two', 0, [1, 2, 3])]);
    index.setArticle('three', [unit('three', 0, [1, 2, 3])]);
    const query = unit('one', 0, [1, 2, 3]);
    assert.deepStrictEqual(index.linksOf(query).map((l) => l.to.path).sort(), ['three', 'two']);
    index.removeArticle('three');
    assert.deepStrictEqual(index.linksOf(query).map((l) => l.to.path), ['two']);
    assert.strictEqual(index.unitAt('two', 5)?.start, 0);
    assert.strictEqual(index.unitAt('three', 5), undefined);
  });
});
