import type { ArticleAnalysis, EntityInfo, EntityMention, EntityType, Knowledge } from './types';
import type { Draft } from './entities/findEntities';
import type { Token } from '../text/tokens';
import { lowerCase, slugify } from '../text/chars';
import { isRegExpSpaceCode, regExpSpaceFrom, skipRegExpSpace } from './attribution/textScan';
import { GAZ, isCommon as isCommonWord, NORP_COUNTRY, NOT_ORG_ACRONYM, PARTICLES, tokenKey } from './entities/lexicon';
import { initialIn, initialsOf, personVariantRenames, type PersonName } from './personVariants';

/**
 * Name words of a person's name that can stand for the whole name ("Kim", "Shoigu", "Thomas-Greenfield"). What
 * `surface.split(/\s+/)`, less a final period or comma, lower-cased and filtered gives, read in one walk (the empty
 * pieces the split makes at either end are filtered out anyway).
 */
function nameWords(surface: string): string[] {
  const out: string[] = [];
  const n = surface.length;
  let i = 0;
  while (i < n) {
    const start = skipRegExpSpace(surface, i);
    i = regExpSpaceFrom(surface, start);
    let end = i;
    const last = end > start ? surface.charCodeAt(end - 1) : 0;
    if (last === 46 || last === 44) end--;
    const w = lowerCase(surface.slice(start, end));
    if (w.length > 1 && !PARTICLES.has(w) && w !== 'jr' && w !== 'sr' && w !== 'ii' && w !== 'iii') out.push(w);
  }
  return out;
}

/**
 * nameWords of a draft's text as resolveCoreference's textOf writes it (its tokens joined by spaces), read from the
 * tokens: no token holds white space, so the pieces of that split are the token texts (a one-character token
 * such as U+205F, white space to the regex and no word to the tokenizer, is left out either way), and no string is
 * built and cut again.
 */
function nameWordsOf(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k].text;
    const c = t.charCodeAt(t.length - 1);
    const w = lowerCase(c === 46 || c === 44 ? t.slice(0, -1) : t);
    if (w.length > 1 && !PARTICLES.has(w) && w !== 'jr' && w !== 'sr' && w !== 'ii' && w !== 'iii') out.push(w);
  }
  return out;
}

/**
 * The words of a full person name that may stand for it in another article: the surname and the other words after
 * the given name ("Putin", "Lula" for "Luiz Inácio Lula da Silva"), not the given name ("Lucía" is not "Lucía
 * Ferrando" elsewhere: another Lucía is likelier).
 */
export function crossArticleShortForms(words: readonly string[]): readonly string[] {
  return words.length < 2 ? words : words.slice(1);
}

/**
 * Within one article: gives a full name's id to the short mentions of the same person ("Kim" after
 * "Kim Jong Un", "Minister Shoigu" after "Sergei Shoigu") and keeps single capitalised words that had no
 * other evidence only when they are such a short form or known from the corpus or the user.
 */
