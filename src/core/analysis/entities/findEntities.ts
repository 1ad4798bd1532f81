import type { AnalyzeOptions, EntityMention, Sentence } from '../types';
import type { ArticleStructure } from '../structure';
import { tokenize, Token, TokenKind } from '../../text/tokens';
import { slugify } from '../../text/chars';
import { codeUnits } from '../../text/codeUnits';
import { ABBREV, GAZ } from './lexicon';
import { findDates } from './dates';
import { resolveCoreference } from '../identity';
import { Ctx, REGION_CODE, isNameToken, markContext, newDraft, runEnd } from './context';
import { particleSurname, processRun } from './runs';
import { finish } from './finish';
import { bracketAcronyms, clubShortForms, companyShortForms, ministryPortfolios } from './aliases';

export type { Draft } from './context';

const PREFIXES = ['pro-', 'anti-', 'non-', 'post-', 'pre-', 'ex-', 'neo-', 'pan-', 'mid-'];

/** "pro-Russian", "anti-American", "post-Soviet": the listed name after a lower-case prefix is the mention. */
function prefixedName(ctx: Ctx, i: number): void {
  const t = ctx.tokens[i];
  // the prefixes have 2 to 4 letters: a word with no hyphen right there needs no search for one
  if (!t.dash || (t.text.charCodeAt(2) !== 45 && t.text.charCodeAt(3) !== 45 && t.text.charCodeAt(4) !== 45)) return;
  const dash = t.text.indexOf('-');
  if (dash < 2 || dash > 4 || !PREFIXES.includes(t.text.slice(0, dash + 1).toLowerCase())) return;
  const rest = t.text.slice(dash + 1);
  const e = GAZ.get(rest.toLowerCase()) || GAZ.get(rest);
  if (!e || e.type === 'PERSON' || e.type === 'DATE' || rest[0] === rest[0].toLowerCase()) return;
  ctx.drafts.push(newDraft(t.start + dash + 1, t.end, e.type, e.id, i, i, true));
  ctx.taken[i] = 1;
}

/**
 * The first free token from i on that opens a name run or may be a prefixed name ("pro-Russian": a hyphen and more
 * than five characters), or tokens.length. A loop of its own, with no call in it, like the date scan's: most tokens
 * are skipped here instead of in the driver's loop, where the calls made V8 re-check the arrays at every token.
 */
function nextNameOrPrefixed(tokens: readonly Token[], taken: Uint8Array, i: number): number {
  const n = tokens.length;
  for (; i < n; i++) {
    if (taken[i]) continue;
    const t = tokens[i];
    if (t.kind !== TokenKind.Word) continue;
    if (t.upper || t.caps || (t.dash && t.text.length > 5)) return i;
  }
  return n;
}

/** The end of the last metadata region (the date label), or -1 when there is none. */
function metadataEnd(structure: ArticleStructure): number {
  let end = -1;
  for (const r of structure.regions) if (r.kind === 'metadata' && r.end > end) end = r.end;
  return end;
}

// The per-token flag arrays of a pass share one buffer, kept between calls (a pass never starts another): a typed
// array of article size is allocated outside the JS heap, which costs far more per article than clearing one.
let flagBuffer = new Uint8Array(0);

function clearedFlags(size: number): Uint8Array {
  if (flagBuffer.length < size) flagBuffer = new Uint8Array(Math.max(size, 2 * flagBuffer.length));
  else flagBuffer.fill(0, 0, size);
  return flagBuffer;
}
import { platformX } from './platforms';
import { applyPageNames } from './pageNames';
import { namesBeforeSuffix, placeSlotsOverShape } from './sameName';
import { placeLists } from './placeLists';
import { andJoinedInstitutions } from './andJoined';

/** Finds typed entity mentions: one pass over tokens, gazetteers first, then cues for unknown capitalised names. */
export function findEntities(text: string, structure: ArticleStructure, sentences: readonly Sentence[], options: AnalyzeOptions): EntityMention[] {
  const tokens = tokenize(text, ABBREV);
  const n = tokens.length;
  const flags = clearedFlags(4 * n);
  const ctx: Ctx = {
    text,
    tokens,
    sentStart: flags.subarray(0, n),
    region: flags.subarray(n, 2 * n),
    titleLine: flags.subarray(2 * n, 3 * n),
    taken: flags.subarray(3 * n, 4 * n),
    knowledge: options.knowledge,
    drafts: [],
    pending: [],
    keys: new Array<string | undefined>(n),
    lower: new Array<string | undefined>(n),
  };
  markContext(ctx, structure, sentences);

  // the date label: only its ISO date is a mention
  const meta = structure.regions.find((r) => r.kind === 'metadata');
  // (a token in a metadata region starts before the region's end, and tokens come in text order: the walk stops at
  // the first token past every such region, instead of reading the region code of every token of the article)
  const metaEnd = metadataEnd(structure);
  for (let i = 0; i < n && tokens[i].start < metaEnd; i++) {
    if (ctx.region[i] !== REGION_CODE.metadata) continue;
    ctx.taken[i] = 1;
    const t = tokens[i];
    if (structure.dateSpan && t.start === structure.dateSpan.start && t.end === structure.dateSpan.end && meta) {
      ctx.drafts.push(newDraft(t.start, t.end, 'DATE', 'date:' + t.text, i, i, true));
    }
  }

  for (const d of findDates(tokens, ctx.taken, codeUnits(text))) {
    const surface = text.slice(d.start, d.end);
    ctx.drafts.push(newDraft(d.start, d.end, 'DATE', 'date:' + slugify(surface), d.first, d.last, true));
  }

  // before the name runs: a corpus name "X" read from one article must not take "on X." with its period
  platformX(ctx);
  namesBeforeSuffix(ctx);

  for (let i = nextNameOrPrefixed(tokens, ctx.taken, 0); i < n; i = nextNameOrPrefixed(tokens, ctx.taken, i)) {
    if (!isNameToken(tokens[i])) {
      prefixedName(ctx, i);
      i++;
      continue;
    }
    const end = runEnd(ctx, i);
    if (particleSurname(ctx, i, end)) {
      i = end;
      continue;
    }
    processRun(ctx, i, end);
    i = end;
  }

  placeLists(ctx);
  andJoinedInstitutions(ctx);
  ministryPortfolios(ctx);
  clubShortForms(ctx);
  bracketAcronyms(ctx);
  companyShortForms(ctx);
  placeSlotsOverShape(ctx);
  const drafts = applyPageNames(ctx, resolveCoreference(ctx.drafts, ctx.pending, tokens, options.knowledge));
  const found = finish(ctx, drafts, structure);
  const vessels = ctx.vessels;
  return vessels ? found.filter((m) => !vessels.has(m.text)) : found;
}

