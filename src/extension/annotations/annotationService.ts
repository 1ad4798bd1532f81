import type * as vscode from 'vscode';
import type { AnnotationService } from '../services';

// STUB — owned by the annotations work (issue 5): sidecar I/O through workspace.fs, re-anchoring, diagnostics.
export function createAnnotationService(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): AnnotationService {
  throw new Error('not implemented');
}
