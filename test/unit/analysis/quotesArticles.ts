/**
 * Three small articles written for these tests (not the seeds), each mixing quote styles the rules must handle,
 * with their hand-made entity mentions and the expected quotes and speakers.
 */
import type { NameSpec } from './quotesHelpers';

export interface TestArticle {
  readonly name: string;
  readonly text: string;
  readonly names: NameSpec[];
  /** [quoted text, speaker id | null] in order. */
  readonly expected: [string, string | null][];
  readonly headlineEnd?: number;
}

const apStyle = [
  'Senate passes stopgap bill to avert shutdown',
  '',
  'WASHINGTON (AP) — The Senate on Saturday passed a temporary funding bill, sending it to President Joe Biden hours before a midnight deadline.',
  '',
  '"This is a good outcome for the American people," Senate Majority Leader Chuck Schumer said on the floor. "We did our job."',
  '',
  'Republican Sen. Susan Collins of Maine called the deal "a relief" but warned that the fight was far from over.',
  '',
  '"We cannot keep governing by crisis," Collins told reporters. "It is no way to run a country.',
  '',
  '"Families deserve better than this."',
  '',
  'The White House welcomed the vote. "The president will sign the bill tonight," press secretary Karine Jean-Pierre said in a statement.',
  '',
  'According to Senate aides, the measure passed 88-9. House Speaker Kevin McCarthy, who had pushed the plan, said lawmakers had "no choice."',
  '',
  'Asked whether he would face a challenge to his post, McCarthy said: "Bring it on."',
  '',
  'Critics dismissed the so-called "clean" bill as a gimmick.',
].join('\n');

const guardianStyle = [
  'Energy firm fined £5m over Yorkshire gas leak',
  '',
  'A British energy company has been fined £5m after a gas leak forced hundreds of families from their homes, the regulator said on Tuesday.',
  '',
  'Ofgem said the failures at Northern Gas Networks were “serious and avoidable”. The regulator added that it would monitor the company closely.',
  '',
  '“Customers were let down badly,” said Jonathan Brearley, Ofgem’s chief executive. “We expect every network to learn from this.”',
  '',
  'Northern Gas Networks apologised. In a statement, it said: “We are deeply sorry for the disruption our customers suffered.”',
  '',
  'Mark Horsley, the firm’s chief executive, told the BBC: “We have already made changes.” He added that a review was under way.',
  '',
  '“We have invested £20m in new monitoring equipment,” he said. “Nothing like this will happen again.”',
  '',
  'Residents were less forgiving. “It was three days without heating,” said Margaret Hill, 74, who lives on the estate. “Nobody told us anything.”',
  '',
  'The spokeswoman for the residents’ association, Priya Sharma, described the fine as “a start”.',
  '',
  '“We will keep pushing,” the spokeswoman said.',
  '',
  'According to Ofgem, the fine will be passed on to customers as rebates.',
].join('\n');

const wireStyle = [
  '‘We are not afraid’: Protesters defy ban in capital',
  '',
  'Thousands of protesters marched through the capital on Sunday despite a government ban, chanting “freedom” and waving flags.',
  '',
  'Interior Minister Ana Lopes says the ban remains in force. “Anyone who breaks the law will be arrested,” she said, adding that police had shown “maximum restraint”.',
  '',
  'According to organiser Tomás Reyes, “more than 50,000 people” took part. “They can’t arrest all of us,” Reyes told Reuters.',
  '',
  'The Interior Ministry disputed the figure. “The real number was closer to 8,000,” it said in a statement.',
  '',
  'The so-called “peaceful transition” promised by the military in the ’90s never came, critics say.',
  '',
  'Asked whether he feared arrest, Reyes said: “Why would I? We’ve done nothing wrong.”',
  '',
  'Lopes, who took office in March, told state television: “The police will do their job. Nobody is above the law — not even the ‘heroes’ of the opposition.”',
  '',
  'The United States’ embassy urged calm.',
  '',
  'One marcher held a sign reading "Enough, and walked on.',
].join('\n');

