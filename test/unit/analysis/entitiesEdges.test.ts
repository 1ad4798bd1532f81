import * as assert from 'assert';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { expect, expectNot, show } from './entityExpect';

// How the words at a name's edges decide its span and type: its first word or the line it opens (datelines,
// Spanish articles, English words and places as given names, particles), its last word or the noun after it
// (company words, institution words, administrative and natural-feature nouns), and a bracketed stock code.
// Rules from the errors of held-out sets 6 to 9; every example is made up for these tests.

describe('entities: a dateline in capitals before a dash', () => {
  it('reads unknown capitals opening a line before a dash as the place', () => {
    expect('KOROSTEN — About 900 miners walked out on Monday.', 'GPE:KOROSTEN');
    expect('PORT VELLIN – Police closed the harbour.', 'GPE:PORT VELLIN');
    expectNot('KOROSTEN — About 900 miners walked out on Monday.', 'ORG:KOROSTEN');
  });

  it('keeps a known acronym and a common word in capitals apart from the rule', () => {
    expect('NASA - The agency delayed the launch.', 'ORG:NASA');
    expectNot('BREAKING — The minister resigned.', 'GPE:BREAKING');
  });
});

describe('entities: a Spanish article opens no person’s name', () => {
  it('makes a place after a place preposition, an organisation otherwise', () => {
    expect('Mud buried houses in the hamlet of La Quebradita overnight.', 'GPE:La Quebradita');
    expect('The road to Las Palomitas has collapsed.', 'GPE:Las Palomitas');
    expect('Reporters at the paper, El Vigilante, asked questions.', 'ORG:El Vigilante');
    expectNot('Mud buried houses in the hamlet of La Quebradita overnight.', 'PERSON:La Quebradita');
  });

  it('leaves French and Arabic particles to people', () => {
    expect('The minister met Claire Le Goff on Friday.', 'PERSON:Claire Le Goff');
  });
});

describe('entities: organisation heads for health systems and utilities', () => {
  it('types a name ending in Health, Water or Transit as an organisation, even as a speaker', () => {
    expect('Vantmoor Health said it had hired 400 replacement nurses.', 'ORG:Vantmoor Health');
    expect('Calder Water will supply reclaimed water from next year.', 'ORG:Calder Water');
    expectNot('Vantmoor Health said it had hired 400 replacement nurses.', 'PERSON:Vantmoor Health');
  });
});

describe('entities: given names that are English words or places', () => {
  it('reads an English word before an unknown surname in mid-sentence as a given name', () => {
    expect('The report by Marine Tondavelle was published on Monday.', 'PERSON:Marine Tondavelle');
    expect('The club signed Hope Mbekwane in the summer.', 'PERSON:Hope Mbekwane');
  });

  it('keeps place openers and known words out of it', () => {
    expectNot('Ships docked at New Vellacourt on Monday.', 'PERSON:New Vellacourt');
    expectNot('The club signed Hope Mbekwane in the summer.', 'PERSON:Hope');
    expectNot('They walked along Green Street.', 'PERSON:Green Street');
  });

  it('does not make two frequent English words a person by their shape (held-out 80 and 81)', () => {
    expectNot('The canyon has been a UNESCO World Heritage site since 1980.', 'PERSON:World Heritage');
    expectNot('Under the revised Wildlife Protection and Hunting Management Act, police may shoot.', 'PERSON:Wildlife Protection', 'PERSON:Hunting Management');
    expectNot('said a spokeswoman for the Arkansas Division of Emergency Management.', 'PERSON:Emergency Management');
    // an unknown word or a known given name still makes a name
    expect('The report by Marine Tondavelle was published on Monday.', 'PERSON:Marine Tondavelle');
    expect('Lawyers for Velkan Droshev filed the appeal.', 'PERSON:Velkan Droshev');
  });

  it('reads a country that is also a given name, before an unlisted surname, as a person', () => {
    expect('Far-right leader Jordan Bardeaux said so.', 'PERSON:Jordan Bardeaux');
    expect('Visitors from Jordan and Israel came.', 'GPE:Jordan', 'GPE:Israel');
  });
});

describe('entities: Dutch and German particles inside a name', () => {
  it('keeps "ten", "ter" and "zu" inside a person’s name, not after one', () => {
    expect('United manager Erik ten Haverkamp was sacked.', 'PERSON:Erik ten Haverkamp');
    expect('Smith said ten Palestinians died.', 'NORP:Palestinians');
    expectNot('Smith said ten Palestinians died.', 'PERSON:Smith said ten Palestinians');
  });
});

describe('entities: surnames written with particles', () => {
  it('keeps a listed word after a particle inside the person’s name, and reads a short form with its particles', () => {
    expect('Lyon prosecutor Anne-Marie de la Roche told reporters.', 'PERSON:Anne-Marie de la Roche');
    expectNot('Lyon prosecutor Anne-Marie de la Roche told reporters.', 'ORG:Roche');
    expect('He kept the lead by nine seconds from van der Velde.', 'PERSON:van der Velde');
    expect('Shares in Roche fell on Monday.', 'ORG:Roche');
    expectNot('Smith said ten Palestinians died.', 'PERSON:ten Palestinians');
  });

  it('gives the short form the full name’s identity', () => {
    const ids = analyzeArticle('Headline\n\nProsecutor Anne-Marie de la Roche spoke. Later de la Roche left.').entities.filter((e) => e.type === 'PERSON').map((e) => e.id);
    assert.deepStrictEqual(ids, ['anne-marie-de-la-roche', 'anne-marie-de-la-roche']);
  });
});

describe('entities: titles, parties and demonym nouns of other countries', () => {
  it('keeps Cllr, Datuk and TD outside the name', () => {
    expect('“We will recover,” said Cllr Mary Rice of the council.', 'PERSON:Mary Rice');
    expect('“Penang is ready,” said Datuk Ahmad Faizal bin Rahman on Monday.', 'PERSON:Ahmad Faizal bin Rahman');
    expect('Sinn Féin TD Aoife Ní Mhaoláin raised it in the Dáil.', 'ORG:Sinn Féin', 'PERSON:Aoife Ní Mhaoláin', 'ORG:Dáil');
  });

  it('reads Dutchman, Irishman and Frenchwoman as nationalities before a name', () => {
    expect('He finished ahead of the Dutchman Sem Verhoeven.', 'NORP:Dutchman', 'PERSON:Sem Verhoeven');
    expectNot('He finished ahead of the Dutchman Sem Verhoeven.', 'PERSON:Dutchman Sem Verhoeven');
  });

  it('knows weather patterns and cycling tours as events', () => {
    expect('A wet season weakened by El Niño lowered the lake.', 'EVENT:El Niño');
    expect('He finished fifth at the Giro in May.', 'EVENT:Giro');
  });
});

describe('entities: where a person comes from, natural features, speakers with English-word surnames', () => {
  it('reads "from X" after a person as a place ("the 24-year-old from X", "a man from X"), not after a player', () => {
    expect('The 24-year-old from Sogamoso had just won the stage.', 'GPE:Sogamoso');
    expect('A farmer from Kitwela lost his herd.', 'GPE:Kitwela');
    expectNot('The club signed a striker from Varnholt.', 'GPE:Varnholt');
    expect('Caleb Whitford, a Republican from Farmingdale, said so.', 'GPE:Farmingdale');
  });

  it('reads a name before a lower-case natural feature noun as a place ("the Beaujolais hills")', () => {
    expect('They hid it in a farmhouse in the Vellaron hills.', 'LOC:Vellaron');
    expect('The museum sits by the Fourvane hill.', 'LOC:Fourvane');
  });

  it('accepts an English-word surname after a known given name when the person speaks', () => {
    expect('“We manage a reservoir,” said Ana Luz Bravo, the authority’s manager.', 'PERSON:Ana Luz Bravo');
    expect('“Fine,” said Maria Wood, a resident.', 'PERSON:Maria Wood');
    expectNot('“Fine,” said Grace Church.', 'PERSON:Grace Church');
  });
});

describe('entities: French and Italian institution names', () => {
  it('reads Musée, Museo and Teatro as organisation openers, with des/dei linkers inside', () => {
    expect('They were taken from the Musée Saint-Aubin des Arts Décoratifs on Sunday.', 'ORG:Musée Saint-Aubin des Arts Décoratifs');
    expectNot('They were taken from the Musée Saint-Aubin des Arts Décoratifs on Sunday.', 'PERSON:Arts Décoratifs');
    expect('He visited the Museo del Vellano in Madrid.', 'ORG:Museo del Vellano');
  });
});

describe('entities: companies in business copy', () => {
  it('reads a name before a bracketed stock code as a company and drops the code', () => {
    expect('Harlow Bancshares (HRLW.O) said on Monday it would buy Prairie Vale Financial (PVFC.N).', 'ORG:Harlow Bancshares', 'ORG:Prairie Vale Financial');
    expectNot('Harlow Bancshares (HRLW.O) said on Monday it would buy Prairie Vale Financial (PVFC.N).', 'ORG:HRLW', 'ORG:PVFC', 'PERSON:Harlow Bancshares');
  });

  it('reads a company name without its company word as the company ("Prairie Vale" after "Prairie Vale Financial")', () => {
    expect('Zeno Group (ZENO.N) agreed to buy Prairie Vale Financial (PVFC.N). Shares of Prairie Vale rose 19%.', 'ORG:Prairie Vale');
  });

  it('names an institution from a listed region and words up to an institution word ("Mekong Peoples\' Forum")', () => {
    expect('said a spokeswoman for the Mekong Peoples\' Union, a coalition.', "ORG:Mekong Peoples' Union");
    expect('The Mekong River Commission met on Monday.', 'ORG:Mekong River Commission');
    expect('The Amazon River flooded.', 'LOC:Amazon River');
  });
});

describe('entities: places by their administrative noun, waterfalls, abbreviated states', () => {
  it('reads a name before "province" or "municipality" as a place, not before "department store"', () => {
    expect('About 40 fishermen from Kampong Thlok province held banners.', 'GPE:Kampong Thlok');
    expectNot('About 40 fishermen from Kampong Thlok province held banners.', 'PERSON:Kampong Thlok');
  });

  it('knows Falls as a natural feature and NSW, N.C. as states', () => {
    expect('One dam stands near the Khone Falls.', 'LOC:Khone Falls');
    expect('A NSW supplement maker was fined.', 'GPE:NSW');
    expect('RALEIGH, N.C., Oct. 14, 2025 - Acme said.', 'GPE:N.C.');
  });

  it('links particles after a hyphenated given name ("Jan-Willem ter Borg")', () => {
    expect('He beat home favourite Jan-Willem ter Borg in the final.', 'PERSON:Jan-Willem ter Borg');
  });
});

describe('entities: from the ninth held-out set', () => {
  it('reads a two-letter dateline before a country as the place ("HO, Ghana (AP) —")', () => {
    expect('By AMA MENSAH\nHO, Ghana (AP) — A court annulled the result.', 'GPE:HO', 'GPE:Ghana');
    expectNot('By AMA MENSAH\nHO, Ghana (AP) — A court annulled the result.', 'ORG:HO');
  });

  it('knows Display as a company word, OLED and LCD as no organisations, major rivers, Lagoon, police ranks, Eid al-Adha', () => {
    expect('South Korea\'s Seovan Display said on Tuesday it would close the plant.', 'ORG:Seovan Display');
    expect('Larger rival LG Display sold its last big LCD factory.', 'ORG:LG Display');
    expectNot('Car OLED is a smart pivot for Seovan.', 'ORG:OLED');
    expect('The swollen Brahmaputra breached the embankment.', 'LOC:Brahmaputra');
    expect('It lies north of the Keta Lagoon.', 'LOC:Keta Lagoon');
    expect('The regional commander, COP Yaw Mensah-Danquah, visited.', 'PERSON:Yaw Mensah-Danquah');
    expect('During the Muslim holiday of Eid al-Adha, the market closed.', 'EVENT:Eid al-Adha');
  });

  it('names an institution from a listed region even with institution words inside ("Levant Water Watch")', () => {
    expect('A report by Levant Water Watch, a research group, said so.', 'ORG:Levant Water Watch');
  });
});

