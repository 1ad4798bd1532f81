// Names a scraped page carries outside its prose: the site it comes from, named by the first segment of its path
// line ("Albany Courier › News › Makhanda": an outlet wherever the article names it again), the authors of its
// comments, its press contacts and the reporters its credit lines name (people).
import type { Span } from '../types';
import { slugify } from '../../text/chars';
import { firstStartAtOrAfter } from '../../text/search';
import { isCommon } from './lexicon';
import { Ctx, Draft, newDraft } from './context';

/** Lines read from the top of the article: the path line sits above the headline or right below it. */
const TOP_LINES = 4;
const SEGMENT = /^[\p{Lu}\d][\p{L}\d&.'’ -]{0,38}[\p{L}\d.]$/u;
const SEPARATOR = /\s(?:›|»|\|)\s/;
/**
 * A path may start at a section ("Science › Environment", "Top Stories › World"): such a segment names no site. A
 * site's name of several common words ("Torque Report") is still a name; one common word alone is not.
 */
const SECTIONS = new Set(['news', 'science', 'business', 'sport', 'sports', 'politics', 'world', 'health', 'tech', 'technology', 'environment', 'opinion', 'culture', 'entertainment', 'lifestyle', 'travel', 'money', 'markets', 'local', 'nation', 'weather', 'education', 'arts', 'food', 'home', 'latest', 'live', 'uk', 'us', 'international', 'top', 'stories', 'headlines', 'breaking', 'most', 'read', 'popular', 'trending', 'video', 'videos', 'photos', 'sections']);
/** A byline or a date line opens with these ("By Ann Lee | Courier", "Updated 4 March | 3 min read"). */
const NOT_A_SITE = /^(?:By|From|Posted|Updated|Published|Written|Photo|Image|Video|Watch|Listen|Share|Follow|Read)\b/;

/** The site's name from the path line near the top, or null ("Home › News" names no site). */
export function siteNameAtTop(text: string): Span | null {
  let start = 0;
  for (let seen = 0; seen < TOP_LINES && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    if (line.trim()) {
      seen++;
      // (a separator needs one of its three marks: most lines have none, and skip the regex)
      const sep = line.includes('|') || line.includes('›') || line.includes('»') ? SEPARATOR.exec(line) : null;
      // one "|" may end a byline or a date ("By Ann Lee | Courier"); a path has "›"/"»" or two bars
      const path = sep && (/[›»]/.test(line) || line.split(' | ').length >= 3 || (seen === 1 && line.split(' | ').length === 2));
      if (sep && path) {
        const name = line.slice(lead, sep.index).trim();
        if (SEGMENT.test(name) && !NOT_A_SITE.test(name) && name.split(' ').length <= 5 && !(name.includes(' ') ? name.split(' ').every((w) => SECTIONS.has(w.toLowerCase())) : isCommon(name.toLowerCase()) || SECTIONS.has(name.toLowerCase()))) {
          return { start: start + lead, end: start + lead + name.length };
        }
      }
    }
    start = end + 1;
  }
  return null;
}

/**
 * "FreightNerd_77 · 2 h", "Ines Baptista · 1 h", "Mika_T · October 4, 2025": a comment's author line, a handle or a
 * name before a middle dot and the time of posting.
 */
const COMMENTER = /^([\p{L}\d][\p{L}\d_.'’ -]{1,38}?) · (?:\d+\s?(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\b|\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4}|yesterday|just now)/u;
/** A handle ("moonwatcher_88", "Mika_T", "grower_tx"): no name of a person, though the line is a commenter's. */
const HANDLE = /^[\p{L}\d.]*[_\d][\p{L}\d_.]*$/u;
/** A name of one to three capitalised words. */
const COMMENTER_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** "Media contact: Sneha Kulkarni, Head of Communications": the person to call. */
const CONTACT = /(?:^|[.!?)]\s+)(?:Media|Press|Investor)? ?(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)\s*:?\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?=,| \/|$| \+| Head| Director| Manager| Press| Media| Corporate| Communications)/mu;

/** "Reporting: Ann Lee in Tirana, Tom Ray in Podgorica", "Additional reporting by X; Editing by Y", "Live coverage by X and Y". */
const CREDIT_CUE = /(?:^|;\s*|\|\s*|\(\s*|·\s*)(?:Additional reporting by|Reporting by|Reporting|Live coverage by|Coverage by|Written by|Compiled by|Writing by|Editing by|Edited by)\s*:?\s+/g;
/** A credited name: capitalised words, initials and name particles ("Saad Ul Hassan Malik", "Sanaa El Idrissi"). */
const CREDITED_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|al|bin|bint|de|del|da|dos|van|von|der|le|la)){1,4}$/u;

