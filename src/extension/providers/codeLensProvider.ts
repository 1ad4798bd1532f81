import * as vscode from 'vscode';
import { formatSummary, summarizeArticle } from '../../core/navigation/articleSummary';
import type { IndexService } from '../services';

export const CODELENS_SETTING = 'sourceAnnotator.codeLens.enabled';

/** One summary line at the top of each article; clicking it opens the Source Annotator views. */
export class ArticleSummaryCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly index: IndexService) {
    this.subscriptions = [
      this.changed,
      index.onDidUpdate(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(CODELENS_SETTING)) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration().get<boolean>(CODELENS_SETTING, true)) return [];
    if (!this.index.isArticle(document.uri)) return [];
    const article = this.index.get(document.uri);
    if (!article) return [];
    const summary = summarizeArticle(article.analysis, (id) => this.index.entity(id)?.articleCount ?? 1, article.uri.toString());
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title: formatSummary(summary),
        tooltip: 'Open the Source Annotator views',
        command: 'workbench.view.extension.sourceAnnotator',
      }),
    ];
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
