import * as assert from 'assert';
import { describeTreeState, formatFilter, matchesText, parseFilter, NO_FILTER } from '../../../src/core/navigation/treeFilter';

describe('navigation: tree filter', () => {
  it('parses words and type tokens', () => {
    assert.deepStrictEqual(parseFilter('  kim  type:person,org '), { text: 'kim', types: ['PERSON', 'ORG'] });
    assert.deepStrictEqual(parseFilter('@gpe korea @NORP'), { text: 'korea', types: ['GPE', 'NORP'] });
    assert.deepStrictEqual(parseFilter(''), NO_FILTER);
  });

  it('keeps unknown type tokens as text instead of dropping them', () => {
    assert.deepStrictEqual(parseFilter('type:robot'), { text: 'type:robot', types: [] });
  });

  it('round-trips through formatFilter', () => {
    const f = parseFilter('sergei shoigu type:PERSON');
    assert.deepStrictEqual(parseFilter(formatFilter(f)), f);
  });

  it('matches every word, case- and accent-insensitively, against any name', () => {
    const f = parseFilter('SERGEI shoigu');
    assert.ok(matchesText(f, ['Sergéi Shoigu']));
    assert.ok(matchesText(f, ['Shoigu', 'Sergei Shoigu']));
    assert.ok(!matchesText(f, ['Shoigu']));
    assert.ok(matchesText(NO_FILTER, []));
  });

  it('describes the state for the view description', () => {
    assert.strictEqual(describeTreeState(parseFilter('putin @person'), 'name'), '“putin” · PERSON · by name');
    assert.strictEqual(describeTreeState(NO_FILTER, 'mentions'), '');
  });
});
