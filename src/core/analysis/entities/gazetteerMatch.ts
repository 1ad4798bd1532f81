// Longest-match look-ups of capitalised tokens in the gazetteer and in user/corpus knowledge.
import { lowerCase } from '../../text/chars';
import type { EntityType, Knowledge } from '../types';
import { tokenize } from '../../text/tokens';
import { ABBREV, GAZ, GAZ_FIRST, GAZ_MAX, GAZ_START, GAZ_TREE, GazEntry, GazNode, TITLE_HEAD, TITLE_QUAL, tokenKey } from './lexicon';
import { Ctx, isNameToken, keysOf, lowerOf, newDraft } from './context';

export interface GazHit {
  readonly len: number;
  readonly entry: GazEntry;
  readonly fromUser: boolean;
}

type KnownName = { type: EntityType; id: string; source: 'corpus' | 'user' };
interface KnowledgeShape {
  /** Names keyed like the gazetteer (token keys, lower case, without periods). */
  readonly byKey: Map<string, KnownName>;
  readonly first: Set<string>;
  readonly max: number;
}

/** A Knowledge's names re-keyed by tokens, computed once per Knowledge object. */
const KNOWLEDGE_SHAPE = new WeakMap<Knowledge, KnowledgeShape>();

function dotless(s: string): string {
  return s.includes('.') ? s.replace(/\./g, '') : s;
}

function knowledgeShape(k: Knowledge): KnowledgeShape {
  let shape = KNOWLEDGE_SHAPE.get(k);
  if (!shape) {
    const byKey = new Map<string, KnownName>();
    const first = new Set<string>();
    let max = 1;
    for (const [surface, known] of k.names) {
      const toks = tokenize(surface, ABBREV).filter((t) => t.text !== '.');
      if (!toks.length) continue;
      const keys = toks.map((t) => dotless(tokenKey(t).toLowerCase()));
      const key = keys.join(' ');
      const prev = byKey.get(key);
      if (!prev || (known.source === 'user' && prev.source !== 'user')) byKey.set(key, known);
      first.add(keys[0]);
      if (keys.length > max) max = keys.length;
    }
    shape = { byKey, first, max };
    KNOWLEDGE_SHAPE.set(k, shape);
  }
  return shape;
}

// The last gazMatch's question and answer. Where processPlain's chunk stops at a listed name, that name is looked up
// again twice (startsGaz's look-up, the institution test after the chunk, the next word's own), and nothing a look-up
// reads (tokens, title lines, knowledge) changes during a pass.
let lastCtx: Ctx | null = null;
let lastStart = -1;
let lastEnd = -1;
let lastHit: GazHit | null = null;

/** Longest gazetteer (or user/corpus knowledge) match of tokens[i..] within [i, end); user decisions win. */
export function gazMatch(ctx: Ctx, i: number, end: number): GazHit | null {
  if (ctx === lastCtx && i === lastStart && end === lastEnd) return lastHit;
  const hit = lookUpGaz(ctx, i, end);
  lastCtx = ctx;
  lastStart = i;
  lastEnd = end;
  lastHit = hit;
  return hit;
}