export function resolveCoreference(drafts: Draft[], pending: readonly Draft[], tokens: readonly Token[], knowledge?: Knowledge): Draft[] {
  const textOf = (d: Draft): string => {
    let s = '';
    for (let k = d.first; k <= d.last; k++) s += (s ? ' ' : '') + tokens[k].text;
    return s;
  };
  // name word -> the one person id it stands for, or null when it stands for several (a Set of ids per word cost
  // an allocation per word for the one question asked of it: is there exactly one?)
  const byWord = new Map<string, string | null>();
  const surnames = new Set<string>();
  // the name words of the multi-word person drafts, by draft index, worked out once for both passes
  const fullNameWords: (string[] | undefined)[] = new Array(drafts.length);
  joinPersonVariants(drafts, tokens, textOf, fullNameWords);
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.type !== 'PERSON') continue;
    const words = fullNameWords[k] ?? nameWordsOf(tokens, d.first, d.last);
    if (words.length < 2 && !(d.id && d.id.includes('-'))) continue;
    const id = d.id || slugify(textOf(d));
    d.id = id;
    surnames.add(words[words.length - 1]);
    for (const w of words) {
      const known = byWord.get(w);
      if (known === undefined) byWord.set(w, id);
      else if (known !== null && known !== id) byWord.set(w, null);
    }
  }
  const unique = (w: string): string | null => byWord.get(w) ?? null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.type !== 'PERSON') continue;
    // "de la Roche" after "Anne-Sophie de la Roche": particles do not count as words of the short form
    let word: string;
    if (d.first === d.last) word = lowerCase(tokens[d.first].text);
    else {
      // (joinPersonVariants read the words of every multi-word person draft: the drafts' words and types are unchanged)
      const words = fullNameWords[k] ?? nameWordsOf(tokens, d.first, d.last);
      if (words.length !== 1) continue;
      word = words[0];
    }
    const id = unique(word);
    if (id && (!d.id || (d.first === d.last && !d.id.includes('-')))) d.id = id;
  }
  const out = drafts;
  // Multi-word organisations and two-word events get their ids here: the pending words below may take them.
  for (const d of drafts) {
    if ((d.type === 'ORG' && d.first !== d.last) || (d.type === 'EVENT' && d.last === d.first + 1)) d.id = d.id || slugify(textOf(d));
  }
  // Most articles keep a few pending words or none (0 to 6 on the seeds, against some 55 drafts): the tables that
  // answer for them (a cue's type, an organisation's or an event's word) are read from the drafts per pending word,
  // instead of being built from every draft for every article.
  if (!pending.length) return out;
  const n0 = drafts.length;
  // a word typed by a cue once ("Ofgem’s chief executive") has that type in its other, cue-less mentions: the last
  // one-word draft (not a date or person) with the word, else the first pending word with a fallback
  const cueType = (w: string): Draft['type'] | undefined => {
    for (let k = n0 - 1; k >= 0; k--) {
      const d = drafts[k];
      if (d.first === d.last && d.type !== 'DATE' && d.type !== 'PERSON' && tokens[d.first].text === w) return d.type;
    }
    for (const p of pending) if (p.fallback && tokens[p.first].text === w) return p.fallback;
    return undefined;
  };
  // "Wedbush" after "Wedbush Securities": the distinctive first word of an organisation's name stands for it (the
  // id, null for a word that opens two organisations' names, undefined for none)
  const orgByFirst = (w: string): string | null | undefined => {
    // ("AI" of "AI Office", "EU" of "EU Commission": an acronym that names no organisation on its own)
    if (NOT_ORG_ACRONYM.has(w)) return undefined;
    let id: string | null | undefined;
    for (let k = 0; k < n0; k++) {
      const d = drafts[k];
      if (d.type !== 'ORG' || d.first === d.last || tokens[d.first].text !== w) continue;
      id = id === undefined || id === d.id ? d.id : null;
    }
    return id;
  };
  // "Dalisay" after "Typhoon Dalisay", "Idalia" after "Hurricane Idalia": the last word of a two-word event name
  // stands for the event
  const eventByLast = (w: string): string | null | undefined => {
    let id: string | null | undefined;
    for (let k = 0; k < n0; k++) {
      const d = drafts[k];
      if (d.type !== 'EVENT' || d.last !== d.first + 1 || tokens[d.last].text !== w) continue;
      id = id === undefined || id === d.id ? d.id : null;
    }
    return id;
  };
  // Whether a draft (one pushed below included) opens at token i: a walk over the drafts for the few pending words,
  // not a byte per token of the article.
  const opensDraft = (i: number): boolean => {
    for (let k = 0; k < out.length; k++) if (out[k].first === i) return true;
    return false;
  };
  // the type each pending word ends with, for the names listed after it
  const pendingType = new Map<Draft, Draft['type']>();
  for (const p of pending) {
    if (opensDraft(p.first)) continue;
    const text = tokens[p.first].text;
    const w = lowerCase(text);
    // "Will" opening a sentence after "Will Smith" is the verb: a common word at a sentence start links
    // only as a surname ("Brown said …"), never as a given name
    // "toward Jasper" in an article about a Jasper Whitfield: a person's given name in a place slot is the place
    // (people are named again by their surname, not their given name)
    const placeSlot = (p.fallback === 'GPE' || p.fallback === 'LOC') && !surnames.has(w);
    const id = (p.initial && isCommonWord(w) && !surnames.has(w)) || placeSlot ? null : unique(w);
    if (id) {
      out.push({ ...p, type: 'PERSON', id, sure: true });
      pendingType.set(p, out[out.length - 1].type);
      continue;
    }
    const known = knowledge?.names.get(w);
    if (known && !(placeSlot && known.type === 'PERSON')) {
      out.push({ ...p, type: known.type, id: known.id, sure: true });
      pendingType.set(p, out[out.length - 1].type);
      continue;
    }
    const eventId = eventByLast(text);
    if (eventId && !isCommonWord(w)) {
      out.push({ ...p, type: 'EVENT', id: eventId, sure: true });
      pendingType.set(p, 'EVENT');
      continue;
    }
    // "the museum in Delft" beside "Delft Museum of Ethnology": a word the article puts in a place slot is the town
    // an organisation is named after, not a short form of it
    const cued = cueType(text);
    const placeWord = p.fallback === 'GPE' || p.fallback === 'LOC' || cued === 'GPE' || cued === 'LOC';
    const orgId = placeWord ? undefined : orgByFirst(text);
    if (orgId && !isCommonWord(w)) {
      out.push({ ...p, type: 'ORG', id: orgId, sure: true });
      pendingType.set(p, out[out.length - 1].type);
      continue;
    }
    const fallback = p.fallback || cued;
    if (fallback) {
      out.push({ ...p, type: fallback, sure: true });
      pendingType.set(p, out[out.length - 1].type);
    }
  }
  // "Albay and Camarines Sur": a name listed after a word that turned out a place is a place too
  if (pendingType.size) for (const d of out) if (d.listedAfter && pendingType.get(d.listedAfter) === 'GPE') d.type = 'GPE';
  return out;
}