describe('entities: constituencies, colon datelines, company families, abbreviated given names', () => {
  it('reads a name ending in a compass word after a place preposition, or before "constituency", as a place', () => {
    expect('The errors changed the outcome in Dzokpe North, where the NDC won.', 'GPE:Dzokpe North');
    expect('The Dzokpe North constituency votes again.', 'GPE:Dzokpe North');
    expectNot('The Dzokpe North constituency votes again.', 'ORG:Dzokpe North');
  });

  it('reads unknown capitals before a colon at a line start as a dateline, not UPDATE:', () => {
    expect('Jun 19, 2026\nGOLAGHAT: The swollen river breached the embankment.', 'GPE:GOLAGHAT');
    expectNot('UPDATE: The minister resigned.', 'GPE:UPDATE', 'ORG:UPDATE');
  });

  it('gives "Samsung Display" its own identity, and "Intel Corp" Intel\'s', () => {
    const ids = (t: string) => analyzeArticle('Headline\n\n' + t).entities.map((e) => `${e.text}:${e.id}`);
    assert.ok(ids('Samsung Display left the business; Samsung stayed.').includes('Samsung Display:samsung-display'));
    assert.ok(ids('Intel Corp said so. Intel added more.').includes('Intel Corp:intel'));
  });

  it('keeps "Md." inside the name it abbreviates', () => {
    expect('Deputy Commissioner Md. Saidur Rahman said 56 camps were open.', 'PERSON:Md. Saidur Rahman');
  });
});

describe('entities: from the tenth held-out set', () => {
  it('reads a listed team\'s nickname on its own as the team, not the church\'s cardinals', () => {
    const ids = analyzeArticle('Headline\n\nThe Milwaukee Brewers beat the St. Louis Cardinals 5-4. Brewers manager Ann Lee was pleased. The Cardinals lost.').entities.map((e) => `${e.text}:${e.type}:${e.id}`);
    assert.ok(ids.includes('Brewers:ORG:milwaukee-brewers'), ids.join(', '));
    assert.ok(ids.includes('Cardinals:ORG:st-louis-cardinals'), ids.join(', '));
    expectNot('Cardinals gathered in Rome for the conclave.', 'ORG:Cardinals');
  });

  it('keeps a country apart from "Forest Service", and a Chancellor of the Exchequer outside the name', () => {
    expect('The U.S. Forest Service closed campgrounds.', 'GPE:U.S.', 'ORG:Forest Service');
    expect('Chancellor of the Exchequer Rachel Reeves is due to speak.', 'PERSON:Rachel Reeves');
  });

  it('knows Diagnostics and Devices as company words, Creek as a natural feature, named fires as events', () => {
    expect('The ruling is a victory for Merrow Diagnostics, a lab company.', 'ORG:Merrow Diagnostics');
    expect('The fire started near Whychus Creek on Saturday.', 'LOC:Whychus Creek');
    expect('The Tollgate Fire started Saturday afternoon.', 'EVENT:Tollgate Fire');
  });
});

describe('entities: a legislator\'s party-state tag', () => {
  it('reads the state of ", D-N.M.,", ", R-Tenn.," and "(D-Calif.)" as a place; "Miss." alone stays a title', () => {
    expect('Sen. Lorna Vasquez, D-N.M., said she would.', 'GPE:N.M.', 'PERSON:Lorna Vasquez');
    expect('Rep. Garrett Olin, R-Tenn., called it a win.', 'GPE:Tenn.');
    expect('Sen. Ann Lee (D-Calif.) said so.', 'GPE:Calif.');
    expect('Sen. Tom Kerr, D-Mass., spoke.', 'GPE:Mass.');
    expectNot('Miss. Smith said so.', 'GPE:Miss.');
  });
});

describe('entities: bylines', () => {
  it('reads the writer after "Outlet | By" and both writers of "By A and B"', () => {
    expect('Valley Ledger | By Sunniva Ashford-Reyes | June 26, 2026\n\nThe justices ruled.', 'PERSON:Sunniva Ashford-Reyes');
    expect('By TOBIAS WREN and MIRANDA ESTELL-KNOX\nAssociated Press\n\nThe justices ruled.', 'PERSON:TOBIAS WREN', 'PERSON:MIRANDA ESTELL-KNOX');
  });
});

describe('entities: an acronym opening an institution\'s name', () => {
  it('does not make "AI" alone the "AI Office"', () => {
    const text = 'Brussels Fines Quillon AI in First Test of Europe\'s AI Law\n\nThe AI Office said the AI Act applies.';
    const found = analyzeArticle(text).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(found.includes('ORG:AI Office'), found.join(', '));
    assert.ok(!found.includes('ORG:AI'), found.join(', '));
  });
});

describe('entities: from the eleventh held-out set', () => {
  it('reads mining and record companies, lower-case "plc", a gathering after an organisation, a paper after a demonym', () => {
    expect('Yesterday Lubembo Copper plc said it would cooperate.', 'ORG:Lubembo Copper plc');
    expect('He signed with Halcyon Records in 2020.', 'ORG:Halcyon Records');
    expect('They agreed at the ASEAN Summit in Kuala Lumpur.', 'EVENT:ASEAN Summit');
    expect('Her manager told the Irish Times on Monday.', 'ORG:Irish Times');
  });

  it('reads places from an AFP dateline, "north of X", "from X in Queensland", "County X", and the Moon', () => {
    expect('Kapiri Moshe (Zambia) (AFP) - A freight train derailed.', 'GPE:Kapiri Moshe');
    expect('The train derailed 20 kilometres north of Kapiri Moshe on Tuesday.', 'GPE:Kapiri Moshe');
    expect('Exporters shipping from Gladbrook in Queensland will pay.', 'GPE:Gladbrook');
    expectNot('said Mariana Costa, an analyst at Bernhardt in New York.', 'GPE:Bernhardt');
    expect('The singer from Dungarvan, County Waterford, announced it.', 'GPE:County Waterford');
    expect('Its lander touched down on the Moon late on Thursday.', 'LOC:Moon');
  });

  it('reads single names introduced as people ("X, a 27-year-old", ", X, said"), and titles Prof, Ratu, Fly-half', () => {
    expect('Wahyudin, a 27-year-old from Central Java, said he was promised a job.', 'PERSON:Wahyudin');
    expect('A cook at the compound, Sulastrini, said the guards kept the workers.', 'PERSON:Sulastrini');
    expect('said Prof Alinta Roseberg, an economist.', 'PERSON:Alinta Roseberg');
    expect('Fijian lock Ratu Semi Navalu was penalised.', 'PERSON:Semi Navalu');
    expect('Fly-half Rikuto Hasegawa kicked the goal.', 'PERSON:Rikuto Hasegawa');
  });

  it('knows the Australian parties', () => {
    expect('The Greens and Labor backed the bill.', 'ORG:Greens', 'ORG:Labor');
  });
});

describe('entities: from the twelfth held-out set', () => {
  it('reads squares and avenues as places, Ciudad/Puerto names as towns, a Bight as a sea area', () => {
    expect('Protesters left the Plaza Uruguaya shortly after 2pm, on Avenida República.', 'LOC:Plaza Uruguaya', 'LOC:Avenida República');
    expect('Buses arrived overnight from Ciudad del Oeste.', 'GPE:Ciudad del Oeste');
    expect('Ships waited in the German Bight off the estuary.', 'LOC:German Bight');
  });

  it('reads "Container Terminals" as a company, so its bracketed acronym speaks for it', () => {
    expect('Dockworkers at Elbkai Container Terminals (EKT) walked out. EKT said so.', 'ORG:Elbkai Container Terminals', 'ORG:EKT');
  });
});

describe('entities: long Spanish names', () => {
  it('reads a speaker\'s name with two particle groups whole ("María del Pilar Ortega de la Fuente")', () => {
    expect('“A good day,” said María del Carmen Ortiz de la Fuente, the lawyer.', 'PERSON:María del Carmen Ortiz de la Fuente');
  });
});

describe('entities: from the thirteenth held-out set', () => {
  it('knows Bakeries, Compute and Infirmary as organisation words', () => {
    expect('Retailers felt it first. Kasi Bakeries, which supplies bread, said so.', 'ORG:Kasi Bakeries');
    expect('The plant, proposed by Austin-based Northgate Compute, would draw water.', 'ORG:Northgate Compute');
    expect('Patients waited at the Wharfedale Infirmary in Otley.', 'ORG:Wharfedale Infirmary');
  });
});

describe('entities: rules that look past the name never read past the text', () => {
  it('a name right before a bracket or "in" at the end of the text', () => {
    for (const text of ['B(', 'Kapiri Moshe (', 'Shipping from Gladbrook in', 'Wahyudin,', 'Sulastrini, said', 'Harlow Bancshares (HRLW.', 'Sen. Ann Lee, D-']) {
      assert.doesNotThrow(() => analyzeArticle(text), text);
      assert.doesNotThrow(() => show(text), text);
    }
  });
});

// Rules from the errors of held-out sets 16 and 17 (made-up examples).
describe('entities: events named after a year or a race', () => {
  it('a year before an election or an uprising is the event; before other nouns it stays a date', () => {
    expect('She won the 2019 general election easily.', 'EVENT:2019 general election');
    expect('Turnout was low in the 2031 presidential elections.', 'EVENT:2031 presidential elections');
    expect('Tourism fell after the 2013 uprising.', 'EVENT:2013 uprising');
    expect('After the 1976 military coup he fled.', 'DATE:1976');
    expectNot('After the 1976 military coup he fled.', 'EVENT:1976 military coup');
  });

  it('"<Demonym> Grand Prix" is one event, not a nationality', () => {
    expect('Lindqvist won the Hungarian Grand Prix on Sunday.', 'EVENT:Hungarian Grand Prix');
    expectNot('Lindqvist won the Hungarian Grand Prix on Sunday.', 'NORP:Hungarian');
  });
});

describe('entities: dates counted from another time', () => {
  it('"a fortnight ago", "a day after", "a week later" are dates; "$5 a day" is a rate', () => {
    expect('The row began a fortnight ago.', 'DATE:a fortnight');
    expect('The strike started a day after the vote.', 'DATE:a day');
    expect('He filed his petition a week later.', 'DATE:a week');
    expectNot('Parking costs $5 a day.', 'DATE:a day');
  });
});

describe('entities: article + acronym, platform X, byline job titles', () => {
  it('"The WHO" opening a sentence is the acronym, not the band "The Who"', () => {
    expect('The WHO declared an emergency in August.', 'ORG:WHO');
    expectNot('The WHO declared an emergency in August.', 'ORG:The WHO');
    expect('Tickets for The Who sold out.', 'ORG:The Who');
  });

  it('"X" is the platform in a share bar or after a posting verb, and nowhere else', () => {
    expect('Share: Facebook | X | WhatsApp', 'ORG:X');
    expect('The candidate conceded defeat on X on Monday.', 'ORG:X');
    expect('The senator wrote on X. Nobody replied.', 'ORG:X');
    expectNot('He needed an X-ray after the fall.', 'ORG:X');
    expectNot('Generation X voters stayed home.', 'ORG:X');
  });

  it('a byline\'s job title names no organisation', () => {
    expectNot('By Ana Kovač, Science Reporter', 'ORG:Science Reporter');
    expectNot('By Tom Reyes, Motor Racing Correspondent, in Monza', 'ORG:Motor Racing');
    expect('By Tom Reyes, Motor Racing Correspondent, in Monza', 'PERSON:Tom Reyes');
  });
});

describe('entities: names that run on through "and" and "of <country>"', () => {
  it('a listed name with "and" inside it', () => {
    expect('The nationalist Law and Justice party won nine seats.', 'ORG:Law and Justice');
    expect('Flights to Trinidad and Tobago resumed.', 'GPE:Trinidad and Tobago');
  });

  it('"<institution> of X of <country>" closes on the country', () => {
    expect('The Federation of Small Landlords of Kenya went to court.', 'ORG:Federation of Small Landlords of Kenya');
    expectNot('The Federation of Small Landlords of Kenya went to court.', 'GPE:Kenya');
  });
});

describe('entities: people of a place, places before "-area", employers of players', () => {
  it('"Nova Scotians", "Albertans": the people of a listed place are a NORP', () => {
    expect('Many Albertans struggle with rent.', 'NORP:Albertans');
    expect('The plan did little for Nova Scotians, critics said.', 'NORP:Nova Scotians');
  });

  it('"the Tarboro-area plant": the place before "-area"', () => {
    expect('Workers at the Tarboro-area plant were told on Friday.', 'GPE:Tarboro');
  });

  it('"<Team> driver <Person>": the name before a player\'s role is the team', () => {
    expect('He was hit by Haas driver Lukas Brenner on lap one.', 'ORG:Haas');
    expect('He was hit by Haas driver Lukas Brenner on lap one.', 'PERSON:Lukas Brenner');
  });
});

describe('entities: a year before an event, a duration after a weekday', () => {
  it('a year before a competition held in editions is part of its name; before a disaster it is a date', () => {
    expect('Canada will co-host the 2026 World Cup.', 'EVENT:2026 World Cup');
    expect('Tickets for the 2031 Ryder Cup sold out.', 'EVENT:2031 Ryder Cup');
    expect('It burned the same hills as the 2017 Milli Fire did.', 'DATE:2017');
    expectNot('It burned the same hills as the 2017 Milli Fire did.', 'EVENT:2017 Milli Fire');
  });

  it('"on Tuesday, 11 days before the show" is two dates; "Tuesday, March 4" is one', () => {
    expect('She cancelled on Tuesday, 11 days before the show.', 'DATE:Tuesday');
    expect('She cancelled on Tuesday, 11 days before the show.', 'DATE:11 days');
    expect('On Tuesday, March 4, the court sat.', 'DATE:Tuesday, March 4');
  });

  it('stock exchanges are one organisation, not a nationality and a word', () => {
    expect('Shares listed on the SIX Swiss Exchange rose 9 percent.', 'ORG:SIX Swiss Exchange');
    expectNot('Shares listed on the SIX Swiss Exchange rose 9 percent.', 'NORP:Swiss');
  });
});

