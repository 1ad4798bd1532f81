import { regExpSpaceFrom, skipRegExpSpace } from './attribution/textScan';

/**
 * Full names of one person written differently: with or without middle initials ("Maria K. Lindqvist" and
 * "Maria Lindqvist"), or as the surname part of a longer name ("Ferrer Vidal" after "Lucía Ferrer Vidal", a
 * double surname the article repeats without the given name).
 */
export interface PersonName {
  readonly id: string;
  /** Name words without initials or particles, lower-case ("maria", "lindqvist"). */
  readonly words: readonly string[];
  /** The middle initials, lower-case and joined ("k"), or "" when the name has none. */
  readonly initials: string;
  /** The surface length: the fuller writing of a name gives its id to the others. */
  readonly length: number;
}

/** A capital letter with or without a dot, as one word ("J.", "T"). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Initials written as a capital letter with or without a dot ("J.", "T"), lower-case and joined. What
 * `surface.split(/\s+/)` tested word by word with INITIAL gives, read in one walk: an initial has at most three code
 * units (a capital outside the BMP and a dot), so only such short words are tested, ASCII ones by their code units
 * (a split and a regex run per word cost more than the rest of the name's reading).
 */
export function initialsOf(surface: string): string {
  let out = '';
  const n = surface.length;
  let i = 0;
  while (i < n) {
    const start = skipRegExpSpace(surface, i);
    i = regExpSpaceFrom(surface, start);
    if (i > start) out += initialIn(surface, start, i);
  }
  return out;
}

/** The lower-case initial that the word surface[start, end) is (see initialsOf), or "". */
export function initialIn(surface: string, start: number, end: number): string {
  const len = end - start;
  if (len > 3) return '';
  const c = surface.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90 && (len === 1 || (len === 2 && surface.charCodeAt(start + 1) === 46)) ? String.fromCharCode(c + 32) : '';
  return INITIAL.test(surface.slice(start, end)) ? surface[start].toLowerCase() : '';
}

/**
 * Short forms of common English given names, by the full form ("Ray Kessler" is "Raymond T. Kessler"). Only
 * forms that stand for one full name; "Chris", "Alex", "Sam" stand for several and are left out.
 */
const NICKNAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  raymond: 'ray', robert: 'bob rob bobby robbie', william: 'bill will billy', james: 'jim jimmy jamie', michael: 'mike mick mickey',
  thomas: 'tom tommy', david: 'dave', daniel: 'dan danny', joseph: 'joe joey', edward: 'ed eddie ted', richard: 'rick dick rich',
  charles: 'charlie chuck', anthony: 'tony', kenneth: 'ken kenny', steven: 'steve', stephen: 'steve', timothy: 'tim',
  gregory: 'greg', jeffrey: 'jeff', matthew: 'matt', nicholas: 'nick', benjamin: 'ben', jonathan: 'jon', donald: 'don',
  ronald: 'ron', gerald: 'gerry jerry', lawrence: 'larry', douglas: 'doug', patrick: 'pat', peter: 'pete', andrew: 'andy',
  elizabeth: 'liz beth betty', katherine: 'kate kathy katie', catherine: 'cathy', margaret: 'maggie peggy', susan: 'sue',
  jennifer: 'jen jenny', rebecca: 'becky', deborah: 'deb debbie', patricia: 'patty tricia', victoria: 'vicky', jacqueline: 'jackie',
}).flatMap(([full, shorts]) => shorts.split(' ').map((short) => [short, full] as const)));

/** The name words with a short given name written out ("ray kessler" -> "raymond kessler"). */
function keyOf(words: readonly string[]): string {
  let key = NICKNAMES.get(words[0]) ?? words[0];
  for (let k = 1; k < words.length; k++) key += ' ' + words[k];
  return key;
}

const better = (a: PersonName, b: PersonName): boolean =>
  (a.initials !== '') !== (b.initials !== '') ? a.initials !== '' : a.length !== b.length ? a.length > b.length : a.id < b.id;

/**
 * Renames (id -> id) that join the variants among `names`: the same name words with at most one set of middle
 * initials (two different initials are two people: "John A. Reyes" is not "John B. Reyes"), and with `suffixes`
 * (within one article) a name of two or more words that ends exactly one longer name. The fuller writing wins.
 */
