import * as vscode from 'vscode';
import type { EntityType } from '../../core/analysis/types';

export type HighlightKind = EntityType | 'QUOTE';
export type HighlightStyle = 'background' | 'underline' | 'border';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'EVENT', 'QUOTE'];
const STYLES: readonly HighlightStyle[] = ['background', 'underline', 'border'];

function colorId(kind: HighlightKind): string {
  return 'sourceAnnotator.' + kind.toLowerCase();
}

function options(kind: HighlightKind, style: HighlightStyle): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(colorId(kind));
  if (kind === 'QUOTE') {
    const border = new vscode.ThemeColor('sourceAnnotator.quoteBorder');
    if (style === 'background') return { backgroundColor: color, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
    if (style === 'underline') return { borderColor: border, borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
    return { borderColor: border, borderStyle: 'dotted', borderWidth: '1px', borderRadius: '2px', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  }
  if (style === 'background') return { backgroundColor: color, borderRadius: '2px', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  // Highlight colours are translucent for backgrounds; borders reuse them and stay readable on both themes.
  if (style === 'underline') return { borderColor: color, borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  return { borderColor: color, borderStyle: 'solid', borderWidth: '1px', borderRadius: '2px', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
}

/**
 * Every decoration type the extension uses, created once at activation and reused (creating types per update
 * leaks CSS and memory in the renderer). One set per highlight style, so changing the style setting switches
 * sets instead of recreating types.
 */
export class DecorationTypes implements vscode.Disposable {
  private readonly byStyle = new Map<HighlightStyle, Map<HighlightKind, vscode.TextEditorDecorationType>>();
  /** Outline of spans the user confirmed or annotated. */
  readonly confirmed = vscode.window.createTextEditorDecorationType({
    outlineColor: new vscode.ThemeColor('sourceAnnotator.confirmedBorder'),
    outlineStyle: 'solid',
    outlineWidth: '1px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  constructor() {
    for (const style of STYLES) {
      const m = new Map<HighlightKind, vscode.TextEditorDecorationType>();
      for (const kind of HIGHLIGHT_KINDS) m.set(kind, vscode.window.createTextEditorDecorationType(options(kind, style)));
      this.byStyle.set(style, m);
    }
  }

  of(style: HighlightStyle, kind: HighlightKind): vscode.TextEditorDecorationType {
    return this.byStyle.get(style)!.get(kind)!;
  }

  /** Every type (for clearing an editor). */
  all(): vscode.TextEditorDecorationType[] {
    return [...[...this.byStyle.values()].flatMap((m) => [...m.values()]), this.confirmed];
  }

  dispose(): void {
    for (const t of this.all()) t.dispose();
  }
}