/** Gives the variants of one person's full name in an article one id (see personVariants); wordsOf gets each multi-word person draft's name words, by draft index. */
function joinPersonVariants(drafts: Draft[], tokens: readonly Token[], textOf: (d: Draft) => string, wordsOf: (string[] | undefined)[]): void {
  const names: PersonName[] = [];
  const full: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.type !== 'PERSON' || d.first === d.last) continue;
    // (the name's words, initials and length as read from textOf(d), read from its tokens: see nameWordsOf)
    const words = nameWordsOf(tokens, d.first, d.last);
    wordsOf[k] = words;
    if (words.length < 2) continue;
    d.id = d.id || slugify(textOf(d));
    full.push(d);
    let initials = '';
    let length = d.last - d.first;
    for (let m = d.first; m <= d.last; m++) {
      const t = tokens[m].text;
      initials += initialIn(t, 0, t.length);
      length += t.length;
    }
    names.push({ id: d.id, words, initials, length });
  }
  if (names.length < 2) return;
  const renames = personVariantRenames(names, true);
  if (renames.size) for (const d of full) d.id = renames.get(d.id!) ?? d.id;
}

/**
 * Longest well-formed name first; dotted and all-capital forms after spelled-out ones. What
 * `surface.split(/\s+/).length * 1000 + surface.length - (surface === surface.toUpperCase() ? 500 : 0)` gives,
 * read in place: the words are the runs between whitespace runs (a leading or trailing run adds an empty word).
 */
function score(surface: string): number {
  let pieces = 1;
  let inSpace = false;
  let ascii = true;
  let lower = false;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c > 127) ascii = false;
    else if (c >= 97 && c <= 122) lower = true;
    const space = isRegExpSpaceCode(c);
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  // Outside ASCII upper-casing is not a per-letter test: the string is upper-cased as before.
  const caps = ascii ? !lower : surface === surface.toUpperCase();
  return pieces * 1000 + surface.length - (caps ? 500 : 0);
}

