import * as vscode from 'vscode';
import type { ResolvedAnnotation, Services } from '../services';
import type { Span } from '../../core/analysis/types';
import { highlightSpans, type HighlightKind } from '../../core/corpus/highlights';
import { DecorationTypes, HIGHLIGHT_KINDS, type HighlightStyle } from './decorationTypes';
import { analysedShift } from '../index/documentText';

const THROTTLE_MS = 80;

function settings(): { style: HighlightStyle; kinds: Set<HighlightKind>; max: number } {
  const c = vscode.workspace.getConfiguration('sourceAnnotator.highlight');
  const style = c.get<HighlightStyle>('style', 'background');
  return {
    style: style === 'underline' || style === 'border' ? style : 'background',
    kinds: new Set(c.get<HighlightKind[]>('types', [...HIGHLIGHT_KINDS])),
    max: Math.max(100, c.get<number>('maxPerEditor', 5000)),
  };
}

/** Draws the analysis highlights and the user's annotations in visible article editors. */
export function registerDecorations(services: Services): void {
  const { index, annotations, context } = services;
  const types = new DecorationTypes();
  let current = settings();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Set<vscode.TextEditor>();
  /** What each editor shows (by URI), for the in-host tests: VS Code has no API to read decorations back. */
  const applied = new Map<string, Record<string, number>>();

  const apply = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    if (!index.isArticle(doc.uri)) return;
    const article = index.get(doc.uri);
    // Offsets of a stale analysis would land on the wrong characters; the index re-analyses and fires shortly.
    // Analysis and annotation offsets are both of the file's text; a BOM the document hides shifts them by one.
    const shift = article && analysedShift(article.text, doc);
    if (!article || shift === undefined) return;
    let anns: readonly ResolvedAnnotation[] = [];
    try { anns = annotations.forArticle(doc.uri); } catch { /* annotations not ready: analysis only */ }
    const spans = highlightSpans(article.analysis, anns, current.kinds, current.max);
    const toRange = (s: Span) => new vscode.Range(doc.positionAt(Math.max(0, s.start - shift)), doc.positionAt(Math.max(0, s.end - shift)));
    for (const kind of HIGHLIGHT_KINDS) {
      editor.setDecorations(types.of(current.style, kind), (spans.byKind.get(kind) ?? []).map(toRange));
    }
    for (const style of ['background', 'underline', 'border'] as const) {
      if (style !== current.style) for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types.of(style, kind), []);
    }
    editor.setDecorations(types.confirmed, spans.confirmed.map(toRange));
    const summary: Record<string, number> = { confirmed: spans.confirmed.length, dropped: spans.dropped };
    for (const [kind, list] of spans.byKind) summary[kind] = list.length;
    applied.set(doc.uri.toString(), summary);
  };

  const flush = () => {
    timer = undefined;
    const editors = [...pending];
    pending.clear();
    for (const e of editors) {
      try { apply(e); } catch (err) { services.log.error(`Decorations failed: ${err instanceof Error ? err.message : err}`); }
    }
  };
  const schedule = (editors: readonly vscode.TextEditor[]) => {
    for (const e of editors) pending.add(e);
    if (!timer) timer = setTimeout(flush, THROTTLE_MS);
  };
  const visibleFor = (uris?: readonly vscode.Uri[]) => {
    const keys = uris && new Set(uris.map((u) => u.toString()));
    return vscode.window.visibleTextEditors.filter((e) => !keys || keys.size === 0 || keys.has(e.document.uri.toString()));
  };

  context.subscriptions.push(
    types,
    // Internal (not in the palette): lets in-host tests see what was drawn.
    vscode.commands.registerCommand('sourceAnnotator._decorationSummary', (uri?: string) => (uri ? applied.get(uri) : Object.fromEntries(applied))),
    { dispose: () => { if (timer) clearTimeout(timer); } },
    index.onDidUpdate((uris) => schedule(visibleFor(uris.length ? uris : undefined))),
    annotations.onDidChange((uri) => schedule(visibleFor(uri ? [uri] : undefined))),
    vscode.window.onDidChangeVisibleTextEditors((editors) => schedule(editors)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sourceAnnotator.highlight')) {
        current = settings();
        schedule(vscode.window.visibleTextEditors);
      }
    }),
  );
  schedule(vscode.window.visibleTextEditors);
}
