import * as assert from 'assert';
import { findQuotes } from '../../../src/core/analysis/quotes';
import { structureOf } from './quotesHelpers';

const quotesOf = (text: string, headlineEnd?: number) =>
  findQuotes(text, structureOf(headlineEnd === undefined ? null : { start: 0, end: headlineEnd }), []);
const texts = (text: string, headlineEnd?: number) => quotesOf(text, headlineEnd).map((q) => q.text);

describe('findQuotes', () => {
  it('finds straight and curly double quotes, span inside the marks with inner punctuation', () => {
    const text = 'He said "we are ready," and she said “so are we.” Then they left.';
    const qs = quotesOf(text);
    assert.deepStrictEqual(qs.map((q) => q.text), ['we are ready,', 'so are we.']);
    for (const q of qs) {
      assert.strictEqual(text.slice(q.start, q.end), q.text);
      assert.strictEqual(q.markStart, q.start - 1);
      assert.strictEqual(q.markEnd, q.end + 1);
    }
  });

  it('splits a quotation interrupted by its attribution into two quotes', () => {
    const text = '“The talks went well,” the minister said. “We expect a deal soon.”';
    assert.deepStrictEqual(texts(text), ['The talks went well,', 'We expect a deal soon.']);
  });

  it('splits a quotation running over paragraphs into one quote per paragraph, none holding a mark or a break', () => {
    const text = 'She spoke at length.\n\n“We built this town from nothing.\n\n“We will rebuild it again,” she said.\n\nThe crowd cheered.';
    const qs = quotesOf(text);
    assert.deepStrictEqual(qs.map((q) => q.text), ['We built this town from nothing.', 'We will rebuild it again,']);
    // The open paragraph ends at its last character: no close mark, so markEnd = end.
    assert.strictEqual(text[qs[0].markStart], '“');
    assert.strictEqual(qs[0].markEnd, qs[0].end);
    assert.strictEqual(text.slice(qs[1].markStart, qs[1].markEnd), '“We will rebuild it again,”');
    for (const q of qs) assert.ok(!/["“”«»„]|\n\s*\n/.test(q.text), q.text);
  });

  it('splits three straight-quoted paragraphs the same way, and a re-opening line after a single newline', () => {
    const text = 'Intro.\n\n"They gave us a home.\n\n"Now it is a new chapter.\n\n"We are ready," he said.';
    assert.deepStrictEqual(texts(text), ['They gave us a home.', 'Now it is a new chapter.', 'We are ready,']);
    assert.deepStrictEqual(texts('"First part of the statement.\n"Second part," he said.'), ['First part of the statement.', 'Second part,']);
  });

  it('never treats apostrophes as quote marks', () => {
    const text = 'Russia’s army and the United States’ allies don’t agree; it’s the ’90s again, said O’Brien.';
    assert.deepStrictEqual(quotesOf(text), []);
  });

  it('does not let an unbalanced mark swallow the rest of the article', () => {
    const text = 'He held a sign reading "Enough and walked on.\n\nThe next paragraph has “a real quote” in it.\n\nAnd more text.';
    assert.deepStrictEqual(texts(text), ['a real quote']);
  });

  it('keeps a paragraph-opening quotation whose close mark is missing to its own paragraph', () => {
    const text = 'Intro.\n\n“We will not stop until the job is done.\n\nThe meeting ended at noon.';
    assert.deepStrictEqual(texts(text), ['We will not stop until the job is done.']);
  });

  it('ignores inch marks after numbers', () => {
    assert.deepStrictEqual(quotesOf('He bought a 55" screen and a 32" one.'), []);
  });

  it('classifies a short unattributed phrase as a scare quote and keeps attributed ones as fragments', () => {
    const scare = quotesOf('The company’s “innovative” approach drew a crowd.');
    assert.strictEqual(scare[0].kind, 'scare');
    const soCalled = quotesOf('Critics dismissed the so-called “clean” bill.');
    assert.strictEqual(soCalled[0].kind, 'scare');
    const fragment = quotesOf('Lee described the plan as “reckless” on Monday.');
    assert.strictEqual(fragment[0].kind, 'fragment');
  });

  it('marks whole quoted sentences full and embedded clauses partial', () => {
    const qs = quotesOf('“We are ready to talk to anyone,” Lee said, adding that the offer “stands for as long as it takes.”');
    assert.deepStrictEqual(qs.map((q) => q.kind), ['full', 'partial']);
  });

  it('never takes single curly quotes, not even in the headline', () => {
    const text = '‘We are not afraid’: marchers defy ban\n\nThe ‘heroes’ of the day are Russia’s ‘new’ allies.';
    assert.deepStrictEqual(texts(text, text.indexOf('\n')), []);
  });

  it('accepts guillemets and German low-high quotes', () => {
    assert.deepStrictEqual(texts('Il a dit « nous verrons » hier. Er sagte „wir kommen“ morgen.'), [' nous verrons ', 'wir kommen']);
  });

  it('keeps offsets exact with CRLF, a BOM, emoji and combining marks', () => {
    const text = '\ufeffCafe\u0301 news 😀\r\n\r\n“Quote with 😀 emoji,” said Ana.\r\n\r\n“Second\r\n\r\n“part,” she added.';
    const qs = quotesOf(text);
    assert.deepStrictEqual(qs.map((q) => text.slice(q.start, q.end)), ['Quote with 😀 emoji,', 'Second', 'part,']);
    assert.deepStrictEqual(qs.map((q) => q.text), ['Quote with 😀 emoji,', 'Second', 'part,']);
    assert.strictEqual(text[qs[0].markStart], '“');
  });

  it('is deterministic', () => {
    const text = '“A,” he said. "B" and “c” then “D.”';
    assert.deepStrictEqual(quotesOf(text), quotesOf(text));
  });
});

describe('findQuotes on hard-wrapped text', () => {
  it('follows a quotation over single line breaks inside a paragraph', () => {
    const text = [
      'Officials met on Monday to discuss the plan. "We will win this fight.',
      'We always do," the mayor told the council, which voted on the budget',
      'later that evening. "Nobody is leaving," she added.',
      '',
      'The vote passed.',
    ].join('\n');
    assert.deepStrictEqual(texts(text), ['We will win this fight.\nWe always do,', 'Nobody is leaving,']);
  });
});