/** One id's row while the index is built: the type counts are kept inline for the common single-type id. */
interface Row {
  readonly info: EntityInfo;
  /** Types in first-seen order, with their counts (parallel arrays). */
  readonly types: EntityType[];
  readonly counts: number[];
}

/** One row per id: type (most frequent), best name (the longest well-formed), aliases best first, related ids. */
export function buildEntityIndex(entities: readonly EntityMention[]): Record<string, EntityInfo> {
  // Rows in first-seen order (an array beside the Map: no entry iterator to walk). Types are counted in
  // first-seen order too: on a tie the type seen first wins.
  const byId = new Map<string, Row>();
  const rows: Row[] = [];
  for (let n = 0; n < entities.length; n++) {
    const e = entities[n];
    let row = byId.get(e.id);
    if (row === undefined) {
      row = { info: { id: e.id, type: e.type, name: e.text, aliases: [e.text] }, types: [e.type], counts: [1] };
      byId.set(e.id, row);
      rows.push(row);
      continue;
    }
    const t = row.types.indexOf(e.type);
    if (t < 0) {
      row.types.push(e.type);
      row.counts.push(1);
    } else row.counts[t]++;
    if (!row.info.aliases.includes(e.text)) row.info.aliases.push(e.text);
  }
  const index = dictionaryObject<EntityInfo>();
  for (let r = 0; r < rows.length; r++) {
    const { info, types, counts } = rows[r];
    let best = 0;
    for (let t = 1; t < types.length; t++) if (counts[t] > counts[best]) best = t;
    info.type = types[best];
    if (info.aliases.length > 1) info.aliases = bestFirst(info.aliases);
    info.name = canonicalName(info.id, info.aliases[0]);
    const related = relatedIds(info.id, info.type);
    if (related) info.related = related;
    index[info.id] = info;
  }
  return index;
}

/**
 * An empty plain object that V8 keeps as a hash table from the start. Ids differ from article to article: added
 * one by one to a fresh `{}`, each new id would first make a new hidden class (V8 turns the object into a hash
 * table only after a dozen such keys). Deleting properties (not the last one added first) switches it at once;
 * keys still enumerate in insertion order, so the JSON is the same.
 */
function dictionaryObject<T>(): Record<string, T> {
  const o: Record<string, unknown> = { a: 0, b: 0 };
  delete o.a;
  delete o.b;
  return o as Record<string, T>;
}

/** Aliases by score, best first, ties in code-unit order (each score computed once, not per comparison). */
function bestFirst(aliases: readonly string[]): string[] {
  if (aliases.length === 2) {
    // The common case: two forms, no sort.
    const [a, b] = aliases;
    const sa = score(a);
    const sb = score(b);
    return sb > sa || (sb === sa && b < a) ? [b, a] : [a, b];
  }
  const scored = aliases.map((a) => ({ a, s: score(a) }));
  scored.sort((x, y) => y.s - x.s || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  return scored.map((x) => x.a);
}

/** Ids of gazetteer entries, to skip the key computation for the (many) names that are not from it. */
let gazIds: Set<string> | null = null;
let gazIdsSize = -1;
function isGazetteerId(id: string): boolean {
  if (!gazIds || gazIdsSize !== GAZ.size) {
    gazIds = new Set();
    for (const e of GAZ.values()) gazIds.add(e.id);
    gazIdsSize = GAZ.size;
    canonicalNames.clear(); // remembered for another gazetteer
  }
  return gazIds.has(id);
}

/** The gazetteer's canonical name when the id comes from it ("United States" for US / U.S.). */
function canonicalName(id: string, fallback: string): string {
  if (!isGazetteerId(id)) return fallback;
  // The same few place names recur in every article: their canonical names are remembered (bounded).
  let byName = canonicalNames.get(id);
  if (!byName) {
    if (canonicalNames.size >= 1024) canonicalNames.clear();
    canonicalNames.set(id, (byName = new Map()));
  }
  let name = byName.get(fallback);
  if (name === undefined) {
    const key = tokenKeyOf(fallback);
    const e = GAZ.get(key) || GAZ.get(key.toLowerCase());
    name = e && e.id === id ? e.name : fallback;
    if (byName.size < 64) byName.set(fallback, name);
  }
  return name;
}
/** id -> surface -> canonical name, for gazetteer ids. */
const canonicalNames = new Map<string, Map<string, string>>();

function tokenKeyOf(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => tokenKey({ text: w, caps: /^[A-Z.&]+$/.test(w) && /[A-Z].*[A-Z]/.test(w) } as Token))
    .join(' ');
}

