import * as vscode from 'vscode';
import type { Services } from '../services';
import { ArticleSummaryCodeLensProvider } from './codeLensProvider';
import { EntityDefinitionProvider } from './definitionProvider';
import { registerNavigationCommands } from './navigationCommands';
import { EntityReferenceProvider } from './referenceProvider';
import { EntityRenameProvider } from './renameProvider';
import { ArticleSymbolProvider, EntityWorkspaceSymbolProvider } from './symbolProviders';

/**
 * Articles can be any file the glob setting names, in any language mode and on any file system, so the
 * providers register for every document and each one asks the index whether the document is an article.
 */
const ARTICLES: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }, { scheme: 'untitled' }];

export function registerLanguageFeatures(services: Services): void {
  const { index, context } = services;
  const codeLens = new ArticleSummaryCodeLensProvider(index);
  context.subscriptions.push(
    codeLens,
    vscode.languages.registerDefinitionProvider(ARTICLES, new EntityDefinitionProvider(index)),
    vscode.languages.registerReferenceProvider(ARTICLES, new EntityReferenceProvider(index)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLES, new ArticleSymbolProvider(index), { label: 'Source Annotator' }),
    vscode.languages.registerWorkspaceSymbolProvider(new EntityWorkspaceSymbolProvider(index)),
    vscode.languages.registerRenameProvider(ARTICLES, new EntityRenameProvider(services)),
    vscode.languages.registerCodeLensProvider(ARTICLES, codeLens),
    ...registerNavigationCommands(services),
  );
}