function lookUpGaz(ctx: Ctx, i: number, end: number): GazHit | null {
  const { tokens } = ctx;
  const k = ctx.knowledge;
  if (!tokens[i].caps && !tokens[i].dot && !(k && k.names.size > 0)) return plainGazMatch(ctx, i, end);
  const first = lowerOf(ctx, i);
  // (the token's dot bit: first is its text lower-cased)
  const multi = GAZ_FIRST.has(first) || (tokens[i].dot && GAZ_FIRST.has(first.replace(/\./g, '')));
  const shape = k && k.names.size > 0 ? knowledgeShape(k) : null;
  const hasKnowledge = !!shape && shape.first.has(dotless(first));
  const max = Math.min(end - i, Math.max(multi ? GAZ_MAX : 1, hasKnowledge ? shape!.max + 2 : 1));
  if (max === 1 && !hasKnowledge) {
    // the common case: one word, no knowledge — two Map lookups, no string building
    const key = keysOf(ctx, i);
    let e = GAZ.get(key);
    if (!e && tokens[i].caps) {
      e = GAZ.get(lowerCase(key));
      if (acronymDemonym(ctx, i, 1, e)) e = undefined;
    }
    return e ? { len: 1, entry: e, fromUser: false } : null;
  }
  if (!hasKnowledge) return growingGazMatch(ctx, i, max);
  for (let len = max; len >= 1; len--) {
    let key = '';
    let lowerKey = '';
    for (let m = i; m < i + len; m++) {
      if (tokens[m].text === '.') continue;
      const tk = keysOf(ctx, m);
      const sep = key ? ' ' : '';
      key += sep + tk;
      if (tokens[m].caps) lowerKey += sep + lowerCase(tk);
      else lowerKey += sep + tk;
    }
    // user decisions beat the gazetteer; corpus evidence only fills its gaps
    const known = hasKnowledge ? shape!.byKey.get(dotless(lowerKey)) : undefined;
    if (known && known.source === 'user') return { len, entry: { type: known.type, id: known.id, name: lowerKey }, fromUser: true };
    const e = GAZ.get(key) || (key !== lowerKey && !articleAcronym(ctx, i, len) ? GAZ.get(lowerKey) : undefined);
    if (e && !(e !== GAZ.get(key) && acronymDemonym(ctx, i, len, e))) return { len, entry: e, fromUser: false };
    if (known) return { len, entry: { type: known.type, id: known.id, name: lowerKey }, fromUser: false };
  }
  return null;
}

/**
 * gazMatch for a word without capitals or periods when there is no knowledge (most calls): its key is its lower
 * case, so one GAZ_START look-up stands for GAZ_FIRST's, GAZ's and the walk's first step (no acronym walk either).
 */
function plainGazMatch(ctx: Ctx, i: number, end: number): GazHit | null {
  const start = GAZ_START.get(lowerOf(ctx, i));
  const node = start && start.node;
  if (!node) return null;
  const hit = start.hit;
  // (both walks of growingGazMatch stand at the word's node after its first step)
  return start.multi && end - i > 1 ? walkGaz(ctx, i, Math.min(end - i, GAZ_MAX), node, node, 2, hit) : hit;
}

/**
 * The gazetteer part of gazMatch without knowledge, as a walk down the key tree: no key strings are built, and the
 * walk stops as soon as no listed name goes on. Two walks, as in the look-ups above: acronyms as written ("UN
 * Security Council") and lower-cased; at one length the first wins, and the longest length wins.
 */
function growingGazMatch(ctx: Ctx, i: number, max: number): GazHit | null {
  return walkGaz(ctx, i, max, GAZ_TREE, GAZ_TREE, 1, null);
}

/** growingGazMatch's walks from length `from` on, the two walks at the given nodes and the best hit so far. */
function walkGaz(ctx: Ctx, i: number, max: number, writtenAt: GazNode | undefined, loweredAt: GazNode | undefined, from: number, bestSoFar: GazHit | null): GazHit | null {
  const { tokens } = ctx;
  let written = writtenAt;
  let lowered = loweredAt;
  let best = bestSoFar;
  for (let len = from; len <= max && (written || lowered); len++) {
    const m = i + len - 1;
    if (tokens[m].text !== '.') {
      const tk = keysOf(ctx, m);
      const lk = tokens[m].caps ? lowerCase(tk) : tk;
      // while both walks are at one node with one key (no acronym so far), they take one step
      const same: boolean = written === lowered && lk === tk;
      written = written && written.next.get(tk);
      lowered = same ? written : lowered && lowered.next.get(lk);
    }
    const e = (written && written.entry) || (lowered && !articleAcronym(ctx, i, len) && !acronymDemonym(ctx, i, len, lowered.entry) && lowered.entry);
    if (e) best = { len, entry: e, fromUser: false };
  }
  return best;
}

/**
 * "the statistics agency DANE": one word in capitals inside a sentence is an acronym, not a demonym read in
 * capitals ("Dane"); a headline in capitals may still write one.
 */
