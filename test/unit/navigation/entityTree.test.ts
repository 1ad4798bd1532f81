import * as assert from 'assert';
import {
  compareArticles,
  entityDescription,
  firstAppearanceRanks,
  groupEntities,
  groupMentionsByArticle,
  mentionAtOffset,
} from '../../../src/core/navigation/entityTree';
import { NO_FILTER, parseFilter } from '../../../src/core/navigation/treeFilter';
import { entity, mention } from './fixtures';

const corpus = [
  entity('vladimir-putin', 'PERSON', 9, 5, ['Putin']),
  entity('sergei-shoigu', 'PERSON', 6, 5, ['Shoigu']),
  entity('kim-jong-un', 'PERSON', 9, 4, ['Kim']),
  entity('russia', 'GPE', 20, 5),
  entity('white-house', 'ORG', 2, 1),
];

describe('navigation: entity tree model', () => {
  it('groups by type in the fixed type order, sorted by mentions then articles', () => {
    const groups = groupEntities(corpus, NO_FILTER, 'mentions');
    assert.deepStrictEqual(groups.map((g) => g.type), ['PERSON', 'ORG', 'GPE']);
    assert.deepStrictEqual(groups[0]!.entities.map((e) => e.id), ['vladimir-putin', 'kim-jong-un', 'sergei-shoigu']);
    assert.strictEqual(groups[0]!.mentionCount, 24);
  });

  it('sorts by name and by first appearance', () => {
    const byName = groupEntities(corpus, NO_FILTER, 'name')[0]!.entities.map((e) => e.name);
    assert.deepStrictEqual(byName, ['Kim Jong Un', 'Sergei Shoigu', 'Vladimir Putin']);
    const ranks = new Map([['sergei-shoigu', 0], ['vladimir-putin', 5]]);
    const byFirst = groupEntities(corpus, NO_FILTER, 'firstAppearance', ranks)[0]!.entities.map((e) => e.id);
    assert.deepStrictEqual(byFirst, ['sergei-shoigu', 'vladimir-putin', 'kim-jong-un']);
  });

  it('filters by alias text and by type, dropping empty groups', () => {
    const groups = groupEntities(corpus, parseFilter('shoigu'), 'mentions');
    assert.deepStrictEqual(groups.map((g) => g.entities.map((e) => e.id)), [['sergei-shoigu']]);
    assert.deepStrictEqual(groupEntities(corpus, parseFilter('@org'), 'mentions').map((g) => g.type), ['ORG']);
    assert.deepStrictEqual(groupEntities(corpus, parseFilter('nobody'), 'mentions'), []);
  });

  it('describes counts with singular and plural', () => {
    assert.strictEqual(entityDescription({ mentionCount: 1, articleCount: 1 }), '1 mention · 1 article');
    assert.strictEqual(entityDescription({ mentionCount: 12, articleCount: 4 }), '12 mentions · 4 articles');
  });

  it('orders articles dated first, then by path', () => {
    const sorted = [
      { path: 'b', date: null },
      { path: 'c', date: '2023-11-07' },
      { path: 'a', date: null },
      { path: 'd', date: '2023-11-06' },
    ].sort(compareArticles);
    assert.deepStrictEqual(sorted.map((a) => a.path), ['d', 'c', 'a', 'b']);
  });

  it('ranks first appearance in corpus order', () => {
    const ranks = firstAppearanceRanks([
      { path: 'late', date: '2023-12-01', entities: [{ id: 'x', start: 0 }] },
      { path: 'early', date: '2023-11-01', entities: [{ id: 'y', start: 50 }, { id: 'x', start: 10 }] },
    ]);
    assert.ok(ranks.get('x')! < ranks.get('y')!);
  });

  it('groups mentions by article in the order given, offsets ascending inside', () => {
    const groups = groupMentionsByArticle([mention('b', 'k', 30), mention('a', 'k', 5), mention('b', 'k', 10)]);
    assert.deepStrictEqual(groups.map((g) => [g.path, g.mentions.map((m) => m.mention.start)]), [['b', [10, 30]], ['a', [5]]]);
  });

  it('finds the innermost mention at an offset, end inclusive', () => {
    const spans = [{ start: 0, end: 20, id: 'outer' }, { start: 5, end: 10, id: 'inner' }];
    assert.strictEqual(mentionAtOffset(spans, 7)!.id, 'inner');
    assert.strictEqual(mentionAtOffset(spans, 10)!.id, 'inner');
    assert.strictEqual(mentionAtOffset(spans, 15)!.id, 'outer');
    assert.strictEqual(mentionAtOffset(spans, 21), undefined);
  });

  it('groups 10,000 entities, each exactly once', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entity(`entity-${i}`, (['PERSON', 'ORG', 'GPE'] as const)[i % 3], i % 17, 1));
    const groups = groupEntities(many, parseFilter('entity'), 'name');
    assert.strictEqual(groups.reduce((n, g) => n + g.entities.length, 0), 10_000);
    assert.strictEqual(new Set(groups.flatMap((g) => g.entities.map((e) => e.id))).size, 10_000);
  });
});
