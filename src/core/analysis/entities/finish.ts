// Turns the drafts of one pass into flat, non-overlapping mentions with ids, boilerplate flags and title spans.
import type { EntityMention, Span } from '../types';
import type { ArticleStructure } from '../structure';
import { isDigitCode, isUpperCode, slugify } from '../../text/chars';
import { TokenKind } from '../../text/tokens';
import { POST_NOMINALS, REGION_BY_ABBREVIATION, ROLE } from './lexicon';
import { isRegExpSpaceCode } from '../attribution/textScan';
import { Ctx, Draft, isCountryId, lowerOf, newDraft } from './context';
import { roleSpan } from './classify';

export function finish(ctx: Ctx, drafts: Draft[], structure: ArticleStructure): EntityMention[] {
  const { text } = ctx;
  const rejected = ctx.knowledge?.rejected;
  sortByPosition(drafts);
  const quiet = structure.regions.filter((r) => r.kind === 'metadata' || r.kind === 'boilerplate');
  const out: EntityMention[] = [];
  let lastEnd = -1;
  // Whether the article has a score anywhere (asked once, at its first country): most articles have none.
  let scoreInText: boolean | undefined;
  let teams: ReadonlySet<string> | undefined;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.start < lastEnd) continue; // flat: the earlier, longer mention wins
    // "PBN News", "Speaking to KTV News": an organisation's acronym before "News" is its news outlet
    // (most drafts fail on the character after them: no string is cut for them)
    const nextCode = text.charCodeAt(d.end + 1);
    // ("Metro 9 News", "Capitol 10 News": a channel's word before its number too)
    const outlet = d.type === 'ORG' && d.end - d.start <= 10 && (nextCode === 78 /* N */ || (nextCode >= 48 && nextCode <= 57)) && /^(?:[A-Z]{2,5}|[A-Z][a-z]{2,9})$/.test(text.slice(d.start, d.end)) && (d.end - d.start <= 5 || (nextCode >= 48 && nextCode <= 57)) ? OUTLET_NEWS.exec(text.slice(d.end, d.end + 9)) : null;
    if (outlet && !(k + 1 < drafts.length && drafts[k + 1].start < d.end + outlet[0].length)) {
      d.end += outlet[0].length;
      d.id = slugify(text.slice(d.start, d.end));
    }
    // ("said Jack Ma."): "Ma." ending a name is the surname before the sentence's period, not Maria's abbreviation
    if (d.type === 'PERSON' && d.end - d.start > 4 && text.endsWith(' Ma.', d.end)) {
      d.end--;
      d.id = slugify(text.slice(d.start, d.end));
    }
    // "said I Gede Darmawan", "Ni Luh Putu Ayu": a Balinese name opens with "I" (men) or "Ni" (women) before its
    // birth-order name; without it the "I" reads as a pronoun and the speaker is lost
    // (the "I" or "Ni" first: most names have neither right before them, and skip the look-up)
    if (d.type === 'PERSON' && d.first > 0) {
      const before = ctx.tokens[d.first - 1];
      if ((before.text === 'I' || before.text === 'Ni') && before.nl === 0 && before.end + 1 === d.start && BALINESE_ORDER.has(ctx.tokens[d.first].text)) {
        d.start = before.start;
        d.first--;
        d.id = slugify(text.slice(d.start, d.end));
      }
    }
    // "CARSON CITY, Nev.", "Nashville, Tenn.": a state's abbreviation is that state, whichever rule found it
    // (only a name with a listed abbreviation's first and last character is cut and looked up)
    if (d.type === 'GPE' && d.end - d.start <= 6 && mayBeRegionAbbreviation(text.charCodeAt(d.start), text.charCodeAt(d.end - 1))) {
      const state = REGION_BY_ABBREVIATION.get(text.slice(d.start, d.end));
      if (state) d.id = state.id;
    }
    // "President Tayyip Erdogan": a listed surname right after a given name read on its own is one person
    if (d.type === 'PERSON' && k + 1 < drafts.length && drafts[k + 1].type === 'PERSON' && drafts[k + 1].start === d.end + 1 && text.charAt(d.end) === ' ' && d.first === d.last && fullerNameHas(drafts[k + 1].id, text.slice(drafts[k + 1].start, drafts[k + 1].end), text.slice(d.start, d.end), d.id)) {
      const whole = drafts[k + 1];
      whole.start = d.start;
      whole.first = d.first;
      continue;
    }
    // "the Baku-based Absheron Centre": the place before "-based" is a place of its own, the name follows it
    if (d.type !== 'GPE' && d.type !== 'DATE' && d.first < d.last) {
      const based = hyphenInside(text, d.start, d.end) ? BASED_PREFIX.exec(text.slice(d.start, d.end)) : null;
      if (based && based[0].length < d.end - d.start) {
        let first = d.first;
        while (first <= d.last && ctx.tokens[first].start < d.start + based[0].length) first++;
        if (first <= d.last) {
          const rest = newDraft(ctx.tokens[first].start, d.end, d.type, null, first, d.last, d.sure);
          drafts.splice(k + 1, 0, rest);
          d.end = d.start + based[1].length;
          d.type = 'GPE';
          d.id = slugify(based[1]);
          while (d.last > d.first && ctx.tokens[d.last].start >= d.end) d.last--;
        }
      }
    }
    // "the Nevada Constitution": a place's constitution is a document; the place is the mention
    if (d.type === 'GPE' && d.end - d.start > 13 && text.endsWith(' Constitution', d.end)) {
      d.end -= 13;
      d.id = slugify(text.slice(d.start, d.end));
    }
    // "Nevadans for Fair Districts": a people's word, "for" and a name is a campaign group
    if (d.type === 'NORP' && k + 1 < drafts.length && drafts[k + 1].type === 'ORG' && drafts[k + 1].start === d.end + 5 && text.startsWith(' for ', d.end)) {
      const group = drafts[k + 1];
      group.start = d.start;
      group.first = d.first;
      group.id = slugify(text.slice(group.start, group.end));
      continue;
    }
    // "counsel Dermot Lyne-Harris SC told the jury": post-nominal letters after a person are no state or body
    if (d.type !== 'PERSON' && out.length && out[out.length - 1].type === 'PERSON' && out[out.length - 1].end === d.start - 1 && POST_NOMINALS.has(text.slice(d.start, d.end))) continue;
    // "A&E", "R&D": a letter joined by "&" is part of an abbreviation, never a person or place of its own
    if (d.end - d.start === 1 && d.type !== 'ORG' && (text.charCodeAt(d.start - 1) === 38 /* & */ || text.charCodeAt(d.end) === 38)) continue;
    // "HK$186 million", "US$23.9 million": a currency's letters are no place or organisation
    if (d.end - d.start <= 3 && CURRENCY_SIGN.test(text.charAt(d.end)) && /^[A-Z]+$/.test(text.slice(d.start, d.end))) continue;
    // "the American University of Central Asia", "the Chinese University of Hong Kong": a people's word before a
    // university or institute "of" a place opens its name
    if (d.type === 'NORP' && k + 1 < drafts.length && drafts[k + 1].type === 'ORG' && drafts[k + 1].start === d.end + 1 && text.charAt(d.end) === ' ' && text.endsWith('the ', d.start) && NAMED_BODY_OF.test(text.slice(drafts[k + 1].start, drafts[k + 1].end))) {
      const body = drafts[k + 1];
      body.start = d.start;
      body.first = d.first;
      body.id = slugify(text.slice(body.start, body.end));
      continue;
    }
    // "the Japanese Communist Party", "the Austrian Chamber of Commerce", "the Swiss Federal Supreme Court": a people's
    // word opening a body's name is part of it (the golds join 300 such names and split 9); a state's own organs stay
    // apart ("the Dutch Foreign Ministry", "the Chilean Senate"), and before a company it describes the company
    // ("Norwegian Osprey Robotics")
    if (d.type === 'NORP' && k + 1 < drafts.length && drafts[k + 1].type === 'ORG' && drafts[k + 1].start === d.end + 1 && text.charAt(d.end) === ' ' && !STATE_ORGANS.test(text.slice(drafts[k + 1].start, drafts[k + 1].end)) && namesInstitution(text.slice(drafts[k + 1].start, drafts[k + 1].end))) {
      const body = drafts[k + 1];
      const shortId = body.id;
      const ownId = !shortId || shortId === slugify(text.slice(body.start, body.end));
      body.start = d.start;
      body.first = d.first;
      // (an id given from elsewhere stays: "Ethiopian Airlines" for the "Ethiopian Airlines Group" named before)
      if (ownId) {
        body.id = slugify(text.slice(body.start, body.end));
        // ("… Chamber of Commerce (WKO)": its acronym, given the shorter name's id, follows the name)
        if (shortId) for (let j = k + 2; j < drafts.length; j++) if (drafts[j].id === shortId) drafts[j].id = body.id;
      }
      continue;
    }
    // "the River Niger", "River Thames": "River" before a listed name makes the whole the river
    if ((d.type === 'GPE' || d.type === 'LOC') && d.start >= 6 && text.startsWith('River ', d.start - 6) && d.start - 6 >= lastEnd && (d.start === 6 || !/[\p{L}\d]/u.test(text.charAt(d.start - 7)))) {
      d.start -= 6;
      d.type = 'LOC';
      d.id = null;
      while (d.first > 0 && ctx.tokens[d.first - 1].start >= d.start) d.first--;
    }
    // "Rep. Ann Lee, D-Tulsa,": a party's letter before a place in a legislator's tag; the place is the mention
    // (the hyphen and the comma and space before first: most names have neither, and skip the slice and the regex)
    if (d.type !== 'GPE' && d.end - d.start > 3 && text.charCodeAt(d.start + 1) === 45 && text.charCodeAt(d.start - 1) === 32 && text.charCodeAt(d.start - 2) === 44 /* , */ && PARTY_TAG.test(text.slice(d.start, d.end))) {
      d.start += 2;
      d.type = 'GPE';
      d.id = null;
    }
    // "Sacramento County Office of Education", "Los Angeles Unified School District": a listed place right before a body
    // of its county or city, or before its school district, is part of that body's name
    // (the searches only for a name with the "D" of " School District" in place, or right after a place)
    if (d.type === 'GPE' && text.charCodeAt(d.end - 8) === 68 && text.endsWith(' School District', d.end)) d.type = 'ORG';
    if (d.type === 'ORG' && out.length && out[out.length - 1].end === d.start - 1 && out[out.length - 1].type === 'GPE' && (text.startsWith('County ', d.start) || text.startsWith('City ', d.start) || text.startsWith('State ', d.start) || text.endsWith(' School District', d.end))) {
      const p = out[out.length - 1];
      // (a country stays apart: "US State Department", rule 5)
      if (p.type === 'GPE' && p.end === d.start - 1 && text.charCodeAt(p.end) === 32 && !p.boilerplate && !isCountryId(p.id)) {
        out.pop();
        d.start = p.start;
        d.id = null;
        while (d.first > 0 && ctx.tokens[d.first - 1].start >= p.start) d.first--;
      }
    }
    // (the team is an identity of its own: "Japan" the side is not "Japan" the country)
    if (d.type === 'GPE' && d.id && playsAsTeam(text, d, (scoreInText ??= hasScore(text)))) asTeam(d);
    // "Japan play Georgia in Tbilisi", "a team like Japan": in a match report, a country or city seen playing is the
    // team wherever it is not where something happens ("in Tbilisi") or a dateline in capitals ("SAN ANTONIO (AP) —")
    else if (d.type === 'GPE' && d.id && scoreInText && (teams ??= teamIds(text, drafts)).has(d.id) && !isUpperCode(text.charCodeAt(d.start + 1)) && !PLACE_BEFORE.test(text.slice(Math.max(0, d.start - 6), d.start))) asTeam(d);
    if (d.type === 'DATE') yearEvent(text, d);
    // "seven years and three months": one duration
    if (d.type === 'DATE' && k + 1 < drafts.length && drafts[k + 1].type === 'DATE' && text.slice(d.end, drafts[k + 1].start) === ' and ' && DURATION.test(text.slice(d.start, d.end)) && DURATION.test(text.slice(drafts[k + 1].start, drafts[k + 1].end))) {
      const rest = drafts[k + 1];
      rest.start = d.start;
      rest.first = d.first;
      rest.id = 'date:' + slugify(text.slice(rest.start, rest.end));
      continue;
    }
    // "South American", "North Atlantic": a compass word written into a people's or a region's name
    if ((d.type === 'NORP' || d.type === 'LOC') && d.first > 0) {
      // (the pattern ends in a space: most names have none right before them, and skip the regex)
      const c = text.charCodeAt(d.start - 1) === 32 ? /(?:^|[^\p{L}])((?:North|South|East|West|Central|Northern|Southern|Eastern|Western) )$/u.exec(text.slice(Math.max(0, d.start - 10), d.start)) : null;
      if (c && out.length && out[out.length - 1].end === d.start - 1 && out[out.length - 1].text === c[1].trim()) {
        out.pop();
        lastEnd = out.length ? out[out.length - 1].end : -1;
      }
      if (c && d.start - c[1].length >= lastEnd) {
        d.start -= c[1].length;
        d.id = null;
      }
    }
    // "the first week of December", "the first nine months of 2025": a part of a month or year is one date
    if (d.type === 'DATE' && k + 1 < drafts.length && drafts[k + 1].type === 'DATE' && text.slice(d.end, drafts[k + 1].start) === ' of ' && PART_UNIT.test(text.slice(d.start, d.end))) {
      const whole = drafts[k + 1];
      whole.start = d.start;
      whole.first = d.first;
      whole.id = 'date:' + slugify(text.slice(whole.start, whole.end));
      continue;
    }
    // "the 52nd Sustainment Brigade", "the 101st Airborne Division": a unit's number is part of its name
    if ((d.type === 'ORG' || d.type === 'PERSON') && endsWithMilitaryUnit(text, d.start, d.end)) {
      const m = /\b\d+(?:st|nd|rd|th) $/.exec(text.slice(Math.max(0, d.start - 8), d.start));
      if (m && d.start - m[0].length >= lastEnd) {
        d.start -= m[0].length;
        d.type = 'ORG';
        d.id = null;
      } else if (m) d.type = 'ORG';
    }
    // "the 2026 World Cup", "the 2027 Ryder Cup": a year right before a recurring competition's name is part of it
    // (not of a disaster's: "the 2017 Milli Fire")
    if (d.type === 'DATE' && k + 1 < drafts.length && drafts[k + 1].type === 'EVENT' && drafts[k + 1].start === d.end + 1 && /^\d{4}$/.test(text.slice(d.start, d.end)) && text[d.end] === ' ' && EDITION.test(text.slice(drafts[k + 1].start, drafts[k + 1].end))) {
      const ev = drafts[k + 1];
      ev.start = d.start;
      ev.first = d.first;
      ev.id = slugify(text.slice(ev.start, ev.end));
      continue;
    }
    if (d.type === 'PERSON' && !d.titleSpan && d.first > 0) {
      // "leader Kim Jong Un", "adviser Jake Sullivan": a role word before a listed or linked name
      const prev = ctx.tokens[d.first - 1];
      if (prev.kind === TokenKind.Word && !prev.upper && ctx.tokens[d.first].nl === 0 && ROLE.has(lowerOf(ctx, d.first - 1))) d.titleSpan = roleSpan(ctx, d.first);
    }
    const surface = text.slice(d.start, d.end);
    if (rejected && rejected.has(surface.toLowerCase())) continue;
    let boiler = false;
    for (const r of quiet) {
      if (d.start >= r.start && d.end <= r.end) {
        boiler = true;
        break;
      }
    }
    // the optional fields are added in this order so that every mention keeps the same key order
    const m: { -readonly [K in keyof EntityMention]: EntityMention[K] } = { start: d.start, end: d.end, text: surface, type: d.type, id: d.id || slugify(surface) || surface.toLowerCase() };
    if (boiler) m.boilerplate = true;
    if (d.titleSpan) {
      m.titleSpan = d.titleSpan;
      m.fullSpan = extendFullSpan(drafts, d);
    }
    m.source = d.source || 'analysis';
    out.push(m);
    lastEnd = d.end;
  }
  return out;
}

