import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, until } from './hostHelpers';

type Summary = Record<string, number>;

describe('corpus: decorations', () => {
  it('highlights entities and quotes in a visible article editor', async () => {
    const { services } = await api();
    const article = services.index.all().find((a) => a.analysis.quotes.length > 0)!;
    const editor = await vscode.window.showTextDocument(article.uri);
    const summary = await until('decorations of the editor', async () =>
      (await vscode.commands.executeCommand<Summary | undefined>('sourceAnnotator._decorationSummary', editor.document.uri.toString())));
    assert.ok((summary.PERSON ?? 0) > 0, `PERSON highlights: ${JSON.stringify(summary)}`);
    assert.ok((summary.GPE ?? 0) > 0, `GPE highlights: ${JSON.stringify(summary)}`);
    assert.strictEqual(summary.QUOTE, article.analysis.quotes.length, 'every quote highlighted');
  });

  it('follows the highlight.types setting', async () => {
    const { services } = await api();
    const article = services.index.all().find((a) => a.analysis.quotes.length > 0)!;
    const editor = await vscode.window.showTextDocument(article.uri);
    const config = vscode.workspace.getConfiguration('sourceAnnotator.highlight');
    await config.update('types', ['GPE'], vscode.ConfigurationTarget.Workspace);
    try {
      const summary = await until('GPE-only decorations', async () => {
        const s = await vscode.commands.executeCommand<Summary | undefined>('sourceAnnotator._decorationSummary', editor.document.uri.toString());
        return s && !s.PERSON && !s.QUOTE && s.GPE > 0 ? s : undefined;
      });
      assert.ok(summary.GPE > 0);
    } finally {
      await config.update('types', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