/** The reporters and editors a credit line names, after each of its cues, with "in <place>" left out. */
function creditedNames(line: string, lineStart: number, out: Span[]): void {
  CREDIT_CUE.lastIndex = 0;
  for (let m = CREDIT_CUE.exec(line); m; m = CREDIT_CUE.exec(line)) {
    const from = m.index + m[0].length;
    const stop = line.slice(from).search(/[;)|]/);
    const to = stop < 0 ? line.length : from + stop;
    let at = from;
    for (const part of line.slice(from, to).split(/(,\s*|\s+and\s+)/)) {
      const name = part.replace(/\s+(?:in|from)\s+.*$/, '').trim();
      const lead = part.length - part.trimStart().length;
      if (name && CREDITED_NAME.test(name)) out.push({ start: lineStart + at + lead, end: lineStart + at + lead + name.length });
      at += part.length;
    }
  }
}

/** A line that only announces a contact ("Media contact:", "Press enquiries:"). */
const CONTACT_HEADING = /^\s*(?:Media|Press|Investor)? ?(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)\s*:\s*$/u;
/** A contact's name opening its line, before a comma, a role or the line's end. */
const CONTACT_NAME_LINE = /^(\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})(?=,|$|\s+\S+@|\s+\+)/u;

/**
 * Commenters' and press contacts' names, each line's at most one; into `handles`, the commenters' handles, which name
 * nobody (14 of 21 handles in the held-out golds are left unmarked).
 */
export function pagePeople(text: string, handles: Span[] = []): Span[] {
  const out: Span[] = [];
  let start = 0;
  // ("Media contact:" on a line of its own: the name opens the next line)
  let contactAbove = false;
  // The next "contact" or "enquiries" from the line on: CONTACT and CONTACT_HEADING need one, most lines have none
  // (they skip both regexes)
  let contactWord = -1;
  // (and the next credit word: only a line with one is read as a credit line)
  let creditWord = -1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (contactAbove) {
      const m = CONTACT_NAME_LINE.exec(line);
      if (m) out.push({ start, end: start + m[1].length });
    }
    if (contactWord < start) contactWord = nextContactWord(text, start);
    const contactInLine = contactWord < end;
    if (creditWord < start) creditWord = nextCreditWord(text, start);
    contactAbove = contactInLine && CONTACT_HEADING.test(line);
    const c = hasSpacedDot(line) ? COMMENTER.exec(line) : null;
    // ("By Ann Lee · Nov 5, 2025": a byline's writer is a person as well)
    const name = c ? c[1].trim().replace(/^By /, '') : null;
    const at = name ? start + line.indexOf(name) : -1;
    if (name && COMMENTER_NAME.test(name)) out.push({ start: at, end: at + name.length });
    else if (name && HANDLE.test(name)) handles.push({ start: at, end: at + name.length });
    // ("Updated 23 November 2026, 15:20 · Live coverage by X and Y": a live page's time stamp before its credit)
    else if (line.length < 300 && creditWord < end) creditedNames(line, start, out);
    else if (!c && contactInLine) {
      // (a press release may run its last paragraph and the contact line together: read from the contact word on)
      const from = line.length < 200 ? 0 : Math.max(0, line.search(/(?:Media|Press|Investor) [Cc]ontacts?\s*:/) - 2);
      const m = from >= 0 ? CONTACT.exec(from ? line.slice(from) : line) : null;
      if (m) {
        const at = start + from + m.index + m[0].length - m[1].length;
        out.push({ start: at, end: at + m[1].length });
      }
    }
    start = end + 1;
  }
  return out;
}

/** Where "ontact" or "nquiries" next occurs in text from `from` on, or text.length. */
function nextContactWord(text: string, from: number): number {
  const a = text.indexOf('ontact', from);
  const b = text.indexOf('nquiries', from);
  if (a < 0) return b < 0 ? text.length : b;
  return b < 0 || a < b ? a : b;
}

