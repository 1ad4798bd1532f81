import * as vscode from 'vscode';

/** The status-bar item showing background analysis progress, then a summary. */
export class IndexStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.index', vscode.StatusBarAlignment.Left, 10);
  private lastShown = 0;

  constructor() {
    this.item.name = 'Source Annotator: Index';
    this.item.command = 'sourceAnnotator.reanalyze';
    this.item.text = '$(sync~spin) Source Annotator';
    this.item.show();
  }

  progress(done: number, total: number): void {
    // Updating the status bar per article of 10,000 costs more than the analysis; refresh ~10×/s.
    const now = Date.now();
    if (done !== total && done !== 1 && now - this.lastShown < 100) return;
    this.lastShown = now;
    this.item.text = `$(sync~spin) Analysing ${done}/${total}`;
    this.item.tooltip = 'Source Annotator is analysing the articles of this workspace';
  }

  done(articles: number, entities: number, skipped: number): void {
    this.item.text = `$(book) ${articles} article${articles === 1 ? '' : 's'}`;
    this.item.tooltip = `${articles} articles analysed, ${entities} entities` + (skipped ? `, ${skipped} skipped (see the Source Annotator log)` : '') + '. Click to re-analyse.';
  }

  dispose(): void {
    this.item.dispose();
  }
}
