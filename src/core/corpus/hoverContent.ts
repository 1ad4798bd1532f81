import type { EntityType } from '../analysis/types';
import { commandLink, escapeMarkdown, shorten } from './markdown';
import type { DiffPart } from './wordDiff';
import type { QuoteRelation } from './quoteMatch';

/** The commands a hover card may run; the extension lists exactly these in `isTrusted.enabledCommands`. */
export const HOVER_COMMANDS = [
  'sourceAnnotator.openMention',
  'sourceAnnotator.confirmSuggestion',
  'sourceAnnotator.rejectSuggestion',
  'sourceAnnotator.editNote',
  'sourceAnnotator.showReferences',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** Where a link in a card goes: `{ uri, start, end }`, as the commands take it. */
export interface Target {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export interface CardAction {
  readonly label: string;
  readonly command: HoverCommand;
  readonly args: Target;
}

/** A short piece of text around a span of another article. */
export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface ArticleLine {
  readonly fileName: string;
  readonly date: string | null;
  readonly target: Target;
}

export interface EntityCardInput {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
  readonly articleCount: number;
  readonly totalArticles: number;
  readonly others: readonly (ArticleLine & { readonly snippet: Snippet; readonly mentionsThere?: number })[];
  /** Other articles with the entity not listed (card length cap). */
  readonly moreArticles: number;
  readonly notes: readonly string[];
  /** "confirmed" / "your annotation" when the user decided on this span. */
  readonly status?: string;
  readonly actions: readonly CardAction[];
}

export interface QuoteOccurrenceLine extends ArticleLine {
  readonly relation: QuoteRelation;
  readonly similarity: number;
  readonly speakerName: string | null;
  readonly sameSpeaker: boolean;
  readonly diff?: readonly DiffPart[];
}

export interface QuoteCardInput {
  readonly text: string;
  readonly speaker: { readonly name: string; readonly target?: Target } | null;
  readonly occurrences: readonly QuoteOccurrenceLine[];
  readonly matches: readonly SentenceLine[];
  readonly notes: readonly string[];
  readonly actions: readonly CardAction[];
}

export interface SentenceLine extends ArticleLine {
  readonly text: string;
  readonly similarity: number;
}

export interface ClaimCardInput {
  readonly text: string;
  readonly speakers: readonly string[];
  readonly matches: readonly SentenceLine[];
  readonly notes: readonly string[];
  readonly actions: readonly CardAction[];
}

/** Cuts `text` to a snippet of about `width` characters on each side of [start, end). */
export function snippetAround(text: string, start: number, end: number, width = 50): Snippet {
  let a = Math.max(0, start - width), b = Math.min(text.length, end + width);
  // Snap to word boundaries so the snippet does not open or close mid-word.
  if (a > 0) { const sp = text.indexOf(' ', a); if (sp >= 0 && sp < start) a = sp + 1; }
  if (b < text.length) { const sp = text.lastIndexOf(' ', b); if (sp > end) b = sp; }
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (a > 0 ? '…' : '') + clean(text.slice(a, start)).trimStart(),
    match: clean(text.slice(start, end)),
    after: clean(text.slice(end, b)).trimEnd() + (b < text.length ? '…' : ''),
  };
}

const esc = escapeMarkdown;
const pct = (x: number) => Math.round(x * 100) + '%';
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function articleLabel(line: ArticleLine): string {
  return line.fileName + (line.date ? ` (${line.date})` : '');
}

function renderSnippet(s: Snippet): string {
  return esc(s.before) + '**' + esc(s.match) + '**' + esc(s.after);
}

function renderActions(actions: readonly CardAction[]): string {
  return actions.map((a) => commandLink(a.label, a.command, a.args)).join(' · ');
}

function renderNotes(notes: readonly string[]): string[] {
  return notes.length ? ['', '**Your notes**', '', ...notes.map((n) => '- ' + esc(shorten(n, 300)))] : [];
}

export function renderDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => p.op === 'same' ? esc(p.text) : p.op === 'added' ? '**+' + esc(p.text) + '**' : '~~' + esc(p.text) + '~~').join(' ');
}

