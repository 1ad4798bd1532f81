import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../analysis/types';
import { ANNOTATION_ID_PATTERN } from './ids';
import { isAnnotationKind, isAnnotationStatus, SIDECAR_VERSION, type Annotation } from './model';
import type { SidecarProblem } from './problems';

/** Larger sidecars are refused before parsing (a 2 MB article with an annotation every word stays far below). */
export const MAX_SIDECAR_BYTES = 16 * 1024 * 1024;
/** Aliases expanded at most this often: a "billion laughs" sidecar is refused instead of exhausting memory. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedSidecar {
  /** The YAML document, kept so a rewrite preserves comments, key order and unknown keys. */
  readonly doc?: Document;
  readonly version?: number;
  readonly article?: string;
  readonly annotations: Annotation[];
  readonly problems: SidecarProblem[];
  /** 1-based line of each annotation item, by id (for messages about anchoring). */
  readonly lines: ReadonlyMap<string, { line: number; column: number }>;
  /** False when any error was found: the sidecar must not be overwritten. */
  readonly writable: boolean;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeProblem(bytes: number): SidecarProblem {
  return {
    severity: 'error',
    line: 1,
    column: 1,
    message: `Sidecar is ${formatSize(bytes)}, over the ${formatSize(MAX_SIDECAR_BYTES)} limit: not loaded, and it will not be overwritten.`,
  };
}

/** Parses and validates sidecar text. Never throws: every defect becomes a problem with a line and column. */
export function parseSidecar(source: string, expectedArticle?: string): ParsedSidecar {
  const empty = (problems: SidecarProblem[], doc?: Document): ParsedSidecar => ({
    doc, annotations: [], problems, lines: new Map(), writable: false,
  });
  // UTF-16 length is a lower bound of the UTF-8 size; the caller checks the byte size before decoding.
  if (source.length > MAX_SIDECAR_BYTES) return empty([tooLargeProblem(source.length)]);

  const lc = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined): { line: number; column: number } => {
    if (offset === undefined) return { line: 1, column: 1 };
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const nodeAt = (node: unknown) => at(node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined);
  const problems: SidecarProblem[] = [];
  const err = (node: unknown, message: string, id?: string) => problems.push({ severity: 'error', message, ...nodeAt(node), id });
  const warn = (node: unknown, message: string) => problems.push({ severity: 'warning', message, ...nodeAt(node) });

  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ severity: 'error', message: `Invalid YAML: ${e.message.split('\n')[0]}`, ...at(e.pos[0]) });
    return empty(problems);
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return empty([{ severity: 'error', line: 1, column: 1, message: `Refused: ${(e as Error).message} (YAML aliases expand too much).` }]);
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    // An empty file: nothing to lose, a rewrite may replace it.
    return { doc: undefined, annotations: [], problems: [], lines: new Map(), writable: true };
  }
  if (!isMap(root)) return empty([{ severity: 'error', message: 'Expected a mapping with `version` and `annotations` at the top level.', ...nodeAt(root) }], doc);

  let version: number | undefined;
  const versionNode = root.get('version', true);
  if (versionNode === undefined) {
    warn(root, `No \`version\` field; read as version ${SIDECAR_VERSION}.`);
  } else if (!isScalar(versionNode) || typeof versionNode.value !== 'number' || !Number.isInteger(versionNode.value) || versionNode.value < 1) {
    err(versionNode, '`version` must be a positive integer.');
  } else if (versionNode.value > SIDECAR_VERSION) {
    version = versionNode.value;
    err(versionNode, `Sidecar version ${versionNode.value} was written by a newer Source Annotator; this one reads version ${SIDECAR_VERSION}. Not loaded, and it will not be overwritten.`);
    return { doc, version, annotations: [], problems, lines: new Map(), writable: false };
  } else {
    version = versionNode.value;
  }

  const articleNode = root.get('article', true);
  let article: string | undefined;
  if (articleNode !== undefined) {
    if (!isScalar(articleNode) || typeof articleNode.value !== 'string') err(articleNode, '`article` must be a file name (a string).');
    else {
      article = articleNode.value;
      if (expectedArticle !== undefined && article !== expectedArticle) {
        warn(articleNode, `\`article\` says "${article}" but this sidecar sits next to "${expectedArticle}"; it is read for "${expectedArticle}".`);
      }
    }
  }

  const annotations: Annotation[] = [];
  const lines = new Map<string, { line: number; column: number }>();
  const seqNode = root.get('annotations', true);
  if (seqNode !== undefined && !(isScalar(seqNode) && seqNode.value === null)) {
    if (!isSeq(seqNode)) {
      err(seqNode, '`annotations` must be a list.');
    } else {
      for (const item of seqNode.items) {
        const a = readItem(item, err);
        if (!a) continue;
        if (lines.has(a.id)) {
          err(item, `Duplicate annotation id "${a.id}" (first at line ${lines.get(a.id)!.line}).`, a.id);
          continue;
        }
        lines.set(a.id, nodeAt(item));
        annotations.push(a);
      }
    }
  }
  return { doc, version, article, annotations, problems, lines, writable: !problems.some((p) => p.severity === 'error') };
}