export const ARTICLES: TestArticle[] = [
  {
    name: 'AP style: straight quotes, split quote, multi-paragraph quote, fragment, scare quote',
    text: apStyle,
    names: [
      ['Senate', 'ORG'], ['Joe Biden', 'PERSON', 'joe-biden'], ['Chuck Schumer', 'PERSON', 'chuck-schumer'],
      ['Susan Collins', 'PERSON', 'susan-collins'], ['Collins', 'PERSON', 'susan-collins'], ['Maine', 'GPE'],
      ['White House', 'ORG'], ['Karine Jean-Pierre', 'PERSON', 'karine-jean-pierre'], ['Kevin McCarthy', 'PERSON', 'kevin-mccarthy'],
      ['McCarthy', 'PERSON', 'kevin-mccarthy'], ['WASHINGTON', 'GPE'], ['AP', 'ORG'], ['American', 'NORP'], ['Republican', 'NORP'],
      ['House', 'ORG'],
    ],
    expected: [
      ['This is a good outcome for the American people,', 'chuck-schumer'],
      ['We did our job.', 'chuck-schumer'],
      ['a relief', 'susan-collins'],
      ['We cannot keep governing by crisis,', 'susan-collins'],
      ['It is no way to run a country.', 'susan-collins'],
      ['Families deserve better than this.', 'susan-collins'],
      ['The president will sign the bill tonight,', 'karine-jean-pierre'],
      ['no choice.', 'kevin-mccarthy'],
      ['Bring it on.', 'kevin-mccarthy'],
      ['clean', null],
    ],
  },
  {
    name: 'Guardian style: curly quotes, "said X", pronoun and nominal back-references, told the BBC',
    text: guardianStyle,
    names: [
      ['Ofgem', 'ORG'], ['Northern Gas Networks', 'ORG', 'ngn'], ['Jonathan Brearley', 'PERSON', 'jonathan-brearley'],
      ['Mark Horsley', 'PERSON', 'mark-horsley'], ['BBC', 'ORG'], ['Margaret Hill', 'PERSON', 'margaret-hill'],
      ['Priya Sharma', 'PERSON', 'priya-sharma'], ['Yorkshire', 'GPE'], ['British', 'NORP'], ['Tuesday', 'DATE'],
    ],
    expected: [
      ['serious and avoidable', 'ofgem'],
      ['Customers were let down badly,', 'jonathan-brearley'],
      ['We expect every network to learn from this.', 'jonathan-brearley'],
      ['We are deeply sorry for the disruption our customers suffered.', 'ngn'],
      ['We have already made changes.', 'mark-horsley'],
      ['We have invested £20m in new monitoring equipment,', 'mark-horsley'],
      ['Nothing like this will happen again.', 'mark-horsley'],
      ['It was three days without heating,', 'margaret-hill'],
      ['Nobody told us anything.', 'margaret-hill'],
      ['a start', 'priya-sharma'],
      ['We will keep pushing,', 'priya-sharma'],
    ],
  },
  {
    name: 'Wire style: headline single quotes (not quotations), "X says", according to, it said, apostrophes, unbalanced mark',
    text: wireStyle,
    headlineEnd: wireStyle.indexOf('\n'),
    names: [
      ['Ana Lopes', 'PERSON', 'ana-lopes'], ['Lopes', 'PERSON', 'ana-lopes'], ['Tomás Reyes', 'PERSON', 'tomas-reyes'],
      ['Reyes', 'PERSON', 'tomas-reyes'], ['Reuters', 'ORG'], ['Interior Ministry', 'ORG', 'interior-ministry'],
      ['United States', 'GPE'], ['Sunday', 'DATE'], ['March', 'DATE'],
    ],
    expected: [
      ['freedom', null],
      ['Anyone who breaks the law will be arrested,', 'ana-lopes'],
      ['maximum restraint', 'ana-lopes'],
      ['more than 50,000 people', 'tomas-reyes'],
      ['They can’t arrest all of us,', 'tomas-reyes'],
      ['The real number was closer to 8,000,', 'interior-ministry'],
      ['peaceful transition', null],
      ['Why would I? We’ve done nothing wrong.', 'tomas-reyes'],
      ['The police will do their job. Nobody is above the law — not even the ‘heroes’ of the opposition.', 'ana-lopes'],
    ],
  },
];
