/**
 * A synthetic news corpus for benchmarks: articles assembled from varied sentence templates, name pools and
 * quotes with speakers, seeded so every run builds the same corpus. Stories share people, places and quotes
 * across articles (as real coverage does), so identities and cross-references have work to do.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = 'Anna Boris Carla David Elena Farid Grace Hiroshi Ines Jonas Kemal Lina Marco Nadia Omar Priya Quentin Rosa Sergei Tomas Ursula Viktor Wen Xavier Yara Zoltan Amir Beatriz Chen Dmitri Emeka Fatima Gustav Hana Ivan Julia Kofi Leila Mateo Nour'.split(' ');
const LAST = 'Adler Bauer Costa Dimitrov Eriksen Fischer Garcia Haddad Ibrahim Jensen Kovacs Lopez Moreau Nakamura Okafor Petrov Quinn Rossi Schmidt Tanaka Urbina Volkov Weber Xu Yilmaz Zhang Andersen Brennan Castillo Duarte Ekwueme Fontaine Gruber Horvat Ivanova Jovanovic Kaur Lindqvist Mendes Novak'.split(' ');
const PLACES = 'France Germany Brazil Japan Kenya Canada Mexico Egypt India Norway Chile Vietnam Poland Turkey Nigeria Peru Spain Italy Greece Morocco Paris Berlin Tokyo Nairobi Ottawa Lima Cairo Delhi Oslo Warsaw Ankara Lagos Madrid Rome Athens Rabat Hanoi Santiago Brasilia Geneva'.split(' ');
const ORGS = ['the World Bank', 'the United Nations', 'the European Commission', 'the Central Bank', 'the Health Ministry', 'the Energy Agency', 'the Supreme Court', 'the Red Cross', 'the Port Authority', 'the National Assembly', 'the Trade Council', 'the Science Academy'];
const ROLES = ['Minister', 'President', 'spokesperson', 'Governor', 'Senator', 'chief executive', 'ambassador', 'analyst', 'Mayor', 'Commissioner'];
const TOPICS = ['the grain export deal', 'the new rail corridor', 'the fisheries agreement', 'the vaccine rollout', 'the border dispute', 'the solar power plan', 'the water treaty', 'the tax reform', 'the port expansion', 'the drought relief fund', 'the election timetable', 'the mining licence', 'the flood defences', 'the pension bill', 'the data privacy law'];
const VERBS = ['announced', 'confirmed', 'rejected', 'delayed', 'approved', 'criticised', 'welcomed', 'questioned', 'suspended', 'extended'];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const QUOTES = [
  'We will not accept any agreement that ignores the needs of ordinary families',
  'The numbers speak for themselves and the trend is clearly positive',
  'This decision was taken after long consultation with every region',
  'Nobody expected the costs to rise this quickly',
  'We remain committed to dialogue and to a peaceful solution',
  'The plan is ambitious but it is affordable',
  'Our teams are working around the clock to restore services',
  'There is no evidence that the funds were misused',
  'It is too early to say what the long term effects will be',
  'We call on all parties to respect the agreement they signed',
  'The market reacted calmly and we expect it to stay that way',
  'This is a historic day for our country and for the region',
];

const SENTENCES: ((f: Filler) => string)[] = [
  (f) => `${f.person()} ${f.pick(VERBS)} ${f.pick(TOPICS)} on ${f.date()}.`,
  (f) => `Officials in ${f.place()} said ${f.pick(TOPICS)} would cost about ${f.num()} million dollars.`,
  (f) => `${cap(f.pick(ORGS))} ${f.pick(VERBS)} the proposal after a meeting in ${f.place()}.`,
  (f) => `According to ${f.pick(ORGS)}, at least ${f.num()} people were affected in ${f.place()}.`,
  (f) => `The ${f.pick(ROLES)} of ${f.place()}, ${f.person()}, travelled to ${f.place()} for talks with ${f.person()}.`,
  (f) => `Critics in ${f.place()} argued that ${f.pick(TOPICS)} favoured large companies over small farmers.`,
  (f) => `Talks between ${f.place()} and ${f.place()} resumed on ${f.date()} after a pause of ${f.num()} days.`,
  (f) => `${f.person()}, a ${f.pick(ROLES)} at ${f.pick(ORGS)}, warned that delays could push prices higher.`,
  (f) => `In ${f.year()}, a similar plan collapsed when ${f.place()} withdrew its support.`,
  (f) => `Residents of ${f.place()} reported long queues at petrol stations and closed schools.`,
  (f) => `The vote is expected in ${f.month()}, ${f.person()} told reporters in ${f.place()}.`,
  (f) => `“${f.pick(QUOTES)},” said ${f.person()}.`,
  (f) => `${f.person()} told local radio: “${f.pick(QUOTES)}.”`,
  (f) => `“${f.pick(QUOTES)},” ${f.person()} added, “and we will keep our promises.”`,
  (f) => `Analysts at ${f.pick(ORGS)} estimated growth of ${f.num() % 9}.${f.num() % 10} percent for ${f.year()}.`,
  (f) => `Protesters gathered outside the offices of ${f.pick(ORGS)} in ${f.place()} on ${f.date()}.`,
  (f) => `${cap(f.pick(TOPICS))} was first proposed by ${f.person()} in ${f.month()} ${f.year()}.`,
  (f) => `More than ${f.num()} companies signed the letter, which was sent to ${f.pick(ORGS)}.`,
];

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

class Filler {
  private readonly people: string[];
  private readonly places: string[];
  constructor(readonly r: () => number, cast: string[], places: string[]) {
    this.people = cast;
    this.places = places;
  }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.r() * a.length)]; }
  person(): string {
    const p = this.pick(this.people);
    // Later mentions often use the surname only, as news style does.
    return this.r() < 0.35 ? p.split(' ').slice(-1)[0] : p;
  }
  place(): string { return this.pick(this.places); }
  num(): number { return 2 + Math.floor(this.r() * 900); }
  year(): number { return 2015 + Math.floor(this.r() * 10); }
  month(): string { return this.pick(MONTHS); }
  date(): string { return `${1 + Math.floor(this.r() * 28)} ${this.month()}`; }
}

export interface SyntheticArticle {
  readonly path: string;
  readonly text: string;
}

/** Builds one article of roughly `targetChars` characters. */
export function syntheticArticle(seed: number, targetChars: number): string {
  const r = rng(seed);
  const f0 = new Filler(r, [], []);
  // Each article draws a small cast and set of places, so articles differ but overlap with others.
  const cast = Array.from({ length: 3 + Math.floor(r() * 5) }, () => `${f0.pick(FIRST)} ${f0.pick(LAST)}`);
  const places = Array.from({ length: 3 + Math.floor(r() * 5) }, () => f0.pick(PLACES));
  const f = new Filler(r, cast, places);
  const parts: string[] = [];
  if (r() < 0.8) parts.push(`date ${2019 + Math.floor(r() * 5)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`);
  parts.push(`${cap(f.pick(TOPICS))} ${f.pick(VERBS)} as ${f.place()} weighs its options`, '');
  let size = parts.join('\n').length;
  while (size < targetChars) {
    const n = 2 + Math.floor(r() * 4);
    const para = Array.from({ length: n }, () => f.pick(SENTENCES)(f)).join(' ');
    parts.push(para, '');
    size += para.length + 2;
  }
  return parts.join('\n');
}

/** `count` articles of 1.5–6 KB each. */
export function syntheticCorpus(count: number, seed = 1): SyntheticArticle[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => ({
    path: `corpus/${String(i).padStart(5, '0')}.txt`,
    text: syntheticArticle(seed * 1_000_003 + i, 1500 + Math.floor(r() * 4500)),
  }));
}