const COUNTRY_NORP = new Map<string, string>();
for (const [norp, country] of NORP_COUNTRY) if (!COUNTRY_NORP.has(country)) COUNTRY_NORP.set(country, norp);

/** The ids related to this one (a NORP's country, a country's NORP), or null for none. */
function relatedIds(id: string, type: EntityType): string[] | null {
  const other = type === 'NORP' ? NORP_COUNTRY.get(id) : type === 'GPE' ? COUNTRY_NORP.get(id) : undefined;
  return other ? [other] : null;
}

/**
 * Gives mentions of one entity in different articles one id: a short person name ("Putin") takes the id of
 * the unique full name in the corpus that contains it ("Vladimir Putin"), an organisation's acronym the id of
 * its spelled-out name ("JAXA", "Japan Aerospace Exploration Agency"). Rewrites entity ids, entityIndex,
 * quote speaker ids and claim speaker ids in place.
 */
export function unifyIdentities(analyses: ArticleAnalysis[]): void {
  // "Pieter J. van Rensburg" in one article, "Pieter van Rensburg" in another: one person
  const rename = personVariantRenames(fullNames(analyses), false);
  const byWord = new Map<string, Set<string>>();
  const fullIds = new Set<string>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'PERSON') continue;
      const words = nameWords(e.text);
      if (words.length < 2) continue;
      fullIds.add(e.id);
      for (const w of crossArticleShortForms(words)) {
        let set = byWord.get(w);
        if (!set) byWord.set(w, (set = new Set()));
        set.add(rename.get(e.id) ?? e.id);
      }
    }
  }
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'PERSON' || fullIds.has(e.id)) continue;
      const words = nameWords(e.text);
      if (words.length !== 1) continue;
      const set = byWord.get(words[0]);
      if (set && set.size === 1) rename.set(e.id, set.values().next().value!);
    }
  }
  const orgRename = new Map<string, string>();
  acronymRenames(analyses, orgRename);
  translationRenames(analyses, orgRename);
  legalFormRenames(analyses, orgRename);
  shortNameRenames(analyses, orgRename);
  if (!rename.size && !orgRename.size) return;
  const renamed = (id: string): string | undefined => rename.get(id) ?? orgRename.get(id);
  for (const a of analyses) {
    let changed = false;
    for (const e of a.entities) {
      const to = e.type === 'PERSON' ? rename.get(e.id) : e.type === 'ORG' ? orgRename.get(e.id) : undefined;
      if (to) {
        e.id = to;
        changed = true;
      }
    }
    for (const q of a.quotes) {
      const to = q.speaker && renamed(q.speaker.id);
      if (to) q.speaker = { ...q.speaker!, id: to };
    }
    for (const c of a.claims) {
      const speakers = c.speakers as string[];
      for (let k = 0; k < speakers.length; k++) speakers[k] = renamed(speakers[k]) ?? speakers[k];
    }
    if (changed) {
      const index = a.entityIndex as Record<string, EntityInfo>;
      for (const k of Object.keys(index)) delete index[k];
      Object.assign(index, buildEntityIndex(a.entities));
    }
  }
}

