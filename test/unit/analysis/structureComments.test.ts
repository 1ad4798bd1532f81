import * as assert from 'assert';
import { commentLineKind, detectStructure } from '../../../src/core/analysis/structure';

/** The text of every boilerplate region, in order. */
const boiler = (text: string): string[] =>
  detectStructure(text)
    .regions.filter((r) => r.kind === 'boilerplate')
    .map((r) => text.slice(r.start, r.end));

const STORY = ['Harbour Bridge Reopens After Repairs', '', 'The harbour bridge reopened to traffic on Tuesday after six weeks of repairs.', '', 'Engineers said the new cables would last for decades.', ''];

describe('structure: reader comments', () => {
  it('marks a WordPress comment block: count, commenter "says:", time stamp, text, reply form', () => {
    const text = [
      ...STORY,
      '2 Comments',
      '',
      'Tom Hale says:',
      'April 2, 2024 at 7:45 pm',
      'About time, the detour added an hour to my commute.',
      'Reply',
      '',
      'Greta Lind says:',
      'April 3, 2024 at 8:01 am',
      'Who paid for it? The council never says.',
      '',
      'Leave a Reply Cancel reply',
      '',
      'Your email address will not be published. Required fields are marked *',
      'Comment *',
      'Name *',
      'Email *',
      'Website',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment',
    ].join('\n');
    const b = boiler(text);
    assert.strictEqual(b[0], '2 Comments');
    assert.ok(b.includes('About time, the detour added an hour to my commute.'));
    assert.ok(b.includes('Who paid for it? The council never says.'));
    assert.strictEqual(b[b.length - 1], 'Post Comment');
    assert.strictEqual(b.length, 16, 'every non-empty line of the block');
    assert.ok(!b.some((l) => l.startsWith('Engineers')), 'the story stays prose');
  });

  it('marks a Disqus-style block: name and "2 hours ago" on one line, action bar', () => {
    const text = [...STORY, 'Comments', '', 'Rafael Ortiz \u2022 2 hours ago', 'Great news for the east side.', 'Reply \u2022 Share \u203a', '', 'kayak_mum \u2022 a day ago', 'Finally!', 'Reply'].join('\n');
    assert.deepStrictEqual(boiler(text), ['Comments', 'Rafael Ortiz \u2022 2 hours ago', 'Great news for the east side.', 'Reply \u2022 Share \u203a', 'kayak_mum \u2022 a day ago', 'Finally!', 'Reply']);
  });

  it('marks a news-site block: "Comments (1)", name line, time stamp line, text, "Report | Reply"', () => {
    const text = [...STORY, 'Comments (1)', '', 'Ines Barros', '03/04/2024 09:12', 'The cables are from the old design.', 'Report | Reply'].join('\n');
    assert.deepStrictEqual(boiler(text), ['Comments (1)', 'Ines Barros', '03/04/2024 09:12', 'The cables are from the old design.', 'Report | Reply']);
  });

  it('takes a bare name line under "Leave a Reply" as a commenter ("Marta G.")', () => {
    const text = [...STORY, 'Leave a Reply', '', 'Olga P.', 'Too little, too late??'].join('\n');
    assert.deepStrictEqual(boiler(text), ['Leave a Reply', 'Olga P.', 'Too little, too late??']);
  });

  it('finds a commenter with a time stamp without any count line', () => {
    const text = [...STORY, 'Jan Novak says:', 'May 5, 2024 at 10:02 am', 'Nice write-up.'].join('\n');
    assert.deepStrictEqual(boiler(text), ['Jan Novak says:', 'May 5, 2024 at 10:02 am', 'Nice write-up.']);
    const inline = [...STORY, 'Jan Novak on May 5, 2024 at 10:02 am said:', 'Nice write-up.'].join('\n');
    assert.deepStrictEqual(boiler(inline), ['Jan Novak on May 5, 2024 at 10:02 am said:', 'Nice write-up.']);
  });

  it('keeps prose after a count line near the top, and a comment left open at the end to one paragraph', () => {
    const top = ['Harbour Bridge Reopens', '', '14 comments', '', 'The harbour bridge reopened on Tuesday.', '', 'Engineers praised the work.'].join('\n');
    assert.deepStrictEqual(boiler(top), ['14 comments']);
    const open = [...STORY, 'Comments', 'Ann Wu', 'June 1, 2024 at 6:30 pm', 'Lovely.', '', 'Traffic is expected to return to normal by Friday.'].join('\n');
    assert.deepStrictEqual(boiler(open), ['Comments', 'Ann Wu', 'June 1, 2024 at 6:30 pm', 'Lovely.']);
  });

  it('opens no comment block at a count line near the top (a kicker or the byline widget)', () => {
    const text = ['Comment', 'Why Bridges Need Care', 'Repairs are cheaper than rebuilding, argues an engineer.', '', 'The harbour bridge reopened on Tuesday.', '', 'Engineers praised the work.', '', 'More repairs are planned for the spring and the council has set money aside.'].join('\n');
    assert.deepStrictEqual(boiler(text), ['Comment']);
  });

  it('does not take a byline with a time stamp at the top, or a speaker line before a quotation, as a comment', () => {
    const byline = ['Bridge Reopens', '', 'Ann Wu', 'June 1, 2024 at 6:30 pm', '', 'The harbour bridge reopened on Tuesday.', '', 'Engineers praised the work.', '', 'More repairs are planned.'].join('\n');
    assert.deepStrictEqual(boiler(byline), []);
    const speech = [...STORY, 'The mayor said:', '', '"We kept our promise to the city."'].join('\n');
    assert.deepStrictEqual(boiler(speech), []);
  });

  it('classifies comment lines', () => {
    const kind = (s: string): number => commentLineKind(s, { start: 0, end: s.length });
    assert.strictEqual(kind('3 thoughts on \u201cBridge reopens\u201d'), kind('1 comment'));
    assert.notStrictEqual(kind('3 comments on the budget'), kind('1 comment'), 'a headline is not a comment count');
    assert.strictEqual(kind('Rates rose to 3.25'), 0, 'a decimal number is not a clock time');
    assert.strictEqual(kind('The harbour bridge reopened to traffic on Tuesday after six weeks of repairs.'), 0);
  });
});