// Rules from the errors of held-out set 18 (made-up examples).
describe('entities: parties, units, parts of a month, portfolios, employers of players', () => {
  it('"Christian Democrats (CDU)", "Social Democrats" and "Free Democrats" are parties, one id with their acronyms', () => {
    expect('The opposition Christian Democrats (CDU) said they would sue.', 'ORG:Christian Democrats');
    expect('The Free Democrats (FDP) left the coalition.', 'ORG:FDP');
    expect('Scottish Labour backed the bill and the Scottish Greens voted for it.', 'ORG:Scottish Greens');
  });

  it('a military unit keeps its number: "the 52nd Sustainment Brigade"', () => {
    expect('He served with the 52nd Sustainment Brigade in Texas.', 'ORG:52nd Sustainment Brigade');
    expect('The 101st Airborne Division deployed.', 'ORG:101st Airborne Division');
  });

  it('"the first week of December", "the first nine months of 2025" are one date each', () => {
    expect('The vote is due in the first week of December.', 'DATE:first week of December');
    expect('Exports rose 21% in the first nine months of 2025.', 'DATE:first nine months of 2025');
  });

  it('a portfolio word stays in the title: "Deputy Infrastructure Minister X"', () => {
    expect('Deputy Infrastructure Minister Olena Kravets-Bilyk spoke.', 'PERSON:Olena Kravets-Bilyk');
    expectNot('Deputy Infrastructure Minister Olena Kravets-Bilyk spoke.', 'PERSON:Infrastructure Minister Olena Kravets-Bilyk');
  });

  it('"<Team> manager/starter <Person>" makes the team an organisation, "County Manager <Person>" a title', () => {
    expect('Tigers manager Akio Mizobe said the bullpen was tired.', 'ORG:Tigers');
    expectNot('County Manager Tyrell Mayo-Barnes said the road would close.', 'ORG:County');
  });

  it('a company named with "Marine" is an organisation', () => {
    expect('Harcourt Marine, an underwriter in London, said it would keep writing policies.', 'ORG:Harcourt Marine');
  });
});

// Rules from the errors of held-out set 19 (made-up examples).
describe('entities: titles of works, listed names through small words, sponsors\' events', () => {
  it('a capitalised run that fills a quotation is a title, not a person', () => {
    expectNot('“Lahron Ka Sheher” crossed ₹100 crore on Sunday.', 'PERSON:Lahron Ka Sheher');
    expectNot('Her new single, “Paper Lanterns”, is due in May.', 'PERSON:Paper Lanterns');
    expect('Fans of “Barcelona” cheered.', 'GPE:Barcelona');
  });

  it('a listed name runs on through "for" and "and"; two listed names joined by "and" stay two', () => {
    expect('The Centers for Disease Control and Prevention confirmed the outbreak.', 'ORG:Centers for Disease Control and Prevention');
    expect('Shares of Wells Fargo and Bank of America rose.', 'ORG:Wells Fargo');
    expect('Shares of Wells Fargo and Bank of America rose.', 'ORG:Bank of America');
  });

  it('a listed sponsor before "Open" or "Cup" names the event; "Finals" closes an event', () => {
    expect('He won the ABN AMRO Open on Sunday.', 'EVENT:ABN AMRO Open');
    expect('She qualified for the WTA Finals in Riyadh.', 'EVENT:WTA Finals');
  });

  it('cruise and shipping companies: "Aurelia Cruises", "Albers Bulk Reederei"', () => {
    expect('Aurelia Cruises said the ship would return on Sunday.', 'ORG:Aurelia Cruises');
    expect('Hamburg-based Albers Bulk Reederei sent three ships.', 'ORG:Albers Bulk Reederei');
  });
});

describe('entities: a game studio is not a contest', () => {
  it('"Ciel Noir Games" is an organisation, "the Commonwealth Games" an event', () => {
    expect('Ciel Noir Games cut 120 jobs on Tuesday.', 'ORG:Ciel Noir Games');
    expect('She won gold at the Commonwealth Games in 2022.', 'EVENT:Commonwealth Games');
  });
});

// Rules from the errors of held-out set 21 (made-up examples).
describe('entities: currency letters, time zones, joined durations, compass names, national teams', () => {
  it('"HK$186 million", "US$23.9 million": a currency\'s letters are no place or organisation', () => {
    expectNot('The scroll sold for HK$186 million (US$23.9 million) on Sunday.', 'ORG:HK');
    expectNot('The scroll sold for HK$186 million (US$23.9 million) on Sunday.', 'GPE:US');
  });

  it('capitals ending in T after a clock time are a time zone', () => {
    expectNot('19:05 PET — The coach has been sacked.', 'ORG:PET');
  });

  it('"seven years and three months" is one duration', () => {
    expect('He was jailed for seven years and three months.', 'DATE:seven years and three months');
  });

  it('"South American", "Western Caribbean": a compass word written into a people\'s or region\'s name', () => {
    expect('Peru is ninth in the South American qualifying table.', 'NORP:South American');
    expect('The ship was cruising in the Western Caribbean.', 'LOC:Western Caribbean');
    expect('Talks with South Korea resumed.', 'GPE:South Korea');
  });

  it('a country playing a match is its national team; a country elsewhere stays a place', () => {
    expect('Venezuela beat Peru 3-0 in Lima on Tuesday.', 'ORG:Peru');
    expect('Venezuela beat Peru 3-0 in Lima on Tuesday.', 'ORG:Venezuela');
    expect('Exports to China rose 3% to 4 million tonnes.', 'GPE:China');
    expect('On Friday she will face Tunisia’s Amira Ben Salem, who won 6-4, 6-2.', 'GPE:Tunisia');
  });
});

// Rules from the errors of held-out set 23 (made-up examples).
describe('entities: parties with "Party", companies by their trade, cities playing a match', () => {
  it('a listed party or a people\'s word before "Party" is one organisation', () => {
    expect("Australia's Labor Party lost power on Saturday.", 'ORG:Labor Party');
    expect('The Liberal Party and its partners won 48 seats.', 'ORG:Liberal Party');
  });

  it('a company named after its trade: "Swiss watchmaker Ormont", "Maison Lacroix", "Kamphorst Egg Trading"', () => {
    expect('Swiss watchmaker Ormont named a new chief on Tuesday.', 'ORG:Ormont');
    expect('She runs the Asian business of Maison Lacroix from Hong Kong.', 'ORG:Maison Lacroix');
    expect('Prices rose, said a trader at Kamphorst Egg Trading.', 'ORG:Kamphorst Egg Trading');
  });

  it('a city playing a match with a score in the sentence is its team', () => {
    expect('Armitage scored for Toronto in a 3-2 loss.', 'ORG:Toronto');
    expect('Armitage moved to Toronto in 2019.', 'GPE:Toronto');
  });
});

describe('entities: company and team words the held-out 24/25 articles used', () => {
  it('reads "… Forest Products", "… Foods", "… Pro Cycling" as organisations; a correspondent of motor racing is no team', () => {
    expect('North Thompson Forest Products said it had shut the mill.', 'ORG:North Thompson Forest Products');
    expect('Carrère’s team, Tessera Pro Cycling, said his position was safe.', 'ORG:Tessera Pro Cycling');
    expect('Lakeview Foods recalled two lots on Monday.', 'ORG:Lakeview Foods');
    expectNot('By Gareth Linwood, Motor Racing Correspondent, in Spielberg', 'ORG:Motor Racing');
  });
});

describe('entities: questions, outlets named "… News", federal agencies named "… Canada", named holidays', () => {
  it('an auxiliary opening a question is no part of a name ("Is AI replacing …?", "Was Anna Berg there?")', () => {
    expectNot('Her answers were edited. Is AI replacing these people?', 'ORG:Is AI');
    expect('Was Anna Berg there when it happened?', 'PERSON:Anna Berg');
  });

  it('reads "CBC News" and "Environment Canada" whole, and "Labour Day" as no party', () => {
    expect('She spoke to CBC News from the centre.', 'ORG:CBC News');
    expect('Environment Canada forecast cooler weather.', 'ORG:Environment Canada');
    expectNot('Environment Canada forecast cooler weather.', 'GPE:Canada');
    expectNot('The fair is scheduled for the Labour Day weekend.', 'ORG:Labour');
  });
});

describe('entities: a demonym naming a cultural body, units that are no organisations', () => {
  it('"the British Museum" is one ORG, "the French Parliament" stays French + Parliament', () => {
    expect('In 2024 the British Museum lent the gold to Kumasi.', 'ORG:British Museum');
    expect('The Swiss Academy published the survey.', 'ORG:Swiss Academy');
    expect('The French Parliament voted on Tuesday.', 'NORP:French');
  });

  it('"2.5 million TEU" is a unit, not an organisation', () => {
    expectNot('Genoa handled 2.5 million TEU in 2024.', 'ORG:TEU');
  });
});

describe('entities: a studio named without its last word', () => {
  it('"Ciel Noir" after "Ciel Noir Games" is the studio, not a person', () => {
    const body = 'Montreal studio Ciel Noir Games cut 60 jobs on Tuesday. Ciel Noir said the cuts were final.';
    const found = show(body);
    assert.ok(found.includes('ORG:Ciel Noir'), found.join(', '));
    assert.ok(!found.includes('PERSON:Ciel Noir'), found.join(', '));
  });
});

describe('entities: Spanish company words opening a name', () => {
  it('"Minera Costa Sur" is a company', () => {
    expect('Minera Costa Sur, which runs a small gold mine above Chala, said it had evacuated workers.', 'ORG:Minera Costa Sur');
  });
});

describe('entities: rules from held-out 27 (US state politics, an NHS story)', () => {
  it('a state\'s constitution is a document: the place alone is the mention; "the Legislature" is an organisation', () => {
    expect('The map violated the Nevada Constitution by splitting neighborhoods.', 'GPE:Nevada');
    expectNot('The map violated the Nevada Constitution by splitting neighborhoods.', 'GPE:Nevada Constitution');
    expect('The justices gave the Democratic-controlled Legislature until Jan. 30.', 'ORG:Legislature');
  });

  it('"2026 elections" is a year, "the 2024 election" an event; a date never runs over a line break', () => {
    expect('Lawmakers must redraw the map before 2026 elections.', 'DATE:2026');
    expectNot('Lawmakers must redraw the map before 2026 elections.', 'EVENT:2026 elections');
    expect('Ryedale A&E to close overnight from January\n\n12 November 2025', 'DATE:12 November 2025');
    expectNot('Ryedale A&E to close overnight from January\n\n12 November 2025', 'DATE:January\n\n12');
  });

  it('"A&E" names nobody; "Save Ryedale" campaigns and "Liberal Democrat" councillors belong to organisations', () => {
    const found = show('The trust voted to shut the A&E at Ryedale General Hospital. Campaigners from Save Ryedale A&E said the A&E had saved lives.');
    assert.ok(!found.some((f) => f.endsWith(':E')), found.join(', '));
    assert.ok(found.includes('ORG:Save Ryedale'), found.join(', '));
    expect('Heather Lowthorpe, the Liberal Democrat councillor, said so.', 'ORG:Liberal Democrat');
    expect('CARSON CITY, Nev. (AP) — The court ruled on Tuesday.', 'GPE:CARSON CITY');
  });
});

describe('entities: one identity for a state and its abbreviation, and for a party\'s adjective and plural', () => {
  it('"CARSON CITY, Nev." is Nevada; "Democratic" lawmakers and "Democrats" are one group', () => {
    const a = analyzeArticle('Court strikes down map\n\nCARSON CITY, Nev. (AP) — Democratic lawmakers said Nevada would appeal. Democrats met on Tuesday.');
    const idOf = (t: string) => a.entities.find((e) => e.text === t)?.id;
    assert.strictEqual(idOf('Nev.'), idOf('Nevada'));
    assert.strictEqual(idOf('Democratic'), idOf('Democrats'));
    assert.ok(idOf('Nevada'));
  });
});

