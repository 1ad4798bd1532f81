import type { Region, RegionKind, Sentence } from './types';
import type { ArticleStructure } from './structure';
import { textLines } from './structure';
import { ABBREVIATIONS } from './lexicon/words';

const ABBREV = new Set(ABBREVIATIONS.split('|').map((w) => w.trim()).filter(Boolean));

/** Words that, after "U.S." and a space, show that the period also ended the sentence. */
const STARTERS = new Set(
  'The|A|An|It|He|She|They|We|I|You|This|That|These|Those|But|And|However|In|On|At|For|As|If|When|While|Although|Its|His|Her|Their|Our|There|Meanwhile|Still|Yet|So|Some|Many|Most|Other|Both|Such|After|Before|Since|Last|Next|According|Earlier|Later|Officials'.split('|'),
);

const QA_LABEL = /^(?:q|a|question|answer)\s*[:.)]\s*/i;

function isCloser(c: number): boolean {
  // ” " ’ ' ) ] »
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

function isSpaceOrOpen(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function startsSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 0xab || c > 127;
}

function regionAt(regions: readonly Region[], pos: number): RegionKind | undefined {
  for (const r of regions) if (pos >= r.start && pos < r.end) return r.kind;
  return undefined;
}

/** The word (letters and inner periods) that ends right before `end`, lower-cased, without its final period. */
function wordBefore(text: string, end: number, lineStart: number): string {
  let s = end;
  while (s > lineStart) {
    const c = text.charCodeAt(s - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) s--;
    else break;
  }
  return text.slice(s, end).toLowerCase();
}

/**
 * Sentence spans over the whole text. Every line break ends a sentence; labels ("Q: ", "A: ", the date
 * label) are outside the span; closing quotes after the final period are inside it.
 */
export function splitSentences(text: string, structure: ArticleStructure): Sentence[] {
  const out: Sentence[] = [];
  const regions = structure.regions;
  const meta = regions.find((r) => r.kind === 'metadata');
  for (const line of textLines(text)) {
    let s = line.start;
    const e = line.end;
    if (meta && s < meta.end && e > meta.start) {
      s = meta.end;
      while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
      if (s >= e) continue;
    }
    const kindAtLine = regionAt(regions, s);
    if (kindAtLine === 'faq') {
      const m = QA_LABEL.exec(text.slice(s, Math.min(e, s + 12)));
      if (m) s += m[0].length;
    }
    splitLine(text, s, e, regions, out);
  }
  return out;
}

function splitLine(text: string, start: number, end: number, regions: readonly Region[], out: Sentence[]): void {
  let s = start;
  let i = start;
  // inside a quotation a period does not end the reporter's sentence: “A. B,” said X. is one sentence
  let inQuote = false;
  while (i < end) {
    // Only terminators and double quotation marks matter: the regex engine skips the other characters (a line
    // break stops it, so a line without them is not scanned past its end).
    SIGNIFICANT.lastIndex = i;
    if (!SIGNIFICANT.test(text) || SIGNIFICANT.lastIndex > end) break;
    i = SIGNIFICANT.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) {
      if (c === 0x201c) inQuote = true;
      else if (c === 0x201d) inQuote = false;
      else if (c === 34) inQuote = !(i > start && !isSpaceOrOpen(text.charCodeAt(i - 1)));
      i++;
      continue;
    }
    let j = i + 1;
    let closed = false;
    while (j < end && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) {
      const d = text.charCodeAt(j);
      if (d === 0x201d || d === 34) closed = true;
      j++;
    }
    if (closed) inQuote = false;
    else if (inQuote) {
      i = j;
      continue;
    }
    if (j >= end) break;
    const sp = text.charCodeAt(j);
    if (sp !== 32 && sp !== 9 && sp !== 0xa0) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    if (k >= end || !startsSentence(text.charCodeAt(k))) {
      i = k;
      continue;
    }
    if (c === 46 && j === i + 1 && !isSentenceEndAfterPeriod(text, i, k, start, end)) {
      i = k;
      continue;
    }
    push(out, s, j, regions);
    s = k;
    i = k;
  }
  if (s < end) push(out, s, end, regions);
}

/** . ! ? … (isTerminator), “ ” " (the marks splitLine tracks), and the line break that ends every line. */
const SIGNIFICANT = /[.!?\u2026\u201c\u201d"\n]/g;

function isSentenceEndAfterPeriod(text: string, dot: number, next: number, lineStart: number, lineEnd: number): boolean {
  const w = wordBefore(text, dot, lineStart);
  if (!w) return true;
  if (w.length === 1 && text.charCodeAt(dot - 1) >= 65 && text.charCodeAt(dot - 1) <= 90) return false; // an initial: "John F. Kennedy"
  const dotted = w.includes('.');
  if (dotted || ABBREV.has(w)) {
    // "the U.S. The move …": a following sentence starter shows the period did double duty
    let k = next;
    while (k < lineEnd && /[A-Za-z]/.test(text[k])) k++;
    const nextWord = text.slice(next, k);
    if (dotted && STARTERS.has(nextWord)) return true;
    // ("said Jack Ma. The company …": "Ma." abbreviates Maria only before a name, "Ma. Cristina Reyes")
    if (!dotted && /^(?:inc|corp|co|ltd|etc|bros|ma)$/.test(w) && STARTERS.has(nextWord)) return true;
    return false;
  }
  return true;
}

function push(out: Sentence[], start: number, end: number, regions: readonly Region[]): void {
  const region = regionAt(regions, start);
  out.push(region ? { start, end, region } : { start, end });
}