/** Earlier first, and at one start the longer first (stable: drafts over the same span keep their order). */
function comesAfter(a: Draft, b: Draft): boolean {
  return a.start - b.start > 0 || (a.start === b.start && b.end - a.end > 0);
}

/**
 * drafts.sort((a, b) => a.start - b.start || b.end - a.end), by insertion: the drafts come in text order but for a
 * few passes' (about 140 moves for 56 drafts an article), and the native sort called its comparator some 330 times
 * through a generic call. Both are stable, so the order is the same; past a budget of moves the native sort finishes.
 */
function sortByPosition(drafts: Draft[]): void {
  let budget = 8 * drafts.length;
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k];
    let j = k;
    while (j > 0 && comesAfter(drafts[j - 1], d)) {
      drafts[j] = drafts[j - 1];
      j--;
    }
    drafts[j] = d;
    budget -= k - j;
    if (budget < 0) {
      drafts.sort((a, b) => a.start - b.start || b.end - a.end);
      return;
    }
  }
}

/** Per (first, last) ASCII code pair: 1 when some key of REGION_BY_ABBREVIATION starts and ends so ("N.Y.", "Calif."). */
const ABBREVIATION_ENDS = new Uint8Array(128 * 128);
for (const key of REGION_BY_ABBREVIATION.keys()) {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  if (first < 128 && last < 128) ABBREVIATION_ENDS[first * 128 + last] = 1;
}

