import type { Document } from 'yaml';
import { anchorSelector, contextScores, type AnchorResult } from './anchor';
import { mapSpan, type TextEdit } from './applyEdits';
import { newAnnotationId } from './ids';
import { compareAnnotations, type AnchorMethod, type Annotation, type AnnotationFields, type AnnotationKind } from './model';
import type { SidecarProblem } from './problems';
import type { ParsedSidecar } from './sidecarParse';
import { writeSidecar } from './sidecarWrite';
import { normalizeSpan, prefixAt, selectorAt, suffixAt } from './textContext';

export interface NewAnnotation extends AnnotationFields {
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
}

/** An annotation with where it currently is; no span means an orphan. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  readonly span?: { start: number; end: number };
  readonly method?: AnchorMethod;
}

export interface ReanchorReport {
  readonly orphans: Annotation[];
  /** What changed, for the Problems panel (placed at the annotation's line in the sidecar). */
  readonly problems: SidecarProblem[];
}

/**
 * The annotations of one article in memory: the sidecar's records, where each is anchored in the current text,
 * and whether there are unsaved user changes (`dirty`). A sidecar loaded with errors is not `writable`: new
 * work stays here and `serialize` refuses, so the broken file is never overwritten.
 */
export class ArticleAnnotations {
  private readonly records = new Map<string, Annotation>();
  private readonly anchors = new Map<string, { start: number; end: number; method: AnchorMethod }>();
  private doc: Document | undefined;
  private lines: ReadonlyMap<string, { line: number; column: number }> = new Map();
  dirty = false;
  writable = true;
  problems: SidecarProblem[] = [];

  constructor(readonly articleName: string, parsed?: ParsedSidecar) {
    if (parsed) this.load(parsed);
  }

  /** Replaces the records with a freshly parsed sidecar (dropping unsaved work: the caller decides when). */
  load(parsed: ParsedSidecar): void {
    this.records.clear();
    this.anchors.clear();
    for (const a of parsed.annotations) this.records.set(a.id, { ...a });
    this.doc = parsed.doc;
    this.lines = parsed.lines;
    this.writable = parsed.writable;
    this.problems = [...parsed.problems];
    this.dirty = false;
  }

  get size(): number {
    return this.records.size;
  }

  get(id: string): Annotation | undefined {
    return this.records.get(id);
  }

  /** Every annotation, orphans included, in sidecar order. */
  list(): AnchoredAnnotation[] {
    return [...this.records.values()]
      .map((a) => {
        const s = this.anchors.get(a.id);
        return s ? { annotation: a, span: { start: s.start, end: s.end }, method: s.method } : { annotation: a };
      })
      .sort((x, y) => compareAnnotations(x.span ? { start: x.span.start, id: x.annotation.id } : x.annotation, y.span ? { start: y.span.start, id: y.annotation.id } : y.annotation));
  }

  orphans(): Annotation[] {
    return [...this.records.values()].filter((a) => !this.anchors.has(a.id));
  }

  spanOf(id: string): { start: number; end: number } | undefined {
    const s = this.anchors.get(id);
    return s && { start: s.start, end: s.end };
  }

  add(text: string, draft: NewAnnotation, now: string = new Date().toISOString()): Annotation {
    const { start, end } = normalizeSpan(text, draft.start, draft.end);
    if (end <= start) throw new Error('Cannot annotate an empty span.');
    const id = newAnnotationId((x) => this.records.has(x));
    const a: Annotation = {
      id,
      kind: draft.kind,
      ...selectorAt(text, start, end),
      ...(draft.status ? { status: draft.status } : {}),
      ...(draft.type ? { type: draft.type } : {}),
      ...(draft.entity ? { entity: draft.entity } : {}),
      ...(draft.name ? { name: draft.name } : {}),
      ...(draft.speaker ? { speaker: draft.speaker } : {}),
      ...(draft.note ? { note: draft.note } : {}),
      created: now,
      modified: now,
    };
    this.records.set(id, a);
    this.anchors.set(id, { start, end, method: 'position' });
    this.dirty = true;
    return a;
  }

