import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';

const split = (text: string): string[] => splitSentences(text, detectStructure(text)).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits on final punctuation followed by a capital', () => {
    assert.deepStrictEqual(split('The plant closed. Workers left! Was it fair? Nobody said.'), ['The plant closed.', 'Workers left!', 'Was it fair?', 'Nobody said.']);
  });

  it('does not split after titles, initials, month abbreviations or dotted acronyms mid-sentence', () => {
    assert.deepStrictEqual(split('Mr. Ortiz and Dr. Lane met John F. Kerry on Jan. 5 at the U.N. headquarters. Then they left.'), [
      'Mr. Ortiz and Dr. Lane met John F. Kerry on Jan. 5 at the U.N. headquarters.',
      'Then they left.',
    ]);
  });

  it('splits after a dotted acronym when a sentence starter follows', () => {
    assert.deepStrictEqual(split('The order came from the U.S. The ship turned back.'), ['The order came from the U.S.', 'The ship turned back.']);
  });

  it('keeps a closing quote after the period inside the sentence', () => {
    assert.deepStrictEqual(split('“We will win.” The coach smiled. He said: "Go home." Fans cheered.'), [
      '“We will win.”',
      'The coach smiled.',
      'He said: "Go home."',
      'Fans cheered.',
    ]);
  });

  it('keeps a multi-sentence quotation with its attribution in one sentence', () => {
    assert.deepStrictEqual(split('“We lost. We will be back,” said coach Ada Moss. The fans left. "It hurts. A lot." Then silence.'), [
      '“We lost. We will be back,” said coach Ada Moss.',
      'The fans left.',
      '"It hurts. A lot."',
      'Then silence.',
    ]);
  });

  it('always ends a sentence at a line break and skips blank lines', () => {
    assert.deepStrictEqual(split('A line without end\n\nAnother paragraph here\nand a new line.'), ['A line without end', 'Another paragraph here', 'and a new line.']);
  });

  it('leaves the Q:/A: labels of an FAQ and the date label outside the span, and tags regions', () => {
    const text = ' date 2022-01-02 The vote passed.\n\nFAQ\n\nQ: Did it pass?\n\nA: Yes, it did.';
    const sentences = splitSentences(text, detectStructure(text));
    assert.deepStrictEqual(sentences.map((s) => text.slice(s.start, s.end)), ['The vote passed.', 'FAQ', 'Did it pass?', 'Yes, it did.']);
    assert.deepStrictEqual(sentences.map((s) => s.region ?? 'body'), ['body', 'faq', 'faq', 'faq']);
  });

  it('handles CRLF without putting CR inside a sentence', () => {
    const text = 'One here.\r\nTwo there.\r\n';
    assert.deepStrictEqual(split(text), ['One here.', 'Two there.']);
  });
});