/** Whether a name starting with code unit `first` and ending with `last` may be a key of REGION_BY_ABBREVIATION. */
function mayBeRegionAbbreviation(first: number, last: number): boolean {
  // (a character outside ASCII at either end is looked up: the table holds ASCII pairs only)
  return first >= 128 || last >= 128 || ABBREVIATION_ENDS[first * 128 + last] === 1;
}

/** The descriptor through the name, including an entity right before the title ("Russian Defense Minister …"). */
function extendFullSpan(drafts: readonly Draft[], d: Draft): Span {
  let start = d.titleSpan!.start;
  // drafts are sorted by start: walking back chains "US" + "National Security Council" + "spokesman"
  for (let k = drafts.length - 1; k >= 0; k--) {
    const o = drafts[k];
    if (o !== d && o.end <= start && start - o.end <= 1 && o.type !== 'PERSON' && o.type !== 'DATE') start = o.start;
  }
  return { start, end: d.end };
}

/**
 * Whether a hyphen lies in text(start, end) and none at start: a search bounded by the draft (text.indexOf from its
 * start ran on to the article's next hyphen, often hundreds of characters away, for every name of two words or more).
 */
function hyphenInside(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 45) return false;
  for (let k = start + 1; k < end; k++) if (text.charCodeAt(k) === 45) return true;
  return false;
}