/** One entry per multi-word person id of the corpus, with its fullest writing. */
function fullNames(analyses: readonly ArticleAnalysis[]): PersonName[] {
  const byId = new Map<string, PersonName>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'PERSON') continue;
      const known = byId.get(e.id);
      if (known && known.length >= e.text.length) continue;
      const words = nameWords(e.text);
      if (words.length >= 2) byId.set(e.id, { id: e.id, words, initials: initialsOf(e.text), length: e.text.length });
    }
  }
  return [...byId.values()];
}

/** Words an acronym skips ("National Aeronautics and Space Administration" = NASA), in a few languages. */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', 'a', 'an', '&', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'et', 'du', 'des', 'di', 'da', 'do', 'dos', 'das', 'für', 'und', 'der', 'van', 'voor', 'og']);

/**
 * The acronyms that spell a multi-word name: the initials of its words, function words skipped; a word starting
 * with "Ex" may give its X ("Japan Aerospace Exploration Agency" = JAXA or JAEA). Empty for a one-word name.
 */
export function acronymsOf(name: string): string[] {
  let forms = [''];
  let words = 0;
  for (const w of name.split(/[\s-]+/)) {
    if (!w || ACRONYM_SKIPS.has(w.toLowerCase())) continue;
    const initial = w[0].toUpperCase();
    if (initial.toLowerCase() === initial) return []; // not a name's word ("Bank of the people")
    words++;
    const ex = initial === 'E' && forms.length < 4 && (w[1] === 'x' || w[1] === 'X');
    forms = ex ? [...forms.map((f) => f + 'E'), ...forms.map((f) => f + 'X')] : forms.map((f) => f + initial);
  }
  return words >= 2 ? forms : [];
}

/** An all-capital single word of two to eight letters ("INE", "JAXA"). */
function isAcronym(surface: string): boolean {
  if (surface.length < 2 || surface.length > 8) return false;
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Across the corpus, an organisation's acronym takes the id of its spelled-out name: the name it was bracketed after
 * in some article ("National Statistics Institute (INE)", whatever language the letters come from), else the only
 * multi-word organisation name whose initials it spells. Adds id -> id renames to `rename`.
 */
/** Company words that one outlet writes and another drops or abbreviates ("Co" for "Company"). */
const COMPANY_ENDINGS = /(?:,?\s+(?:Co\.?|Company|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|Plc|plc|S\.?A\.?|AG|GmbH|N\.?V\.?))+$/;

/**
 * "Taiwan Power Co" in one article, "Taiwan Power Company" in another: organisations whose names differ only in a
 * company word at the end are one (two words at least must remain: "Apple Inc" is not thereby any "Apple").
 * Each group takes the id of its most frequent mention.
 */
function legalFormRenames(analyses: readonly ArticleAnalysis[], rename: Map<string, string>): void {
  const byStem = new Map<string, Map<string, number>>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || e.text.indexOf(' ') < 0) continue;
      const stem = e.text.replace(COMPANY_ENDINGS, '');
      if (stem.indexOf(' ') < 0) continue;
      const id = rename.get(e.id) ?? e.id;
      let ids = byStem.get(stem);
      if (!ids) byStem.set(stem, (ids = new Map()));
      ids.set(id, (ids.get(id) ?? 0) + 1);
    }
  }
  for (const ids of byStem.values()) {
    if (ids.size < 2) continue;
    let best = '';
    let most = 0;
    for (const [id, n] of ids) if (n > most || (n === most && id < best)) [best, most] = [id, n];
    for (const id of ids.keys()) if (id !== best) rename.set(id, best);
  }
}

/**
 * "Taipower" alone in one article, "Taiwan Power Company (“Taipower”)" in another: a one-word name that some article
 * gives to an organisation with a longer name is that organisation in the other articles too, when only one such
 * organisation takes it.
 */
