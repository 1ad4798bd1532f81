// Names settled by what surrounds them rather than by their own words: the reading a name's other mentions got from
// their context, and a listed name glued to a suffix ("Cabo Verdean-owned").
import { type Ctx, isNameToken, newDraft } from './context';
import { GAZ } from './lexicon';
import { firstStartAtOrAfter } from '../../text/search';

/**
 * "The cranes at Jorf Lasfar have stopped … by pipeline to Jorf Lasfar": two unknown title-case words are a person by
 * their shape, but the same words after "at", "in" or "near" were kept as a place (people are rarely "at"
 * somebody). The place slot is evidence and the shape is none, so the shape-only mentions become the place too.
 */
export function placeSlotsOverShape(ctx: Ctx): void {
  const { pending, drafts } = ctx;
  let places: Set<string> | undefined;
  for (const p of pending) {
    if (p.last > p.first && p.fallback === 'GPE') (places ??= new Set()).add(wordsOf(ctx, p.first, p.last));
  }
  if (!places) return;
  for (const d of drafts) {
    if (d.byShape && d.type === 'PERSON' && places.has(wordsOf(ctx, d.first, d.last))) {
      d.type = 'GPE';
      d.byShape = undefined;
    }
  }
}

function wordsOf(ctx: Ctx, first: number, last: number): string {
  let s = ctx.tokens[first].text;
  for (let k = first + 1; k <= last; k++) s += ' ' + ctx.tokens[k].text;
  return s;
}

/** The lower-case words a place or people's name takes before a hyphen ("Cabo Verdean-owned", "Johor Bahru-based"). */
const NAME_SUFFIX = /-(?:based|owned|born|bred|backed|led|run|funded|made|headquartered|listed|registered|flagged)$/;

/**
 * "a Cabo Verdean-owned operator", "the Johor Bahru-based firm": a listed name of two or three words whose last word
 * carries the hyphenated suffix. (One word before a hyphen is read where the runs are split.)
 */
export function namesBeforeSuffix(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    const i = firstTokenCovering(ctx, at);
    if (i < 1 || ctx.taken[i]) continue;
    const t = tokens[i];
    const m = NAME_SUFFIX.exec(t.text);
    if (!m || t.text.length - m[0].length !== at - t.start) continue;
    const last = t.text.slice(0, at - t.start);
    for (let k = 2; k >= 1; k--) {
      const first = i - k;
      if (first < 0 || !wordsAdjacent(ctx, first, i)) continue;
      let key = '';
      for (let j = first; j < i; j++) key += tokens[j].text + ' ';
      key += last;
      const g = GAZ.get(key.toLowerCase()) ?? GAZ.get(key);
      if (!g || (g.type !== 'GPE' && g.type !== 'NORP' && g.type !== 'LOC' && g.type !== 'ORG')) continue;
      ctx.drafts.push(newDraft(tokens[first].start, at, g.type, g.id, first, i, true));
      for (let j = first; j <= i; j++) ctx.taken[j] = 1;
      break;
    }
  }
}

/** The token whose text holds position pos, or -1. */
function firstTokenCovering(ctx: Ctx, pos: number): number {
  const i = firstStartAtOrAfter(ctx.tokens, pos + 1) - 1;
  return i >= 0 && ctx.tokens[i].end > pos ? i : -1;
}

/** Tokens first..last are capitalised words one space apart on one line, none of them taken. */
function wordsAdjacent(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx;
  for (let j = first; j < last; j++) {
    if (ctx.taken[j] || !isNameToken(tokens[j]) || tokens[j + 1].start !== tokens[j].end + 1 || tokens[j + 1].nl > 0) return false;
  }
  return true;
}
