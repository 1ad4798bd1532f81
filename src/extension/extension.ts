import * as vscode from 'vscode';
import type { Services } from './services';
import { createIndexService } from './index/indexService';
import { createAnnotationService } from './annotations/annotationService';
import { registerDecorations } from './decorations/decorations';
import { registerHovers } from './hovers/hoverProvider';
import { registerAnnotationCommands } from './commands/annotationCommands';
import { registerNavigation, type NavigationViews } from './views/registerViews';
import { registerLanguageFeatures } from './providers/registerProviders';

/** The API returned from activate(): used by the in-host tests and by other extensions. */
export interface SourceAnnotatorApi {
  readonly services: Services;
  /** The tree view providers (navigation area), so tests can inspect the trees' children. */
  readonly navigation?: NavigationViews;
}

export async function activate(context: vscode.ExtensionContext): Promise<SourceAnnotatorApi> {
  const log = vscode.window.createOutputChannel('Source Annotator', { log: true });
  context.subscriptions.push(log);
  const annotations = createAnnotationService(context, log);
  const index = createIndexService(context, log, annotations);
  const services: Services = { context, log, index, annotations };
  context.subscriptions.push(annotations, index);

  registerDecorations(services);
  registerHovers(services);
  registerAnnotationCommands(services);
  const navigation = registerNavigation(services);
  registerLanguageFeatures(services);
  log.info('Source Annotator activated');
  return { services, navigation };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