/** A score ("3-0", "27-24"), not a year range. */
const SCORE = /(?<![\d\-\/.:])\d{1,3}-\d{1,3}(?![\d\-\/.:])/;

/**
 * SCORE.test(text) for a whole article, read from its hyphens (found with indexOf, a native search; the regex
 * tried every position of the text): one to three digits on each side of a hyphen, the digits not preceded nor
 * followed by another digit, "-", "/", "." or ":".
 */
function hasScore(text: string): boolean {
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    let a = h;
    while (a > 0 && isDigitCode(text.charCodeAt(a - 1))) a--;
    let b = h + 1;
    while (b < text.length && isDigitCode(text.charCodeAt(b))) b++;
    if (h - a < 1 || h - a > 3 || b - h - 1 < 1 || b - h - 1 > 3) continue;
    if ((a > 0 && isScoreFence(text.charCodeAt(a - 1))) || (b < text.length && isScoreFence(text.charCodeAt(b)))) continue;
    return true;
  }
  return false;
}

/** "-", "/", "." or ":" (with digits, what may not touch a score). */
function isScoreFence(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 58;
}
/**
 * Whether TEAM_STAFF can match at pos: its words start with c, s, h, n or m after the white space (most countries are
 * followed by other words, and are ruled out here without a slice and two regex runs).
 */