describe('entities: rules from held-out 26 (an earthquake, a stranding, a rugby test)', () => {
  it('a name after a stripped "Then" or a position opening the sentence is a person', () => {
    expect('Wing Irakli Beridze finished in the corner early in the second half.', 'PERSON:Irakli Beridze');
    expect('Then Irakli Beridze-Natsvlishvili finished in the corner.', 'PERSON:Irakli Beridze-Natsvlishvili');
  });

  it('"PBN News" is the outlet; "Farewell Spit" and "the Pacific Ring of Fire" are places', () => {
    expect('Speaking to PBN News, she said the dead were fishermen.', 'ORG:PBN News');
    expect('Whales stranded at Farewell Spit on Saturday.', 'LOC:Farewell Spit');
    expect('Peru lies on the Pacific Ring of Fire.', 'LOC:Pacific Ring of Fire');
  });
});

describe('entities: a fire service\'s title is no fire', () => {
  it('"Barriere Fire Chief X" is a title before a person, "the Camp Fire killed 85" is the event', () => {
    expect('"Go," Barriere Fire Chief Brent Halvorsen said as crews worked.', 'PERSON:Brent Halvorsen');
    expectNot('"Go," Barriere Fire Chief Brent Halvorsen said as crews worked.', 'EVENT:Barriere Fire');
    expect('The Camp Fire killed 85 people in 2018.', 'EVENT:Camp Fire');
  });
});

describe('entities: rules from held-out 28 (cocoa prices, shark nets, a Japanese mayoral race)', () => {
  it('currency letters before ¢ or R$ are no organisation; "SMART drumlines" is emphasis', () => {
    const found = show('Prices rose to GH¢4,000 per bag and R$5 a kilo. Drones and SMART drumlines will do a better job.');
    assert.ok(!found.some((f) => f === 'ORG:GH' || f === 'ORG:SMART' || f === 'ORG:R'), found.join(', '));
    expect('NATO forces arrived on Monday.', 'ORG:NATO');
  });

  it('a people\'s word opening a party\'s name belongs to it; "Madam" is a title', () => {
    expect('Oda was backed by the Japanese Communist Party.', 'ORG:Japanese Communist Party');
    expect('The incumbent was backed by the ruling Liberal Democratic Party.', 'ORG:Liberal Democratic Party');
    expect('Madam Owusu-Bekoe said the board agreed.', 'PERSON:Owusu-Bekoe');
  });
});

describe('entities: rules from held-out 29 (a border reopening, a UN vote, a budget vote)', () => {
  it('"the Baku-based Absheron Centre for Regional Studies" is a place and a body; "President Tayyip Erdogan" one person', () => {
    expect('Rauf Alak, of the Baku-based Absheron Centre for Regional Studies, expects no objection.', 'GPE:Baku');
    expect('Rauf Alak, of the Baku-based Absheron Centre for Regional Studies, expects no objection.', 'ORG:Absheron Centre for Regional Studies');
    expect('President Tayyip Erdogan spoke by phone.', 'PERSON:Tayyip Erdogan');
    expect('The Maple Leafs lost to the Canadiens in Toronto.', 'ORG:Maple Leafs');
  });

  it('"New Democrats" are the party; the Pacific Islands Forum is one body', () => {
    expect('The seven New Democrats present did not vote.', 'ORG:New Democrats');
    expect('Leaders of the Pacific Islands Forum met in Suva.', 'ORG:Pacific Islands Forum');
  });
});

describe('entities: "No." answering a question', () => {
  it('"A: No. Resolutions of the General Assembly …" names nobody called "No. Resolutions"', () => {
    const found = show('Q: Is the resolution legally binding? A: No. Resolutions of the General Assembly are not binding.');
    assert.ok(!found.some((f) => f.includes('No. Resolutions')), found.join(', '));
    expect('Q: Is the resolution legally binding? A: No. Resolutions of the General Assembly are not binding.', 'ORG:General Assembly');
  });
});

describe('entities: rules from held-out 30 (a bridge closure, a plant fire, a measles cluster)', () => {
  it('fire and police chiefs are titles; station letters with a channel number and "News" are the outlet', () => {
    expect('"The staff did exactly right," said Deputy Fire Chief Colin MacKay-Boateng.', 'PERSON:Colin MacKay-Boateng');
    expect('Mayor Tom Ekdahl told KCDR 4 News on Monday.', 'ORG:KCDR 4 News');
  });

  it('a zero-padded day, an engineering firm, a conference, a vaccine\'s letters', () => {
    expect('Shutdown announced November 03, 2025 08:30 AM.', 'DATE:November 03, 2025');
    expect('The crack was found by Kessler Brandt Engineering, a Des Moines firm.', 'ORG:Kessler Brandt Engineering');
    expect('Vancouver clinched second place in the Western Conference.', 'ORG:Western Conference');
    expectNot('Calls about the MMR shot rose this week.', 'ORG:MMR');
  });
});

describe('entities: rules from held-out 31 (a hostage release, EU sanctions, a shoal incident)', () => {
  it('a name in apposition after "ambassador to Qatar," is a person, not the next place of a list', () => {
    expect('Norway’s ambassador to Qatar, Håkon Strand-Lie, was among the diplomats.', 'PERSON:Håkon Strand-Lie');
    expect('Flights go to Nairobi, Kisumu and Eldoret.', 'GPE:Eldoret');
  });

  it('coast guards are organisations', () => {
    expect('In a statement, the China Coast Guard said its ship had acted lawfully.', 'ORG:China Coast Guard');
  });
});

describe('entities: post-nominal letters', () => {
  it('"counsel Dermot Lyne-Harris SC told the jury": SC is no state', () => {
    expectNot('In his closing speech, prosecuting counsel Dermot Lyne-Harris SC told the jury.', 'GPE:SC');
    expect('In his closing speech, prosecuting counsel Dermot Lyne-Harris SC told the jury.', 'PERSON:Dermot Lyne-Harris');
  });
});

describe('entities: zoos and botanic gardens are institutions', () => {
  it('"the Sado Zoological Park" and "the Bronx Zoo" are organisations; "Etihad Stadium" stays no mention', () => {
    expect('The animals will live at the Sado Zoological Park for ten years.', 'ORG:Sado Zoological Park');
    expect('The Bronx Zoo said the birds were healthy.', 'ORG:Bronx Zoo');
    const found = show('Fans packed Etihad Stadium on Sunday.');
    assert.ok(!found.some((f) => f.includes('Etihad Stadium')), found.join(', '));
  });
});

describe('entities: retailers, pollsters and other well-known firms named alone', () => {
  it('"Asda and Morrisons", "discounters Aldi and Lidl", "according to Kantar" are organisations', () => {
    const s = 'The market is dominated by Tesco, Asda and Morrisons, while Aldi and Lidl have gained share, according to Kantar.';
    for (const name of ['Asda', 'Morrisons', 'Aldi', 'Lidl', 'Kantar']) expect(s, 'ORG:' + name);
    expect('By 10 p.m., the Mounties were knocking on doors.', 'ORG:Mounties');
  });

  it('a firm that is also a town stays a place where the town is meant ("a Democrat from Gallup")', () => {
    expect('Ezra Begay, a Navajo Democrat from Gallup, called the veto a tantrum.', 'GPE:Gallup');
  });
});

describe('entities: rules from held-out 36 (a telecom outage, a cholera campaign, a court ruling on a delivery app)', () => {
  it('an operator named by a given name and "Telecom" is a company, and so is its short name', () => {
    const s = 'An outage knocked out Sitara Telecom’s mobile network. Sitara, the third-largest operator, said service was back.';
    expect(s, 'ORG:Sitara Telecom');
    expect(s, 'ORG:Sitara');
    expect('Sam Lee, head of research at Harrowgate Commodities in London, said prices fell.', 'ORG:Harrowgate Commodities');
  });

  it('"Universidad de los Andes": a second linker inside an organisation’s name keeps the listed word after it', () => {
    expect('said Ana Becerra, a specialist at the Universidad de los Andes.', 'ORG:Universidad de los Andes');
    expectNot('said Ana Becerra, a specialist at the Universidad de los Andes.', 'LOC:Andes');
  });
});

describe('entities: rules from held-out 37 (a transit strike, a stolen statue, a handball derby, a school district)', () => {
  it('UK police ranks without full stops stay outside the name ("Det Supt", "DCI", "PC")', () => {
    for (const rank of ['Det Supt', 'Det Insp', 'Ch Supt', 'DCI', 'PC']) {
      expect(`Officers arrived. ${rank} Faisal Rahman-Brooke, who leads the inquiry, said more.`, 'PERSON:Faisal Rahman-Brooke');
    }
  });

  it('an acronym before one unlisted word is one organisation ("OC Transpo", "SG Flensburg-Handewitt")', () => {
    expect('More than 2,300 OC Transpo workers began a strike.', 'ORG:OC Transpo');
    expect('He made 17 saves as SG Flensburg-Handewitt won on Sunday.', 'ORG:SG Flensburg-Handewitt');
    expect('He met US Ambassador Tom Smith on Monday.', 'GPE:US');
  });

  it('a union local is named by its number', () => {
    expect('Amalgamated Transit Union Local 279, which represents drivers, said talks failed.', 'ORG:Amalgamated Transit Union Local 279');
    expect('Staff in SEIU Local 1021 joined the strike.', 'ORG:SEIU Local 1021');
  });

  it('"University of Ottawa and Carleton University" are two institutions; "Department of Trade and Industry" one', () => {
    const s = 'The University of Ottawa and Carleton University said classes moved online.';
    expect(s, 'ORG:University of Ottawa');
    expect(s, 'ORG:Carleton University');
    expect('The Department of Trade and Industry said so.', 'ORG:Department of Trade and Industry');
  });

  it('a place before its county office or school district is part of the body’s name', () => {
    expect('Teachers in the Sacramento City Unified School District voted to strike.', 'ORG:Sacramento City Unified School District');
    expect('The Sacramento County Office of Education, which oversees budgets, said so.', 'ORG:Sacramento County Office of Education');
    expect('Voters in Orange County backed it.', 'GPE:Orange County');
  });

  it('a board after a listed body is that body’s board ("the Treasury Board"); "U.S. Navy" keeps the country apart', () => {
    expect('The Treasury Board said the offer stood.', 'ORG:Treasury Board');
    expect('He spoke to the U.S. Navy on Monday.', 'ORG:Navy');
  });
});

describe('entities: Canadian provinces in datelines and addresses; "that three days"; a legal form alone', () => {
  it('"Gatineau, Que." and "OTTAWA, Ont." are a town and its province', () => {
    expect('Buses run from Gatineau, Que., into downtown Ottawa.', 'GPE:Gatineau', 'GPE:Que.');
    expect('He lives in Zoltavia, Ont., with his family.', 'GPE:Zoltavia');
    expectNot('They stretched their lead in the NL Central to six games.', 'GPE:NL');
  });

  it('"do that three days in a row": the amount of time is the date, not the pronoun before it', () => {
    expect('I cannot do that three days in a row.', 'DATE:three days');
    expect('That day was hard.', 'DATE:That day');
  });

  it('"Acme Kenya Limited": a legal form after a place is no organisation of its own', () => {
    expectNot('Officials at Acme Kenya Limited said so.', 'ORG:Limited');
  });
});

describe('entities: picture captions and credits', () => {
  const page = 'Headline here\nPhoto: A franchise in Rawalpindi. (Rehan Siddiqui / TechKhabar)\nPhoto: Protesters in Abuja on Monday. (Ikechukwu Dimeji/Daily Compass)\nPhoto: Lumen Images\nThe text said so.\n';
  it('a caption opening with a word in prose is no credit ("Photo: A franchise …", "Photo: Protesters in …")', () => {
    expectNot(page, 'ORG:A');
    expectNot(page, 'ORG:Protesters');
    expect(page, 'ORG:Lumen Images');
  });

  it('"(Rehan Siddiqui / TechKhabar)": the photographer before the slash, the outlet after it', () => {
    expect(page, 'PERSON:Rehan Siddiqui', 'ORG:TechKhabar', 'PERSON:Ikechukwu Dimeji', 'ORG:Daily Compass');
  });
});

describe('entities: a wire sign-off lists reporters', () => {
  it('"(Reporting by A in Islamabad and Haroon Mirza-Baig in Karachi; …)": the name after a place is a reporter', () => {
    const page = 'Headline here\nThe text said so on Monday.\n(Reporting by Zainab Qadri in Islamabad and Haroon Mirza-Baig in Karachi; Writing by Tom Eke; Editing by Rosalind Okafor-Hart)\n';
    expect(page, 'PERSON:Haroon Mirza-Baig', 'GPE:Karachi', 'PERSON:Rosalind Okafor-Hart');
    expect('Flights go to Nairobi, Kisumu and Eldoret.', 'GPE:Eldoret');
  });
});

