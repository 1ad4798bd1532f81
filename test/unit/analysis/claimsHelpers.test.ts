import * as assert from 'assert';
import { endsWithQuestionMark } from '../../../src/core/analysis/claims';
import { buildEntityIndex } from '../../../src/core/analysis/identity';
import type { EntityMention } from '../../../src/core/analysis/types';

describe('claims: endsWithQuestionMark', () => {
  it('tells what /\\?["”’]?$/ tells', () => {
    for (const s of ['Why?', 'Why?"', 'Why?”', 'Why?’', 'Why?”.', 'Why.', '?', '"', '', 'a?b', 'Why??”', 'Why?»']) {
      assert.strictEqual(endsWithQuestionMark(s), /\?["”’]?$/.test(s), JSON.stringify(s));
    }
  });
});

describe('identity: buildEntityIndex', () => {
  const m = (text: string, type: EntityMention['type'], id: string): EntityMention => ({ start: 0, end: text.length, text, type, id });

  it('keeps first-seen order, the first type on a tie, aliases best first and the gazetteer name', () => {
    const index = buildEntityIndex([
      m('Acme', 'ORG', 'acme'),
      m('U.S.', 'GPE', 'united-states'),
      m('Acme', 'PERSON', 'acme'),
      m('US', 'GPE', 'united-states'),
      m('Acme Corp', 'ORG', 'acme'),
      m('ACME', 'PERSON', 'acme'),
    ]);
    assert.deepStrictEqual(Object.keys(index), ['acme', 'united-states']);
    assert.strictEqual(index.acme.type, 'ORG');
    assert.deepStrictEqual(index.acme.aliases, ['Acme Corp', 'Acme', 'ACME']);
    assert.strictEqual(index.acme.name, 'Acme Corp');
    assert.strictEqual(index['united-states'].name, 'United States');
  });
});
