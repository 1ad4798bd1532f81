import * as assert from 'assert';
import { describeAction, fieldsFor, planEntityAction, validateAction } from '../../../src/core/navigation/entityActions';
import type { AnnotationLike } from '../../../src/core/navigation/model';
import { mention } from './fixtures';

const shoigu = { id: 'sergei-shoigu', name: 'Sergei Shoigu', type: 'PERSON' as const };
const mentions = [mention('a', 'sergei-shoigu', 10, 'Shoigu'), mention('a', 'sergei-shoigu', 50, 'Sergei Shoigu'), mention('b', 'sergei-shoigu', 5, 'Shoigu')];

describe('navigation: entity-wide actions', () => {
  it('adds one entity annotation per mention, never touching text', () => {
    const plan = planEntityAction(shoigu, mentions, () => [], { kind: 'rename', name: '  Sergei K. Shoigu ' });
    assert.strictEqual(plan.length, 3);
    assert.ok(plan.every((p) => p.op === 'add' && p.fields.entity === 'sergei-k-shoigu' && p.fields.type === 'PERSON' && p.fields.status === 'confirmed'));
    assert.ok(plan.every((p) => p.fields.name === 'Sergei K. Shoigu'), 'the chosen display name travels with each annotation');
    assert.deepStrictEqual(plan.map((p) => [p.path, p.start, p.end]), [['a', 10, 16], ['a', 50, 63], ['b', 5, 11]]);
  });

  it('a rename to a different display name with the same slug still updates the name', () => {
    const existing: AnnotationLike[] = [{ id: 'ann-1', kind: 'entity', span: { start: 10, end: 16 }, exact: 'Shoigu', type: 'PERSON', entity: 'sergei-k-shoigu', name: 'Sergei k Shoigu', status: 'confirmed' }];
    const plan = planEntityAction(shoigu, mentions, (p) => (p === 'a' ? existing : []), { kind: 'rename', name: 'Sergei K. Shoigu' });
    assert.strictEqual(plan[0]!.op, 'update');
    assert.strictEqual(plan[0]!.fields.name, 'Sergei K. Shoigu');
  });

  it('updates an existing entity annotation on the same span instead of duplicating it', () => {
    const existing: AnnotationLike[] = [
      { id: 'ann-1', kind: 'entity', span: { start: 10, end: 16 }, exact: 'Shoigu', type: 'PERSON', entity: 'sergei-shoigu', status: 'confirmed' },
      { id: 'note-1', kind: 'note', span: { start: 50, end: 63 }, exact: 'Sergei Shoigu', note: 'n' },
    ];
    const plan = planEntityAction(shoigu, mentions, (p) => (p === 'a' ? existing : []), { kind: 'retype', type: 'ORG' });
    assert.deepStrictEqual(plan.map((p) => p.op), ['update', 'add', 'add']);
    assert.strictEqual(plan[0]!.op === 'update' && plan[0]!.id, 'ann-1');
    assert.ok(plan.every((p) => p.fields.type === 'ORG' && p.fields.entity === 'sergei-shoigu'));
  });

  it('is idempotent: mentions already carrying the decision are skipped', () => {
    const existing: AnnotationLike[] = [{ id: 'ann-1', kind: 'entity', span: { start: 10, end: 16 }, exact: 'Shoigu', type: 'PERSON', entity: 'sergei-shoigu', status: 'confirmed' }];
    const plan = planEntityAction(shoigu, mentions, (p) => (p === 'a' ? existing : []), { kind: 'confirm' });
    assert.deepStrictEqual(plan.map((p) => [p.path, p.start]), [['a', 50], ['b', 5]]);
  });

  it('merges into the target identity and type; rejects keep the identity', () => {
    assert.deepStrictEqual(fieldsFor({ kind: 'merge', into: { id: 'russia', name: 'Russia', type: 'GPE' } }, shoigu, 'PERSON'), { status: 'confirmed', type: 'GPE', entity: 'russia', name: 'Russia' });
    assert.deepStrictEqual(fieldsFor({ kind: 'reject' }, shoigu, 'PERSON'), { status: 'rejected', type: 'PERSON', entity: 'sergei-shoigu' });
  });

  it('validates: empty or multi-line names, self-merge, same type', () => {
    assert.ok(validateAction({ kind: 'rename', name: '  ' }, shoigu));
    assert.ok(validateAction({ kind: 'rename', name: 'a\nb' }, shoigu));
    assert.ok(validateAction({ kind: 'rename', name: '—' }, shoigu));
    assert.ok(validateAction({ kind: 'rename', name: 'Sergei Shoigu' }, shoigu));
    assert.strictEqual(validateAction({ kind: 'rename', name: 'S. Shoigu' }, shoigu), undefined);
    assert.ok(validateAction({ kind: 'merge', into: shoigu }, shoigu));
    assert.ok(validateAction({ kind: 'retype', type: 'PERSON' }, shoigu));
  });

  it('describes what was done', () => {
    const plan = planEntityAction(shoigu, mentions, () => [], { kind: 'reject' });
    assert.strictEqual(describeAction({ kind: 'reject' }, 'Sergei Shoigu', plan), 'Rejected “Sergei Shoigu” in 3 mentions across 2 articles.');
  });
});
