import * as vscode from 'vscode';
import type { Span } from '../../core/analysis/types';
import type { CardAction, Target } from '../../core/corpus/hoverContent';
import type { CardContext } from '../../core/corpus/cards';
import type { CorpusIndexService } from '../index/indexService';
import type { AnnotationService, ResolvedAnnotation } from '../services';

const sameSpan = (a: Span, b?: Span) => !!b && a.start === b.start && a.end === b.end;

/** The card context inside VS Code: file names from URIs, notes and decisions from the annotation service. */
export class VscodeCardContext implements CardContext {
  constructor(private readonly index: CorpusIndexService, private readonly annotations: AnnotationService) {}

  private uri(path: string): vscode.Uri {
    return this.index.uriOf(path) ?? vscode.Uri.parse(path);
  }

  fileName(path: string): string {
    const p = this.uri(path).path;
    return p.slice(p.lastIndexOf('/') + 1);
  }

  target(path: string, start: number, end: number): Target {
    return { uri: this.uri(path).toString(), start, end };
  }

  private annotationsOf(uri: vscode.Uri): readonly ResolvedAnnotation[] {
    try { return this.annotations.forArticle(uri); } catch { return []; }
  }

  notes(path: string, span: Span, entityId?: string): string[] {
    const notes: string[] = [];
    for (const a of this.annotationsOf(this.uri(path))) {
      if (a.note && a.span && a.span.start < span.end && span.start < a.span.end) notes.push(a.note);
    }
    if (entityId) {
      let articles: readonly vscode.Uri[] = [];
      try { articles = this.annotations.articles(); } catch { /* none loaded */ }
      for (const u of articles) for (const a of this.annotationsOf(u)) if (a.note && a.entity === entityId) notes.push(a.note);
    }
    return [...new Set(notes)];
  }

  suggestion(path: string, span: Span): { actions: CardAction[]; status?: string } {
    const args = this.target(path, span.start, span.end);
    const ann = this.annotationsOf(this.uri(path)).find((a) => sameSpan(span, a.span) && a.kind !== 'note');
    const actions: CardAction[] = [];
    if (ann?.status !== 'confirmed') actions.push({ label: 'Confirm', command: 'sourceAnnotator.confirmSuggestion', args });
    if (ann?.status !== 'rejected') actions.push({ label: 'Reject', command: 'sourceAnnotator.rejectSuggestion', args });
    actions.push({ label: 'Add note', command: 'sourceAnnotator.editNote', args });
    return { actions, status: ann?.status === 'confirmed' ? 'confirmed' : ann ? 'your annotation' : undefined };
  }
}
