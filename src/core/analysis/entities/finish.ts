// Turns the drafts of one pass into flat, non-overlapping mentions with ids, boilerplate flags and title spans.
import type { EntityMention, Span } from '../types';
import type { ArticleStructure } from '../structure';
import { slugify } from '../../text/chars';
import { TokenKind } from '../../text/tokens';
import { ROLE } from './lexicon';
import { Ctx, Draft, lowerOf } from './context';
import { roleSpan } from './classify';

export function finish(ctx: Ctx, drafts: Draft[], structure: ArticleStructure): EntityMention[] {
  const { text } = ctx;
  const rejected = ctx.knowledge?.rejected;
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const quiet = structure.regions.filter((r) => r.kind === 'metadata' || r.kind === 'boilerplate');
  const out: EntityMention[] = [];
  let lastEnd = -1;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.start < lastEnd) continue; // flat: the earlier, longer mention wins
    if (d.type === 'DATE') yearEvent(text, d);
    // "the first week of December", "the first nine months of 2025": a part of a month or year is one date
    if (d.type === 'DATE' && k + 1 < drafts.length && drafts[k + 1].type === 'DATE' && text.slice(d.end, drafts[k + 1].start) === ' of ' && PART_UNIT.test(text.slice(d.start, d.end))) {
      const whole = drafts[k + 1];
      whole.start = d.start;
      whole.first = d.first;
      whole.id = 'date:' + slugify(text.slice(whole.start, whole.end));
      continue;
    }
    // "the 52nd Sustainment Brigade", "the 101st Airborne Division": a unit's number is part of its name
    if ((d.type === 'ORG' || d.type === 'PERSON') && MILITARY_UNIT.test(text.slice(d.start, d.end))) {
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

/** A part of a month or year: "first week", "first nine months", "last quarter". */
const PART_UNIT = /\b(?:weeks?|months?|quarters?|half|days)$/i;
/** Military units, whose number is part of the name. */
const MILITARY_UNIT = /\b(?:Brigade|Division|Battalion|Regiment|Squadron|Wing|Fleet|Corps|Infantry|Airborne|Cavalry|Artillery)$/;

/** Competitions held in editions, whose year is part of the name. */
const EDITION = /\b(?:Cup|Games|Olympics|Olympiad|Championships?|Open|Series|Trophy|Prix|Marathon|Expo|Tour|Classic|Rally|Bowl)$/;

/**
 * "the 2023 general election", "the 2011 uprising": a year naming one contest or upheaval is the event, not a date
 * (a year before any other noun stays a date: "the 1976 military coup", "2023 results").
 */
const YEAR_EVENT = /^\s+(?:(?:general|presidential|parliamentary|legislative|midterm|mid-term|local|regional|municipal|national|federal|state|provincial|snap|leadership)\s+)?(?:elections?|uprising|revolution)\b/;

function yearEvent(text: string, d: Draft): void {
  if (d.end - d.start !== 4 || !/^\d{4}$/.test(text.slice(d.start, d.end))) return;
  const m = YEAR_EVENT.exec(text.slice(d.end, d.end + 40));
  if (!m) return;
  d.end += m[0].length;
  d.type = 'EVENT';
  d.id = slugify(text.slice(d.start, d.end));
}
