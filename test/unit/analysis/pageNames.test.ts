import * as assert from 'assert';
import { pagePeople, siteNameAtTop } from '../../../src/core/analysis/entities/pageNames';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { expect, expectNot } from './entityExpect';

// Names a scraped page carries outside its prose: the site (first segment of its path line), commenters and press
// contacts; made-up pages.

const nameOf = (text: string) => {
  const s = siteNameAtTop(text);
  return s ? text.slice(s.start, s.end) : null;
};

describe('site name from the path line at the top of a page', () => {
  it('reads the first segment of a "›" path or of a line with bars', () => {
    assert.strictEqual(nameOf('Albany Courier › News › Makhanda\nTaps run dry\nText.'), 'Albany Courier');
    assert.strictEqual(nameOf('North Thompson Now | News | Wildfires\nUPDATE: fire grows\nText.'), 'North Thompson Now');
    assert.strictEqual(nameOf('Zambezi Tribune | Health\nCholera jabs begin\nText.'), 'Zambezi Tribune');
  });

  it('names no site for a section path, a byline or a date line, or a bar below the top', () => {
    assert.strictEqual(nameOf('Science › Environment\nMarine heatwaves\nText.'), null);
    assert.strictEqual(nameOf('Home › News › World\nHeadline\nText.'), null);
    assert.strictEqual(nameOf('Fire grows overnight\nBy Ann Lee | Valley Courier | May 3\nText.'), null);
    assert.strictEqual(nameOf('Headline here\nStandfirst here\nA paragraph.\nAnother one.\nLate | Line | Here\n'), null);
  });

  it('makes every mention of the site an outlet, the one in the article body too', () => {
    const page = 'Climate Desk Africa › Water › Drought\nMakhanda’s taps run dry\nThe dam is low, she told Climate Desk Africa.\n';
    expect(page, 'ORG:Climate Desk Africa');
    expectNot(page, 'LOC:Africa');
  });
});

describe('commenters and press contacts', () => {
  const page = 'Headline here\nThe text said so on Monday.\n3 comments\nFreightNerd_77 · 2 h\nGood luck to them.\nInes Baptista · 1 h\nSame here.\nBy Ann Lee · Nov 5, 2025\nMedia contact: Sneha Kulkarni, Head of Communications, Lumora\n';
  it('a name before " · <time of posting>" and the name after "Media contact:" are people; a handle names nobody', () => {
    const names = pagePeople(page).map((s) => page.slice(s.start, s.end));
    assert.deepStrictEqual(names, ['Ines Baptista', 'Ann Lee', 'Sneha Kulkarni']);
    expect(page, 'PERSON:Ines Baptista', 'PERSON:Sneha Kulkarni');
    expectNot(page, 'PERSON:FreightNerd_77', 'ORG:FreightNerd_77');
  });

  it('a press contact after the end of a sentence on the same line', () => {
    const line = 'Members of the association agreed. Media contact: Ayu Kartika Sari Head of Communications, Nusantara Live\n';
    assert.deepStrictEqual(pagePeople(line).map((s) => line.slice(s.start, s.end)), ['Ayu Kartika Sari']);
  });

  it('a middle dot between other words names nobody', () => {
    assert.deepStrictEqual(pagePeople('Share: Facebook · X · Threads\nNews · Sport · Weather\n'), []);
  });
});

describe('reporters named by a credit line (held-out 66, 83, 86)', () => {
  const people = (text: string) => pagePeople(text).map((s) => text.slice(s.start, s.end));

  it('reads every name of "Reporting:", "Live coverage by" and a wire sign-off, without the places after "in"', () => {
    assert.deepStrictEqual(people('Key points\nReporting: Sanaa El Idrissi in Tétouan, Omar Tazi in Rabat\n'), ['Sanaa El Idrissi', 'Omar Tazi']);
    assert.deepStrictEqual(people('Live coverage by Aparna Venugopal and Rehan Qureshi\n'), ['Aparna Venugopal', 'Rehan Qureshi']);
    assert.deepStrictEqual(
      people('(Reporting by Ali Raza in Lahore; Additional reporting by Saad Ul Hassan Malik in Islamabad; Editing by Philippa Fletcher)'),
      ['Ali Raza', 'Saad Ul Hassan Malik', 'Philippa Fletcher'],
    );
  });

  it('names nobody in prose that merely uses the words', () => {
    assert.deepStrictEqual(people('Reporting on the ground, the BBC said the road was shut.\n'), []);
    expect('Headline\n\nThursday 19 March 2026, 16:20\nReporting: Sanaa El Idrissi in Tétouan\nKey points', 'PERSON:Sanaa El Idrissi');
    expectNot('Headline\n\nThursday 19 March 2026, 16:20\nReporting: Sanaa El Idrissi in Tétouan\nKey points', 'GPE:Sanaa');
  });
});

describe('a press contact named on the line after "Media contact:" (held-out 103)', () => {
  it('reads the name opening the next line, before its comma', () => {
    const text = 'The plant opens in May.\n\nMedia contact:\nSigrún Pálsdóttir, Head of Communications\n+354 555 0192 | media@example.is\n';
    assert.deepStrictEqual(pagePeople(text).map((s) => text.slice(s.start, s.end)), ['Sigrún Pálsdóttir']);
  });
});

describe('page names: a live page’s credit after its time stamp (held-out 114, 115, 119)', () => {
  it('reads both reporters of "Updated …, 15:20 EET · Live coverage by X and Y"', () => {
    const text = 'BWTV News | Live\n\nLIVE: Ferry Loses Power Off Hiiumaa\n\nUpdated 23 November 2026, 15:20 EET · Live coverage by Marko Sild and Aigerim Sadykova\n\nKey points\n• The ferry lost power.\n\nThe ferry drifted.';
    const people = analyzeArticle(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.ok(people.includes('Marko Sild') && people.includes('Aigerim Sadykova'), people.join(', '));
  });
});
