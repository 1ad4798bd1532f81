import * as assert from 'assert';
import { commandLink, escapeMarkdown } from '../../../src/core/corpus/markdown';
import { entityCardMarkdown, quoteCardMarkdown, snippetAround, type EntityCardInput } from '../../../src/core/corpus/hoverContent';

const ATTACK_LINK = '[x](command:workbench.action.terminal.new)';
const ATTACK_IMG = '<img src=x onerror=alert(1)>';

/** What a Markdown renderer could turn into a link, image, HTML tag or autolink if left unescaped. */
function liveSyntax(md: string): string[] {
  const found: string[] = [];
  if (/(^|[^\\])\]\((?!command:sourceAnnotator\.)/.test(md)) found.push('link to a foreign target');
  if (/(^|[^\\])<[a-zA-Z!/]/.test(md)) found.push('html tag');
  if (/command:(?!sourceAnnotator\.)/.test(md.replace(/\\./g, ''))) found.push('foreign command');
  if (/(^|[^\\])&[a-z#0-9]+;/i.test(md)) found.push('entity');
  return found;
}

describe('corpus: hover Markdown escaping', () => {
  it('renders a command link from article text inert', () => {
    const e = escapeMarkdown(ATTACK_LINK);
    assert.strictEqual(e, '\\[x\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)');
    assert.deepStrictEqual(liveSyntax(e), []);
  });

  it('renders an <img onerror> from article text inert', () => {
    const e = escapeMarkdown(ATTACK_IMG);
    assert.ok(!/(^|[^\\])</.test(e), e);
    assert.deepStrictEqual(liveSyntax(e), []);
  });

  it('escapes emphasis, headings, autolinks, entities and line breaks', () => {
    assert.strictEqual(escapeMarkdown('*a* _b_ # c'), '\\*a\\* \\_b\\_ \\# c');
    assert.strictEqual(escapeMarkdown('https://x.y'), 'https\\:\\/\\/x\\.y');
    assert.strictEqual(escapeMarkdown('a &amp; b'), 'a \\&amp\\; b');
    assert.strictEqual(escapeMarkdown('one\ntwo\r\nthree'), 'one two three');
  });

  it('checks itself: the detector sees live syntax', () => {
    assert.notDeepStrictEqual(liveSyntax(ATTACK_LINK), []);
    assert.notDeepStrictEqual(liveSyntax(ATTACK_IMG), []);
  });

  it('builds command links with JSON arguments we encode', () => {
    const link = commandLink('a.txt (2023)', 'sourceAnnotator.openMention', { uri: 'file:///w/a b.txt', start: 1, end: 5 });
    const m = /^\[(.*)\]\(command:sourceAnnotator\.openMention\?([^)\s]+)\)$/.exec(link);
    assert.ok(m, link);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(m![2])), { uri: 'file:///w/a b.txt', start: 1, end: 5 });
  });

  it('keeps a card built from hostile article text inert', () => {
    const text = `Before ${ATTACK_LINK} and ${ATTACK_IMG} after`;
    const input: EntityCardInput = {
      name: ATTACK_IMG, type: 'PERSON', aliases: [ATTACK_IMG, ATTACK_LINK], mentionCount: 2, articleCount: 2, totalArticles: 3,
      others: [{ fileName: '[evil](command:workbench.action.terminal.new).txt', date: null, target: { uri: 'file:///w/e.txt', start: 7, end: 50 }, snippet: snippetAround(text, 7, 50) }],
      moreArticles: 0, notes: [ATTACK_LINK], actions: [{ label: 'Confirm', command: 'sourceAnnotator.confirmSuggestion', args: { uri: 'file:///w/a.txt', start: 0, end: 3 } }],
    };
    const md = entityCardMarkdown(input);
    assert.deepStrictEqual(liveSyntax(md), [], md);
    assert.ok(md.includes('command:sourceAnnotator.openMention?'), 'our own links remain');
    const q = quoteCardMarkdown({ text, speaker: { name: ATTACK_LINK }, occurrences: [], matches: [], notes: [], actions: [] });
    assert.deepStrictEqual(liveSyntax(q), [], q);
  });

  it('cuts a snippet at word boundaries around the span', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const s = snippetAround(text, text.indexOf('six'), text.indexOf('six') + 3, 10);
    assert.strictEqual(s.match, 'six');
    assert.ok(s.before.startsWith('…') && s.after.endsWith('…'));
    assert.ok(!/\w…$/.test(s.before) && !s.before.includes('thre'), s.before);
  });
});