function staffWordMayFollow(text: string, pos: number): boolean {
  let k = pos;
  // (TEAM_STAFF reads the 24 characters after the name)
  while (k < pos + 24 && isRegExpSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return k >= pos + 24 || c === 99 || c === 115 || c === 104 || c === 110 || c === 109;
}
const TEAM_AFTER = /^\s+(?:\d{1,3}-\d{1,3}(?![\d\-\/.:])|coach\b|captain\b|skipper\b|squad\b|manager\b|head coach\b|(?:national )?team\b|players\b|fans\b|supporters\b|(?:beat|beats|defeated|drew|lost|won|play|plays|face|faces|host|hosts|visit|visits|scored|led|trailed|levelled|leveled)\b)/;
const TEAM_STAFF = /^\s+(?:coach|captain|skipper|squad|head coach|national team|manager)\b/;
const TEAM_BEFORE = /\b(?:beat|beats|beaten|defeated|defeat|against|over|versus|vs\.?|v|to|by|with|face|faces|play|plays|host|hosts|visit|visits|for)\s+$/;
const SPORT_WORDS = /\b(?:qualifiers?|match|matches|game|games|fixture|tournament|final|semi-finals?|quarter-finals?|World Cup|Test|points|table|standings|innings|wickets?|tries|goals?|kick-off|half-time|halftime|playoffs?|scrum|penalt(?:y|ies))\b/;

/**
 * "Venezuela beat Peru 3-0", "Japan coach Eddie Jones", "against Italy in Genoa next week" in a match report: a
 * country playing is its national team, an organisation. Only with a score or a word of sport in the sentence.
 */
const PARTY_TAG = /^[DRI]-\p{Lu}\p{Ll}+$/u;
const NAMED_BODY_OF = /^(?:University|Institute|Academy|Museum|Library|College|Court|Bank|Centre|Center|Agency) (?:of|for|in) /;

const TEAM_SUFFIX = '-team';

function asTeam(d: Draft): void {
  d.type = 'ORG';
  d.id = d.id + TEAM_SUFFIX;
}

/** The place a national or city side is named after ("japan-team" -> "japan"), else the id itself. */
export function placeOfTeam(id: string): string {
  return id.endsWith(TEAM_SUFFIX) ? id.slice(0, -TEAM_SUFFIX.length) : id;
}

/** A place preposition right before a name: "in Tbilisi", "at Wembley", "from Japan". */
const PLACE_BEFORE = /\b(?:in|at|from|near|across|of)\s$/i;

/** Ids of the places the article shows playing (it has a score: asked only then). */
function teamIds(text: string, drafts: readonly Draft[]): ReadonlySet<string> {
  const ids = new Set<string>();
  // (ORG too: the mentions read before this is asked have been retyped already)
  for (const d of drafts) if ((d.type === 'GPE' || d.type === 'ORG') && d.id && playsAsTeam(text, d, true)) ids.add(placeOfTeam(d.id));
  return ids;
}

function playsAsTeam(text: string, d: Draft, scoreInText: boolean): boolean {
  // Without a score in the article only TEAM_STAFF can pass, and it needs white space right after the country:
  // most mentions are ruled out before any slice or regex.
  if (!scoreInText && (!isRegExpSpaceCode(text.charCodeAt(d.end)) || !staffWordMayFollow(text, d.end))) return false;
  // The words right around the country first (most mentions stop here), the sentence only then.
  const near = text.slice(d.end, d.end + 24);
  if (/^['’]s?\b/.test(near)) return false;
  if (!TEAM_STAFF.test(near) && (!scoreInText || (!TEAM_AFTER.test(near) && !TEAM_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))))) return false;
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  let lineEnd = text.indexOf('\n', d.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, d.start - 200), d.start);
  const after = text.slice(d.end, Math.min(lineEnd, d.end + 200));
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), 0)) + after.slice(0, Math.max(after.indexOf('. '), 0) || after.length);
  // ("face Tunisia’s Ben Romdhane": a player's country, not a team)
  if (/^['’]s?\b/.test(after)) return false;
  // A score in the sentence makes a result verb or preposition a match; without one only the team's staff does.
  if (SCORE.test(sentence)) return TEAM_AFTER.test(after) || TEAM_BEFORE.test(before);
  return SPORT_WORDS.test(sentence) && TEAM_STAFF.test(after);
}

/** A number of calendar units: "seven years", "three months". */
const DURATION = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:days?|weeks?|months?|years?|decades?)$/i;
/** A part of a month or year: "first week", "first nine months", "last quarter". */
const PART_UNIT = /\b(?:weeks?|months?|quarters?|half|days)$/i;
/** Military units, whose number is part of the name. */
const MILITARY_UNITS = new Set(['Brigade', 'Division', 'Battalion', 'Regiment', 'Squadron', 'Wing', 'Fleet', 'Corps', 'Infantry', 'Airborne', 'Cavalry', 'Artillery']);