export function personVariantRenames(names: readonly PersonName[], suffixes: boolean): Map<string, string> {
  const byKey = new Map<string, PersonName[]>();
  // the keys in first-seen order (the Map's own order), kept in an array as they come
  const keys: string[] = [];
  for (const n of names) {
    if (n.words.length < 2) continue;
    const key = keyOf(n.words);
    const group = byKey.get(key);
    if (group) group.push(n);
    else {
      byKey.set(key, [n]);
      keys.push(key);
    }
  }
  const renames = new Map<string, string>();
  const canonical = new Map<string, PersonName>();
  for (const key of keys) {
    const group = byKey.get(key)!;
    let best = group[0];
    // (two different sets of initials are two people: whether there are, without a Set of them)
    let initials = '';
    let twoInitials = false;
    for (const n of group) {
      if (better(n, best)) best = n;
      if (n.initials) {
        if (!initials) initials = n.initials;
        else if (n.initials !== initials) twoInitials = true;
      }
    }
    canonical.set(key, best);
    if (twoInitials) continue;
    for (const n of group) if (n.id !== best.id) renames.set(n.id, best.id);
  }
  middleNames(byKey, canonical, keys, renames, suffixes);
  if (!suffixes) return renames;
  for (const key of keys) {
    const short = canonical.get(key)!;
    // the one longer key that ends with " " + key (compared in place: no string made per pair)
    let longer: string | undefined;
    let count = 0;
    for (const k of keys) {
      if (k.length > key.length && k.charCodeAt(k.length - key.length - 1) === 32 && k.endsWith(key)) {
        count++;
        longer = k;
      }
    }
    if (count !== 1) continue;
    const target = canonical.get(longer!)!;
    const to = renames.get(target.id) ?? target.id;
    for (const n of byKey.get(key)!) if (n.id !== to) renames.set(n.id, to);
    if (short.id !== to) renames.set(short.id, to);
  }
  return renames;
}

/**
 * "Ram S. Naidu" and "Ram Sundar Naidu", "Bashar K. Nasrallah" and "Bashar Khalil Nasrallah": a two-word name whose
 * middle initial starts the middle word of exactly one three-word name with the same first and last words is that
 * name. Within one article (`sameArticle`) a name without the middle word ("Adel Al-Ajmi" after "Adel Ghazi
 * Al-Ajmi") or without the last ("Esteban Cordero" after "Esteban Cordero Naranjo", the second surname dropped) is
 * too, when exactly one longer name fits.
 */
function middleNames(byKey: Map<string, PersonName[]>, canonical: Map<string, PersonName>, keys: readonly string[], renames: Map<string, string>, sameArticle: boolean): void {
  // (most articles name no one in three words: then there is nothing to join; the keys are split once, not per pair)
  // (first word -> the three-word keys it opens, each as its words and the key itself)
  let longer: Map<string, (string[] | string)[]> | undefined;
  for (const k of keys) {
    const s1 = k.indexOf(' ');
    const s2 = s1 < 0 ? -1 : k.indexOf(' ', s1 + 1);
    if (s2 < 0 || k.indexOf(' ', s2 + 1) >= 0) continue;
    const kw = k.split(' ');
    longer ??= new Map();
    const list = longer.get(kw[0]);
    if (list) list.push(kw, k);
    else longer.set(kw[0], [kw, k]);
  }
  if (!longer) return;
  for (const key of keys) {
    const short = canonical.get(key)!;
    const space = key.indexOf(' ');
    if (space < 0 || key.indexOf(' ', space + 1) >= 0 || renames.has(short.id)) continue;
    const initial = short.initials;
    if (initial.length > 1 || (!initial && !sameArticle)) continue;
    const candidates = longer.get(key.slice(0, space));
    if (!candidates) continue;
    const last = key.slice(space + 1);
    let target: PersonName | undefined;
    let count = 0;
    for (let c = 0; c < candidates.length; c += 2) {
      const kw = candidates[c] as string[];
      const k = candidates[c + 1] as string;
      const middle = kw[2] === last && (initial ? kw[1][0] === initial : canonical.get(k)!.initials === '');
      const dropped = sameArticle && !initial && kw[1] === last;
      if (!middle && !dropped) continue;
      count++;
      target = canonical.get(k);
    }
    if (count !== 1 || !target) continue;
    const to = renames.get(target.id) ?? target.id;
    for (const n of byKey.get(key)!) if (n.id !== to) renames.set(n.id, to);
  }
}