type Report = (node: unknown, message: string, id?: string) => void;

function readItem(item: unknown, err: Report): Annotation | undefined {
  if (isAlias(item)) {
    err(item, 'An annotation may not be a YAML alias.');
    return undefined;
  }
  if (!isMap(item)) {
    err(item, 'Each annotation must be a mapping (id, kind, start, end, exact, …).');
    return undefined;
  }
  const map = item as YAMLMap;
  const raw = (key: string): { node: unknown; value: unknown } => {
    const node = map.get(key, true);
    return { node: node ?? map, value: isScalar(node) ? node.value : node };
  };
  const id = raw('id');
  if (typeof id.value !== 'string' || !ANNOTATION_ID_PATTERN.test(id.value)) {
    err(id.node, id.value === undefined ? 'Annotation without `id`.' : '`id` must be a short string of letters, digits, "-", "_", ".", ":".');
    return undefined;
  }
  const aid = id.value;
  let ok = true;
  const fail = (node: unknown, message: string) => {
    err(node, `${message} (annotation ${aid})`, aid);
    ok = false;
  };
  const kind = raw('kind');
  if (!isAnnotationKind(kind.value)) fail(kind.node, '`kind` must be entity, quote, claim or note');
  const start = raw('start');
  const end = raw('end');
  const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!isOffset(start.value)) fail(start.node, '`start` must be an integer offset ≥ 0');
  if (!isOffset(end.value)) fail(end.node, '`end` must be an integer offset ≥ 0');
  if (isOffset(start.value) && isOffset(end.value) && end.value < start.value) fail(end.node, '`end` is before `start`');
  const exact = raw('exact');
  if (typeof exact.value !== 'string' || exact.value.length === 0) fail(exact.node, '`exact` must be the annotated text (a non-empty string)');
  const optString = (key: string): string | undefined => {
    const r = raw(key);
    if (r.value === undefined || r.value === null) return undefined;
    if (typeof r.value === 'string') return r.value;
    if (typeof r.value === 'number' || typeof r.value === 'boolean') return String(r.value);
    fail(r.node, `\`${key}\` must be a string`);
    return undefined;
  };
  const prefix = optString('prefix') ?? '';
  const suffix = optString('suffix') ?? '';
  const status = raw('status');
  if (status.value !== undefined && status.value !== null && !isAnnotationStatus(status.value)) fail(status.node, '`status` must be confirmed or rejected');
  const type = raw('type');
  if (type.value !== undefined && type.value !== null && !(ENTITY_TYPES as readonly unknown[]).includes(type.value)) {
    fail(type.node, `\`type\` must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  const entity = optString('entity');
  const name = optString('name');
  const speaker = optString('speaker');
  const note = optString('note');
  const created = optString('created') ?? '';
  const modified = optString('modified') ?? created;
  if (!ok) return undefined;
  return {
    id: aid,
    kind: kind.value as Annotation['kind'],
    start: start.value as number,
    end: end.value as number,
    exact: exact.value as string,
    prefix,
    suffix,
    ...(isAnnotationStatus(status.value) ? { status: status.value } : {}),
    ...(typeof type.value === 'string' ? { type: type.value as EntityType } : {}),
    ...(entity !== undefined ? { entity } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(speaker !== undefined ? { speaker } : {}),
    ...(note !== undefined ? { note } : {}),
    created,
    modified,
  };
}