describe('entities: a place seen playing in a match report is the team in its other mentions', () => {
  const report = 'Japan beat Fiji 27-24 in Osaka on Saturday.\n\n"Against a team like Japan you cannot give away a soft penalty," the Fiji coach said. Japan play Georgia in Tbilisi next week.\n\nSAN ANTONIO (AP) — Fans left early.';
  it('"a team like Japan", "Japan play Georgia" are the team; "in Tbilisi" and a dateline in capitals stay places', () => {
    assert.ok(show(report).filter((f) => f === 'ORG:Japan').length >= 3, show(report).join(', '));
    expect(report, 'GPE:Tbilisi', 'GPE:SAN ANTONIO');
  });

  it('the side is an identity of its own, apart from the country', () => {
    const a = analyzeArticle(report);
    const ids = new Set(a.entities.filter((e) => e.text === 'Japan').map((e) => `${e.type}:${e.id}`));
    assert.ok(ids.has('ORG:japan-team') && !ids.has('ORG:japan'), [...ids].join(', '));
  });

  it('without a score the country stays a country', () => {
    expect('Japan and Georgia signed a trade deal on Monday.', 'GPE:Japan', 'GPE:Georgia');
  });
});

describe('entities: rules from held-out 38 (a reservoir row, a port concession, a heatwave, a burial site)', () => {
  it('reservoirs, archipelagos and rivers named "Darya" are natural places', () => {
    expect('She works at the Toktogul Reservoir on the Naryn River.', 'LOC:Toktogul Reservoir');
    expect('Kazakhstan, further down the Syr Darya, has also voiced concern.', 'LOC:Syr Darya');
    expect('They sailed from the Bismarck Archipelago long ago.', 'LOC:Bismarck Archipelago');
  });

  it('"Islands Bulletin explains": a bulletin is a publication', () => {
    expect('Islands Bulletin explains what was found.', 'ORG:Islands Bulletin');
  });

  it('a people’s word before "University of …" opens the university’s name; a ministry stays apart', () => {
    expect('A researcher at the American University of Central Asia in Bishkek said so.', 'ORG:American University of Central Asia');
    expect('The French Ministry of Culture said so.', 'NORP:French', 'ORG:Ministry of Culture');
    expect('He will appeal to the European Court of Human Rights in Strasbourg.', 'ORG:European Court of Human Rights');
  });

  it('Pakistan’s provinces and the people of Vanuatu', () => {
    expect('The NDMA issued an advisory for Sindh, southern Punjab and Balochistan.', 'GPE:Sindh', 'GPE:Balochistan');
    expect('We want Ni-Vanuatu children to learn this history.', 'NORP:Ni-Vanuatu');
  });
});

describe('entities: rules from held-out 39 (a carmaker’s results, a vaccine study, a music prize, a wine dispute)', () => {
  it('a site named by common words is still the site ("Torque Report › Industry"); "Top Stories › World" names none', () => {
    const page = 'Torque Report › Industry › Europe\nBrandauer cuts jobs\nThe chairman told Torque Report.\n';
    assert.strictEqual(show(page).filter((f) => f === 'ORG:Torque Report').length, 2, show(page).join(', '));
    expectNot('Top Stories › World\nA headline\nText here.\n', 'ORG:Top Stories');
  });

  it('"Co-author X" is a title; "Statens Serum Institut" an institute; "Metro 9 News" a channel', () => {
    expect('Co-author Oluwaseun Adeyemi-Clarke of the University of Toronto said so.', 'PERSON:Oluwaseun Adeyemi-Clarke');
    expect('Researchers at Denmark’s Statens Serum Institut agreed.', 'ORG:Statens Serum Institut');
    expect('By Naomi Castellanos | Metro 9 News Published March 4', 'ORG:Metro 9 News');
  });
});

describe('entities: a name in apposition to an organisation noun', () => {
  it('"Coldiretti, Italy’s largest farmers’ association, …" is an organisation; "Tomasz, a local farmer," is not', () => {
    expect('Coldiretti, Italy’s largest farmers’ association, called the decision a gift.', 'ORG:Coldiretti');
    expectNot('Tomasz, a local farmer, called it a gift.', 'ORG:Tomasz');
    expectNot('“It is a step,” Lilit Hovsepyan, spokeswoman for the Armenian foreign ministry, said.', 'ORG:Lilit Hovsepyan');
  });
});

describe('entities: two unknown words after a place preposition', () => {
  it('"farmers in Dong Thap" is a place; "in Ann Lee’s view" and a known given name stay a person', () => {
    expect('Farmers in Dong Thap have cut their losses.', 'GPE:Dong Thap');
    expect('In Ann Lee’s view it failed.', 'PERSON:Ann Lee');
    expect('He met officials in Tom Hill on Monday.', 'PERSON:Tom Hill');
  });
});

describe('entities: rules from held-out 40 (a river boat capsize, a bank robbery verdict)', () => {
  it('"Kwara State" is a state; "Ohio State" is left to its listed word', () => {
    expect('Gunmen attacked villages in Zamfara State on Monday.', 'GPE:Zamfara State');
    expectNot('Fans of Ohio State cheered.', 'GPE:Ohio State');
  });

  it('"the River Niger" is the river, not the country', () => {
    expect('A boat capsized on the River Niger on Wednesday.', 'LOC:River Niger');
    expectNot('A boat capsized on the River Niger on Wednesday.', 'GPE:Niger');
  });

  it('Nordic banks named alone', () => {
    expect('Staff at a Nordea branch in Kungälv were forced to open a safe.', 'ORG:Nordea');
  });
});

describe('entities: rules from held-out 42 (a basketball final, a film prize, a cancelled concert)', () => {
  it('film distributors and clubs named "… Basket" are organisations', () => {
    expect('Almaty-based distributor Steppe Pictures said it would release the film.', 'ORG:Steppe Pictures');
    expect('Senegal’s Cap-Vert Basket beat Angola’s team 84-79.', 'ORG:Cap-Vert Basket');
  });
});

describe('entities: rules from held-out 44 (a flood clean-up, a hospital waiting list, a farmers’ protest)', () => {
  it('"the Administration for Civil Protection and Disaster Relief" is one body', () => {
    expect('Homes were flooded, the Administration for Civil Protection and Disaster Relief said.', 'ORG:Administration for Civil Protection and Disaster Relief');
    expect('The National Oceanic and Atmospheric Administration said so.', 'ORG:National Oceanic and Atmospheric Administration');
  });
});

describe('entities: rules from held-out 47 (a police chief’s resignation, a fraud verdict, a budget standoff)', () => {
  it('a state before its bureau, a committee after a listed chamber, "Councilor" as a title', () => {
    expect('She would ask the Oklahoma State Bureau of Investigation to review it.', 'ORG:Oklahoma State Bureau of Investigation');
    expect('Sen. Darlene M. Pruitt, a co-chair of the Senate Appropriations Committee, said no.', 'ORG:Senate Appropriations Committee');
    expect('City Councilor Priya Raman-Holt, who chairs the committee, said so.', 'PERSON:Priya Raman-Holt');
    expect('A US State Department spokesperson said so.', 'GPE:US', 'ORG:State Department');
  });

  it('"Rep. Ann Lee, D-Tulsa,": only the place of a legislator’s tag is a mention', () => {
    expect('State Rep. Elena Vasquez-Tate, D-Tulsa, said she would ask for a review.', 'GPE:Tulsa');
    expectNot('State Rep. Elena Vasquez-Tate, D-Tulsa, said she would ask for a review.', 'PERSON:D-Tulsa');
  });
});

describe('entities: rules from held-out 48 (an airliner turned back, a rice export ban, a cashew plant)', () => {
  it('a company word or legal form ends a company whose name opens with a listed place', () => {
    expect('Mekong Agri Holdings Plc processes rice and cassava.', 'ORG:Mekong Agri Holdings Plc');
    expect('A Borneo Skyways turboprop turned back on Sunday.', 'ORG:Borneo Skyways');
    expect('Dilmun SafeBuild W.L.L. said the fans were installed.', 'ORG:Dilmun SafeBuild W.L.L.');
    expectNot('A Borneo Skyways turboprop turned back on Sunday.', 'PERSON:Borneo Skyways');
  });

  it('names coordinated before a plural division noun are each a division', () => {
    expect('Floods in the Ayeyarwady and Bago regions cut the harvest.', 'GPE:Ayeyarwady', 'GPE:Bago');
    expect('The Tillaberi, Dosso and Tahoua regions were hit.', 'GPE:Tillaberi', 'GPE:Dosso', 'GPE:Tahoua');
    expectNot('Talks between Smith and Jones states that no deal is near.', 'GPE:Jones');
  });

  it('Malay and Khmer town openers, the last place after "as well as", honorifics outside the name', () => {
    expect('Farmers in Kampong Thom, Preah Vihear and Kratie have waited.', 'GPE:Kampong Thom', 'GPE:Preah Vihear', 'GPE:Kratie');
    expect('Flights to towns in Sabah and Sarawak as well as Labuan were cancelled.', 'GPE:Labuan');
    expect('“It is safe,” said Daw Khin Sandar Win, 58, a trader.', 'PERSON:Khin Sandar Win');
    expect('“We are glad,” said Oknha Chea Sophal, the chairman.', 'PERSON:Chea Sophal');
  });

  it('"mid-2026" and "mid-January" are dates with their prefix; "fiscal year" after a year is not a second date', () => {
    expect('The plant reaches full capacity in mid-2026.', 'DATE:mid-2026');
    expect('Work began in mid-January.', 'DATE:mid-January');
    expect('It sold 2.1 million tonnes in the 2024-25 fiscal year.', 'DATE:2024-25');
    expectNot('It sold 2.1 million tonnes in the 2024-25 fiscal year.', 'DATE:fiscal year');
  });
});

describe('entities: rules from held-out 52 (a dam ruling, a football club’s fine, a tariff rise)', () => {
  it('"Infrastructure" and "Power" end company names; the sports court and the Europa League are known', () => {
    expect('Shares of Ashvatth Infrastructure fell 6.8%.', 'ORG:Ashvatth Infrastructure');
    expect('It was built by Himgiri Hydro Power, a subsidiary.', 'ORG:Himgiri Hydro Power');
    expect('“We will defend this club at the Court of Arbitration for Sport,” he says.', 'ORG:Court of Arbitration for Sport');
    expect('The club reached the last 16 of the Europa League in 2025.', 'EVENT:Europa League');
  });

  it('a season is no date; "this fiscal year" keeps its determiner', () => {
    expectNot('But its revenue fell by about a third this season.', 'DATE:this season');
    expectNot('The club must meet targets over the next three seasons.', 'DATE:next three seasons');
    expect('The subsidy bill for this fiscal year would exceed the budget.', 'DATE:this fiscal year');
  });

  it('credit labels ("Reported by:") open bylines; natural features coordinated before "rivers" are places', () => {
    expect('Hydro Project Halted\n\nReported by: Farhan Qureshi | Edited by: Neha Srinivasan-Pillai | Published: 13 May 2026\n\nThe court ruled.', 'PERSON:Farhan Qureshi', 'PERSON:Neha Srinivasan-Pillai');
    expect('Ice swept down the Rishiganga and Dhauliganga rivers.', 'LOC:Rishiganga', 'LOC:Dhauliganga');
  });
});

describe('entities: rules from held-out 53 (a mobile-money outage, a hurricane insurance payout)', () => {
  it('Caribbean states with "St." and their people; a dateline before one is its town', () => {
    expect('Title\n\nCASTRIES, St. Lucia (AP) — St. Lucia will receive $21.4 million.', 'GPE:CASTRIES', 'GPE:St. Lucia');
    expect('He spoke by phone from the Cayman Islands.', 'GPE:Cayman Islands');
    expect('For many St. Lucians the first task is simpler.', 'NORP:St. Lucians');
  });

  it('a multinational before a country is its subsidiary; mobile-money brands; "SPC" and "Re" end company names', () => {
    expect('MTN Uganda and Airtel Uganda have until the end of April.', 'ORG:MTN Uganda', 'ORG:Airtel Uganda');
    expectNot('MTN Uganda and Airtel Uganda have until the end of April.', 'GPE:Uganda');
    expect('Customers said M-Pesa transactions were failing.', 'ORG:M-Pesa');
    expect('The payout from CCRIF SPC combines two policies.', 'ORG:CCRIF SPC');
    expect('It was developed with the reinsurer Blue Harbour Re.', 'ORG:Blue Harbour Re');
  });

  it('a forum of members is a body; "Hajji" is an honorific; a photographer’s name before a slash and an outlet', () => {
    expect('Abdul Kaweesa, chairman of the Uganda Mobile Money Agents Forum, said no.', 'ORG:Uganda Mobile Money Agents Forum');
    expect('The Eastern Economic Forum opened on Tuesday.', 'EVENT:Eastern Economic Forum');
    expect('“We are not against it,” said Hajji Abdul Kaweesa, the chairman.', 'PERSON:Abdul Kaweesa');
    expect('Title\n\nPhoto: Rakesh Bisht / Doon Valley Times\n\nDrums marked the day.', 'PERSON:Rakesh Bisht');
    expect('Title\n\nPhoto: Onda Live / handout\n\nThe festival was cancelled.', 'ORG:Onda Live');
  });
});

