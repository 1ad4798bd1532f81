// The site a scraped page comes from, named by the first segment of its path line ("Albany Courier › News ›
// Makhanda", "North Thompson Now | News | Wildfires"): an outlet, wherever the article names it again.
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
      const sep = SEPARATOR.exec(line);
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

/** Replaces the drafts over every mention of the site's name with the outlet. */
export function applySiteName(ctx: Ctx, drafts: Draft[]): Draft[] {
  const site = siteNameAtTop(ctx.text);
  if (!site) return drafts;
  const { text, tokens } = ctx;
  const name = text.slice(site.start, site.end);
  const id = slugify(name);
  const found: Draft[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\d]/u.test(at > 0 ? text.charAt(at - 1) : ' ') || /[\p{L}\d]/u.test(text.charAt(end))) continue;
    const first = firstStartAtOrAfter(tokens, at);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    if (first < tokens.length && tokens[first].start === at && tokens[last].end === end) found.push(newDraft(at, end, 'ORG', id, first, last, true));
  }
  const kept = drafts.filter((d) => !found.some((s) => d.start < s.end && s.start < d.end));
  for (const d of found) kept.push(d);
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
