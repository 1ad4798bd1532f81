import * as assert from 'assert';
import { annotationDescription, annotationIcon, buildAnnotationTree } from '../../../src/core/navigation/annotationTree';
import type { AnnotationLike } from '../../../src/core/navigation/model';
import { NO_FILTER, parseFilter } from '../../../src/core/navigation/treeFilter';

const ann = (id: string, start: number | undefined, extra: Partial<AnnotationLike> = {}): AnnotationLike => ({
  id,
  kind: 'entity',
  exact: `text ${id}`,
  span: start === undefined ? undefined : { start, end: start + 4 },
  ...extra,
});

describe('navigation: annotations tree', () => {
  const articles = [
    { path: 'b.txt', annotations: [ann('b2', 40), ann('b1', 10, { note: 'check the date', kind: 'note' })] },
    { path: 'a.txt', annotations: [ann('a1', undefined, { type: 'PERSON' }), ann('a2', 3, { type: 'ORG', status: 'confirmed' })] },
    { path: 'c.txt', annotations: [] },
  ];

  it('lists articles by path with anchored annotations in text order, orphans apart', () => {
    const model = buildAnnotationTree(articles, NO_FILTER);
    assert.deepStrictEqual(model.articles.map((a) => [a.path, a.anchored.map((x) => x.id)]), [['a.txt', ['a2']], ['b.txt', ['b1', 'b2']]]);
    assert.deepStrictEqual(model.orphans.map((o) => [o.path, o.annotation.id]), [['a.txt', 'a1']]);
    assert.strictEqual(model.total, 4);
  });

  it('filters by note text and by type', () => {
    assert.deepStrictEqual(buildAnnotationTree(articles, parseFilter('date')).articles.map((a) => a.anchored.map((x) => x.id)), [['b1']]);
    const typed = buildAnnotationTree(articles, parseFilter('@person'));
    assert.deepStrictEqual(typed.orphans.map((o) => o.annotation.id), ['a1']);
  });

  it('describes and picks icons', () => {
    assert.strictEqual(annotationDescription(ann('x', 0, { type: 'ORG', entity: 'nato', status: 'confirmed', note: 'n' })), 'entity · ORG · → nato · confirmed — n');
    assert.strictEqual(annotationIcon(ann('x', undefined)), 'warning');
    assert.strictEqual(annotationIcon(ann('x', 0, { status: 'rejected' })), 'close');
  });
});
