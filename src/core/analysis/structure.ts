import type { Region, Span } from './types';

export interface ArticleStructure {
  /** ISO date of a leading date line ("date 2023-11-06"), when present. */
  readonly date: string | null;
  readonly dateSpan: Span | null;
  readonly headline: Span | null;
  readonly regions: Region[];
}

export interface Line extends Span {
  /** Index of the line in the text (0-based). */
  readonly index: number;
}

// The lines of the text asked last: detectStructure and splitSentences ask for the same article's lines in turn.
let linesText: string | null = null;
let linesOfText: readonly Line[] = [];

/** Non-empty lines, trimmed of surrounding white space (CR included), in text order (shared: not to be changed). */
export function textLines(text: string): readonly Line[] {
  if (text === linesText) return linesOfText;
  const lines: Line[] = [];
  let pos = 0;
  let index = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, index });
    index++;
    pos = nl + 1;
  }
  linesText = text;
  linesOfText = lines;
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 12;
}

// A leading date label: "date 2023-11-06", "Date: 2023-11-06", "Published 2023-11-06".
const DATE_LINE = /^(?:date|dated|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/i;

// Scraper boilerplate: whole lines that are navigation, credits or comment widgets, not article prose.
const BOILERPLATE_PREFIX = /^(?:read (?:also|more|next|this|the original)|also read|also see|see also|see more|now read|don[’']t miss|check out (?:more|our|the latest)|this (?:story|article|content) (?:was|is) (?:generated|produced|written|partially)|market news and data brought|(?:photo|image|picture)s? (?:by|via|source|courtesy)|image sourced from|featured (?:photo|image)|related(?: articles?| stories| coverage| content| posts?| reading)?\s*:|more from|recommended|trending|photo(?: credit)?s?\s*:|photograph\s*:|image(?: credit)?s?\s*:|image and article originally|this article (?:was )?originally|originally published|credit\s*:|source\s*:|via\s*:|featured image|(?:cover|header|lead) image|picture\s*:|video\s*:|watch\s*:|listen\s*:|advertisement|sponsored|share this|share on|sign up|subscribe|newsletter|follow us|click here|download the|copyright|\u00a9|all rights reserved|leave a (?:reply|comment)|you may also like|you might also like|post navigation|previous (?:article|post)|next (?:article|post)|tags\s*:|filed under|categories\s*:|posted in|(?:editing|reporting|additional reporting|writing) by|disclaimer\s*:|about the author|comments? \(\d+\)|\d+ comments?$|no comments|loading\.{0,3}$|we use cookies)/i;

/** A site's path: "Home › News › Counties", "Science » Environment" (short segments, no sentence punctuation). */
const BREADCRUMB = /^[^.!?›»\n]{1,40}(?:\s[›»]\s[^.!?›»\n]{1,40}){1,6}$/;
const FAQ_HEADING = /^(?:faqs?|frequently asked questions)\s*:?$/i;

// Reader comments under a scraped page (WordPress, Disqus, news sites): the lines that open or close the block.
// A count or a form line is a comment widget wherever it stands; field labels only inside a comment block.
const COMMENT_OPENER = /^(?:(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|reactions?|thoughts?)(?:\s+(?:on|to)\s+["\u201c'\u2018].*)?|comments?\s*(?:\(\d+\)|\[\d+\]|:\s*\d+)?|reader comments|(?:show|view|load|see|read|hide|open)\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?comments?|join the (?:discussion|conversation)|sort by\s+(?:best|newest|oldest|top|latest|most \w+)|leave a (?:reply|comment)(?:\s+cancel reply)?|cancel reply|add (?:a|your) comment|post (?:a )?comment|submit comment|comments are (?:closed|moderated)\b.*|your email address will not be published\b.*|required fields are marked\b.*|save my name, email\b.*|you must be (?:logged|signed) in to (?:post a )?comment\b.*|(?:log|sign) in to (?:reply|comment)|notify me of (?:follow-up comments|new posts)\b.*)\s*$/i;
const COMMENT_FIELD = /^(?:comment|name|e-?mail|website|url|reply|\u0394)\s*\*?\s*:?$/i;
/** Words of a comment's action bar ("Reply", "Reply • Share ›", "Report | Reply", "Log in to Reply"). */
const ACTION_WORDS = new Set(['reply', 'report', 'share', 'like', 'likes', 'flag', 'abuse', 'permalink', 'log', 'in', 'to', 'upvote', 'downvote', 'quote']);
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const CALENDAR = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`;
// a clock time needs a colon or am/pm ("9:12", "9.12 pm", "10am"): "3.25" alone is a number
const CLOCK = '\\d{1,2}(?::\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?|(?:[.]\\d{2})?\\s*[ap]\\.?\\s?m\\.?)(?:\\s+[A-Z]{2,4})?';
const AGO = '(?:(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|yesterday|just now)';
const CALENDAR_RE = new RegExp(CALENDAR, 'i');
const CLOCK_RE = new RegExp(CLOCK, 'i');
const AGO_RE = new RegExp(AGO + '\\s*$', 'i');
/** A comment's time stamp at the end of a line: "March 14, 2024 at 9:12 am", "14/03/2024 09:12", "2 hours ago". */
const TIMESTAMP_TAIL = new RegExp(`(?:^|[\\s\u00b7\u2022|,\u2013\u2014-])\\s*(?:on\\s+)?(?:${CALENDAR}(?:\\s*(?:at|,|\u00b7|\u2022|\\||-|\u2013|@)?\\s*${CLOCK})?|${CLOCK}|${AGO})\\s*$`, 'i');
const QA_LABEL = /^(?:q|a|question|answer)\s*[:.)]\s*/i;

/** Heuristic title case: most words of four letters or more start with a capital. */
export function isTitleCase(text: string, start: number, end: number): boolean {
  let long = 0;
  let caps = 0;
  let i = start;
  while (i < end) {
    while (i < end && !isWordChar(text.charCodeAt(i))) i++;
    const s = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    if (i - s >= 4) {
      long++;
      const c = text.charCodeAt(s);
      if ((c >= 65 && c <= 90) || (c > 127 && text[s] !== text[s].toLowerCase())) caps++;
    }
  }
  return long >= 2 && caps / long >= 0.75;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013);
}

function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = !isBlank(text.charCodeAt(i));
    if (w && !inWord) count++;
    inWord = w;
  }
  return count;
}

function endsSentence(text: string, line: Span): boolean {
  let e = line.end - 1;
  while (e > line.start && /["'\u201d\u2019)\]]/.test(text[e])) e--;
  return /[.!?:;,]/.test(text[e]);
}

/**
 * Finds the article's layout: a leading date label, the headline, section headings, scraper boilerplate
 * and a generated FAQ block. General rules over lines; the prose paragraphs get no region.
 */
export function detectStructure(text: string): ArticleStructure {
  const regions: Region[] = [];
  const lines = textLines(text);
  let date: string | null = null;
  let dateSpan: Span | null = null;
  let headline: Span | null = null;
  let first = 0;

  if (lines.length) {
    const l0 = lines[0];
    const m = DATE_LINE.exec(text.slice(l0.start, Math.min(l0.end, l0.start + 64)));
    if (m) {
      const labelEnd = l0.start + m[0].length;
      const isoStart = l0.start + m[0].indexOf(m[1]);
      date = m[1];
      dateSpan = { start: isoStart, end: isoStart + 10 };
      regions.push({ kind: 'metadata', start: l0.start, end: labelEnd });
      // a label alone on its line: the headline may follow; glued to prose: there is none
      if (labelEnd >= l0.end) first = 1;
      else {
        first = -1;
        // glued to a short line without a final period: that line is the headline
        let hs = labelEnd;
        while (hs < l0.end && isBlank(text.charCodeAt(hs))) hs++;
        const rest: Line = { start: hs, end: l0.end, index: l0.index };
        const tail = [rest, ...lines.slice(1)];
        if (isHeadlineLike(text, tail, 0) && !/[.!?]["”’]?$/.test(text.slice(hs, l0.end))) {
          headline = { start: hs, end: l0.end };
          regions.push({ kind: 'headline', start: hs, end: l0.end });
        }
      }
    }
  }

  let inFaq = false;
  let faqStart = 0;
  let faqEnd = 0;
  const closeFaq = (): void => {
    if (inFaq) regions.push({ kind: 'faq', start: faqStart, end: faqEnd });
    inFaq = false;
  };

  const comments = new CommentLines(text, lines);
  const boilerplate = (from: number, to: number): void => {
    for (let j = from; j < to; j++) regions.push({ kind: 'boilerplate', start: lines[j].start, end: lines[j].end });
  };
  let inComments = false;
  // whether the article has a path separator at all (asked once: a search per line cost more than the rest of the loop)
  const pathMarks = text.includes('›') || text.includes('»');

  for (let k = Math.max(first, 0); k < lines.length; k++) {
    const line = lines[k];
    const body = text.slice(line.start, line.end);
    if (inFaq) {
      if (!BOILERPLATE_PREFIX.test(body) && (QA_LABEL.test(body) || !isHeadingLike(text, lines, k))) {
        faqEnd = line.end;
        continue;
      }
      closeFaq();
    }
    // reader comments: widget lines, then per comment a header (commenter, time stamp) and the comment's text
    const kind = comments.kind(k);
    if (kind === C_OPENER || kind === C_ACTION || (inComments && kind === C_FIELD)) {
      boilerplate(k, k + 1);
      // comments follow the article: a count near the top ("12 comments" under the byline) opens no block
      inComments = line.start >= text.length / 4;
      continue;
    }
    const header = comments.headerLength(k, inComments);
    if (header) {
      const textStart = k + header;
      const next = comments.nextDelimiter(textStart);
      // a comment is closed by the next widget line or comment; one left open at the end of the page is only
      // its first paragraph (what follows may be prose again)
      let textEnd = next;
      if (next < 0) {
        textEnd = Math.min(textStart + 1, lines.length);
        while (textEnd < lines.length && lines[textEnd].index === lines[textEnd - 1].index + 1) textEnd++;
      }
      boilerplate(k, textEnd);
      inComments = next >= 0;
      k = textEnd - 1;
      continue;
    }
    inComments = false;
    if (BOILERPLATE_PREFIX.test(body)) {
      regions.push({ kind: 'boilerplate', start: line.start, end: line.end });
      continue;
    }
    // (a path needs one of its separators: most articles and lines have neither, and skip the regex)
    if (pathMarks && (body.includes('›') || body.includes('»')) && BREADCRUMB.test(body)) {
      regions.push({ kind: 'boilerplate', start: line.start, end: line.end });
      // a site's path above the headline does not take the headline's place
      if (k === first) first++;
      continue;
    }
    // (the heading starts with an f: other lines skip the regex)
    if ((text.charCodeAt(line.start) | 32) === 102 && FAQ_HEADING.test(body) && k + 1 < lines.length && QA_LABEL.test(text.slice(lines[k + 1].start, lines[k + 1].end))) {
      inFaq = true;
      faqStart = line.start;
      faqEnd = line.end;
      continue;
    }
    if (k === first && headline === null && first >= 0 && isHeadlineLike(text, lines, k)) {
      headline = { start: line.start, end: line.end };
      regions.push({ kind: 'headline', start: line.start, end: line.end });
      continue;
    }
    if (k > 0 && isHeadingLike(text, lines, k)) regions.push({ kind: 'heading', start: line.start, end: line.end });
  }
  closeFaq();
  regions.sort((a, b) => a.start - b.start);
  return { date, dateSpan, headline, regions };
}

const C_OTHER = 0;
const C_OPENER = 1;
const C_FIELD = 2;
const C_ACTION = 3;
const C_COMMENTER = 4;
const C_STAMP = 5;
const C_NAME = 6;
/** Flag on a line ending with a full time stamp: a date with a clock time, or "… ago". */
const C_TIMED = 8;
/** Flag: a commenter or name line that also carries a time stamp ("John Smith · 2 hours ago"). */
const C_WITH_STAMP = 16;

/** Lazily classified lines for the reader-comment rules (only short lines can be comment widgets or headers). */
export class CommentLines {
  private readonly kinds: Int8Array;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {
    this.kinds = new Int8Array(lines.length).fill(-1);
  }

  kind(k: number): number {
    let c = this.kinds[k];
    if (c < 0) this.kinds[k] = c = commentLineKind(this.text, this.lines[k]);
    return c;
  }

  /**
   * Lines of a comment header starting at line k, or 0. A commenter line with a time stamp ("X says:" + date) is a
   * header anywhere; inside a comment block a name line or a time stamp alone is one too. Outside a block a name with
   * a clock time ("Ann Lee" + "March 3, 2024 at 9:12 am") counts only in the second half of the text, where comments
   * are (near the top it is a byline).
   */
  headerLength(k: number, inBlock: boolean): number {
    const c = this.kind(k);
    if (c === C_OTHER || c === C_OPENER || c === C_FIELD || c === C_ACTION) return 0;
    const base = c & 7;
    const nextStamp = this.adjacentStamp(k);
    if (base === C_COMMENTER) {
      if (c & C_WITH_STAMP) return 1;
      if (nextStamp) return 2;
      return inBlock ? 1 : 0;
    }
    if (inBlock) {
      if (base === C_STAMP || c & C_WITH_STAMP) return 1;
      if (nextStamp) return 2;
      // "Marta G." then the comment: a bare name line right above text
      const next = this.lines[k + 1];
      return next && next.index === this.lines[k].index + 1 && this.kind(k + 1) === C_OTHER ? 1 : 0;
    }
    if (base !== C_NAME || this.lines[k].start < this.text.length / 2) return 0;
    if (c & C_WITH_STAMP) return c & C_TIMED ? 1 : 0;
    return nextStamp & C_TIMED ? 2 : 0;
  }

  /** The first line from `from` on that closes a comment's text (a widget line or the next header), or -1. */
  nextDelimiter(from: number): number {
    for (let j = from; j < this.lines.length; j++) {
      const c = this.kind(j);
      if (c === C_OTHER || c === C_NAME) {
        if (c === C_NAME && this.adjacentStamp(j)) return j;
        continue;
      }
      // a field label ("Name *") closes a comment, but a comment may consist of such a word
      if (c !== C_FIELD || j > from) return j;
    }
    return -1;
  }

  /** The kind of line k + 1 when it is a time stamp right under line k (no blank line between), else 0. */
  private adjacentStamp(k: number): number {
    const next = this.lines[k + 1];
    if (!next || next.index !== this.lines[k].index + 1) return 0;
    const c = this.kind(k + 1);
    return c === C_STAMP || c === (C_STAMP | C_TIMED) ? c : 0;
  }
}

/** Classifies one line for the reader-comment rules; long lines (prose) are C_OTHER without any regex. */
export function commentLineKind(text: string, line: Span): number {
  const len = line.end - line.start;
  if (len > 120) return C_OTHER;
  const body = text.slice(line.start, line.end);
  if (COMMENT_OPENER.test(body)) return C_OPENER;
  if (len <= 40 && isActionBar(body)) return C_ACTION;
  if (len <= 24 && COMMENT_FIELD.test(body)) return C_FIELD;
  let rest = body;
  let flags = 0;
  const m = mayEndWithStamp(body) ? TIMESTAMP_TAIL.exec(body) : null;
  if (m) {
    // a full stamp (date and clock, or "… ago"), not a date or a clock time alone
    flags = AGO_RE.test(m[0]) || (CALENDAR_RE.test(m[0]) && CLOCK_RE.test(m[0])) ? C_TIMED : 0;
    let e = m.index;
    while (e > 0 && STAMP_SEPARATORS.includes(body[e - 1])) e--;
    if (e === 0) return C_STAMP | flags;
    rest = body.slice(0, e);
    flags |= C_WITH_STAMP;
  }
  if (isCommenterLine(rest)) {
    // "Ann Lee on March 3, 2024 at 9:12 am said:": the stamp inside the commenter line
    if (!flags && CALENDAR_RE.test(rest)) flags = C_WITH_STAMP | (CLOCK_RE.test(rest) ? C_TIMED : 0);
    return C_COMMENTER | flags;
  }
  if (isNameLine(rest)) return C_NAME | flags;
  return C_OTHER;
}

const STAMP_SEPARATORS = ' \t\u00b7\u2022|,\u2013\u2014-';
const COMMENTER_VERBS = new Set(['says', 'said', 'wrote', 'writes', 'commented', 'replied']);

/** Cheap gate before the time-stamp regex: a digit among the last characters, or "ago", "yesterday", "now". */
function mayEndWithStamp(body: string): boolean {
  for (let k = body.length - 1; k >= 0 && k >= body.length - 14; k--) {
    const c = body.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  // (the words end in o, y or w: other lines skip the slice and the regex)
  const last = body.charCodeAt(body.length - 1) | 32;
  return (last === 111 || last === 121 || last === 119) && /(?:ago|yesterday|now)$/i.test(body.slice(-9));
}

/** "Pablo Vergara says:", "jdoe wrote:": the line that names a commenter. */
function isCommenterLine(s: string): boolean {
  let e = s.length;
  if (e > 72) return false;
  if (s.charCodeAt(e - 1) === 58) e--;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  const sp = s.lastIndexOf(' ', e - 1);
  if (sp <= 0) return false;
  // the verbs start with s, w, c or r: most lines are ruled out before any string is made
  const c = s.charCodeAt(sp + 1) | 32;
  return (c === 115 || c === 119 || c === 99 || c === 114) && COMMENTER_VERBS.has(s.slice(sp + 1, e).toLowerCase());
}

/** "Reply", "Reply ↓", "Reply • Share ›", "Report | Reply", "Log in to Reply": a comment's action links. */
function isActionBar(body: string): boolean {
  // most short lines are headings: without "reply", "report" or "permalink" they are no action bar
  if (body.indexOf('eply') < 0 && body.indexOf('eport') < 0 && body.indexOf('ermalink') < 0) return false;
  let action = false;
  for (const w of body.toLowerCase().split(/[\s|\u00b7\u2022\u203a\u2193\u2191>\-\u2013]+/)) {
    if (!w || /^\d+$/.test(w)) continue;
    if (!ACTION_WORDS.has(w)) return false;
    if (w === 'reply' || w === 'report' || w === 'permalink') action = true;
  }
  return action;
}

const NAME_PARTICLES_LOWER = new Set(['de', 'del', 'da', 'van', 'von', 'der', 'di', 'la', 'le', 'al', 'bin', 'ben']);

function isUpperAt(s: string, k: number): boolean {
  const ch = s[k];
  return ch !== ch.toLowerCase();
}

/** A commenter's name alone on its line: one to four capitalised words or initials ("Marta G."), or one handle. */
function isNameLine(s: string): boolean {
  if (!s || s.length > 40) return false;
  const last = s.charCodeAt(s.length - 1);
  // no sentence punctuation at the end; a final period only after an initial ("Marta G.")
  if (last === 33 || last === 63 || last === 58 || last === 59 || last === 44) return false;
  if (last === 46 && !(s.length >= 3 && s[s.length - 3] === ' ' && isUpperAt(s, s.length - 2))) return false;
  let spaces = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 34 || c === 40 || c === 41 || c === 0x201c || c === 0x201d || c === 9) return false;
    if (c !== 32) continue;
    if (++spaces > 3 || k + 1 >= s.length || s.charCodeAt(k + 1) === 32) return false;
    // every word capitalised, but for name particles ("Ana de la Cruz")
    if (!isUpperAt(s, k + 1)) {
      let e = s.indexOf(' ', k + 1);
      if (e < 0) e = s.length;
      if (!NAME_PARTICLES_LOWER.has(s.slice(k + 1, e))) return false;
    }
  }
  const c0 = s.charCodeAt(0);
  // one word is a handle ("kayak_mum"), not a number; more words start with a capital
  return spaces === 0 ? !(c0 >= 48 && c0 <= 57) : isUpperAt(s, 0);
}

function isHeadlineLike(text: string, lines: readonly Line[], k: number): boolean {
  const line = lines[k];
  // (the length first: a paragraph-long line is ruled out without counting its words)
  if (k + 1 >= lines.length || line.end - line.start > 250) return false;
  if (wordCount(text, line.start, line.end) > 30) return false;
  const last = text[line.end - 1];
  if (last === '.' && !isTitleCase(text, line.start, line.end)) return false;
  return last !== ',' && last !== ';';
}

function isHeadingLike(text: string, lines: readonly Line[], k: number): boolean {
  const line = lines[k];
  // The cheap tests first: most lines are prose paragraphs, longer than any heading (words are counted last).
  if (line.end - line.start > 90 || endsSentence(text, line)) return false;
  const c = text.charCodeAt(line.start);
  if (!(c >= 65 && c <= 90) && !(c > 127 && text[line.start] !== text[line.start].toLowerCase())) return false;
  // a heading stands between paragraphs: a blank line (or the text's start) before it
  const prev = lines[k - 1];
  if (prev && prev.index === line.index - 1) return false;
  const words = wordCount(text, line.start, line.end);
  if (words > 10) return false;
  return words <= 3 || isTitleCase(text, line.start, line.end);
}