function acronymDemonym(ctx: Ctx, i: number, len: number, entry: GazEntry | undefined): boolean {
  return len === 1 && !!entry && entry.type === 'NORP' && ctx.tokens[i].caps && !ctx.titleLine[i];
}

/**
 * "The WHO": an article before an acronym is no part of a name, so the lower-cased look-up (which reads "NEW
 * YORK" as New York) must not read it as the band "The Who".
 */
function articleAcronym(ctx: Ctx, i: number, len: number): boolean {
  return len >= 2 && lowerOf(ctx, i) === 'the' && ctx.tokens[i + 1].caps;
}

/** Title tokens starting at i (qualifiers and heads, ending on a head): their count, or 0. */
export function titleLength(ctx: Ctx, i: number, end: number): number {
  let j = i;
  let lastHead = -1;
  let afterOf = false;
  while (j < end) {
    const w = lowerOf(ctx, j);
    // (the bare form is cut and looked up only for a word with a period: most words were looked up twice)
    if (TITLE_HEAD.has(w) || (w.charCodeAt(w.length - 1) === 46 && TITLE_HEAD.has(w.slice(0, -1)))) {
      lastHead = j;
      j++;
    } else if (TITLE_QUAL.has(w)) {
      // "Secretary of State", "Minister of Defence": the qualifier after "of" ends the title
      if (afterOf) lastHead = j;
      j++;
    } else if (w === 'of' && lastHead >= 0 && !afterOf) {
      afterOf = true;
      j++;
    } else break;
  }
  return lastHead >= i ? lastHead - i + 1 : 0;
}


export function startsGaz(ctx: Ctx, i: number, end: number): boolean {
  const t = ctx.tokens[i];
  if (!isNameToken(t)) return true;
  if (!t.caps && !t.dot && !(ctx.knowledge && ctx.knowledge.names.size)) {
    // (a plain word: one look-up for its own entry and for names it starts, as in plainGazMatch)
    const start = GAZ_START.get(lowerOf(ctx, i));
    return !!start && (!!(start.node && start.node.entry) || (start.multi && gazMatch(ctx, i, end) !== null));
  }
  const key = keysOf(ctx, i);
  if (GAZ.has(key) || (t.caps && GAZ.has(lowerCase(key)))) return true;
  if (GAZ_FIRST.has(lowerOf(ctx, i)) || (ctx.knowledge && ctx.knowledge.names.size)) return gazMatch(ctx, i, end) !== null;
  return false;
}


/** "Russia-Ukraine war", "US-China talks": listed names joined by hyphens are separate mentions. */
export function hyphenatedNames(ctx: Ctx, pos: number): (GazEntry | undefined)[] | null {
  const t = ctx.tokens[pos];
  if (!t.dash || t.text.indexOf('-') < 2) return null;
  // ("Guinea-Bissau", "Timor-Leste": a listed name with a hyphen is one name)
  if (GAZ.has(lowerCase(t.text))) return null;
  const parts = t.text.split('-');
  if (parts.length < 2 || parts.some((p) => !p)) return null;
  // pushed, not mapped: an optimised map makes a (holey) array of another kind than the interpreter's, which threw
  // this function's optimised code away
  const entries: GazEntry[] = [];
  for (const p of parts) {
    const e = GAZ.get(p) || GAZ.get(lowerCase(p));
    if (!e || e.type === 'PERSON') return null;
    entries.push(e);
  }
  return entries;
}

export function splitHyphenated(ctx: Ctx, pos: number): boolean {
  const t = ctx.tokens[pos];
  const entries = hyphenatedNames(ctx, pos);
  if (!entries) return false;
  const parts = t.text.split('-');
  let offset = t.start;
  parts.forEach((p, k) => {
    const e = entries[k]!;
    ctx.drafts.push(newDraft(offset, offset + p.length, e.type, e.id, pos, pos, true));
    offset += p.length + 1;
  });
  ctx.taken[pos] = 1;
  return true;
}

