import { Ctx, Draft, isNameToken, lowerOf, newDraft } from './context';
import { isCommon } from './lexicon';

/** Longest list member in words ("Elías Piña", "San Pedro Sula"). */
const MAX_MEMBER = 3;

interface Member {
  first: number;
  last: number;
}

/**
 * "Luanda, Benguela, Lobito, Huambo and Malanje affected": in a list of three or more short names, two of them read as
 * places and none as anything else, the unknown members are places too (writers list like with like). A live
 * page's bullet or a title-case line gives its unknown words no reading of their own, so without this they were lost.
 */
export function placeLists(ctx: Ctx): void {
  const { tokens } = ctx;
  // A list with two places has a place followed by its separator: lists are looked for from those places only.
  let starts: number[] | undefined;
  for (const d of ctx.drafts) {
    if (d.type !== 'GPE') continue;
    const sep = tokens[d.last + 1];
    if (!sep || (sep.text !== ',' && sep.text !== 'and' && sep.text !== 'or')) continue;
    (starts ??= []).push(listStart(ctx, d.first));
  }
  if (!starts) return;
  const done = new Set<number>();
  for (const start of starts) {
    if (done.has(start)) continue;
    done.add(start);
    const members = listFrom(ctx, start);
    if (members.length < 3) continue;
    let places = 0;
    const unknown: Member[] = [];
    let other = false;
    for (const m of members) {
      const d = startingAt(ctx.drafts, m.first);
      if (d && d.last === m.last && d.type === 'GPE') places++;
      else if (d || ctx.taken[m.first] || ctx.taken[m.last]) {
        const p = startingAt(ctx.pending, m.first);
        if (p && p.last === m.last && !p.fallback) unknown.push(m);
        else other = true;
      } else if (m.first === m.last && isCommon(lowerOf(ctx, m.first))) other = true;
      else unknown.push(m);
    }
    if (other || places < 2 || !unknown.length) continue;
    for (const m of unknown) {
      const p = startingAt(ctx.pending, m.first);
      if (p && p.last === m.last) {
        p.fallback = 'GPE';
        continue;
      }
      const d = newDraft(tokens[m.first].start, tokens[m.last].end, 'GPE', null, m.first, m.last, true);
      ctx.drafts.push(d);
      for (let k = m.first; k <= m.last; k++) ctx.taken[k] = 1;
    }
  }
}

/** The last draft that starts at token `first` (a list has a few members: a walk costs less than an index). */
function startingAt(drafts: readonly Draft[], first: number): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].first === first) return drafts[k];
  return undefined;
}

/** The first token of the list a member starting at `first` belongs to: back over "X, " members on its line. */
function listStart(ctx: Ctx, first: number): number {
  const { tokens } = ctx;
  let s = first;
  for (;;) {
    let k = s - 1;
    if (k > 0 && (tokens[k].text === 'and' || tokens[k].text === 'or') && tokens[k - 1].text === ',') k--;
    if (k < 1 || tokens[k].text !== ',' || tokens[s].nl > 0 || tokens[k].nl > 0) return s;
    let m = k - 1;
    if (!isNameToken(tokens[m])) return s;
    while (m > 0 && k - m < MAX_MEMBER && isNameToken(tokens[m - 1]) && tokens[m].nl === 0) m--;
    s = m;
  }
}

/** Last token of a list member starting at i (one to MAX_MEMBER name words on i's line), or -1. */
function memberEnd(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  let j = i;
  while (j < tokens.length && j - i < MAX_MEMBER && isNameToken(tokens[j]) && (j === i || tokens[j].nl === 0)) j++;
  // a longer run is a name of another kind ("Ministry of Energy and Mines"), not a list member
  if (j === i || (j < tokens.length && isNameToken(tokens[j]) && tokens[j].nl === 0)) return -1;
  return j - 1;
}

/** The members of "A, B, C and D" from token start on one line (none when no "and"/"or" closes the list). */
function listFrom(ctx: Ctx, start: number): Member[] {
  const { tokens } = ctx;
  const members: Member[] = [];
  let i = start;
  let closing = false;
  for (;;) {
    const last = memberEnd(ctx, i);
    if (last < 0 || (i !== start && tokens[i].nl > 0)) return [];
    members.push({ first: i, last });
    if (closing) return members;
    const sep = tokens[last + 1];
    if (!sep || sep.nl > 0) return [];
    i = last + 2;
    if (sep.text === 'and' || sep.text === 'or') closing = true;
    else if (sep.text !== ',') return [];
    else if (tokens[i] && (tokens[i].text === 'and' || tokens[i].text === 'or')) {
      closing = true;
      i++;
    }
    if (!tokens[i] || tokens[i].nl > 0) return [];
  }
}
