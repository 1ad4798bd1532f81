import { Document, isMap, isScalar, isSeq, YAMLSeq, type YAMLMap } from 'yaml';
import { ANNOTATION_KEYS, compareAnnotations, SIDECAR_VERSION, type Annotation } from './model';

export interface SidecarHeader {
  /** The article's file name (no folder). */
  readonly article: string;
}

const HEADER_COMMENT = ' Source Annotator annotations — format: docs/sidecar-format.md. Offsets are UTF-16 code units.';

/** Keys whose empty value is still meaningful (context at the start or end of the text). */
const KEEP_EMPTY = new Set<string>(['prefix', 'suffix']);

function valueOf(a: Annotation, key: (typeof ANNOTATION_KEYS)[number]): string | number | undefined {
  const v = (a as unknown as Record<string, unknown>)[key];
  if (v === undefined || v === null) return undefined;
  if (v === '' && !KEEP_EMPTY.has(key)) return undefined;
  return v as string | number;
}

function newItem(doc: Document, a: Annotation): YAMLMap {
  const obj: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEYS) {
    const v = valueOf(a, key);
    if (v !== undefined) obj[key] = v;
  }
  return doc.createNode(obj) as YAMLMap;
}

/** Updates an existing item in place: only changed values are touched, unknown keys and comments stay. */
function updateItem(doc: Document, item: YAMLMap, a: Annotation): void {
  for (const key of ANNOTATION_KEYS) {
    const v = valueOf(a, key);
    const node = item.get(key, true);
    const current = isScalar(node) ? node.value : node;
    if (v === undefined) {
      if (node !== undefined) item.delete(key);
    } else if (current !== v) {
      if (isScalar(node)) node.value = v;
      else item.set(key, doc.createNode(v));
    }
  }
}

function itemKey(item: unknown): { start: number; id: string } {
  if (!isMap(item)) return { start: Number.MAX_SAFE_INTEGER, id: '' };
  const start = item.get('start');
  const id = item.get('id');
  return { start: typeof start === 'number' ? start : Number.MAX_SAFE_INTEGER, id: typeof id === 'string' ? id : '' };
}

/**
 * Writes annotations into a sidecar document, updating `base` in place when given (parsed from the file on
 * disk, so the user's comments, key order and unknown keys survive), else into a new document. Items are
 * sorted by start then id, one per annotation, so a change shows as a small diff.
 */
export function writeSidecar(base: Document | undefined, header: SidecarHeader, annotations: readonly Annotation[]): { doc: Document; text: string } {
  let doc = base;
  if (!doc || !isMap(doc.contents)) {
    doc = new Document({ version: SIDECAR_VERSION, article: header.article, annotations: [] });
    doc.commentBefore = HEADER_COMMENT;
  }
  const root = doc.contents as YAMLMap;
  const version = root.get('version');
  if (version !== SIDECAR_VERSION) root.set('version', SIDECAR_VERSION);
  if (root.get('article') !== header.article) root.set('article', header.article);

  const existing: unknown = root.get('annotations', true);
  let list: YAMLSeq;
  if (isSeq(existing)) list = existing;
  else {
    list = new YAMLSeq();
    root.set('annotations', list);
  }
  // The parser files a comment above the first item under the list; give it back to that item so it moves
  // with it when the list is re-sorted.
  const first = list.items[0];
  if (list.commentBefore && isMap(first) && !first.commentBefore) {
    first.commentBefore = list.commentBefore;
    list.commentBefore = undefined;
  }
  const wanted = new Map(annotations.map((a) => [a.id, a]));
  const kept: unknown[] = [];
  const seen = new Set<string>();
  for (const item of list.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    const a = typeof id === 'string' ? wanted.get(id) : undefined;
    if (!a || seen.has(a.id)) continue; // removed by the user
    updateItem(doc, item as YAMLMap, a);
    seen.add(a.id);
    kept.push(item);
  }
  for (const a of annotations) if (!seen.has(a.id)) kept.push(newItem(doc, a));
  kept.sort((x, y) => compareAnnotations(itemKey(x), itemKey(y)));
  list.items = kept;
  // A new or emptied list would print as `[]`; items must be one block entry each.
  list.flow = false;
  return { doc, text: doc.toString({ lineWidth: 0 }) };
}
