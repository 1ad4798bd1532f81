/**
 * The named mentions attribution can point at: the entity engine's mentions, completed by capitalised
 * names it did not return (so a speaker is still found when a name is missing from the entity output).
 * Synthetic names carry an id slug and a guessed type; they are never added to the article's entities.
 */
import type { EntityMention, EntityType, Span } from '../types';
import { NON_NAME_WORDS, ORG_HEADS, PERSON_NOMINALS, REPORTING_VERBS, TITLE_WORDS, WordShapes } from './lexicon';
import { firstWordAtOrAfter, tokensOf, type Word } from './textScan';
import { slugify } from '../../text/chars';

export interface NameRef extends Span {
  readonly text: string;
  /** null when a synthetic name's type cannot be guessed. */
  readonly type: EntityType | null;
  readonly id: string;
  readonly synthetic: boolean;
  readonly mention?: EntityMention;
}

export class MentionIndex {
  private readonly real: NameRef[];
  private merged: NameRef[] | null = null;
  private synthetic: SyntheticNames | null = null;
  private readonly bestName = new Map<string, string>();
  /** Names noted but not yet weighed into bestName: most articles never ask for a best name. */
  private readonly unweighed: NameRef[] = [];
  /**
   * Set when the full list of names was first due (`before`, `within` or `namesWithId` over all names: they
   * used to build it). From then on the index answers as the full list would (`at` included), though only the
   * names asked about are found; nameFor builds the list.
   */
  private allAsked = false;

  constructor(private readonly text: string, entities: readonly EntityMention[]) {
    this.real = [];
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      if (e.start >= 0 && e.end <= text.length && e.end > e.start) this.real.push({ start: e.start, end: e.end, text: e.text, type: e.type, id: e.id, synthetic: false, mention: e });
    }
    // The entity engine returns its mentions in order: most of the time there is nothing to sort.
    if (!inStartOrder(this.real)) this.real.sort((a, b) => a.start - b.start);
    for (let i = 0; i < this.real.length; i++) this.noteName(this.real[i]);
  }

  /** Entity mentions and synthetic names, in order; the synthetic ones are found on first use. */
  get names(): NameRef[] {
    if (!this.merged) {
      const synthetic = this.syntheticNames().all();
      for (const n of synthetic) this.noteName(n);
      this.merged = mergeSorted(this.real, synthetic);
    }
    return this.merged;
  }

  private syntheticNames(): SyntheticNames {
    return (this.synthetic ??= new SyntheticNames(this.text, this.real));
  }

  private noteName(n: NameRef): void {
    this.unweighed.push(n);
  }

  /** The longest text seen for each id (the first of equally long ones), over the names noted so far in order. */
  private weighNames(): void {
    for (const n of this.unweighed) {
      const cur = this.bestName.get(n.id);
      if (!cur || n.text.length > cur.length) this.bestName.set(n.id, n.text);
    }
    this.unweighed.length = 0;
  }

  nameFor(id: string, fallback: string): string {
    // Every name was due to be noted when a range of them was first asked for (nothing was noted since).
    if (this.allAsked && !this.merged) void this.names;
    if (this.unweighed.length) this.weighNames();
    return this.bestName.get(id) ?? fallback;
  }

  /** Entity mentions (not synthetic names) inside [start, end). */
  realWithin(start: number, end: number): NameRef[] {
    return this.real.filter((n) => n.start >= start && n.end <= end);
  }

  /** Names inside [start, end), in order (entity mentions only with realOnly). */
  within(start: number, end: number, realOnly = false): NameRef[] {
    const names = realOnly ? this.real : this.namesFrom(start, end);
    const out: NameRef[] = [];
    for (let i = firstNameAtOrAfter(names, start); i < names.length && names[i].start < end; i++) {
      if (names[i].end <= end) out.push(names[i]);
    }
    return out;
  }

  /** The name covering offset pos, if any. Synthetic names are only looked for at a capital letter. */
  at(pos: number): NameRef | undefined {
    const inReal = coveringIn(this.real, pos);
    if (inReal) return inReal;
    if (this.merged) return coveringIn(this.merged, pos);
    // What the full list would answer (its synthetic names are not noted one by one).
    if (this.allAsked) return this.syntheticNames().covering(pos);
    if (!isUpperAt(this.text, pos)) return undefined;
    const n = this.syntheticNames().at(pos);
    if (n) this.noteName(n);
    return n;
  }

  /** Names ending at or before `pos` and starting at or after `from`, nearest first. */
  before(pos: number, from: number, realOnly = false): NameRef[] {
    const names = realOnly ? this.real : this.namesFrom(from, pos);
    const out: NameRef[] = [];
    for (let i = firstNameAtOrAfter(names, pos) - 1; i >= 0; i--) {
      const n = names[i];
      if (n.start < from) break;
      if (n.end <= pos) out.push(n);
    }
    return out;
  }


  /**
   * The names with this id, in order, as the full list holds them. Asking counts as asking for every name (the
   * gender of a person was once read off the full list).
   */
  namesWithId(id: string): NameRef[] {
    if (this.merged) return this.merged.filter((n) => n.id === id);
    this.allAsked = true;
    return mergeSorted(this.real.filter((n) => n.id === id), this.syntheticNames().withId(id));
  }

  /** What nameFor answers once every name is noted, without finding the names of other ids. */
  bestNameOnceAll(id: string, fallback: string): string {
    if (this.merged) return this.nameFor(id, fallback);
    if (this.unweighed.length) this.weighNames();
    let best = this.bestName.get(id);
    // The synthetic names are noted after the names noted so far: a longer one wins.
    for (const n of this.syntheticNames().withId(id)) if (!best || n.text.length > best.length) best = n.text;
    return best ?? fallback;
  }

  /**
   * Entity mentions and synthetic names, in order, including every one that starts in [from, to): the full list
   * once it is built, otherwise only the names of that range (most articles ask about a few sentences).
   */
  private namesFrom(from: number, to: number): readonly NameRef[] {
    if (this.merged) return this.merged;
    this.allAsked = true;
    const real = this.real.slice(firstNameAtOrAfter(this.real, from), firstNameAtOrAfter(this.real, to));
    return mergeSorted(real, this.syntheticNames().startingIn(from, to));
  }

  get source(): string {
    return this.text;
  }
}