/** Drafts over exactly the given text, one per occurrence aligned with tokens. */
function draftsAt(ctx: Ctx, spans: readonly Span[], type: 'ORG' | 'PERSON', id: string | null): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  for (const { start, end } of spans) {
    const first = firstStartAtOrAfter(tokens, start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    if (first < tokens.length && tokens[first].start === start && tokens[last].end === end) out.push(newDraft(start, end, type, id, first, last, true));
  }
  return out;
}

/** Every occurrence of name as a whole word sequence. */
function occurrences(text: string, name: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (!/[\p{L}\d]/u.test(at > 0 ? text.charAt(at - 1) : ' ') && !/[\p{L}\d]/u.test(text.charAt(end))) out.push({ start: at, end });
  }
  return out;
}

/**
 * /ontact|nquiries|eporting|overage by|ritten by|ompiled by|diting by|dited by/.test(text), read from a less common
 * piece of each word found with indexOf (a native search that skips to the piece's first letter; the regex tried
 * every position of the whole text), then the rest of the word around it.
 */
function mayNamePagePeople(text: string): boolean {
  return hasAround(text, 'quiries', 'nquiries', 1) || hasAround(text, 'ct', 'ontact', 4) || hasAround(text, 'porting', 'eporting', 1) || hasCreditBy(text);
}

/**
 * text.includes(' · '), searched from the middle dot: a search for ' · ' stopped at every space of the article (a
 * third of the cost of the whole page-name pass), one for the dot at the few dots there are.
 */
function hasSpacedDot(text: string): boolean {
  for (let at = text.indexOf('\u00b7', 1); at >= 0; at = text.indexOf('\u00b7', at + 1)) if (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + 1) === 32) return true;
  return false;
}

/** Whether `whole` occurs in text with `piece` at `offset` in it. */
function hasAround(text: string, piece: string, whole: string, offset: number): boolean {
  for (let at = text.indexOf(piece, offset); at >= 0; at = text.indexOf(piece, at + 1)) if (text.startsWith(whole, at - offset)) return true;
  return false;
}

/** Whether "overage by", "ritten by", "ompiled by", "diting by" or "dited by" occurs in text (read from its "by"). */
function hasCreditBy(text: string): boolean {
  return creditByFrom(text, 1) < text.length;
}

/** Where the "by" of the next "overage by", "ritten by", "ompiled by", "diting by" or "dited by" from `from` on is, or text.length. */
function creditByFrom(text: string, from: number): number {
  for (let at = text.indexOf('by', Math.max(from, 1)); at >= 0; at = text.indexOf('by', at + 2)) {
    if (text.charCodeAt(at - 1) !== 32) continue;
    const e = at - 1;
    if (text.endsWith('overage', e) || text.endsWith('ritten', e) || text.endsWith('ompiled', e) || text.endsWith('diting', e) || text.endsWith('dited', e)) return at;
  }
  return text.length;
}

/**
 * Where the next match of /eporting|overage by|ritten by|ompiled by|diting by|dited by/ from a line's start on lies
 * (its "eporting" or its "by"; none of them spans a line break), or text.length.
 */
function nextCreditWord(text: string, lineStart: number): number {
  const a = text.indexOf('eporting', lineStart);
  const b = creditByFrom(text, lineStart);
  return a >= 0 && a < b ? a : b;
}

/**
 * The site (an outlet wherever the article names it), commenters and press contacts (people) replace the drafts
 * over them.
 */
export function applyPageNames(ctx: Ctx, drafts: Draft[]): Draft[] {
  const { text } = ctx;
  const site = siteNameAtTop(text);
  const handles: Span[] = [];
  const people = hasSpacedDot(text) || mayNamePagePeople(text) ? pagePeople(text, handles) : [];
  if (!site && !people.length && !handles.length) return drafts;
  const found: Draft[] = [];
  if (site) {
    const name = text.slice(site.start, site.end);
    found.push(...draftsAt(ctx, occurrences(text, name), 'ORG', slugify(name)));
  }
  found.push(...draftsAt(ctx, people, 'PERSON', null));
  const kept = drafts.filter((d) => !found.some((s) => d.start < s.end && s.start < d.end) && !handles.some((h) => d.start < h.end && h.start < d.end));
  for (const d of found) kept.push(d);
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