function shortNameRenames(analyses: readonly ArticleAnalysis[], rename: Map<string, string>): void {
  const owners = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || e.text.indexOf(' ') >= 0 || e.id === slugify(e.text)) continue;
      const id = rename.get(e.id) ?? e.id;
      if (id.indexOf('-') < 0) continue;
      let set = owners.get(e.text);
      if (!set) owners.set(e.text, (set = new Set()));
      set.add(id);
    }
  }
  if (!owners.size) return;
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || rename.has(e.id)) continue;
      const set = owners.get(e.text);
      if (set && set.size === 1 && e.id === slugify(e.text)) rename.set(e.id, set.values().next().value!);
    }
  }
}

function acronymRenames(analyses: readonly ArticleAnalysis[], rename: Map<string, string>): void {
  // ids with a multi-word name, and the acronyms seen as aliases of such an id
  const longIds = new Set<string>();
  const bySpelling = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string): void => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  };
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || longIds.has(e.id) || e.text.indexOf(' ') < 0) continue;
      longIds.add(e.id);
    }
  }
  if (!longIds.size) return;
  const aliasOf = new Map<string, Set<string>>();
  const spelled = new Set<string>(); // id + name pairs already spelled: names recur in many articles
  let acronyms = 0;
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG') continue;
      if (e.text.indexOf(' ') >= 0) {
        const key = e.id + '\n' + e.text;
        if (spelled.has(key)) continue;
        spelled.add(key);
        for (const f of acronymsOf(e.text)) add(bySpelling, f, e.id);
      } else if (isAcronym(e.text)) {
        acronyms++;
        if (longIds.has(e.id)) add(aliasOf, e.text, e.id);
      }
    }
  }
  if (!acronyms) return;
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || longIds.has(e.id) || rename.has(e.id) || !isAcronym(e.text)) continue;
      const ids = aliasOf.get(e.text) || bySpelling.get(e.text);
      if (ids && ids.size === 1) rename.set(e.id, ids.values().next().value!);
    }
  }
}

/**
 * Head nouns and adjectives of institution names in Spanish, Portuguese and French, with their English: enough to
 * see that "Banco Central de Chile" is the "Central Bank of Chile" and "Frente Amplio" the "Broad Front".
 */
const ROMANCE_HEADS = table(
  'banco banque:bank|partido parti:party|frente front:front|instituto institut:institute|ministerio ministério ministère:ministry|' +
    'consejo conselho conseil:council|tribunal:court|corte cour:court|congreso congresso congrès:congress|senado sénat:senate|' +
    'cámara câmara chambre:chamber|asamblea assembleia assemblée:assembly|universidad universidade université:university|' +
    'fundación fundação fondation:foundation|comisión comissão commission:commission|servicio serviço service:service|' +
    'agencia agência agence:agency|movimiento movimento mouvement:movement|unión união union:union|alianza aliança alliance:alliance|' +
    'federación federação fédération:federation|policía polícia police:police|ejército exército armée:army|oficina office:office|' +
    'sindicato syndicat:union|confederación confederação confédération:confederation|defensoría defensoria:ombudsman|' +
    'fiscalía:prosecutor|registro registre:registry|observatorio observatório observatoire:observatory',
);
const ROMANCE_ADJECTIVES = table(
  'central centrale:central|nacional national nationale:national|federal fédéral fédérale:federal|popular populaire:popular|' +
    'socialista socialiste:socialist|democrático democrática démocratique:democratic|republicano republicana républicain:republican|' +
    'liberal libéral:liberal|conservador conservadora:conservative|amplio amplia ampla:broad|supremo suprema suprême:supreme|' +
    'general geral général générale:general|electoral électoral:electoral|constitucional constitutionnel:constitutional|' +
    'nuevo nueva novo nova nouveau nouvelle:new|unido unida unidos unidas:united|verde vert verte:green|europeo europeu européen:european|' +
    'regional:regional|municipal:municipal|militar militaire:military|comunista communiste:communist|colorado:colorado|' +
    'progresista progressista progressiste:progressive|independiente independente indépendant:independent|ecologista écologiste:ecologist',
);
const ROMANCE_OF = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'di']);
const ROMANCE_THE = new Set(['la', 'el', 'los', 'las', 'le', 'les', 'lo', 'a', 'o', 'os', 'as']);