  update(id: string, fields: AnnotationFields, now: string = new Date().toISOString()): Annotation | undefined {
    const a = this.records.get(id);
    if (!a) return undefined;
    let changed = false;
    for (const [k, v] of Object.entries(fields) as [keyof AnnotationFields, unknown][]) {
      const rec = a as unknown as Record<string, unknown>;
      const value = v === '' || v === null ? undefined : v;
      if (rec[k] !== value) {
        if (value === undefined) delete rec[k];
        else rec[k] = value;
        changed = true;
      }
    }
    if (changed) {
      a.modified = now;
      this.dirty = true;
    }
    return a;
  }

  /** Puts back a record kept in memory across a reload (work not yet saved when the sidecar changed on disk). */
  adopt(a: Annotation): void {
    if (this.records.has(a.id)) return;
    this.records.set(a.id, { ...a });
    this.dirty = true;
  }

  remove(id: string): boolean {
    const had = this.records.delete(id);
    this.anchors.delete(id);
    if (had) this.dirty = true;
    return had;
  }

  /**
   * Finds every annotation in `text` (the article as it is now: opened, or changed on disk). The stored
   * records are not rewritten here; positions move into the sidecar with the next save.
   */
  reanchor(text: string): ReanchorReport {
    const orphans: Annotation[] = [];
    const problems: SidecarProblem[] = [];
    this.anchors.clear();
    // Text inserted or removed above shifts every later annotation by the same amount: trying the previous
    // annotation's shift first (accepted only with its whole stored context intact) avoids a full-text search.
    let delta = 0;
    for (const a of [...this.records.values()].sort(compareAnnotations)) {
      const where = this.lines.get(a.id) ?? { line: 1, column: 1 };
      const r = shiftedAnchor(text, a, delta) ?? anchorSelector(text, a, { exactOnly: a.kind === 'entity' });
      if (r) delta = r.start - a.start;
      if (!r) {
        orphans.push(a);
        const why = a.end > text.length ? ` (offsets ${a.start}–${a.end} are past the end of the text, ${text.length} characters)` : '';
        problems.push({ severity: 'warning', id: a.id, ...where, message: `Annotation ${a.id} "${clip(a.exact)}" cannot be found in the article${why}; kept as an orphan.` });
        continue;
      }
      const span = normalizeSpan(text, r.start, r.end);
      this.anchors.set(a.id, { ...span, method: r.method });
      if (r.method !== 'position') {
        const past = a.end > text.length ? `offsets ${a.start}–${a.end} are past the end of the text` : `the text at ${a.start}–${a.end} no longer matches`;
        const how = r.method === 'fuzzy' ? `approximately (${r.errors} edits)` : 'by its quote';
        problems.push({ severity: 'info', id: a.id, ...where, message: `Annotation ${a.id}: ${past}; found again ${how} at ${span.start}–${span.end}.` });
      }
    }
    return { orphans, problems };
  }

