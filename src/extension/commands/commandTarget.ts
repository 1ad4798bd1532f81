import * as vscode from 'vscode';
import type { EntityMention, Quote } from '../../core/analysis/types';
import type { ResolvedAnnotation, Services } from '../services';
import { toDocumentOffset, toFileOffset } from '../annotations/documentOffsets';

/** Arguments shared by the annotation commands (all optional: without them the active editor is used). */
export interface TargetArgs {
  readonly uri?: vscode.Uri | string;
  readonly start?: number;
  readonly end?: number;
}

export function parseUri(u: vscode.Uri | string | undefined): vscode.Uri | undefined {
  if (u === undefined) return undefined;
  if (u instanceof vscode.Uri) return u;
  if (typeof u === 'string') return /^[a-z][a-z0-9+.-]+:/i.test(u) && !/^[a-z]:[\\/]/i.test(u) ? vscode.Uri.parse(u) : vscode.Uri.file(u);
  // A Uri-like object (from JSON, e.g. a keybinding's args)
  const o = u as { scheme?: string; path?: string; fsPath?: string };
  if (o.scheme && o.path) return vscode.Uri.from({ scheme: o.scheme, path: o.path });
  return undefined;
}

/** Arguments may come as an object, or as a Uri (explorer/editor menus pass the resource). */
export function argsOf<T extends object>(arg: unknown): Partial<T> {
  if (arg instanceof vscode.Uri) return { uri: arg } as unknown as Partial<T>;
  return arg && typeof arg === 'object' ? (arg as Partial<T>) : {};
}

export function editorFor(uri: vscode.Uri | undefined): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (!uri) return active;
  if (active?.document.uri.toString() === uri.toString()) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
}

export function targetUri(args: TargetArgs): vscode.Uri {
  const uri = parseUri(args.uri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) throw new Error('No article: open one, or pass { uri } to the command.');
  return uri;
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** The span named by start/end (file UTF-16 offsets), else the editor selection (else the word at the cursor). */
export function targetSpan(uri: vscode.Uri, args: TargetArgs, wordFallback = true): { start: number; end: number } | undefined {
  if (isOffset(args.start) && isOffset(args.end)) return { start: Math.min(args.start, args.end), end: Math.max(args.start, args.end) };
  if (args.start !== undefined || args.end !== undefined) throw new Error('start and end must both be non-negative integer offsets (UTF-16 code units).');
  const editor = editorFor(uri);
  if (!editor) return undefined;
  let range: vscode.Range | undefined = editor.selection;
  if (range.isEmpty && wordFallback) range = editor.document.getWordRangeAtPosition(editor.selection.active);
  if (!range || range.isEmpty) return undefined;
  return { start: toFileOffset(uri, editor.document.offsetAt(range.start)), end: toFileOffset(uri, editor.document.offsetAt(range.end)) };
}

/** The cursor's offset in file coordinates, when the article is in an editor. */
export function cursorOffset(uri: vscode.Uri): number | undefined {
  const editor = editorFor(uri);
  return editor ? toFileOffset(uri, editor.document.offsetAt(editor.selection.active)) : undefined;
}

/** The annotation at a span or offset: the exact span first, else the smallest one containing it. */
export function annotationAt(list: readonly ResolvedAnnotation[], span: { start: number; end: number }): ResolvedAnnotation | undefined {
  const exact = list.find((a) => a.span && a.span.start === span.start && a.span.end === span.end);
  if (exact) return exact;
  return list
    .filter((a) => a.span && a.span.start <= span.start && span.end <= a.span.end)
    .sort((a, b) => a.span!.end - a.span!.start - (b.span!.end - b.span!.start))[0];
}

export type Suggestion = { kind: 'entity'; start: number; end: number; mention: EntityMention } | { kind: 'quote'; start: number; end: number; quote: Quote };

/** Offsets of the index's analysis are in its text; shift them to file offsets when that text lacks the BOM. */
function analysisShift(services: Services, uri: vscode.Uri): number {
  const text = services.index.get(uri)?.text;
  if (text === undefined || text.startsWith('\uFEFF')) return 0;
  return toFileOffset(uri, 0);
}

/** The analysis suggestion (entity mention or quote) at a span, or containing it. */
export function suggestionAt(services: Services, uri: vscode.Uri, span: { start: number; end: number }): Suggestion | undefined {
  const article = services.index.get(uri);
  if (!article) return undefined;
  const k = analysisShift(services, uri);
  const entities: Suggestion[] = article.analysis.entities.map((m) => ({ kind: 'entity', start: m.start + k, end: m.end + k, mention: m }));
  const quotes: Suggestion[] = article.analysis.quotes.map((q) => ({ kind: 'quote', start: q.start + k, end: q.end + k, quote: q }));
  const all = [...entities, ...quotes];
  const exact = all.find((s) => s.start === span.start && s.end === span.end);
  if (exact) return exact;
  const marks = article.analysis.quotes.find((q) => q.markStart + k === span.start && q.markEnd + k === span.end);
  if (marks) return { kind: 'quote', start: marks.start + k, end: marks.end + k, quote: marks };
  return all.filter((s) => s.start <= span.start && span.end <= s.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Mention offsets of another article, in file coordinates. */
export function mentionSpan(services: Services, uri: vscode.Uri, m: { start: number; end: number }): { start: number; end: number } {
  const k = analysisShift(services, uri);
  return { start: m.start + k, end: m.end + k };
}

export function revealSpan(editor: vscode.TextEditor, span: { start: number; end: number }): void {
  const uri = editor.document.uri;
  const range = new vscode.Range(editor.document.positionAt(toDocumentOffset(uri, span.start)), editor.document.positionAt(toDocumentOffset(uri, span.end)));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