/** Index of the first name starting at or after pos (a copy of text/search's for names only: see firstWordAtOrAfter). */
function firstNameAtOrAfter(names: readonly NameRef[], pos: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inStartOrder(names: readonly NameRef[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i].start < names[i - 1].start) return false;
  return true;
}

function coveringIn(names: readonly NameRef[], pos: number): NameRef | undefined {
  const top = firstNameAtOrAfter(names, pos + 1) - 1;
  for (let i = top; i >= 0 && i >= top - 3; i--) {
    const n = names[i];
    if (n.start <= pos && pos < n.end) return n;
  }
  return undefined;
}

function isUpperAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[pos]);
}

function mergeSorted(a: NameRef[], b: NameRef[]): NameRef[] {
  const out: NameRef[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}


const ROLE_NOUNS = new Set([...PERSON_NOMINALS, 'speaker', 'sen.', 'rep.', 'gov.', 'gen.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'secretary', 'minister']);
/** Words that open a capitalised run without being part of the name ("Dr. Ann Lee", "Sen. Susan Collins"). */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'gen', 'gen.', 'col.', 'capt.', 'lt.', 'adm.', 'rev.', 'sgt.', 'maj.', 'cmdr.', 'det.', 'insp.', 'supt.', 'atty.', 'hon.', 'fr.', 'eng', 'eng.', 'engr', 'engr.', 'sir', 'dame', 'lord', 'lady', 'president', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'premier', 'judge', 'justice', 'mayor', 'governor', 'senator', 'former', 'acting']);
function onlyTitles(ws: readonly Word[], s: number, j: number): boolean {
  for (let k = s; k < j; k++) {
    const w = ws[k].lower.replace(/['’]s?$/, '');
    if (!TITLE_WORDS.has(w) && !ROLE_NOUNS.has(w) && !HONORIFICS.has(w)) return false;
  }
  return true;
}

const OPENER_SHAPES = new WordShapes([...HONORIFICS, ...NON_NAME_WORDS]);
const ROLE_SHAPES = new WordShapes(ROLE_NOUNS);
const CONNECTORS = new Set(['de', 'van', 'von', 'bin', 'al', 'el', 'da', 'di', 'la', 'le', 'der', 'of', '&']);
/** Lower-case particles of personal names ("van der", "de la", "al-"). */
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'der', 'den', 'del', 'dos', 'das', 'ter', 'ten']);
const PARTICLE_SHAPES = new WordShapes(PARTICLES);

/**
 * Finds capitalised names the entity list lacks: runs of capitalised words with titles stripped ("Defense Minister
 * Sergei Shoigu" -> "Sergei Shoigu"). Built lazily: one run around a word on demand, or all runs for a search.
 */
class SyntheticNames {
  private readonly ws: Word[];
  /** seenMidSentence's answers, per word. */
  private readonly midCaps = new Map<string, boolean>();
  /** run(i)'s name by the index of its first word; undefined until computed, null for none. */
  private readonly byRun: (NameRef | null | undefined)[] = [];
  /** withId's answers. */
  private readonly byId = new Map<string, NameRef[]>();
  /** runEnd(i) by i, once computed. */
  private readonly runEnds: (number | undefined)[] = [];
  /** Running maximum of the entity mentions' ends (they are sorted by start): overlap tests by binary search. */
  private readonly realMaxEnd: number[] = [];
  /** runStartAt(k) by k, once computed (a plain array: a typed one costs more to allocate per article). */
  private readonly runStarts: (number | undefined)[] = [];

  constructor(private readonly text: string, private readonly real: readonly NameRef[]) {
    this.ws = tokensOf(text); // every word of the text (read only: the array is shared)
    let max = -Infinity;
    for (const r of real) this.realMaxEnd.push((max = Math.max(max, r.end)));
  }

  /** Some entity mention overlaps [start, end). */
  private overlapsReal(start: number, end: number): boolean {
    const k = firstNameAtOrAfter(this.real, end); // mentions starting before `end`: the first k
    return k > 0 && this.realMaxEnd[k - 1] > start;
  }

  private isCap(k: number): boolean {
    return isUpperAt(this.text, this.ws[k].start);
  }

  /** The synthetic name covering pos, if any. */
  at(pos: number): NameRef | undefined {
    const ws = this.ws;
    let lo = 0;
    let hi = ws.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ws[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= ws.length || ws[lo].start > pos || !this.isCap(lo)) return undefined;
    // Walk back to the start of the run.
    let i = lo;
    while (i > 0 && this.joins(i - 1, i)) i--;
    const r = this.run(i);
    return r && r.start <= pos && pos < r.end ? r : undefined;
  }

  all(): NameRef[] {
    return this.runsFrom(0, this.ws.length);
  }

  /**
   * The names of the runs all() reads from ws[i] on, up to the first run starting at ws[stop] or later. all()
   * starts a run at each capitalised word outside the previous run.
   */
  private runsFrom(i: number, stop: number): NameRef[] {
    const out: NameRef[] = [];
    while (i < stop) {
      if (!this.isCap(i)) {
        i++;
        continue;
      }
      const name = this.run(i);
      if (name) out.push(name);
      i = this.runEnd(i);
    }
    return out;
  }

  /** The names all() finds that start in [from, to), without reading the rest of the text. */
  startingIn(from: number, to: number): NameRef[] {
    const k = firstWordAtOrAfter(this.ws, from);
    if (k >= this.ws.length) return [];
    const out = this.runsFrom(this.runStartAt(k), firstWordAtOrAfter(this.ws, to));
    return out.filter((n) => n.start >= from && n.start < to);
  }

  /** The names all() finds with this id, in order, reading only the runs of words that can open such a name. */
  withId(id: string): NameRef[] {
    let out = this.byId.get(id);
    if (out) return out;
    out = [];
    const letters = id.replace(/-/g, '');
    const first = letters.charCodeAt(0);
    const ws = this.ws;
    const text = this.text;
    const count = ws.length;
    for (let k = 0; k < count; k++) {
      // mayOpenSlug's first test, inline (a word opens with a letter or digit; `| 32` lower-cases an ASCII letter
      // and keeps a digit): most words fail it. They are passed over by a loop of their own, with no call in it:
      // a call in the loop made V8 reload the words and the text from memory at every word.
      for (; k < count; k++) {
        const c = text.charCodeAt(ws[k].start);
        if (c >= 128 || (c | 32) === first) break;
      }
      if (k >= count) break;
      if (!this.mayOpenSlug(k, letters)) continue;
      // A name opens with a lower-case word ("of Defence") only inside a run.
      if (!this.isCap(k) && (k === 0 || !this.joins(k - 1, k))) continue;
      const n = this.covering(this.ws[k].start);
      if (n && n.start === this.ws[k].start && n.id === id) out.push(n);
    }
    this.byId.set(id, out);
    return out;
  }

  /**
   * False when no name starting with ws[k] can have an id whose letters and digits are `letters`: slugify keeps
   * a name's ASCII letters and digits, lower-cased and in order (it drops periods and apostrophes and turns other
   * characters into dashes). The last two characters but the first are not compared: a possessive ending is not
   * in the name.
   */
  private mayOpenSlug(k: number, letters: string): boolean {
    const text = this.text;
    const w = this.ws[k];
    let j = 0;
    for (let i = w.start, end = Math.max(w.start + 1, w.end - 2); i < end; i++) {
      let c = text.charCodeAt(i);
      if (c > 127) return true; // lower-casing or normalising it may give anything
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
      if (letters.charCodeAt(j++) !== c) return false;
    }
    return true;
  }

  /** The name all() finds covering pos, if any. */
  covering(pos: number): NameRef | undefined {
    const k = firstWordAtOrAfter(this.ws, pos + 1) - 1; // the last word starting at or before pos
    if (k < 0) return undefined;
    const i = this.runStartAt(k);
    if (i > k) return undefined;
    const r = this.run(i);
    return r && r.start <= pos && pos < r.end ? r : undefined;
  }

  /**
   * Where all() starts the run holding ws[k]: the first capitalised word of the words joined to ws[k] from the
   * left (the first words of a chain may be lower-case: "…, bin Laden"). k + 1 when no run holds ws[k].
   */
  private runStartAt(k: number): number {
    // Remembered per word: once every name is due, each name lookup (most words are not in one) asks here.
    const known = this.runStarts[k];
    if (known !== undefined) return known;
    let c = k;
    while (c > 0 && this.joins(c - 1, c)) c--;
    while (c <= k && !this.isCap(c)) c++;
    this.runStarts[k] = c;
    return c;
  }

  /** ws[a] and ws[b] (b = a + 1) belong to one capitalised run. */
  private joins(a: number, b: number): boolean {
    const ws = this.ws;
    if (!gapIsSpace(this.text, ws[a].end, ws[b].start) || endsPossessive(this.text, ws[a])) return false;
    if (this.isCap(a) && this.isCap(b)) return true;
    // (The connector tests come last: they read the word.)
    if (b + 1 < ws.length && this.isCap(b + 1) && gapIsSpace(this.text, ws[b].end, ws[b + 1].start) && this.connects(a, b)) {
      if (this.isCap(a)) return true;
      // A connector after a lower-case word links nothing, unless it is the second particle of "van der".
      return this.isParticleWord(a, false) && this.joinsParticles(a, b);
    }
    if (a > 0 && this.isCap(a - 1) && this.isCap(b) && this.connects(a - 1, a)) return true;
    return this.joinsParticles(a, b);
  }

  /**
   * Name particles the connectors above miss: two in a row ("Pieter van der Berg", "Ana de la Rosa") and one
   * glued to the surname ("Omar al-Rashid"). Only after a given name the entity list lacks: where it has the
   * given name, the surname stays a name of its own, as it always was.
   */
  private joinsParticles(a: number, b: number): boolean {
    const ws = this.ws;
    const capA = this.isCap(a);
    if (capA) {
      if (this.isParticleWord(b, true)) return !this.overlapsReal(ws[a].start, ws[a].end);
      return b + 2 < ws.length && this.isCap(b + 2) && this.isParticleWord(b, false) && this.isParticleWord(b + 1, false) &&
        gapIsSpace(this.text, ws[b].end, ws[b + 1].start) && gapIsSpace(this.text, ws[b + 1].end, ws[b + 2].start) && !this.overlapsReal(ws[a].start, ws[a].end);
    }
    if (!this.isParticleWord(a, false) || a < 1) return false;
    // Inside the chain ("van" -> "der") or at its end ("der" -> "Berg").
    if (this.isParticleWord(b, false)) return this.isCap(a - 1) && b + 1 < ws.length && this.isCap(b + 1) && gapIsSpace(this.text, ws[b].end, ws[b + 1].start) && this.joins(a - 1, a);
    return this.isCap(b) && a >= 2 && this.isParticleWord(a - 1, false) && this.joins(a - 2, a - 1);
  }

  /** ws[k] is a name particle: "van", "der", "de", "la" (hyphened: "al-Rashid", a particle glued to a capital). */
  private isParticleWord(k: number, hyphened: boolean): boolean {
    const w = this.ws[k];
    const n = w.end - w.start;
    if (!hyphened) return n <= 3 && PARTICLE_SHAPES.mayHold(this.text, w.start, w.end) && PARTICLES.has(w.lower);
    if (n < 4 || this.isCap(k)) return false;
    // The dash comes after 2 or 3 letters ("al-", "bin-"): only those places are looked at.
    const dash = this.text.charCodeAt(w.start + 2) === 45 ? w.start + 2 : this.text.charCodeAt(w.start + 3) === 45 ? w.start + 3 : -1;
    return dash > 0 && dash < w.end - 1 && isUpperAt(this.text, dash + 1) && PARTICLES.has(this.text.slice(w.start, dash));
  }

  /**
   * ws[c] links capitalised words into one name: "bin", "van", "de" always; "of" only after an institution
   * word ("Bank of England", "Ministry of Defence"), not in "Susan Collins of Maine".
   */
  private connects(prev: number, c: number): boolean {
    // Every connector has at most 3 letters (lower-casing never shortens a word): most words are ruled out unread.
    if (this.ws[c].end - this.ws[c].start > 3) return false;
    const w = this.ws[c].lower;
    if (w === 'of' || w === '&') return ORG_HEADS.has(this.ws[prev].lower) || /^(?:secretary|minister|ministry|university|college|school|department|bank|church|house|chamber|court|institute|museum|republic|kingdom|state|states|city|duke|prince|princess)$/.test(this.ws[prev].lower);
    return CONNECTORS.has(w);
  }

  /** Index of the word after the run starting at ws[i] (remembered: several ranges may hold a run). */
  private runEnd(i: number): number {
    let j = this.runEnds[i];
    if (j === undefined) {
      j = i + 1;
      while (j < this.ws.length && this.joins(j - 1, j)) j++;
      this.runEnds[i] = j;
    }
    return j;
  }

  /** The name of the run starting at ws[i], if any. */
  private run(i: number): NameRef | null {
    const known = this.byRun[i];
    if (known !== undefined) return known;
    const ws = this.ws;
    const text = this.text;
    const j = this.runEnd(i);
    // Most runs end inside an entity mention. Whatever titles are stripped below, the name would keep the last
    // word but for a possessive ending (2 code units at most), so it would overlap that mention: no name.
    const last = ws[j - 1];
    if (last.end - last.start > 2 && this.overlapsReal(last.start, last.end - 2)) {
      this.byRun[i] = null;
      return null;
    }
    let name: NameRef | null = null;
    let s = i;
    // (The shape tests spare lower-casing the name words that cannot be in the lists: most of them.)
    while (s < j && OPENER_SHAPES.mayHold(text, ws[s].start, ws[s].end) && (HONORIFICS.has(ws[s].lower) || NON_NAME_WORDS.has(ws[s].lower))) s++;
    // "Senate Majority Leader Chuck Schumer": the name starts after the last role noun of the run.
    for (let t = j - 2; t >= s; t--) {
      if (ROLE_SHAPES.mayHold(text, ws[t].start, ws[t].end) && ROLE_NOUNS.has(ws[t].lower)) {
        s = t + 1;
        break;
      }
    }
    // "The Prime Minister’s spokesman said", "the President said": a title alone names nobody.
    if (s < j && onlyTitles(ws, s, j)) s = j;
    if (s < j) {
      const start = ws[s].start;
      const end = ws[j - 1].end - possessiveSuffix(text, start, ws[j - 1].end);
      // Most runs are entity mentions already: nothing more to decide for them.
      const covered = coveringIn(this.real, start) !== undefined || this.overlapsReal(start, end);
      // A lone capitalised word opening a sentence ("Reports suggest", "Contrary to") is not taken for a name …
      let opensSentence = !covered && j - s === 1 && /(^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start));
      // … unless it is the subject of a reporting verb ("Ofgem said") or appears capitalised mid-sentence elsewhere.
      if (opensSentence && !PLURAL_SUBJECTS.has(ws[s].lower) && !NON_NAME_WORDS.has(ws[s].lower) && !AGENT_PLURAL.test(ws[s].lower)) {
        const next = ws[j];
        if ((next && REPORTING_VERBS.has(next.lower) && isLowerStart(text, next.start)) || this.seenMidSentence(ws[s].text)) opensSentence = false;
      }
      if (!covered && !opensSentence) {
        const surface = text.slice(start, end);
        const lowerWords = surface.toLowerCase().split(/\s+/);
        const type: EntityType | null = lowerWords.some((w) => ORG_HEADS.has(w))
          ? 'ORG'
          : lowerWords.length >= 2 && lowerWords.length <= 4 && !/[&.]/.test(surface)
            ? 'PERSON'
            : s > i && TITLE_WORDS.has(ws[s - 1].lower)
              ? 'PERSON'
              : null;
        name = { start, end, text: surface, type, id: slugify(surface), synthetic: true };
      }
    }
    this.byRun[i] = name;
    return name;
  }

  /**
   * Capitalised after a lower-case word somewhere in the text: a name even where it opens a sentence. Only the
   * word's own occurrences can tell, so they are found with indexOf and judged where they stand (remembered
   * per word): most articles ask about a few words, and judging every capitalised word of the text costs more.
   */
  private seenMidSentence(word: string): boolean {
    let seen = this.midCaps.get(word);
    if (seen === undefined) {
      seen = false;
      const ws = this.ws;
      for (let p = this.text.indexOf(word); p >= 0 && !seen; p = this.text.indexOf(word, p + 1)) {
        const k = firstWordAtOrAfter(ws, p);
        if (k >= 1 && k < ws.length && ws[k].start === p && ws[k].end === p + word.length && this.isCap(k)) seen = this.capitalisedMidSentence(k);
      }
      this.midCaps.set(word, seen);
    }
    return seen;
  }

  /** The capitalised word ws[k] (k >= 1) follows a lower-case word, or ends a multi-word name ("Ana Lopes" -> "Lopes"). */
  private capitalisedMidSentence(k: number): boolean {
    const ws = this.ws;
    // The gap between the words, tested in place: /^[,]?\s$/ (after a lower-case word) or a single space.
    const a = ws[k - 1].end;
    const len = ws[k].start - a;
    const commaSpace = (len === 1 && WS.test(this.text[a])) || (len === 2 && this.text.charCodeAt(a) === 44 && WS.test(this.text[a + 1]));
    const oneSpace = len === 1 && this.text.charCodeAt(a) === 32;
    return (isLowerStart(this.text, ws[k - 1].start) && commaSpace) || (oneSpace && this.isCap(k - 1) && !this.isCap(k + 1 < ws.length ? k + 1 : k));
  }
}