/**
 * /\b(?:Brigade|…|Artillery)$/.test(text.slice(start, end)): the word characters ([A-Za-z0-9_]) ending the slice are
 * one of the unit words (a \b before the word is a non-word character or the slice's start), looked up without a
 * regex run over the whole name.
 */
function endsWithMilitaryUnit(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && end - k < 10 && isAsciiWordCode(text.charCodeAt(k - 1))) k--;
  return end - k >= 4 && end - k <= 9 && (k === start || !isAsciiWordCode(text.charCodeAt(k - 1))) && MILITARY_UNITS.has(text.slice(k, end));
}

/** [A-Za-z0-9_]: a word character of a regex without the u flag. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Competitions held in editions, whose year is part of the name. */
const EDITION = /\b(?:Cup|Games|Olympics|Olympiad|Championships?|Open|Series|Trophy|Prix|Marathon|Expo|Tour|Classic|Rally|Bowl)$/;

/**
 * "the 2023 general election", "the 2011 uprising": a year naming one contest or upheaval is the event, not a date
 * (a year before any other noun stays a date: "the 1976 military coup", "2023 results").
 */
/**
 * The second mention was linked to a fuller listed name ("Erdogan" to recep-tayyip-erdogan) that holds the first,
 * unlinked word as one of its own ("Tayyip").
 */
