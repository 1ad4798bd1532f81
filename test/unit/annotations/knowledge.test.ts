import * as assert from 'assert';
import { buildKnowledge, slugify, type Annotation } from '../../../src/core/annotations';
import { slugify as engineSlug } from '../../../src/core/text/chars';

const base = { start: 0, end: 1, prefix: '', suffix: '', created: '2026-01-01', modified: '2026-01-01' };

describe('annotations: knowledge from user decisions', () => {
  it('typed names win everywhere, rejected surfaces are collected, a typing beats a rejection', () => {
    const anns: Annotation[] = [
      { ...base, id: 'a-1', kind: 'entity', exact: 'Vostochny', type: 'LOC', status: 'confirmed' },
      { ...base, id: 'a-2', kind: 'entity', exact: 'Kremlin', type: 'ORG', entity: 'kremlin' },
      { ...base, id: 'a-3', kind: 'entity', exact: 'Monday', status: 'rejected' },
      { ...base, id: 'a-4', kind: 'entity', exact: 'Kremlin', status: 'rejected' },
      { ...base, id: 'a-5', kind: 'note', exact: 'Putin', type: 'PERSON' },
    ];
    const k = buildKnowledge(anns);
    assert.deepStrictEqual(k.names.get('vostochny'), { type: 'LOC', id: 'vostochny', source: 'user' });
    assert.deepStrictEqual(k.names.get('kremlin'), { type: 'ORG', id: 'kremlin', source: 'user' });
    assert.strictEqual(k.names.has('putin'), false, 'notes do not type names');
    assert.deepStrictEqual([...k.rejected], ['monday']);
  });

  it('a display name the user chose is the identity\'s name, the latest decision winning', () => {
    const anns: Annotation[] = [
      { ...base, id: 'a-1', kind: 'entity', exact: 'Shoigu', type: 'PERSON', entity: 'sergei-k-shoigu', name: 'Sergei K. Shoigu', modified: '2026-01-02' },
      { ...base, id: 'a-2', kind: 'entity', exact: 'Shoigu', type: 'PERSON', entity: 'sergei-k-shoigu', name: 'Old Name', modified: '2026-01-01' },
      { ...base, id: 'a-3', kind: 'entity', exact: 'Putin', status: 'rejected', entity: 'putin', name: 'Ignored' },
      { ...base, id: 'a-4', kind: 'entity', exact: 'Kim', type: 'PERSON', entity: 'kim' },
    ];
    const k = buildKnowledge(anns);
    assert.deepStrictEqual([...(k.displayNames ?? new Map())], [['sergei-k-shoigu', 'Sergei K. Shoigu']]);
    assert.strictEqual(buildKnowledge([anns[3]]).displayNames, undefined, 'no names chosen: no map');
  });

  it('slugs are lower-case, accent-free and dash-separated', () => {
    assert.strictEqual(slugify("Kim Jong-un's"), 'kim-jong-un');
    assert.strictEqual(slugify('Zoë  Müller'), 'zoe-muller');
  });
});

describe('annotation identity slugs', () => {
  it('give a typed name the id the analysis engine gives it', () => {
    for (const name of ['U.S.', 'Kim Jong Un', 'Thomas-Greenfield', 'São Paulo']) {
      assert.strictEqual(slugify(name), engineSlug(name), name);
    }
    assert.strictEqual(slugify('Russia’s'), 'russia');
    assert.strictEqual(slugify('—'), 'entity');
  });
});
