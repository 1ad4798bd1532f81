import { Ctx, Draft, isNameToken, lowerOf } from './context';
import { GAZ, ORG_HEAD } from './lexicon';

/** Words that open a noun phrase right before an institution's name. */
const OPENERS = new Set(['the', 'a', 'an', 'by', 'of']);

/**
 * "the Police and Border Guard Board", "the Food and Drug Administration": one capitalised word joined by "and" to an
 * institution's name after "the" is the first word of that name (the run stopped at "and", which joins two names
 * just as often: "Ghana and the World Bank"). Only a word with no reading of its own is taken, and only before a
 * name that ends in an institution's head word.
 */
export function andJoinedInstitutions(ctx: Ctx): void {
  const { tokens, drafts } = ctx;
  for (const d of drafts) {
    if (d.type !== 'ORG' || d.first < 3 || tokens[d.first - 1].text !== 'and' || !ORG_HEAD.has(tokens[d.last].text)) continue;
    const w = d.first - 2;
    const word = tokens[w];
    if (!isNameToken(word) || word.caps || word.nl > 0 || tokens[d.first - 1].nl > 0 || tokens[d.first].nl > 0) continue;
    if (!OPENERS.has(lowerOf(ctx, w - 1))) continue;
    if (GAZ.has(lowerOf(ctx, w)) || drafts.some((o: Draft) => o !== d && o.first <= w && o.last >= w)) continue;
    // "the Trust and Western Philippines University": the head word of a body named before stands for that body
    if (drafts.some((o: Draft) => o.type === 'ORG' && o.last > o.first && tokens[o.last].text === word.text)) continue;
    d.first = w;
    d.start = word.start;
    d.id = null;
    ctx.taken[w] = 1;
    ctx.taken[w + 1] = 1;
    for (let k = ctx.pending.length - 1; k >= 0; k--) if (ctx.pending[k].first === w) ctx.pending.splice(k, 1);
  }
}
