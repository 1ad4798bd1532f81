import type * as vscode from 'vscode';
import type { AnnotationService, IndexService } from '../services';

// STUB — owned by the corpus-index work (issue 4): background analysis of every article of the glob.
export function createIndexService(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel, _annotations: AnnotationService): IndexService {
  throw new Error('not implemented');
}
