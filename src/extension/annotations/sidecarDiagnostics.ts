import * as vscode from 'vscode';
import type { SidecarProblem } from '../../core/annotations/problems';

const SEVERITY: Record<SidecarProblem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Shows sidecar problems in the Problems panel, each on its line (to the end of that line). */
export function publishDiagnostics(collection: vscode.DiagnosticCollection, sidecar: vscode.Uri, source: string | undefined, problems: readonly SidecarProblem[]): void {
  if (problems.length === 0) {
    collection.delete(sidecar);
    return;
  }
  const lines = source?.split(/\r?\n/) ?? [];
  collection.set(
    sidecar,
    problems.map((p) => {
      const line = Math.max(0, p.line - 1);
      const col = Math.max(0, p.column - 1);
      const endCol = Math.max(col + 1, lines[line]?.length ?? col + 1);
      const d = new vscode.Diagnostic(new vscode.Range(line, col, line, endCol), p.message, SEVERITY[p.severity]);
      d.source = 'Source Annotator';
      if (p.id) d.code = p.id;
      return d;
    }),
  );
}
