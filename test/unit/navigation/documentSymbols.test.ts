import * as assert from 'assert';
import type { EntityMention, Quote } from '../../../src/core/analysis/types';
import { documentSymbolTree } from '../../../src/core/navigation/documentSymbols';

const m = (start: number, text: string, type: EntityMention['type'], id: string): EntityMention => ({ start, end: start + text.length, text, type, id });

describe('navigation: document symbols', () => {
  const quote: Quote = { start: 61, end: 80, markStart: 60, markEnd: 81, text: 'we will win the war', kind: 'full', speaker: { id: 'sergei-shoigu', name: 'Sergei Shoigu', via: 'name' } };
  const analysis = {
    entities: [m(40, 'Shoigu', 'PERSON', 'sergei-shoigu'), m(0, 'Russia', 'GPE', 'russia'), m(10, 'Sergei Shoigu', 'PERSON', 'sergei-shoigu'), m(30, 'Kim', 'PERSON', 'kim-jong-un')],
    quotes: [quote],
    entityIndex: { 'kim-jong-un': { id: 'kim-jong-un', type: 'PERSON' as const, name: 'Kim', aliases: ['Kim'] } },
  };

  it('groups entities by type, one symbol per identity at its first mention', () => {
    const tree = documentSymbolTree(analysis, (id) => (id === 'sergei-shoigu' ? 'Sergei Shoigu' : undefined));
    assert.deepStrictEqual(tree.map((g) => g.name), ['People', 'Countries, cities, states', 'Quotes']);
    const people = tree[0]!;
    assert.deepStrictEqual(people.children.map((c) => [c.name, c.detail, c.selection.start]), [['Sergei Shoigu', '2 mentions', 10], ['Kim', '1 mention', 30]]);
    assert.deepStrictEqual(people.range, { start: 10, end: 33 });
  });

  it('keeps every selection inside its range and children inside their group', () => {
    const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }) => outer.start <= inner.start && inner.end <= outer.end;
    for (const group of documentSymbolTree(analysis)) {
      assert.ok(inside(group.range, group.selection), group.name);
      for (const c of group.children) {
        assert.ok(inside(group.range, c.range), c.name);
        assert.ok(inside(c.range, c.selection), c.name);
      }
    }
  });

  it('lists quotes with their speaker, falling back to the id when no name is known', () => {
    const tree = documentSymbolTree({ ...analysis, entities: [m(0, 'X', 'ORG', 'mystery-org')] });
    assert.strictEqual(tree[0]!.children[0]!.name, 'mystery-org');
    const quotes = tree.find((g) => g.name === 'Quotes')!;
    assert.deepStrictEqual(quotes.children.map((c) => [c.name, c.detail]), [['“we will win the war”', 'Sergei Shoigu']]);
  });

  it('returns nothing for an article without entities or quotes', () => {
    assert.deepStrictEqual(documentSymbolTree({ entities: [], quotes: [], entityIndex: {} }), []);
  });
});