const WS = /\s/;

/** Plural or generic nouns that open sentences as subjects of "said" without naming anybody. */
const PLURAL_SUBJECTS = new Set([
  'officials', 'police', 'experts', 'analysts', 'critics', 'sources', 'residents', 'witnesses', 'authorities',
  'investigators', 'prosecutors', 'researchers', 'scientists', 'observers', 'doctors', 'economists', 'diplomats',
  'lawmakers', 'protesters', 'officers', 'reports', 'others', 'people', 'parents', 'students', 'teachers',
  'supporters', 'opponents', 'activists', 'leaders', 'organisers', 'organizers', 'volunteers', 'rescuers',
  'firefighters', 'medics', 'troops', 'soldiers', 'families', 'voters', 'workers', 'employees', 'staff',
  'spokespeople', 'insiders', 'participants', 'attendees', 'fans', 'users', 'customers', 'shareholders',
]);

/**
 * Plurals of agent nouns the list lacks ("Forwarders describe", "Dockworkers said", "Economists warn"): a lone
 * capitalised word of this shape opening a sentence is a group of people. (A surname such as "Sanders" that speaks
 * alone was named in full before, so it is an entity mention or seen mid-sentence, and is kept.)
 */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ists|ians|ants|ents)$/u;

function isLowerStart(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(text[pos]);
}

/** The word ends with an apostrophe or "’s" / "'s" (what /[’']s?$/ tests). */
function endsPossessive(text: string, w: Word): boolean {
  let e = w.end - 1;
  if (e < w.start) return false;
  let c = text.charCodeAt(e);
  if (c === 115 && e > w.start) c = text.charCodeAt(--e); // s
  return c === 39 || c === 0x2019;
}

/**
 * Length of a final "’", "'", "’s" or "'s" of text[start, end) (what /[’']s?$/ finds), 0 when there is none or
 * when it is all there is.
 */
export function possessiveSuffix(text: string, start: number, end: number): number {
  const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
  let n = 0;
  if (end - start >= 1 && isApostrophe(text.charCodeAt(end - 1))) n = 1;
  else if (end - start >= 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2))) n = 2;
  return end - start > n ? n : 0;
}

function gapIsSpace(text: string, a: number, b: number): boolean {
  if (b - a !== 1) return false;
  return text[a] === ' ' || text[a] === '\u00a0';
}
