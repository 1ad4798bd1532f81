import * as assert from 'assert';
import { matchScore, searchEntities } from '../../../src/core/navigation/symbolSearch';
import { entity } from './fixtures';

describe('navigation: workspace symbol search', () => {
  const entities = [
    entity('vladimir-putin', 'PERSON', 9, 5, ['Putin']),
    entity('putin-regime', 'ORG', 1, 1),
    entity('input-output', 'ORG', 30, 1),
    entity('russia', 'GPE', 20, 5),
  ];

  it('ranks prefix over word start over inside-word over subsequence', () => {
    assert.ok(matchScore('put', 'Putin regime') > matchScore('put', 'Vladimir Putin'));
    assert.ok(matchScore('put', 'Vladimir Putin') > matchScore('put', 'Input'));
    assert.ok(matchScore('put', 'Input') > matchScore('vpn', 'Vladimir Putin'));
    assert.ok(matchScore('vpn', 'Vladimir Putin') > 0);
    assert.strictEqual(matchScore('xyz', 'Vladimir Putin'), 0);
  });

  it('finds entities by name or alias, best first, and respects the limit', () => {
    const ids = searchEntities(entities, 'putin').map((e) => e.id);
    assert.strictEqual(ids[0], 'vladimir-putin');
    assert.ok(ids.includes('putin-regime'));
    assert.ok(!ids.includes('russia'));
    assert.ok(!ids.includes('input-output'));
    assert.strictEqual(searchEntities(entities, '', 2).length, 2);
    assert.strictEqual(searchEntities(entities, '')[0]!.id, 'input-output');
  });
});