  /**
   * Follows live edits (in order, each relative to the text after the previous). Spans before an edit stay,
   * spans after shift, spans it overlaps keep their place only if their text is still identical; otherwise they
   * are anchored again in `newText` (exactly, or fuzzily for long spans) or become orphans. Orphans are tried
   * again (exactly), so an undo brings them back.
   */
  applyEdits(edits: readonly TextEdit[], newText: string): { moved: boolean; orphaned: Annotation[]; recovered: Annotation[] } {
    if (edits.length === 0) return { moved: false, orphaned: [], recovered: [] };
    const touched = new Set<string>();
    let moved = false;
    for (const [id, s] of this.anchors) {
      let cur = { start: s.start, end: s.end };
      for (const e of edits) {
        const m = mapSpan(cur, e);
        if (m.touched) touched.add(id);
        cur = { start: m.start, end: m.end };
      }
      if (cur.start !== s.start || cur.end !== s.end) moved = true;
      this.anchors.set(id, { ...cur, method: s.method });
    }
    const orphaned: Annotation[] = [];
    for (const id of touched) {
      const a = this.records.get(id)!;
      const s = this.anchors.get(id)!;
      if (newText.slice(s.start, s.end) === a.exact) {
        this.anchors.set(id, { ...s, method: 'edit' });
        continue;
      }
      const r = anchorSelector(newText, { ...a, start: s.start, end: s.end }, { exactOnly: a.kind === 'entity' });
      if (r) this.anchors.set(id, { ...normalizeSpan(newText, r.start, r.end), method: r.method });
      else {
        this.anchors.delete(id);
        orphaned.push(a);
      }
      moved = true;
    }
    // Where the edits put new text (in newText): an orphan can only come back where text was inserted.
    const windows = edits.map((e, i) => {
      let w = { start: e.start, end: e.start + e.text.length };
      for (const later of edits.slice(i + 1)) {
        const m = mapSpan(w, later);
        w = { start: Math.min(m.start, later.start), end: Math.max(m.end, later.start + later.text.length) };
      }
      return w;
    });
    const recovered: Annotation[] = [];
    for (const a of this.records.values()) {
      if (this.anchors.has(a.id) || touched.has(a.id)) continue;
      const r = recoverNear(newText, a, windows);
      if (r) {
        this.anchors.set(a.id, { start: r.start, end: r.end, method: r.method });
        recovered.push(a);
        moved = true;
      }
    }
    return { moved, orphaned, recovered };
  }

  /** Copies current positions and context into the records (before a write), leaving orphans as they were. */
  private refreshSelectors(text: string): void {
    for (const [id, s] of this.anchors) {
      const a = this.records.get(id);
      if (!a) continue;
      a.start = s.start;
      a.end = s.end;
      a.prefix = prefixAt(text, s.start);
      a.suffix = suffixAt(text, s.end);
    }
  }

  /** The sidecar text to write. Throws when the sidecar on disk is broken (it must not be overwritten). */
  serialize(text: string | undefined): string {
    if (!this.writable) throw new Error('The sidecar on disk has errors; it is not overwritten.');
    if (text !== undefined) this.refreshSelectors(text);
    const { doc, text: out } = writeSidecar(this.doc, { article: this.articleName }, [...this.records.values()]);
    this.doc = doc;
    return out;
  }

  /** After a successful write. */
  markSaved(): void {
    this.dirty = false;
  }

  /** Records, for knowledge(). */
  all(): Iterable<Annotation> {
    return this.records.values();
  }
}

/**
 * An orphan found again next to inserted text (an undo, a paste back), exactly and with at least half of its
 * stored context: the search stays within the edited windows, so typing costs nothing per orphan.
 */
function recoverNear(text: string, a: Annotation, windows: readonly { start: number; end: number }[]): AnchorResult | undefined {
  const len = a.exact.length;
  let best: AnchorResult | undefined;
  let bestScore = 0.5;
  for (const w of windows) {
    const from = Math.max(0, w.start - len);
    const to = Math.min(text.length, w.end + len);
    const region = text.slice(from, to);
    for (let j = region.indexOf(a.exact); j !== -1; j = region.indexOf(a.exact, j + 1)) {
      const i = from + j;
      const ctx = contextScores(text, a, i, i + len);
      const score = (ctx.prefix + ctx.suffix) / 2;
      if (score >= bestScore) {
        bestScore = score;
        best = { start: i, end: i + len, method: 'quote', errors: 0 };
      }
    }
  }
  return best;
}

/** The annotation at `start + delta`, if its text and its whole stored context are all still there. */
function shiftedAnchor(text: string, a: Annotation, delta: number): AnchorResult | undefined {
  if (delta === 0 && text.startsWith(a.exact, a.start)) return undefined; // plain position: anchorSelector's job
  const at = a.start + delta;
  if (at < 0 || !text.startsWith(a.exact, at)) return undefined;
  const end = at + a.exact.length;
  const ctx = contextScores(text, a, at, end);
  return ctx.prefix === 1 && ctx.suffix === 1 ? { start: at, end, method: 'quote', errors: 0 } : undefined;
}

function clip(s: string, n = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