function fullerNameHas(id: string | null, surface: string, word: string, wordId: string | null): boolean {
  const w = slugify(word);
  return !!id && id !== slugify(surface) && (!wordId || wordId === w) && id.split('-').includes(w);
}

/** " News" or a channel number and " News" after a station's letters ("PBN News", "KCDR 4 News"). */
/** Words that make a name an institution's ("Chamber", "Board", "Navy"), not a company's. */
const INSTITUTION_WORDS = new Set(('Chamber Board Agency Association Associations Union Institute Institution Federation Confederation Council Army Navy ' +
  'Force Forces Guard Police Court Party Commission Authority Service Services Forum Alliance Society League Academy University College ' +
  'Museum Bank Cross Office Bureau Centre Center Committee Fund Foundation Administration Department Exchange Airlines Airways ' +
  'Conference Congress Assembly Coalition Movement Front Organization Organisation Trust Corps Command Institut Library Orchestra').split(' '));

function namesInstitution(name: string): boolean {
  for (const w of name.split(' ')) if (INSTITUTION_WORDS.has(w)) return true;
  return false;
}

/** The first word of a state's own organ, which its people's word does not join ("Dutch Foreign Ministry"). */
const STATE_ORGANS = /^(?:Ministry|Foreign|Government|Senate|Parliament|Embassy|Cabinet|Presidency|Defen[cs]e|Interior|Finance|Justice|Greens|Stoxx)\b/;

const OUTLET_NEWS = /^(?: \d{1,2})? News(?![\p{L}\d])/u;

const BALINESE_ORDER = new Set(['Gede', 'Made', 'Wayan', 'Nyoman', 'Ketut', 'Putu', 'Kadek', 'Komang', 'Nengah', 'Luh']);
const BASED_PREFIX = /^(\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*)?)-(?:based|headquartered|registered|listed) /u;

/** Signs written right after a currency's letters ("US$", "HK$", "GH¢", "R$"). */
const CURRENCY_SIGN = /^[$¢£¥€₦₵₹₱₩₺₴₽]$/;

// ("2031 presidential elections" is one event; bare "before 2026 elections" is the year of several)
const YEAR_EVENT = /^\s+(?:(?:general|presidential|parliamentary|legislative|midterm|mid-term|local|regional|municipal|national|federal|state|provincial|snap|leadership)\s+elections?|election|uprising|revolution)\b/;

function yearEvent(text: string, d: Draft): void {
  if (d.end - d.start !== 4 || !/^\d{4}$/.test(text.slice(d.start, d.end))) return;
  const m = YEAR_EVENT.exec(text.slice(d.end, d.end + 40));
  if (!m) return;
  d.end += m[0].length;
  d.type = 'EVENT';
  d.id = slugify(text.slice(d.start, d.end));
}