describe('entities: rules from held-out 49 to 51 (a rate decision, a shipyard bankruptcy, a pension vote, a stadium strike)', () => {
  it('shipyards and contractors are companies; "og" joins a Norwegian county; a word in capitals is no demonym', () => {
    expect('Ferries come from Turkey’s Altınova Shipyard this year.', 'ORG:Altınova Shipyard');
    expect('The workers are employed by Al-Safwa Eastern Contracting, a subcontractor.', 'ORG:Al-Safwa Eastern Contracting');
    expect('The Møre og Romsdal District Court opened bankruptcy proceedings.', 'ORG:Møre og Romsdal District Court');
    expect('Title\n\nInflation was 5.3%, according to the statistics agency DANE, above target.', 'ORG:DANE');
    expectNot('Title\n\nInflation was 5.3%, according to the statistics agency DANE, above target.', 'NORP:DANE');
  });

  it('a wire dateline before "(Reuters)" or "(AFP)" is a place; capitals missing from the generated list', () => {
    expect('UEFA fines club\n\nNyon (AFP) - UEFA fined the club on Friday.', 'GPE:Nyon');
    expect('Arrests made\n\nBRAKPAN, Nov 24 (Reuters) - Police arrested five people.', 'GPE:BRAKPAN');
    expect('Officials in Freetown and Ouagadougou said so.', 'GPE:Freetown', 'GPE:Ouagadougou');
  });

  it('agencies named after their place; "Campaign for …"; an embassy "of" a country; hyphened party acronyms', () => {
    expect('Title\n\nTransport Scotland, the agency, said no.', 'ORG:Transport Scotland');
    expect('Title\n\nEmergency Management Victoria says it accepts the findings.', 'ORG:Emergency Management Victoria');
    expect('He heads the Freetown-based Campaign for Good Governance.', 'ORG:Campaign for Good Governance');
    expect('The Embassy of Nepal in Riyadh said it had received complaints.', 'ORG:Embassy of Nepal');
    expect('Title\n\nThe ruling VMRO-DPMNE party won the vote.', 'ORG:VMRO-DPMNE');
    expectNot('Title\n\nThe US-EU deal was signed.', 'ORG:US-EU');
  });

  it('where people come from; a team named after its town; dotted dates', () => {
    expect('The first buses of pensioners from Bitola, Tetovo and Ohrid have arrived.', 'GPE:Bitola', 'GPE:Tetovo', 'GPE:Ohrid');
    expect('The Bridgetown Harbour Hawks beat the Kingston Blue Mountain Raiders by two wickets.', 'ORG:Bridgetown Harbour Hawks', 'ORG:Kingston Blue Mountain Raiders');
    expectNot('The museum has returned hundreds of Benin Bronzes since 2022.', 'ORG:Benin Bronzes');
    expect('Title\n\nPublished: 12.03.2026 18:47 | Updated: 12.03.2026 21:05\n\nThe Assembly voted.', 'DATE:12.03.2026');
  });
});

describe('entities: rules from held-out 56 (a treaty land settlement, a start-up acquisition)', () => {
  it('"The New York-based firm": the place keeps a first word stripped as the sentence’s opener', () => {
    expect('Title\n\nThe New York-based firm rose.', 'GPE:New York');
    expectNot('Title\n\nThe New York-based firm rose.', 'GPE:York');
  });

  it('"Reeve" is a title; a lake’s name before a state’s abbreviation is a town', () => {
    expect('Title\n\n“We are not against it,” said Reeve Lorne Dziadyk of the council.', 'PERSON:Lorne Dziadyk');
    expect('Title\n\nA ceremony was held north of Meadow Lake, Sask. on Tuesday.', 'GPE:Meadow Lake');
    expect('Title\n\nLarry Elder said no.', 'PERSON:Larry Elder');
  });
});

describe('entities: rules from held-out 57 (a mine protest)', () => {
  it('unlisted words after a mountain range or desert name a company; after a town they grow the town', () => {
    expect('Title\n\nOEFA ordered Andes Polimetálica to halt all discharges.', 'ORG:Andes Polimetálica');
    expect('Title\n\nFloods hit Porto Alegre on Monday.', 'GPE:Porto Alegre');
  });
});

describe('entities: rules from held-out 55 (a rail timetable scandal, a cocoa price cut)', () => {
  it('a plural possessive inside an institution’s name, with up to two words before its head', () => {
    expect('Title\n\nThe president of the Cocoa Farmers’ Welfare Association called the cut “a betrayal”.', 'ORG:Cocoa Farmers’ Welfare Association');
    expect('Title\n\nThe Union of Pensioners’ Associations claims 10,000 marchers.', 'ORG:Union of Pensioners’ Associations');
    expect('Title\n\nThe monitoring group Citizens’ Ballot Watch said it had recorded handouts.', 'ORG:Citizens’ Ballot Watch');
  });

  it('"Côte d’Ivoire" with an elided article; "CFA francs" is money; rail companies', () => {
    expect('Title\n\nFarmers in Côte d’Ivoire are guaranteed 2,800 CFA francs per kilogramme.', 'GPE:Côte d’Ivoire');
    expectNot('Title\n\nFarmers in Côte d’Ivoire are guaranteed 2,800 CFA francs per kilogramme.', 'ORG:CFA');
    expect('Title\n\nJR West made the first such request. Kisen Railway said it would cooperate.', 'ORG:JR West', 'ORG:Kisen Railway');
  });
});

describe('entities: rules from held-out 54 (a pipeline blast, a wildfire evacuation)', () => {
  it('"Co., Ltd." ends a company; a listed hyphenated country is one name', () => {
    expect('Title\n\nThe meters are supplied by Seoul-based Hanwol Metering Co., Ltd. under a contract.', 'ORG:Hanwol Metering Co., Ltd.');
    expect('Title\n\nIbrahima Baldé, a farmworker from Guinea-Bissau, spoke.', 'GPE:Guinea-Bissau');
    expect('Title\n\nThe Russia-Ukraine war goes on.', 'GPE:Russia', 'GPE:Ukraine');
  });

  it('places after "a visit to", "neighbours from" and "near X do Y"', () => {
    expect('Title\n\nThe prime minister cancelled a planned visit to Madeira.', 'GPE:Madeira');
    expect('Title\n\nTwo neighbours from Cabeçudo sat side by side.', 'GPE:Cabeçudo');
    expect('Title\n\nThe fire broke out near Cernache do Bonjardim on Saturday.', 'GPE:Cernache do Bonjardim');
  });
});

describe('entities: rules from held-out 59 and 60 (an aircraft order, a crayfish quota, a mine blast, a land ruling)', () => {
  it('C-suite titles stay outside the name; airshows are events; "737 MAX" is a model; national sport and trade bodies', () => {
    expect('Title\n\n“We are building,” Chief Strategy Officer Lemlem Gebre-Egziabher told reporters.', 'PERSON:Lemlem Gebre-Egziabher');
    expect('Title\n\nThe deal was signed at the Farnborough International Airshow.', 'EVENT:Farnborough International Airshow');
    expectNot('Title\n\nAn Ethiopian Airlines 737 MAX 8 crashed in 2019.', 'ORG:MAX');
    expect('Title\n\nIndustry body Seafood New Zealand estimates the loss. Cricket Australia agreed.', 'ORG:Seafood New Zealand', 'ORG:Cricket Australia');
  });

  it('named mines and companies with a word for "company"; "Jan" before a surname is a given name; Brazilian states', () => {
    expect('Title\n\nThe blast happened at the Rogoźna mine in Żory, its owner, Jastrzębska Spółka Węglowa, said.', 'ORG:Rogoźna', 'ORG:Jastrzębska Spółka Węglowa');
    expect('Title\n\nExplosions at the Pniówek and Zofiówka mines killed miners in 2022.', 'ORG:Pniówek', 'ORG:Zofiówka');
    expect('Title\n\n(Reporting by Anna Nowak; Editing by Jan Harding)', 'PERSON:Jan Harding');
    expectNot('Title\n\n(Reporting by Anna Nowak; Editing by Jan Harding)', 'DATE:Jan');
    expect('Title\n\nThe court upheld a territory in the farm state of Mato Grosso do Sul. Indigenous groups cheered.', 'GPE:Mato Grosso do Sul', 'NORP:Indigenous');
  });
});

describe('entities: rules from held-out 62 and 64 (a shipyard strike, a ferry suspension)', () => {
  it('Balinese names keep their "I"; HD Hyundai and Hanwha Ocean are companies', () => {
    expect('Title\n\n“We will not stop,” said I Gede Darmawan, who leads the search.', 'PERSON:I Gede Darmawan');
    expect('Title\n\nHD HHI said losses were limited. Hanwha Ocean and Samsung Heavy Industries also build ships.', 'ORG:HD HHI', 'ORG:Hanwha Ocean');
  });
});

describe('entities: a port is named by its town (held-out 64 and 66)', () => {
  it('"the Jorf Lasfar port", "Morocco’s Jorf Lasfar port" give the place', () => {
    expect('Title\n\nShips queue at the Jorf Lasfar port.', 'GPE:Jorf Lasfar');
    expect('Title\n\nShips queue at Morocco’s Jorf Lasfar port.', 'GPE:Jorf Lasfar');
    expectNot('Title\n\nShips queue at Morocco’s Jorf Lasfar port.', 'PERSON:Jorf Lasfar');
  });
});

describe('entities: rules from held-out 68 (a migrant boat interception, a media regulator fine)', () => {
  it('"TV" ends a channel’s name; press-freedom and broadcast bodies are known', () => {
    expect('Title\n\nThe regulator said Hírvonal TV had shown the film twice.', 'ORG:Hírvonal TV');
    expect('Title\n\nReporters Without Borders said the fine was harsh. He spoke to FRANCE 24’s correspondent.', 'ORG:Reporters Without Borders', 'ORG:FRANCE 24');
    expectNot('Title\n\nHe spoke to FRANCE 24’s correspondent.', 'GPE:FRANCE');
  });
});

describe('entities: rules from held-out 75-81 (a ferry, a river spill, an ice storm, a bus crash)', () => {
  it('knows Cabo Verde and the demonyms of small states', () => {
    expect('The ferry sails to Cabo Verde on Friday.', 'GPE:Cabo Verde');
    expect('Most of the crew are Cape Verdean, two are Samoan and one is Tongan.', 'NORP:Cape Verdean', 'NORP:Samoan', 'NORP:Tongan');
  });

  it('reads a listed name of two words glued to "-owned" or "-based" as the name', () => {
    expect('It is a Cabo Verdean-owned operator.', 'NORP:Cabo Verdean');
    expect('The New Zealand-owned exporter grew.', 'GPE:New Zealand');
    expectNot('It is a Sri Lankan-owned operator.', 'PERSON:Lankan-owned');
  });

  it('opens a company name with a Romance word for shipyard or utility, and closes one with Ferries or Collective', () => {
    expect('The ferry was built by Astilleros del Cantábrico in Gijón.', 'ORG:Astilleros del Cantábrico');
    expect('The new tariffs for Electricité du Pahlavo start in June.', 'ORG:Electricité du Pahlavo');
    expect('Ilhas Unidas Ferries operates the route.', 'ORG:Ilhas Unidas Ferries');
    expect('said the chair of the Vailele Taro Growers Collective, which represents farmers.', 'ORG:Vailele Taro Growers Collective');
  });

  it('reads a lone given name between "the" and a river noun as the river', () => {
    const m = show('Diesel leaked into the Tara river on Monday. Rafting on the Tara is popular.');
    assert.deepStrictEqual(m.filter((x) => x.endsWith(':Tara')), ['LOC:Tara', 'LOC:Tara']);
    expect('Tara Mellon said the team would stay.', 'PERSON:Tara Mellon');
  });

  it('reads both ends of "the road between X and Y" as places, but not people "between" each other', () => {
    expect('The road between Jonesboro and Marked Tree was closed.', 'GPE:Jonesboro', 'GPE:Marked Tree');
    expect('Crews closed the line between Kolašin and Bijelo Polje.', 'GPE:Kolašin', 'GPE:Bijelo Polje');
    expect('Talks between Velkan Droshev and Ana Lopez failed.', 'PERSON:Velkan Droshev');
  });
});

describe('entities: a people’s word opening a body’s name (held-out 83)', () => {
  it('joins the people’s word to the body, and its acronym follows the whole name', () => {
    expect('Insolvencies rose, according to the Austrian Chamber of Commerce (WKO).', 'ORG:Austrian Chamber of Commerce');
    expectNot('Insolvencies rose, according to the Austrian Chamber of Commerce (WKO).', 'NORP:Austrian');
    const a = analyzeArticle('Headline\n\nInsolvencies rose, according to the Austrian Chamber of Commerce (WKO). The WKO expects more.');
    const ids = new Set(a.entities.filter((e) => e.type === 'ORG').map((e) => e.id));
    assert.strictEqual(ids.size, 1, [...ids].join(', '));
  });

  it('keeps a state’s own organ apart from its people’s word', () => {
    expect('The Armenian Foreign Ministry said so.', 'NORP:Armenian');
  });
});

