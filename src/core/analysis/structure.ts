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

/** Non-empty lines, trimmed of surrounding white space (CR included), in text order. */
export function textLines(text: string): Line[] {
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
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 12;
}

// A leading date label: "date 2023-11-06", "Date: 2023-11-06", "Published 2023-11-06".
const DATE_LINE = /^(?:date|dated|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/i;

// Scraper boilerplate: whole lines that are navigation, credits or comment widgets, not article prose.
const BOILERPLATE_PREFIX = /^(?:read (?:also|more|next|this|the original)|also read|also see|see also|see more|now read|don[’']t miss|check out (?:more|our|the latest)|this (?:story|article|content) (?:was|is) (?:generated|produced|written|partially)|market news and data brought|(?:photo|image|picture)s? (?:by|via|source|courtesy)|image sourced from|featured (?:photo|image)|related(?: articles?| stories| coverage| content| posts?| reading)?\s*:|more from|recommended|trending|photo(?: credit)?s?\s*:|photograph\s*:|image(?: credit)?s?\s*:|image and article originally|this article (?:was )?originally|originally published|credit\s*:|source\s*:|via\s*:|featured image|(?:cover|header|lead) image|picture\s*:|video\s*:|watch\s*:|listen\s*:|advertisement|sponsored|share this|share on|sign up|subscribe|newsletter|follow us|click here|download the|copyright|\u00a9|all rights reserved|leave a (?:reply|comment)|you may also like|you might also like|post navigation|previous (?:article|post)|next (?:article|post)|tags\s*:|filed under|categories\s*:|posted in|(?:editing|reporting|additional reporting|writing) by|disclaimer\s*:|about the author|comments? \(\d+\)|\d+ comments?$|no comments|loading\.{0,3}$|we use cookies)/i;

const FAQ_HEADING = /^(?:faqs?|frequently asked questions)\s*:?$/i;
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
    if (BOILERPLATE_PREFIX.test(body)) {
      regions.push({ kind: 'boilerplate', start: line.start, end: line.end });
      continue;
    }
    if (FAQ_HEADING.test(body) && k + 1 < lines.length && QA_LABEL.test(text.slice(lines[k + 1].start, lines[k + 1].end))) {
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

function isHeadlineLike(text: string, lines: readonly Line[], k: number): boolean {
  const line = lines[k];
  if (k + 1 >= lines.length) return false;
  const words = wordCount(text, line.start, line.end);
  if (words > 30 || line.end - line.start > 250) return false;
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
