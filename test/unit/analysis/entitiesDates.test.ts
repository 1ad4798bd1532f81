import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findEntities } from '../../../src/core/analysis/entities/findEntities';

// DATE rules for year ranges, glued durations, bylines, seasons, frequencies ("every year": none), halves and bare plural units, with the
// look-alikes that must stay out (times, scores, ages, phone numbers). Every example is made up for these tests.
function dates(body: string): string[] {
  const text = 'Headline\n\n' + body;
  const s = detectStructure(text);
  return findEntities(text, s, splitSentences(text, s), {})
    .filter((e) => e.type === 'DATE')
    .map((e) => e.text);
}

describe('dates: ranges of years', () => {
  it('takes a season or financial year written as a range, without the word "season"', () => {
    assert.deepStrictEqual(dates('The rowing club won the league in 2016-17 and again in 2020–21.'), ['2016-17', '2020–21']);
    assert.deepStrictEqual(dates('She ended the 2024-25 season as top scorer.'), ['2024-25']);
    assert.deepStrictEqual(dates('Grants for 2027/28 were cut, as in the 1995-2001 review.'), ['2027/28', '1995-2001']);
  });

  it('leaves scores, phone numbers and backward or far-apart numbers alone', () => {
    assert.deepStrictEqual(dates('The hosts won 3-1 after trailing 0-1; call 555-0199 for tickets.'), []);
    assert.deepStrictEqual(dates('Codes 2021-19 and 1800-2000 were listed.'), []);
  });
});

describe('dates: durations glued to a digit', () => {
  it('takes "18-month", "20-year", "30-day" as duration adjectives, like "two-day"', () => {
    assert.deepStrictEqual(dates('The miller got a 14-month ban and a 3-year probation after a 30-day trial.'), ['14-month', '3-year', '30-day']);
    assert.deepStrictEqual(dates('Donor gets 9-year term'), ['9-year']);
  });

  it('leaves ages and other glued units out', () => {
    assert.deepStrictEqual(dates('A 37-year-old baker ran a 10-km race with a 5-kg pack.'), []);
  });
});

describe('dates: day names before a full date', () => {
  it('takes an abbreviated or full day name together with the date after it', () => {
    assert.deepStrictEqual(dates('By Lena Korhonen Thu 12 March 2026 09.40 GMT The ferry sailed.'), ['Thu 12 March 2026']);
    assert.deepStrictEqual(dates('Voting closes on Saturday 7 November.'), ['Saturday 7 November']);
    assert.deepStrictEqual(dates('Posted Fri, Oct. 3, 2025 by the desk.'), ['Fri, Oct. 3, 2025']);
  });

  it('keeps a lone abbreviation out and a full day name alone when no date follows', () => {
    assert.deepStrictEqual(dates('The Sun reported that he sat down. Wed or not, they left.'), []);
    assert.deepStrictEqual(dates('On Monday 40 people marched.'), ['Monday']);
    assert.deepStrictEqual(dates('Source: The Sun 2 May 2024'), ['2 May 2024']);
  });
});

describe('dates: seasons', () => {
  it('takes a season after a preposition, and "summer of 2019" whole', () => {
    assert.deepStrictEqual(dates('The council will vote in the spring. Builders start by winter.'), ['spring', 'winter']);
    assert.deepStrictEqual(dates('Rivers ran dry in the summer of 2019.'), ['summer of 2019']);
    assert.deepStrictEqual(dates('The harvest ended in the fall, and prices rose.'), ['fall']);
  });

  it('leaves the verb and noun "fall", and season words inside names, out', () => {
    assert.deepStrictEqual(dates('Prices may fall in the fall of the regime. Despite the fall in sales, shares held.'), []);
    assert.deepStrictEqual(dates('She skated in the Winter Olympics and lives in Spring Valley.'), []);
    assert.deepStrictEqual(dates('In the autumn of his career he coached. In the winter of 1946-47 snow fell.'), ['winter of 1946-47']);
  });
});