describe('entities: rules from held-out 82-87 (a trucking corridor, a subway fire, a battery plant)', () => {
  it('strips a capitalised role noun such as "Passenger" or "Undersecretary" off a name opening a sentence', () => {
    expect('Passenger Farah Siddiqui, a junior doctor, said people were calm.', 'PERSON:Farah Siddiqui');
    expect('Undersecretary Javier Ñancucheo said the aim was a protocol.', 'PERSON:Javier Ñancucheo');
  });

  it('knows large cities the lists lacked, also in a hyphenated pair', () => {
    expect('Truckers halt Douala-Bangui traffic after the attack.', 'GPE:Douala', 'GPE:Bangui');
    expect('Trains run from Aberdeen to Dundee.', 'GPE:Aberdeen', 'GPE:Dundee');
    expect('Rents in Málaga rose 11.8% in a year.', 'GPE:Málaga');
  });

  it('reads a city that is also a given name before a surname as a person', () => {
    expect('“We are losing the route,” spokeswoman Florence Mbaye-Diallo said.', 'PERSON:Florence Mbaye-Diallo');
    expect('Flights to Florence resumed.', 'GPE:Florence');
  });

  it('does not make an acronym in apposition a person', () => {
    expect('The U.N. peacekeeping mission, MINUSCA, said it had sent a patrol.', 'ORG:MINUSCA');
  });

  it('knows Hungarian and other legal forms, which end the company’s name with their full stop', () => {
    const m = show('Its joint-venture partner Tisza Circular Kft. opened a plant. About Tisza Circular Kft. Tisza Circular Kft. is a recycler.');
    assert.deepStrictEqual(m.filter((x) => x.includes('Tisza')), ['ORG:Tisza Circular Kft.', 'ORG:Tisza Circular Kft.', 'ORG:Tisza Circular Kft.']);
  });
});

describe('entities: rules from held-out 88-93 (a securities regulator, a train outage, a bank licence)', () => {
  it('keeps a common head word opening the sentence before "of" ("Bank of Thailand holds rate")', () => {
    const m = show('Bank of Thailand holds rate at 1.25%.');
    assert.ok(m.includes('ORG:Bank of Thailand') && !m.some((x) => /:of /.test(x)), m.join(', '));
  });

  it('joins "Transport for X", "Stock Exchange of X" and "<City> Trains" into one body', () => {
    expect('Transport for NSW said it had sent extra buses.', 'ORG:Transport for NSW');
    expect('The Stock Exchange of Thailand suspended trading.', 'ORG:Stock Exchange of Thailand');
    expect('Sydney Trains has confirmed that every service stopped.', 'ORG:Sydney Trains');
  });

  it('finds a press contact at the end of a long last paragraph', () => {
    const para = 'This press release contains forward-looking statements, which involve risks and uncertainties that could cause results to differ materially from those expressed, and we undertake no duty to update them.';
    expect(`${para} Media contact: Garmah T. Wrehson press@saintpaulgrid.com +231 555`, 'PERSON:Garmah T. Wrehson');
  });
});

describe('entities: rules from held-out 94 (a dam release, a machinists’ strike)', () => {
  it('reads "X Dam" as a place (LOC), as the golds do for every named dam', () => {
    expect('Operators of the Roseires Dam opened all of its gates.', 'LOC:Roseires Dam');
  });

  it('joins a colour or position word to a listed river; before "state" the whole is the state', () => {
    const m = show('Villages along the Blue Nile flooded. Rain fell in the capital of Blue Nile state.');
    assert.deepStrictEqual(m.filter((x) => x.includes('Nile')), ['LOC:Blue Nile', 'GPE:Blue Nile']);
    const ids = new Set(analyzeArticle('Headline\n\nVillages along the Blue Nile flooded. Rain fell in the capital of Blue Nile state.').entities.map((e) => e.id));
    assert.strictEqual(ids.size, 2);
  });

  it('reads two unknown words after "at" ending in a plural noun as a company, not a place', () => {
    expect('About 3,400 workers at Harwood Aerostructures walked off the job.', 'ORG:Harwood Aerostructures');
    expect('Rain fell hard in Dong Thap overnight.', 'GPE:Dong Thap');
  });

  it('keeps the full stop of a dateline’s state abbreviation', () => {
    expect('WICHITA, Kan. (AP) — About 3,400 workers struck.', 'GPE:Kan.');
    expect('MONTPELIER, Vt. (AP) — Lawmakers met.', 'GPE:Vt.');
  });
});

describe('entities: rules from held-out 100-105 (a volcano in Papua New Guinea, an Icelandic driller)', () => {
  it('reads "New" before a country’s name as another place, not the country', () => {
    expect('Ash rose above the island of New Britain.', 'LOC:New Britain');
    expectNot('Ash rose above the island of New Britain.', 'GPE:Britain');
    expect('The New Zealand team won.', 'GPE:New Zealand');
  });

  it('reads "Air" before an unlisted name as an airline, but keeps "Air Force"', () => {
    expect('Air Niugini, the national carrier, cancelled flights.', 'ORG:Air Niugini');
    expect('The Air Force flew a sortie.', 'ORG:Air Force');
  });

  it('reads a listed name with digits before "million" as a sum, not the mountain', () => {
    expectNot('The cabinet approved K2 million in emergency funds.', 'LOC:K2');
  });

  it('keeps a lower-case legal form such as Iceland’s "hf." in the company’s name', () => {
    expect('Borvík Energy Services hf. signed the contract.', 'ORG:Borvík Energy Services hf.');
  });
});

describe('entities: rules from held-out 112-116 (a Benin market fire, a Fijian sugar mill, Kuwaiti power cuts)', () => {
  it('keeps hyphenated military ranks outside the name', () => {
    expect('Lieutenant-Colonel Amadou K. Sossou-Dako, a fire service spokesman, said the alleys were narrow.', 'PERSON:Amadou K. Sossou-Dako');
    expect('Major-General Rosa Quintal inspected the troops.', 'PERSON:Rosa Quintal');
  });

  it('takes a legal form set off by a comma into the company’s name, however personal its words look', () => {
    expect('Ondas Brancas Transportes, S.A. operates four ferries.', 'ORG:Ondas Brancas Transportes, S.A.');
    expect('The loan went to Caldera Verde, Inc. last week.', 'ORG:Caldera Verde, Inc.');
    expectNot('Ondas Brancas Transportes, S.A. operates four ferries.', 'ORG:S.A.');
    expectNot('Ondas Brancas Transportes, S.A. operates four ferries.', 'PERSON:Ondas Brancas Transportes');
  });

  it('reads a press release’s quoted short name after the company as that company, there and later', () => {
    const text = 'Ondas Brancas Transportes, S.A. ("Ondas" or the "Company") today opened a route. Rui Matos, Chief Executive of Ondas, said the route would pay.';
    expect(text, 'ORG:Ondas');
    expectNot(text, 'PERSON:Ondas');
    const a = analyzeArticle('Headline for the test\n\n' + text);
    const ids = new Set(a.entities.filter((e) => e.text.startsWith('Ondas')).map((e) => e.id));
    assert.strictEqual(ids.size, 1, [...ids].join(' '));
  });

  it('does not make a defined common word ("Company") the company', () => {
    expectNot('Acme Widgets Ltd. ("Company") said it would expand. The Company thanks its staff.', 'ORG:Company');
  });

  it('reads power units and QR codes after numbers as no organisation', () => {
    expectNot('The plant will produce 62 MW from next year.', 'ORG:MW');
    expectNot('Demand hit 17,940 MW on Tuesday, and 3.6 GW more is planned.', 'ORG:GW');
    expectNot('Vendors need a card with a QR code.', 'ORG:QR');
  });

  it('reads a country before "Airways", "University" or "Coast Guard" as part of the body’s own name', () => {
    expect('Flights on Kenya Airways were cancelled.', 'ORG:Kenya Airways');
    expect('Omar Haddad, an economist at Kuwait University, said demand had doubled.', 'ORG:Kuwait University');
    expect('Boats seized by the Bangladesh Coast Guard were towed away.', 'ORG:Bangladesh Coast Guard');
    expect('The US Treasury said.', 'GPE:US');
  });

  it('reads a word opening with the ʻokina as capitalised, and leaves the ʻokina out of ids', () => {
    expect('Shelters across Tongatapu, Haʻapai and ʻEua are full, said ʻAna Taufa, 67.', 'GPE:ʻEua');
    expect('Shelters across Tongatapu, Haʻapai and ʻEua are full, said ʻAna Taufa, 67.', 'PERSON:ʻAna Taufa');
    const a = analyzeArticle('Headline for the test\n\nShelters in Haʻapai are full.');
    assert.deepStrictEqual(a.entities.filter((e) => e.text === 'Haʻapai').map((e) => e.id), ['haapai']);
  });

  it('keeps two-letter transliterated initials inside a name ("Zh.", "Sh.")', () => {
    expect('By Dinara Zh. Temirova, sports reporter.', 'PERSON:Dinara Zh. Temirova');
    expect('Timur Sh. Alimov said the goal should have stood.', 'PERSON:Timur Sh. Alimov');
  });
});

describe('entities: places named by a Spanish article or listed among places (held-out 113, 114)', () => {
  it('reads a Spanish article before a listed place as another place’s name', () => {
    expect('Shelters in La Lima are full. Ana Paz, mayor of La Lima, said.', 'GPE:La Lima');
    expectNot('Shelters in La Lima are full. Ana Paz, mayor of La Lima, said.', 'GPE:Lima');
    expect('He flew to El Salvador.', 'GPE:El Salvador');
  });

  it('reads unknown members of a list with two places and nothing else as places, on a bullet line too', () => {
    const text = 'Key points\n• Power cut across the country after a fault on a high-voltage line\n• Luanda, Benguela, Lobito, Huambo and Malanje affected; Cabinda not hit\n\nThe grid failed.';
    expect(text, 'GPE:Benguela');
    expect(text, 'GPE:Malanje');
    expectNot('Talks with Google, Meta and Kaltura failed.', 'GPE:Kaltura');
  });
});

describe('entities: an institution’s name joined by "and" (held-out 115)', () => {
  it('takes the word before "and" after "the" into the institution’s name', () => {
    expect('The Police and Border Watch Board (PBWB) said a helicopter had landed.', 'ORG:Police and Border Watch Board');
    expect('A passenger was lifted off by a Police and Border Watch Board helicopter.', 'ORG:Police and Border Watch Board');
    expectNot('The Police and Border Watch Board (PBWB) said a helicopter had landed.', 'ORG:Border Watch Board');
  });

  it('leaves a listed name before "and" apart, and the head word of a body named before', () => {
    expect('Talks between Ghana and Fisheries Commission staff resumed.', 'GPE:Ghana');
    const text = 'The Coral Reef Trust led the survey. Divers from the Trust and Western Visayas University (WVU) counted corals.';
    expect(text, 'ORG:Western Visayas University');
    expectNot(text, 'ORG:Trust and Western Visayas University');
  });
});

describe('entities: a run ending in a legal form is one company (held-out 114, 115)', () => {
  it('keeps a listed place and person-shaped words inside the company’s name', () => {
    expect('The exporter, Mirembe Kayu Gabon SA, had its licence suspended.', 'ORG:Mirembe Kayu Gabon SA');
    expectNot('The exporter, Mirembe Kayu Gabon SA, had its licence suspended.', 'GPE:Gabon');
    expect('Equipment was supplied by Holmvik Biogas A/S of Denmark.', 'ORG:Holmvik Biogas A/S');
  });

  it('reads a "-based" compound before it as usual, and links the short name', () => {
    const text = 'The developer, Athens-based Aegean Terraces S.A. had planned to invest. Aegean Terraces said it would appeal.';
    expect(text, 'GPE:Athens');
    expect(text, 'ORG:Aegean Terraces');
    expectNot(text, 'PERSON:Aegean Terraces');
  });

  it('links the name without its form, the slashed form too, to the company', () => {
    const text = 'Equipment was supplied by Holmvik Biogas A/S of Denmark. Anne Lund, Managing Director of Holmvik Biogas, said the plant was ready.';
    expect(text, 'ORG:Holmvik Biogas');
    expectNot(text, 'PERSON:Holmvik Biogas');
  });
});

