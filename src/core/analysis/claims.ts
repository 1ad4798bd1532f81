/**
 * Claims: every asserting sentence of the article body, headline and FAQ answers. A sentence with a named
 * source ("Sullivan highlighted that …", "according to X", a quotation with a speaker) is attributed, with its
 * cue, content and polarity; the other factual sentences are kept unattributed because the cross-article
 * linker needs them. Questions, boilerplate, metadata, section headings and bare transitions are left out.
 */
import type { Claim, EntityMention, Quote, Sentence, Span } from './types';
import type { ArticleStructure } from './structure';
import { Attributor, attributorFor } from './attribution/attributor';
import { fallbackSentences } from './attribution/fallbackSentences';
import { DENIAL_BASES, REPORTING_VERBS, isReportingVerbAt } from './attribution/lexicon';
import { firstWordAtOrAfter, paragraphs, skipSpaceBackward, skipSpaceForward, tokensOf, type Word } from './attribution/textScan';
import { firstStartAtOrAfter } from '../text/search';

const SKIPPED_REGIONS = new Set(['boilerplate', 'metadata', 'heading']);
const LABEL_RE = /^(?:A|Answer|Q|Question)\s*[:.]\s+/;
const TRANSITION_RE = /^(?:in conclusion|in summary|to conclude|overall|in short|all in all|ultimately|in the end|as a result|in any case|that said|only time will tell)\b/i;
const DENIAL_NOUNS = /\b(?:denial|denials|denied|denies|deny)\b/i;

/** findAttribution's defaults (one object for every sentence: it is only read). */
const NO_OPTIONS: { allowWeak?: boolean; last?: boolean } = Object.freeze({});

/**
 * A sentence belongs to a region it lies inside; a date line glued to the first sentence does not make that
 * sentence metadata (its prefix is cut off below).
 */
function regionOf(s: Sentence, structure: ArticleStructure): string | undefined {
  let kind = s.region;
  if (kind === undefined) {
    for (const r of structure.regions) {
      if (r.start <= s.start && s.end <= r.end + 1) {
        kind = r.kind;
        break;
      }
    }
  }
  if (kind === 'metadata' && structure.dateSpan && s.end > structure.dateSpan.end + 1) return undefined;
  return kind;
}

export function findClaims(text: string, structure: ArticleStructure, sentences: readonly Sentence[], entities: readonly EntityMention[], quotes: readonly Quote[]): Claim[] {
  const paras = paragraphs(text);
  const sents = sentences.length ? sentences : fallbackSentences(text, paras, structure.regions);
  const att = attributorFor(text, entities, sentences, quotes, () => new Attributor(text, entities, sents, quotes, paras));
  const claims: Claim[] = [];
  // The quote finder returns quotations in text order: then a sentence's quotations are found by binary search.
  const sorted = inTextOrder(quotes);
  const all = tokensOf(text); // the text's words (tokenised once and cached)

  for (const s of sents) {
    const region = regionOf(s, structure);
    if (region && SKIPPED_REGIONS.has(region)) continue;
    const span = claimSpan(text, s, structure);
    if (!span) continue;
    const body = text.slice(span.start, span.end);
    if (endsWithQuestionMark(body)) continue;
    // The span's words are all[first, last) (what words() returns): copied out only for the sentences parsed below.
    // One walk over them also tells whether one may be a cue (most sentences carry no reporting word: the
    // attribution is parsed only when one does) and whether one starts with "den" (every word hasDenial counts
    // does: "deny", "denial"; most sentences have none to test).
    const first = firstWordAtOrAfter(all, span.start);
    let last = first;
    let cue = false;
    let den = false;
    for (; last < all.length; last++) {
      const w = all[last];
      if (w.end > span.end) break;
      if (!cue) cue = mayCue(text, w);
      if (!den) den = startsWithDen(text, w);
    }
    if (last - first < 4) continue;
    if (mayOpenTransition(text, span.start) && TRANSITION_RE.test(body) && att.index.realWithin(span.start, span.end).length === 0) continue;

    let ws: Word[] | null = null;
    const a = cue ? att.findAttribution(span.start, span.end, NO_OPTIONS, (ws = all.slice(first, last))) : null;
    const resolved = a ? att.resolve(a.candidate) : null;
    const deny = (a && DENIAL_BASES.has(a.base)) || (den && hasDenial(att, span, body, ws ?? all.slice(first, last)));
    if (a && resolved) {
      claims.push({
        start: span.start,
        end: span.end,
        text: body,
        content: quoteBefore(quotes, span, a.cue.start, sorted) ?? a.content ?? quoteIn(quotes, span, sorted),
        cue: { start: a.cue.start, end: a.base === 'according to' ? a.cue.end + 3 : a.cue.end },
        speakers: [resolved.ref.id],
        speakerMention: { start: resolved.ref.start, end: resolved.ref.end },
        polarity: deny ? 'deny' : 'assert',
        attributed: true,
      });
      continue;
    }
    const quoted = sorted ? firstSpokenFrom(quotes, span) : quotes.find((q) => q.speaker && q.markStart >= span.start && q.markStart < span.end);
    const speaker = quoted?.speaker;
    const polarity = deny ? 'deny' : 'assert';
    // Two literals rather than a spread: the keys keep their order either way.
    claims.push(
      speaker?.start !== undefined && speaker.end !== undefined
        ? { start: span.start, end: span.end, text: body, speakers: [speaker.id], speakerMention: { start: speaker.start, end: speaker.end }, polarity, attributed: !!quoted }
        : { start: span.start, end: span.end, text: body, speakers: speaker ? [speaker.id] : [], polarity, attributed: !!quoted },
    );
  }
  return claims;
}

