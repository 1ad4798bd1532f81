import * as vscode from 'vscode';

/**
 * Registers a command with errors reported to the user and the log. Each command id has one owner; should
 * one be registered twice by mistake, the second registration is skipped (logged) instead of aborting
 * activation.
 */
export function registerCommandOnce(
  log: vscode.LogOutputChannel,
  id: string,
  handler: (...args: any[]) => unknown,
): vscode.Disposable {
  try {
    return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        log.error(`${id}: ${message}`);
        void vscode.window.showErrorMessage(`Source Annotator: ${message}`);
        return undefined;
      }
    });
  } catch (err) {
    log.debug(`${id} is registered by another feature area; keeping that one (${String(err)})`);
    return new vscode.Disposable(() => undefined);
  }
}