describe('entities: a facility named by its place (held-out 112, 116)', () => {
  it('reads an unknown name before "mill", "terminal", "smelter" or "power station" as the place', () => {
    expect('A fault knocked three units at the Sabrat power station offline.', 'GPE:Sabrat');
    expect('Cane was sent to the Ravuravu mill instead.', 'GPE:Ravuravu');
    expect('Dockers at the Brenkai terminal walked out.', 'GPE:Brenkai');
  });
});

describe('entities: an ownership compound before a name (held-out 113)', () => {
  it('leaves "State-run" out and reads the name after it as an organisation', () => {
    expect('State-run Petrandes put the spill at 2,400 barrels.', 'ORG:Petrandes');
    expectNot('State-run Petrandes put the spill at 2,400 barrels.', 'PERSON:State-run Petrandes');
    expect('Family-owned Kessler Group said it would appeal.', 'ORG:Kessler Group');
  });

  it('keeps reading a place before "-based" as the place', () => {
    expect('They will face the Trinidad-based Port of Spain Scorpions on Friday.', 'GPE:Trinidad');
  });
});

describe('entities: held-out 113 and 116 (a pipeline spill, power cuts)', () => {
  it('reads a number word opening a bullet before a plural noun as a count, not an organisation', () => {
    expectNot('Key points\n- Rotating cuts of two hours in 30 areas\n- Three units at Sabrat power station out after a fault\n\nThe grid is strained.', 'ORG:Three');
  });

  it('lists Indigenous peoples of the Americas as NORP', () => {
    expect('Kichwa villages and Shuar leaders protested.', 'NORP:Kichwa');
    expect('Kichwa villages and Shuar leaders protested.', 'NORP:Shuar');
  });
});

describe('entities: held-out 112 (a hilsa clash, a cyclone live page)', () => {
  it('takes a plural possessive before a forum’s name into it', () => {
    expect("He heads the Bhola unit of the Coastal Fishers' Rights Forum.", "ORG:Coastal Fishers' Rights Forum");
    expect("said Chhim Sokha of the Mekong Peoples' Forum, a coalition.", "ORG:Mekong Peoples' Forum");
  });

  it('reads a festival named with "Puja" or "Mela" as an event', () => {
    expect('Prices jump ahead of Durga Puja.', 'EVENT:Durga Puja');
  });

  it('reads a demonym, a word and "News" as an outlet', () => {
    expect('Skipper Freja Lind, 29, told Pacific Tides News by text message.', 'ORG:Pacific Tides News');
    expectNot('Skipper Freja Lind, 29, told Pacific Tides News by text message.', 'NORP:Pacific');
  });
});

describe('entities: lakes, national societies and national institutions named with their country (held-out 120)', () => {
  it('reads "Lake" before a listed place as the lake', () => {
    expect('They live along the shore of Lake Malawi, where people fish.', 'LOC:Lake Malawi');
    expectNot('They live along the shore of Lake Malawi, where people fish.', 'GPE:Malawi');
  });

  it('takes the country into a national Red Cross society’s name', () => {
    expect('The Tanzania Red Cross Society says it is helping 1,200 people.', 'ORG:Tanzania Red Cross Society');
  });

  it('takes a written-out country into "National …" institution names, not an abbreviation', () => {
    expect('Samples were flown to the Botswana National Veterinary Laboratory in Gaborone.', 'ORG:Botswana National Veterinary Laboratory');
    expect('The US National Security Council met.', 'GPE:US');
  });
});

describe('entities: held-out 119 (a cocaine seizure off Cork, a Danish phone ban)', () => {
  it('reads "County X" and "Co X" after a preposition as one Irish county', () => {
    expect('They found the drugs off the coast of County Cork on Friday.', 'GPE:County Cork');
    expect('The men are from Co Waterford and Riga.', 'GPE:Co Waterford');
  });

  it('writes ø, ð, ł and ß as base letters in ids', () => {
    const a = analyzeArticle('Headline for the test\n\nLars Østergaard-Holm and Guðrun Sigurðardóttir spoke on Monday.');
    assert.deepStrictEqual(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.id), ['lars-ostergaard-holm', 'gudrun-sigurdardottir']);
  });
});

describe('entities: "<city> City" (held-out 118)', () => {
  it('gives a listed city’s "City" form the city’s id, not a country’s or a state’s', () => {
    const ids = (text: string) => analyzeArticle('Headline for the test\n\n' + text).entities.map((e) => e.text + '=' + e.id);
    assert.deepStrictEqual(ids('Power failed in Kaohsiung City and later in Kaohsiung.'), ['Kaohsiung City=kaohsiung', 'Kaohsiung=kaohsiung']);
    assert.notStrictEqual(ids('He flew from Mexico City to Mexico.')[0], 'Mexico City=mexico');
    assert.notStrictEqual(ids('He flew from Kansas City across Kansas.')[0], 'Kansas City=kansas');
  });
});

describe('entities: held-out 121 and 122 (a Peruvian flood, a Cluj ruling, a Bulgarian recycler)', () => {
  it('reads a middle initial as a person’s name even when the surname is an English word', () => {
    expect('He met Alan B. Field on Monday.', 'PERSON:Alan B. Field');
    expect('Urban planner Mihai C. Pop of the Technical University of Iasi said so.', 'PERSON:Mihai C. Pop');
    expectNot('Officials in Washington D.C. said so.', 'PERSON:Washington D.C.');
  });

  it('takes Bulgarian and Turkish legal forms as a company’s last word', () => {
    expect('Velora Recycling AD said it would hire 85 people.', 'ORG:Velora Recycling AD');
    expect('Kestrel Yapi A.Ş. won the tender.', 'ORG:Kestrel Yapi A.Ş.');
    expectNot('The fort was built in 1200 AD by a local king.', 'ORG:AD');
  });

  it('reads a town’s City Hall or Town Hall as its administration', () => {
    expect('Bucharest City Hall said it would comply with the ruling.', 'ORG:Bucharest City Hall');
    expect('Vrapciste Town Hall said it would comply.', 'ORG:Vrapciste Town Hall');
    expectNot('Bucharest City Hall said it would comply with the ruling.', 'GPE:Bucharest City');
  });

  it('names a Grand Slam tournament by its place, not the bare words', () => {
    expect('He won gold at the Tashkent Grand Slam on Sunday.', 'EVENT:Tashkent Grand Slam');
    expectNot('She reached three Grand Slam finals.', 'EVENT:Grand Slam');
  });

  it('reads a nature or game reserve as a place, not a reserve fund', () => {
    expect('Rangers counted leopards in the Sarychat-Ertash State Nature Reserve last year.', 'LOC:Sarychat-Ertash State Nature Reserve');
    expect('Poachers entered the Selous Game Reserve.', 'LOC:Selous Game Reserve');
    expect('The Federal Reserve raised rates.', 'ORG:Federal Reserve');
  });

  it('reads a dateline of a town in capitals, a comma, a region and a dash', () => {
    expect('MARCARÁ, Áncash — Residents spent the night in shelters.', 'GPE:MARCARÁ', 'GPE:Áncash');
    expectNot('MARCARÁ, Áncash — Residents spent the night in shelters.', 'ORG:MARCARÁ');
  });

  it('reads a name after "state-controlled" or "corporation" as a company', () => {
    expect('Uranium is mined mostly by the state-controlled Kazatomprom.', 'ORG:Kazatomprom');
    expect('The state nuclear corporation Ustratom will build it.', 'ORG:Ustratom');
  });
});

describe('entities: well-known bodies and names with a place inside (held-out 121, 122)', () => {
  it('knows international bodies and state companies with no head word, and links their acronyms', () => {
    const ids = (text: string) => analyzeArticle('Headline for the test\n\n' + text).entities.map((e) => e.text + '=' + e.id);
    assert.deepStrictEqual(ids('The IUCN lists them; the International Union for Conservation of Nature says so.').map((s) => s.split('=')[1]), [
      'international-union-for-conservation-of-nature',
      'international-union-for-conservation-of-nature',
    ]);
    expect('Officials said Rosatom offered the best terms.', 'ORG:Rosatom');
  });

  it('keeps a surname after a given name that is also a city, and a town closing a two-surname name', () => {
    expect('He met Ana Sofia Marinescu on Monday.', 'PERSON:Ana Sofia Marinescu');
    expect('He met Maria Neves Lima on Monday.', 'PERSON:Maria Neves Lima');
    expectNot('He met Maria Neves Lima on Monday.', 'GPE:Lima');
    expect('Michael Jordan played on Monday.', 'PERSON:Michael Jordan');
  });
});

describe('entities: held-out 123 and 124 (a hijacked bulk carrier, a high-speed line, a craft prize)', () => {
  it('annotates no ship’s name, after its ship noun or later alone', () => {
    expectNot('Pirates seized the bulk carrier Marlow Crest late Monday. The Marlow Crest flies the Liberian flag.', 'ORG:Marlow Crest');
    expectNot('The cable ship Anne Duval left Cape Town.', 'PERSON:Anne Duval');
    expect('The carrier Air Niugini said flights would resume.', 'ORG:Air Niugini');
  });

  it('reads a single name where a ship sank or lies, or where a call came from, as a place', () => {
    expect('The dhow was seized off Qandala on Monday.', 'GPE:Qandala');
    expect('"We will be there," he said by phone from Bosaso.', 'GPE:Bosaso');
  });

  it('joins an unlisted acronym to a listed organisation’s acronym before it', () => {
    expect('An EU NAVFOR warship is shadowing the ship.', 'ORG:EU NAVFOR');
    expectNot('An EU NAVFOR warship is shadowing the ship.', 'ORG:NAVFOR');
  });

  it('reads one word between bars after a byline’s writer as the place of filing', () => {
    expect('By Anjali Menon | Kozhikode | 5 min read\n\nA man fell ill on Monday.', 'GPE:Kozhikode');
    expect('By Anjali Menon | Hoops Afrique | May 31, 2026\n\nA man fell ill on Monday.', 'ORG:Hoops Afrique');
  });

  it('keeps an Indonesian company’s whole name after PT, places inside', () => {
    expect('State railway company PT Kereta Api Indonesia added four trips.', 'ORG:PT Kereta Api Indonesia');
    expectNot('State railway company PT Kereta Api Indonesia added four trips.', 'GPE:Indonesia');
  });

  it('reads "three hundred years" and "the 1700s" as dates', () => {
    expect('These paintings have survived three hundred years.', 'DATE:three hundred years');
    expect('He painted in Guatemala in the early 1700s.', 'DATE:1700s');
  });

  it('reads a portfolio before "Cabinet Secretary" as part of the title', () => {
    expectNot('Education Cabinet Secretary Julius Oganda released the results.', 'ORG:Education Cabinet');
    expect('Education Cabinet Secretary Julius Oganda released the results.', 'PERSON:Julius Oganda');
  });

  it('annotates no title of a work that fills a quotation with its "The"', () => {
    expectNot('The works, "The Adoration of the Shepherds" and "The Immaculate Conception," disappeared.', 'ORG:Immaculate Conception');
  });

  it('reads names before bracketed countries as people when one of them has a known given name', () => {
    expect('The shortlist included Akosua Mensah-Ofori (Ghana), Haruto Ishikawa (Japan) and Sigrid Haugen (Norway).', 'PERSON:Akosua Mensah-Ofori', 'PERSON:Haruto Ishikawa', 'PERSON:Sigrid Haugen');
    expect('The protest reached Kapiri Mposhi (Zambia) and Ndola (Zambia) on Monday.', 'GPE:Kapiri Mposhi');
  });
});

describe('entities: held-out 125 and 126 (Sahel price caps, a Gyumri verdict, the Upper Lars road)', () => {
  it('reads a given name, a second name and an English-word surname as a person', () => {
    expect('In northern Senegal, Mamadou Lamine Sow has run a tree nursery for 12 years.', 'PERSON:Mamadou Lamine Sow');
    expect('He met Mary Ann Field on Monday.', 'PERSON:Mary Ann Field');
  });

  it('keeps the honorific Elhadji outside the name', () => {
    expect('Elhadji Moussa Garba, president of the traders’ union, said prices were too low.', 'PERSON:Moussa Garba');
  });

  it('reads an office-holder’s Office through its possessive', () => {
    expect('The Prosecutor General’s Office welcomed the ruling.', 'ORG:Prosecutor General’s Office');
    expect('The Greene County Sheriff\'s Office said the road was closed.', "ORG:Greene County Sheriff's Office");
    expectNot('The General\'s men left the city.', "ORG:General's men");
  });

  it('knows Transparency International', () => {
    expect('According to Transparency International, Armenia has improved its score.', 'ORG:Transparency International');
  });

  it('reads a name before a verb after an opening place phrase as its subject, not the next place of a list', () => {
    expect('Outside Stepantsminda, Armen Davtyan has been waiting since Wednesday.', 'PERSON:Armen Davtyan');
    expect('Rain hit Nakuru, Kisumu and Eldoret.', 'GPE:Kisumu', 'GPE:Eldoret');
  });
});