/** The inner span of the first quotation inside the sentence (the content of "“…,” said X."). */
function quoteIn(quotes: readonly Quote[], span: Span, sorted: boolean): Span | undefined {
  let q: Quote | undefined;
  if (!sorted) q = quotes.find((x) => x.start >= span.start && x.end <= span.end);
  else {
    // Past span.end no quotation can end inside the span (a quotation ends after its start).
    for (let i = firstStartAtOrAfter(quotes, span.start); i < quotes.length && quotes[i].start <= span.end && !q; i++) {
      if (quotes[i].end <= span.end) q = quotes[i];
    }
  }
  return q ? { start: q.start, end: q.end } : undefined;
}

/** "“…,” X said to CNN.": a quotation before the cue in the sentence is what was said. */
function quoteBefore(quotes: readonly Quote[], span: Span, cue: number, sorted: boolean): Span | undefined {
  let q: Quote | undefined;
  if (!sorted) q = quotes.find((x) => x.start >= span.start && x.markEnd <= cue);
  else {
    for (let i = firstStartAtOrAfter(quotes, span.start); i < quotes.length && quotes[i].start <= cue && !q; i++) {
      if (quotes[i].markEnd <= cue) q = quotes[i];
    }
  }
  return q ? { start: q.start, end: q.end } : undefined;
}

/** The first quotation with a speaker whose opening mark lies in the span. */
function firstSpokenFrom(quotes: readonly Quote[], span: Span): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].markStart < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quotes.length && quotes[i].markStart < span.end; i++) if (quotes[i].speaker) return quotes[i];
  return undefined;
}



/** Sorted by opening mark and by start, each quotation ending after it starts (the quote finder's output). */
function inTextOrder(quotes: readonly Quote[]): boolean {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.end <= q.start || q.markEnd <= q.start) return false;
    if (i > 0 && (q.markStart < quotes[i - 1].markStart || q.start < quotes[i - 1].start)) return false;
  }
  return true;
}

/** What /\?["”’]?$/ tests: a final question mark, perhaps before one closing mark. */
export function endsWithQuestionMark(body: string): boolean {
  const n = body.length;
  const last = body.charCodeAt(n - 1);
  if (last === 63) return true;
  return n >= 2 && (last === 34 || last === 0x201d || last === 0x2019) && body.charCodeAt(n - 2) === 63;
}

/** A lower-case reporting verb or "According"/"according": worth parsing the sentence's attribution. */
function mayCue(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if ((c === 65 || c === 97) && w.end - w.start === 9) return w.text === 'according' || w.text === 'According';
  return isReportingVerbAt(text, w.start, w.end);
}

/**
 * The word starts with "den" in any case: every word hasDenial can accept ("deny", "denied", "denial", …) does
 * (lower-casing gives these ASCII letters only from the same ASCII letters).
 */
function startsWithDen(text: string, w: Word): boolean {
  return w.end - w.start >= 3 && (text.charCodeAt(w.start) | 32) === 100 && (text.charCodeAt(w.start + 1) | 32) === 101 && (text.charCodeAt(w.start + 2) | 32) === 110;
}

/**
 * text[start] may open a TRANSITION_RE phrase: every one starts with i, t, o, u or a in either case (most
 * sentences are ruled out without running the regex).
 */
function mayOpenTransition(text: string, start: number): boolean {
  const c = text.charCodeAt(start) | 32;
  return c === 105 || c === 116 || c === 111 || c === 117 || c === 97;
}

/** The sentence without a leading "A: " label or date line, ending at its last non-space character. */
function claimSpan(text: string, s: Sentence, structure: ArticleStructure): Span | null {
  let start = s.start;
  let end = skipSpaceBackward(text, s.start, s.end);
  const ds = structure.dateSpan;
  if (ds && ds.start >= start && ds.start < end) start = skipSpaceForward(text, ds.end, end);
  // Every label starts with "A" or "Q": other sentences are not sliced for the test.
  const c = text.charCodeAt(start);
  const label = c === 65 || c === 81 ? LABEL_RE.exec(text.slice(start, Math.min(end, start + 12))) : null;
  if (label) {
    if (/^Q/.test(label[0])) return null; // the FAQ's questions
    start += label[0].length;
  }
  start = skipSpaceForward(text, start, end);
  end = skipSpaceBackward(text, start, end);
  return end > start ? { start, end } : null;
}

/**
 * A denial verb or noun outside quotations ("both countries deny", "the Kremlin's denial"); ws: the span's words
 * (asked only when one of them starts with "den").
 */
function hasDenial(att: Attributor, span: Span, body: string, ws: Word[]): boolean {
  if (!DENIAL_NOUNS.test(body)) return false;
  return att.wordsOutside(span.start, span.end, ws).some((w) => {
    const base = REPORTING_VERBS.get(w.lower);
    return (base !== undefined && DENIAL_BASES.has(base) && base === 'deny') || w.lower === 'denial' || w.lower === 'denials';
  });
}
