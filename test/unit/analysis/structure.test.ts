import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';

const kinds = (text: string): string[] => detectStructure(text).regions.map((r) => `${r.kind}:${text.slice(r.start, r.end)}`);

describe('structure: date line', () => {
  it('reads a date label glued to the first paragraph after a leading space', () => {
    const text = ' date 2024-02-03 The council voted on Monday to close the bridge.';
    const s = detectStructure(text);
    assert.strictEqual(s.date, '2024-02-03');
    assert.deepStrictEqual(s.dateSpan, { start: 6, end: 16 });
    assert.deepStrictEqual(kinds(text), ['metadata:date 2024-02-03']);
    assert.strictEqual(s.headline, null, 'a glued paragraph is not a headline');
  });

  it('reads a date label after a BOM, alone on its line, then a headline', () => {
    const text = '\uFEFFDate: 2021-07-30\nFloods Hit Coastal Towns\n\nHeavy rain fell overnight.';
    const s = detectStructure(text);
    assert.strictEqual(s.date, '2021-07-30');
    assert.strictEqual(text.slice(s.dateSpan!.start, s.dateSpan!.end), '2021-07-30');
    assert.strictEqual(text.slice(s.headline!.start, s.headline!.end), 'Floods Hit Coastal Towns');
  });

  it('reads a headline glued to the date label', () => {
    const text = 'date 2020-10-10 Dam Bursts In Northern Valley\n\nWater flooded three villages.';
    const s = detectStructure(text);
    assert.deepStrictEqual(kinds(text), ['metadata:date 2020-10-10', 'headline:Dam Bursts In Northern Valley']);
    assert.strictEqual(s.date, '2020-10-10');
  });

  it('has no date without a label', () => {
    assert.strictEqual(detectStructure('2024 was a good year for farmers.').date, null);
  });
});

describe('structure: headline and headings', () => {
  it('takes a short first line without a final period as the headline, kicker included', () => {
    const text = 'breaking: Storm Closes Airport In Oslo\n\nFlights were cancelled on Friday.';
    assert.deepStrictEqual(kinds(text), ['headline:breaking: Storm Closes Airport In Oslo']);
  });

  it('does not take a first paragraph that ends with a period as the headline', () => {
    const text = 'The mayor opened the new library on Saturday.\n\nHundreds of children came.';
    assert.strictEqual(detectStructure(text).headline, null);
  });

  it('finds short title-case headings between paragraphs', () => {
    const text = 'Title Of The Piece\n\nFirst paragraph here.\n\nMarket Reaction\n\nShares rose.\n\nWhat Comes Next For Investors\n\nNobody knows.';
    assert.deepStrictEqual(kinds(text), ['headline:Title Of The Piece', 'heading:Market Reaction', 'heading:What Comes Next For Investors']);
  });

  it('does not take a sentence line as a heading', () => {
    const text = 'Some Headline Here\n\nIt rained.\n\nThe club said nothing.';
    assert.deepStrictEqual(kinds(text), ['headline:Some Headline Here']);
  });
});

describe('structure: boilerplate and FAQ', () => {
  it('marks scraper lines as boilerplate, one region per line', () => {
    const text = [
      'A Headline For Tests',
      '',
      'The body of the story is here.',
      '',
      'Read Also: Another Story About Trains',
      'Photo: Example Agency',
      'Advertisement',
      'Copyright 2024 Example Media. All rights reserved.',
      '12 comments',
      'Leave a Reply',
      'You May Also Like',
      'Image and article originally from www.example.com. Read the original article here.',
      'Now Read: Five Stocks To Watch',
      'Photo via Example Wire',
    ].join('\n');
    const b = detectStructure(text).regions.filter((r) => r.kind === 'boilerplate').map((r) => text.slice(r.start, r.end));
    assert.deepStrictEqual(b, [
      'Read Also: Another Story About Trains',
      'Photo: Example Agency',
      'Advertisement',
      'Copyright 2024 Example Media. All rights reserved.',
      '12 comments',
      'Leave a Reply',
      'You May Also Like',
      'Image and article originally from www.example.com. Read the original article here.',
      'Now Read: Five Stocks To Watch',
      'Photo via Example Wire',
    ]);
  });

  it('marks an FAQ heading and its Q:/A: lines as one faq region', () => {
    const text = 'Body text here.\n\nFAQ\n\nQ: Who won?\n\nA: The home side won.\n\nQ: When?\n\nA: On Sunday.';
    const faq = detectStructure(text).regions.filter((r) => r.kind === 'faq');
    assert.strictEqual(faq.length, 1);
    assert.strictEqual(text.slice(faq[0].start, faq[0].end), text.slice(text.indexOf('FAQ')));
  });

  it('marks a site path as boilerplate and finds the headline under it', () => {
    const text = 'Home › News › Counties › Nairobi\n\nRelief for landlords as court halts levy\n\nNAIROBI — The High Court ruled on Tuesday.';
    assert.deepStrictEqual(kinds(text), ['boilerplate:Home › News › Counties › Nairobi', 'headline:Relief for landlords as court halts levy']);
    // a sentence with the same mark is prose, not a path
    assert.deepStrictEqual(kinds('Headline Here\n\nPrices rose › fell › rose again, traders said.'), ['headline:Headline Here']);
  });

  it('keeps CRLF line ends out of the regions', () => {
    const text = 'Short Headline Here\r\n\r\nBody.\r\nRead More: Other Things\r\n';
    assert.deepStrictEqual(kinds(text), ['headline:Short Headline Here', 'boilerplate:Read More: Other Things']);
  });
});