function table(spec: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const row of spec.split('|')) {
    const [forms, english] = row.split(':');
    for (const f of forms.split(' ')) m.set(f, english);
  }
  return m;
}

/**
 * The English an institution's Romance-language name reads as, lower case: head noun, adjectives before it, "de X"
 * as "of X" with other words kept ("Banco Central de Chile" -> "central bank of chile"); null when the name does not
 * start with a known head noun followed only by known adjectives.
 */
export function englishNameOf(name: string): string | null {
  const words = name.toLowerCase().split(/\s+/);
  const head = ROMANCE_HEADS.get(words[0]);
  if (!head || words.length < 2) return null;
  const adjectives: string[] = [];
  let k = 1;
  for (; k < words.length && !ROMANCE_OF.has(words[k]); k++) {
    const a = ROMANCE_ADJECTIVES.get(words[k]);
    if (!a) return null;
    adjectives.push(a);
  }
  const out = [...adjectives, head];
  for (; k < words.length; k++) {
    const w = words[k];
    out.push(ROMANCE_OF.has(w) ? 'of' : ROMANCE_THE.has(w) ? 'the' : ROMANCE_HEADS.get(w) ?? ROMANCE_ADJECTIVES.get(w) ?? w);
  }
  return out.join(' ');
}

/**
 * Across the corpus, an institution named in Spanish, Portuguese or French takes the id of the one organisation
 * named with its English translation ("Frente Amplio" / "Broad Front"). Adds id -> id renames to `rename`.
 */
function translationRenames(analyses: readonly ArticleAnalysis[], rename: Map<string, string>): void {
  const foreign = new Map<string, string>(); // id -> English reading
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || foreign.has(e.id) || e.text.indexOf(' ') < 0) continue;
      const english = englishNameOf(e.text);
      if (english && english !== e.text.toLowerCase()) foreign.set(e.id, english);
    }
  }
  if (!foreign.size) return;
  const wanted = new Set(foreign.values());
  const byEnglish = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'ORG' || foreign.has(e.id)) continue;
      const key = e.text.toLowerCase().replace(/^the\s+/, '');
      if (!wanted.has(key)) continue;
      let set = byEnglish.get(key);
      if (!set) byEnglish.set(key, (set = new Set()));
      set.add(rename.get(e.id) ?? e.id);
    }
  }
  for (const [id, english] of foreign) {
    const ids = byEnglish.get(english);
    if (ids && ids.size === 1 && !rename.has(id)) rename.set(id, ids.values().next().value!);
  }
}

/** Corpus evidence for a second pass: every name typed in some article, and unique short forms of full person names. */
export function corpusKnowledge(analyses: readonly ArticleAnalysis[], base?: Knowledge): Knowledge {
  const names = new Map<string, { type: EntityType; id: string; source: 'corpus' | 'user' }>();
  const shortForms = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type === 'DATE' || e.source === 'user') continue;
      const key = e.text.toLowerCase().replace(/\s+/g, ' ');
      if (!names.has(key)) names.set(key, { type: e.type, id: e.id, source: 'corpus' });
      if (e.type === 'PERSON') {
        const words = nameWords(e.text);
        if (words.length < 2) continue;
        for (const w of crossArticleShortForms(words)) {
          let set = shortForms.get(w);
          if (!set) shortForms.set(w, (set = new Set()));
          set.add(e.id);
        }
      }
    }
  }
  for (const [w, ids] of shortForms) {
    if (ids.size === 1 && !names.has(w)) names.set(w, { type: 'PERSON', id: ids.values().next().value!, source: 'corpus' });
  }
  if (base) for (const [k, v] of base.names) names.set(k, v);
  return { names, rejected: base ? base.rejected : new Set() };
}
