import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../core/corpus/hoverContent';
import { hasCorpus } from '../index/indexService';
import { analysedShift } from '../index/documentText';
import type { Services } from '../services';
import { hoverAt, type CardContext } from '../../core/corpus/cards';
import { VscodeCardContext } from './hoverCards';
import { openMention, type MentionArgs } from './openMention';

/** Card Markdown is built from escaped article text; only our own commands may run from it. */
export function trustedCard(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return md;
}

class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services, private readonly cards: CardContext) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const { index } = this.services;
    if (!hasCorpus(index) || !index.isArticle(doc.uri)) return undefined;
    const article = index.get(doc.uri);
    // A stale analysis (typing, debounced) would point at the wrong words: no card until it catches up.
    // Offsets are of the file's text: a BOM the document hides shifts them by one.
    const shift = article && analysedShift(article.text, doc);
    if (shift === undefined) return undefined;
    const hover = hoverAt(index.corpus, this.cards, doc.uri.toString(), doc.offsetAt(pos) + shift);
    if (!hover) return undefined;
    const at = (offset: number) => doc.positionAt(Math.max(0, offset - shift));
    return new vscode.Hover(trustedCard(hover.markdown), new vscode.Range(at(hover.span.start), at(hover.span.end)));
  }
}

export function registerHovers(services: Services): void {
  const { context, index, annotations } = services;
  context.subscriptions.push(vscode.commands.registerCommand('sourceAnnotator.openMention', (args: MentionArgs) => openMention(index, args)));
  if (!hasCorpus(index)) {
    services.log.warn('Hovers disabled: the index service exposes no corpus');
    return;
  }
  const provider = new ArticleHoverProvider(services, new VscodeCardContext(index, annotations));
  context.subscriptions.push(vscode.languages.registerHoverProvider({ pattern: '**/*' }, provider));
}