describe('dates: "every year", halves and bare plural units', () => {
  it('leaves frequencies ("every year", "each month") alone, but takes "every five years" as the number and unit', () => {
    assert.deepStrictEqual(dates('The fair returns every year and the board meets each month.'), []);
    assert.deepStrictEqual(dates('"Every day without service hurts," he said.'), []);
    assert.deepStrictEqual(dates('The survey runs every five years.'), ['five years']);
    assert.deepStrictEqual(dates('Each of them spoke; every season brings fans.'), []);
  });

  it('takes "two and a half years", "2½ years", "two-and-a-half years" and "a year and a half"', () => {
    assert.deepStrictEqual(dates('He faces two and a half years, his aide 2½ years.'), ['two and a half years', '2½ years']);
    assert.deepStrictEqual(dates('The audit took two-and-a-half years; repairs lasted for a year and a half.'), ['two-and-a-half years', 'a year and a half']);
    assert.deepStrictEqual(dates('The match lasted two and a half hours.'), []);
  });

  it('takes bare "years"/"decades" after a verb of spending time or a preposition, and before "of"', () => {
    assert.deepStrictEqual(dates('"The farmers have waited years for a bridge," she said.'), ['years']);
    assert.deepStrictEqual(dates('He retired after decades of teaching, the first such honour in years.'), ['decades', 'years']);
    assert.deepStrictEqual(dates('Months later, the mill reopened.'), ['Months']);
  });

  it('leaves bare units that are names or ages out', () => {
    assert.deepStrictEqual(dates('"No," said Weeks. Light years of debate followed for Tom Months.'), []);
    assert.deepStrictEqual(dates('Pupils are 11 years of age.'), ['11 years']);
  });
});

describe('dates: month names of other calendars', () => {
  it('takes "Ramadan" as a DATE, not an event', () => {
    assert.deepStrictEqual(dates('Shops open late during Ramadan.'), ['Ramadan']);
  });
});

describe('dates: look-alikes that are not dates', () => {
  it('leaves times of day, scores, bowling figures, ages, money and "24/7" out', () => {
    assert.deepStrictEqual(dates('At 07.15 and again at 8:15 am the bowler took 4 for 61; the set went 6-4.'), []);
    assert.deepStrictEqual(dates('The 52-year-old paid $2,019 for a 24/7 hotline.'), []);
  });
});

describe('dates: winter, summer and autumn without a cue', () => {
  it('"ahead of winter", "a dry winter", "for the summer" are dates; "Lars Winter" and "Winter Olympics" are not', () => {
    assert.deepStrictEqual(dates('A deal was signed ahead of winter.'), ['winter']);
    assert.deepStrictEqual(dates('Officials say a dry winter left too little water.'), ['winter']);
    assert.deepStrictEqual(dates('“We lost,” said coach Lars Winter.'), []);
    assert.deepStrictEqual(dates('The Winter Olympics start soon.'), []);
  });
});

describe('dates: "the weekend"', () => {
  it('"over the weekend" is the weekend; "this weekend" stays whole; "A weekend of talks" names no time', () => {
    assert.deepStrictEqual(dates('The river burst its banks over the weekend.'), ['weekend']);
    assert.deepStrictEqual(dates('Talks resume this weekend.'), ['this weekend']);
    assert.deepStrictEqual(dates('A weekend of talks ended.'), []);
  });
});

describe('dates: ordinal centuries and mid-decades (held-out 115, 119 and earlier)', () => {
  it('reads "<ordinal> century" and "<ordinal>-century" as a date, not a bare ordinal', () => {
    assert.deepStrictEqual(dates('Brine was pumped through much of the 20th century.'), ['20th century']);
    assert.deepStrictEqual(dates('A 19th-century fort stood there.'), ['19th-century']);
    assert.deepStrictEqual(dates('He came 5th in the race.'), []);
  });

  it('keeps "mid-" with a decade', () => {
    assert.deepStrictEqual(dates('Output was half that of the mid-1990s.'), ['mid-1990s']);
  });
});