function renderMatches(matches: readonly SentenceLine[]): string[] {
  if (!matches.length) return [];
  return ['', '**Same fact elsewhere**', '', ...matches.map((m) =>
    `- ${commandLink(articleLabel(m), 'sourceAnnotator.openMention', m.target)} · ${pct(m.similarity)} similar: ${esc(shorten(m.text, 160))}`)];
}

/** Markdown of an entity card. Every article-derived string is escaped. */
export function entityCardMarkdown(c: EntityCardInput): string {
  const lines: string[] = [];
  lines.push(`**${esc(c.name)}** · ${c.type}` + (c.status ? ` · _${esc(c.status)}_` : ''));
  const aliases = c.aliases.filter((a) => a !== c.name);
  if (aliases.length) lines.push('', 'Also: ' + aliases.slice(0, 8).map((a) => esc(a)).join(', ') + (aliases.length > 8 ? ', …' : ''));
  lines.push('', `${plural(c.mentionCount, 'mention')} in ${c.articleCount} of ${plural(c.totalArticles, 'article')}`);
  if (c.others.length) {
    lines.push('');
    for (const o of c.others) {
      const count = o.mentionsThere && o.mentionsThere > 1 ? ` (${o.mentionsThere}×)` : '';
      lines.push(`- ${commandLink(articleLabel(o), 'sourceAnnotator.openMention', o.target)}${count}: ${renderSnippet(o.snippet)}`);
    }
    if (c.moreArticles > 0) lines.push(`- … and ${plural(c.moreArticles, 'more article')}`);
  }
  lines.push(...renderNotes(c.notes));
  if (c.actions.length) lines.push('', renderActions(c.actions));
  return lines.join('\n');
}

const RELATION_LABEL: Record<QuoteRelation, string> = {
  verbatim: 'verbatim',
  trimmed: 'shortened',
  extended: 'longer',
  changed: 'with changes',
};

/** Markdown of a quote card: speaker, the same quote elsewhere, who it is attributed to there. */
export function quoteCardMarkdown(c: QuoteCardInput): string {
  const lines: string[] = [];
  const speaker = c.speaker
    ? (c.speaker.target ? commandLink(c.speaker.name, 'sourceAnnotator.openMention', c.speaker.target) : esc(c.speaker.name))
    : '_no speaker found_';
  lines.push(`**Quote** · said by ${speaker}`, '', '> ' + esc(shorten(c.text, 280)));
  if (c.occurrences.length) {
    lines.push('', '**Also quoted in**', '');
    for (const o of c.occurrences) {
      const who = o.speakerName === null ? 'attributed to **no one**'
        : o.sameSpeaker ? 'same speaker' : 'attributed to **' + esc(o.speakerName) + '**';
      lines.push(`- ${commandLink(articleLabel(o), 'sourceAnnotator.openMention', o.target)} · ${RELATION_LABEL[o.relation]} · ${who}`);
      if (o.diff && o.relation !== 'verbatim') lines.push(`  - differences: ${renderDiff(o.diff)}`);
    }
  } else {
    lines.push('', '_Not quoted in any other article._');
  }
  lines.push(...renderMatches(c.matches));
  lines.push(...renderNotes(c.notes));
  if (c.actions.length) lines.push('', renderActions(c.actions));
  return lines.join('\n');
}

/** Markdown of a claim card: the sentences of other articles stating the same fact, with their similarity. */
export function claimCardMarkdown(c: ClaimCardInput): string {
  const lines: string[] = [];
  lines.push('**Claim**' + (c.speakers.length ? ' · by ' + c.speakers.map((s) => esc(s)).join(', ') : ''));
  lines.push(...renderMatches(c.matches));
  if (!c.matches.length) lines.push('', '_No other article states this._');
  lines.push(...renderNotes(c.notes));
  if (c.actions.length) lines.push('', renderActions(c.actions));
  return lines.join('\n');
}
