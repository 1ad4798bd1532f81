// Document-level aliases: short forms that take the type and id of a fuller name found in the same article
// (or, for clubs, in the corpus).
import type { Knowledge } from '../types';
import { slugify } from '../../text/chars';
import { isRegExpSpaceCode } from '../attribution/textScan';
import { Ctx, Draft, emit, firstTokenAtOrAfter, isCountryId, isNameToken, LINKERS, lowerOf, newDraft } from './context';
import { TokenKind } from '../../text/tokens';
import { COMPANY_HEAD, GAZ, isCommon, LEGAL_FORM, REGION_BY_ABBREVIATION, SPORTS_TEAM_IDS } from './lexicon';
import { NEWSPAPER } from './classify';

/** Last words of a club's name whose first word alone is the club ("Newcastle United" → "Newcastle"). */
const CLUB_TAIL = new Set(['United', 'FC', 'City', 'Rovers', 'Athletic', 'Albion', 'Wanderers', 'Hotspur', 'Rangers', 'Town', 'County']);
/** Words before a place name that make it literal ("a medical in Newcastle"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'around', 'outside', 'across', 'into', 'on', 'of', 'via', 'through', 'towards', 'toward']);

const TOWN_NOUNS = new Set(['police', 'council', 'councillors', 'mayor', 'city', 'airport', 'residents', 'area', 'region', 'suburbs', 'hospital', 'court', 'station', 'university', 'port', 'streets', 'centre', 'center', 'district', 'homes', 'voters', 'officials']);

const CORPUS_CLUBS = new WeakMap<Knowledge, Map<string, string>>();

function corpusClubs(k: Knowledge): Map<string, string> {
  let m = CORPUS_CLUBS.get(k);
  if (!m) {
    m = new Map();
    for (const [surface, v] of k.names) {
      if (v.type !== 'ORG') continue;
      const words = surface.split(' ');
      if (words.length !== 2) continue;
      const tail = words[1].charAt(0).toUpperCase() + words[1].slice(1);
      if (CLUB_TAIL.has(tail) || CLUB_TAIL.has(words[1].toUpperCase())) m.set(words[0], v.id);
    }
    CORPUS_CLUBS.set(k, m);
  }
  return m;
}

function surfaceOf(ctx: Ctx, d: Draft): string {
  return ctx.text.slice(d.start, d.end);
}

/** "Newcastle sold …" after "Newcastle United": a town that is the first word of a club named in the article is the club. */
export function clubShortForms(ctx: Ctx): void {
  teamNicknames(ctx);
  const { tokens, drafts } = ctx;
  const clubs = new Map<string, string>();
  for (const d of drafts) {
    if (d.type !== 'ORG' || d.last !== d.first + 1 || !CLUB_TAIL.has(tokens[d.last].text)) continue;
    d.id = d.id || slugify(surfaceOf(ctx, d));
    clubs.set(lowerOf(ctx, d.first), d.id);
  }
  const corpus = ctx.knowledge && ctx.knowledge.names.size ? corpusClubs(ctx.knowledge) : null;
  if (!clubs.size && !(corpus && corpus.size)) return;
  for (const d of drafts) {
    if (d.type !== 'GPE' || d.first !== d.last || isCountryId(d.id) || d.source === 'user') continue;
    const w = lowerOf(ctx, d.first);
    const id = clubs.get(w) || (corpus && corpus.get(w));
    if (!id) continue;
    const prev = d.first > 0 && tokens[d.first].nl === 0 ? lowerOf(ctx, d.first - 1) : '';
    if (LOCATIVE.has(prev)) continue;
    // "Manchester police", "Newcastle city centre": a town noun after the name keeps it the town
    const next = tokens[d.last + 1];
    if (next && next.nl === 0 && TOWN_NOUNS.has(next.text)) continue;
    d.type = 'ORG';
    d.id = id;
  }
}

const LOWER_LEGAL_FORMS = new Set(['plc', 'ltd', 'inc', 'llc', 'hf.', 'hf', 'ehf.', 'ehf', 'a.s.', 's.r.o.', 'd.o.o.', 'd.d.']);

/**
 * Legal forms that press releases set off with a comma ("Caju Norte, S.A.", "Acme Widgets, Inc."): the comma and the
 * form belong to the company's name, which the form proves a company even where its words looked like a person's.
 */
const COMMA_LEGAL_FORMS = new Set(['S.A.', 'Inc.', 'Ltd.', 'LLC', 'L.L.C.', 'S.L.', 'S.p.A.', 'N.V.', 'B.V.', 'S.A.S.', 'SAS', 'S.R.L.', 'SRL', 'Lda.', 'Ltda.', 'GmbH', 'AG', 'A.G.', 'S.A.B.', 'Corp.', 'PLC', 'Plc']);

/**
 * Whether the text holds a comma, one whitespace character and a form of COMMA_LEGAL_FORMS (what
 * `/,\s(?:S\.A\.|Inc\.|…)/` finds): searched from its commas with indexOf (a native search), as the regex, whose
 * alternatives the engine cannot skip ahead on, tested every character of every article.
 */
function hasCommaLegalForm(text: string): boolean {
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    if (!isRegExpSpaceCode(text.charCodeAt(at + 1))) continue;
    // (every form starts with a capital letter: most commas are followed by a lower-case word or a digit)
    const c = text.charCodeAt(at + 2);
    if (c < 65 || c > 90) continue;
    for (const f of COMMA_LEGAL_FORMS) if (text.startsWith(f, at + 2)) return true;
  }
  return false;
}

/**
 * The name before ", S.A.": the capitalised words (and tight linkers, "del") ending at the comma at token `comma`,
 * read as one company whatever its words were read as before. Returns the new draft, or undefined.
 */
function commaLegalForm(ctx: Ctx, comma: number): Draft | undefined {
  const { tokens, drafts } = ctx;
  const form = tokens[comma + 1];
  if (!form || form.nl > 0 || form.start !== tokens[comma].end + 1 || !COMMA_LEGAL_FORMS.has(form.text) || tokens[comma].start !== tokens[comma - 1].end) return undefined;
  const after = tokens[comma + 2];
  // a capitalised word glued on after the form would be another name
  if (after && after.nl === 0 && after.start === form.end + 1 && after.caps && !after.upper) return undefined;
  let first = comma - 1;
  if (!isNameToken(tokens[first])) return undefined;
  while (first > 0 && tokens[first].nl === 0) {
    const prev = tokens[first - 1];
    if (isNameToken(prev) && !prev.text.endsWith(':')) first--;
    else if (LINKERS.has(prev.text) && first > 1 && isNameToken(tokens[first - 2])) first -= 2;
    else break;
  }
  // a sentence's capitalised opener ("About", "The") is no part of the name
  if (first < comma - 1 && isCommon(lowerOf(ctx, first))) first++;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const o = drafts[k];
    if (o.first >= first && o.last <= comma + 1 && o.source !== 'user') drafts.splice(k, 1);
    else if (o.last >= first && o.first <= comma + 1) return undefined;
  }
  const d = newDraft(tokens[first].start, form.end, 'ORG', null, first, comma + 1, true);
  drafts.push(d);
  for (let k = first; k <= comma + 1; k++) ctx.taken[k] = 1;
  return d;
}

/**
 * "Brewers" after "Milwaukee Brewers", "Cardinals" after "St. Louis Cardinals": a listed team's last word, capitalised
 * on its own elsewhere in the article, is the team (a match report names teams by their nickname).
 */
function teamNicknames(ctx: Ctx): void {
  const { tokens, drafts, taken } = ctx;
  const nicknames = new Map<string, string>();
  for (const d of drafts) if (d.type === 'ORG' && d.last > d.first && d.id && SPORTS_TEAM_IDS.has(d.id)) nicknames.set(tokens[d.last].text, d.id);
  if (!nicknames.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const id = nicknames.get(tokens[i].text);
    if (!id || taken[i]) continue;
    drafts.push(newDraft(tokens[i].start, tokens[i].end, 'ORG', id, i, i, true));
    taken[i] = 1;
  }
}

/**
 * "Economic and Financial Crimes Commission (EFCC)", "Bharatiya Janata Party (BJP)": an acronym in brackets right
 * after a name is that name's alias; every mention of the acronym in the article takes the name's type and id.
 */
/**
 * "Harlan Bancshares (HRLN.O)", "Zeta Corp (ZT.N)": a Reuters-style stock code in brackets is no mention of its
 * own, and the name right before it is a listed company, whatever its words suggested ("Harlan" is a given name).
 */
function tickerCodes(ctx: Ctx): void {
  const { tokens, drafts } = ctx;
  const codeAt = (k: number): boolean =>
    tokens[k - 1]?.text === '(' && tokens[k].caps && tokens[k + 1]?.text === '.' && /^[A-Z]{1,2}$/.test(tokens[k + 2]?.text ?? '') &&
    tokens[k + 3]?.text === ')' && tokens[k + 1].start === tokens[k].end && tokens[k + 2].start === tokens[k + 1].end;
  if (!drafts.some((d) => d.first === d.last && codeAt(d.first))) return;
  const codes = new Set<number>();
  for (const d of drafts) if (d.first === d.last && codeAt(d.first)) codes.add(d.first);
  // a name the words alone did not make ("Prairie Gate Financial (PGFC.N)": English words) is the company's
  for (const c of codes) {
    const last = c - 2;
    if (last < 0 || ctx.taken[last] || drafts.some((d) => d.last === last)) continue;
    let first = last;
    while (first > 0 && last - first < 4 && isNameToken(tokens[first - 1]) && !ctx.taken[first - 1] && tokens[first - 1].nl === 0 && !ctx.sentStart[first]) first--;
    if (!isNameToken(tokens[last]) || !isNameToken(tokens[first])) continue;
    drafts.push(newDraft(tokens[first].start, tokens[last].end, 'ORG', null, first, last, true));
    for (let k = first; k <= last; k++) ctx.taken[k] = 1;
  }
  for (const d of drafts) {
    if (codes.has(d.last + 2) && d.type !== 'DATE' && d.type !== 'ORG') {
      d.type = 'ORG';
      d.id = null;
    }
  }
  let kept = 0;
  for (const d of drafts) if (!codes.has(d.first)) drafts[kept++] = d;
  drafts.length = kept;
}

/** ", D-N.M.,", ", R-Tenn.,", " (I-Vt.)": a US legislator's party and state; the state is a place. */
const PARTY_STATE = /[,(]\s?[DRI]-([NSRW]\.\s?[A-Z][a-z]?\.|[A-Z][a-z]{1,5}\.?|[A-Z]{2})(?=[,)]|\s)/g;

/**
 * Whether /[,(]\s?[DRI]-[A-Z]/ matches the text: found from its hyphens with indexOf (a native search), as most
 * articles have a few dozen hyphens and no tag; the regex tested every character of every article.
 */
function mayHavePartyStateTag(text: string): boolean {
  for (let h = text.indexOf('-', 2); h >= 0; h = text.indexOf('-', h + 1)) {
    const party = text.charCodeAt(h - 1);
    const state = text.charCodeAt(h + 1);
    if ((party !== 68 && party !== 82 && party !== 73) || !(state >= 65 && state <= 90)) continue; // D R I, A-Z
    const before = text.charCodeAt(h - 2);
    if (before === 44 || before === 40) return true; // , (
    if (h >= 3 && isRegExpSpaceCode(before) && (text.charCodeAt(h - 3) === 44 || text.charCodeAt(h - 3) === 40)) return true;
  }
  return false;
}

function partyStateTags(ctx: Ctx): void {
  const { text, tokens, drafts } = ctx;
  if (!mayHavePartyStateTag(text)) return;
  for (const m of text.matchAll(PARTY_STATE)) {
    const state = m[1];
    const entry = REGION_BY_ABBREVIATION.get(state.replace(/\s/g, ''));
    if (!entry) continue;
    const end = m.index! + m[0].length;
    const start = end - state.length;
    let first = -1;
    let last = -1;
    for (let k = 0; k < tokens.length && tokens[k].start < end; k++) {
      if (tokens[k].end <= start) continue;
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0) continue;
    for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].start < end && drafts[k].end > start) drafts.splice(k, 1);
    drafts.push(newDraft(start, end, 'GPE', entry.id, first, last, true));
  }
}

export function bracketAcronyms(ctx: Ctx): void {
  partyStateTags(ctx);
  tickerCodes(ctx);
  spelledOutNames(ctx);
  const { tokens, drafts } = ctx;
  // most articles have no name followed by a bracketed word: then there is nothing to index
  if (!drafts.some((d) => d.last !== d.first && d.type !== 'DATE' && bracketedAfter(ctx, d.last))) return;
  const byFirst = new Map<number, Draft>();
  for (const d of drafts) byFirst.set(d.first, d);
  const alias = new Map<string, Draft>();
  for (const d of [...drafts]) {
    if (d.last === d.first || d.type === 'DATE') continue;
    if (!acronymOfName(ctx, d) && d.type === 'PERSON') continue;
    const open = tokens[d.last + 1];
    const acr = tokens[d.last + 2];
    const close = tokens[d.last + 3];
    if (!open || open.text !== '(' || !acr || !close || close.text !== ')' || acr.nl > 0) continue;
    if (acr.caps) {
      const letters = acr.text.replace(/\./g, '');
      if (letters.length < 2) continue;
      // an organisation's acronym may spell its name in another language ("National Statistics Institute (INE)",
      // Instituto Nacional de Estadísticas): then a capital word in brackets that is no known name of its own
      // ("Central Bank of Nigeria (IMF)" names another organisation)
      const own = byFirst.get(d.last + 2);
      const unknown = !own || (own.type === 'ORG' && (!own.id || own.id === slugify(acr.text)));
      if (letters[0] !== tokens[d.first].text[0].toUpperCase() && !(d.type === 'ORG' && unknown)) continue;
    } else if (!(d.type === 'ORG' && acr.upper && !byFirst.has(d.last + 2))) {
      // "Oswaldo Cruz Foundation (Fiocruz)": a short name in brackets with no other reading names the organisation
      continue;
    }
    d.id = d.id || slugify(surfaceOf(ctx, d));
    alias.set(acr.text, d);
  }
  if (!alias.size) return;
  for (const d of drafts) {
    if (d.first !== d.last) continue;
    const full = alias.get(tokens[d.first].text);
    if (!full || d.source === 'user') continue;
    d.type = full.type;
    d.id = full.id;
  }
  // an acronym with no other evidence (kept pending) is still a mention once the article spells it out
  for (const [text, full] of alias) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].text !== text || ctx.taken[i] || byFirst.has(i)) continue;
      drafts.push(newDraft(tokens[i].start, tokens[i].end, full.type, full.id, i, i, true));
      ctx.taken[i] = 1;
    }
  }
}

/** "( X )" right after token last: the only place where bracketAcronyms (and acronymOfName) look. */
function bracketedAfter(ctx: Ctx, last: number): boolean {
  const open = ctx.tokens[last + 1];
  const close = ctx.tokens[last + 3];
  return !!open && open.text === '(' && !!close && close.text === ')';
}

/** Legal suffixes dropped in later mentions ("Kestrel Photonics Ltd" → "Kestrel Photonics"). */
const LEGAL_SUFFIX = LEGAL_FORM;

/** Last words of studios' and media groups' names that later mentions drop ("Ciel Noir Games" → "Ciel Noir"). */
const STUDIO_HEAD = new Set(['Games', 'Studios', 'Entertainment', 'Pictures', 'Interactive', 'Media']);

/**
 * "Kestrel Photonics" (in the headline) and "Kestrel Photonics Ltd" (in the body): a company's name without its legal
 * suffix is the same organisation wherever it occurs in the article, headlines included.
 */
export function companyShortForms(ctx: Ctx): void {
  outletShortForms(ctx);
  const { tokens, drafts, taken } = ctx;
  // "Lubemba Copper plc": a lower-case legal form right after a company's name belongs to it
  // (few articles hold such a form: one search of the text spares the others a walk over their tokens)
  if (hasCommaLegalForm(ctx.text)) {
    for (let i = 1; i + 1 < tokens.length; i++) if (tokens[i].text === ',' && COMMA_LEGAL_FORMS.has(tokens[i + 1].text)) commaLegalForm(ctx, i);
  }
  for (const d of drafts) {
    const next = tokens[d.last + 1];
    if (d.type === 'ORG' && next && next.nl === 0 && LOWER_LEGAL_FORMS.has(next.text) && next.start === tokens[d.last].end + 1) {
      d.last++;
      d.end = next.end;
      taken[d.last] = 1;
    }
  }
  const stems: { words: string[]; d: Draft }[] = [];
  for (const d of drafts) {
    if (d.type !== 'ORG' || d.last - d.first < 2) continue;
    let last = d.last;
    if (tokens[last].text === '.') last--;
    // ("Nordvarme Biogas A/S": a form written with a slash drops as one)
    const slashed = tokens[last - 1].text === '/' && last - 2 > d.first;
    if (slashed) last -= 2;
    // ("Prairie Gate Financial", "Harlan Bancshares": a company word drops like a legal form, "Prairie Gate")
    if (!slashed && !LEGAL_SUFFIX.has(tokens[last].text) && !COMPANY_HEAD.has(tokens[last].text) && !STUDIO_HEAD.has(tokens[last].text)) continue;
    const words: string[] = [];
    for (let k = d.first; k < last; k++) if (tokens[k].text !== '.' && tokens[k].text !== ',') words.push(tokens[k].text);
    if (words.length < 2) continue; // single-word stems are linked with the pending words (identity.ts)
    if (GAZ.has(words.join(' ').toLowerCase())) continue; // "National Australia Bank" is not "National Australia"
    d.id = d.id || slugify(ctx.text.slice(d.start, d.end));
    stems.push({ words, d });
  }
  // "Kestrel Photonics" in a headline, "Tokyo Electric shares" after "Tokyo Electric Power Co": the name, or its
  // first two words or more, elsewhere in the article is the company, even where the words were read apart
  for (const { words, d } of stems) linkStem(ctx, words, d, 2);
  definedTerms(ctx);
}

/** Every other run of words[0..len) with len >= minLen (and nothing capitalised right after) becomes the company d. */
function linkStem(ctx: Ctx, words: readonly string[], d: Draft, minLen: number): void {
  const { tokens, drafts, taken } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== words[0] || (i >= d.first && i <= d.last)) continue;
    let len = 1;
    while (len < words.length && tokens[i + len] && tokens[i + len].nl === 0 && tokens[i + len].text === words[len]) len++;
    if (len < minLen) continue;
    const after = tokens[i + len];
    if (after && after.nl === 0 && after.kind === tokens[i].kind && (after.upper || after.caps)) continue;
    const last = i + len - 1;
    let clash = false;
    const inside: Draft[] = [];
    for (const o of drafts) {
      if (o.last < i || o.first > last) continue;
      if (o.first < i || o.last > last || o.source === 'user' || o === d) clash = true;
      else inside.push(o);
    }
    if (clash) continue;
    for (const o of inside) drafts.splice(drafts.indexOf(o), 1);
    drafts.push(newDraft(tokens[i].start, tokens[last].end, 'ORG', d.id, i, last, true));
    for (let k = i; k <= last; k++) taken[k] = 1;
    i = last;
  }
}

const OPEN_QUOTES = new Set(['"', '\u201c']);
const CLOSE_QUOTES = new Set(['"', '\u201d']);

/**
 * Press releases define a short name for the company right after its full one: `Marés Lusitanas Navegação, S.A.
 * ("Marés" or the "Company")`. The quoted words are the company there and wherever else the release uses them.
 */
function definedTerms(ctx: Ctx): void {
  const { tokens, drafts } = ctx;
  for (const d of [...drafts]) {
    if (d.type !== 'ORG' || tokens[d.last + 1]?.text !== '(' || !OPEN_QUOTES.has(tokens[d.last + 2]?.text)) continue;
    const first = d.last + 3;
    let last = first;
    while (last < tokens.length && last - first < 4 && isNameToken(tokens[last]) && tokens[last].nl === 0) last++;
    const close = tokens[last];
    if (last === first || !close || !CLOSE_QUOTES.has(close.text)) continue;
    const after = tokens[last + 1];
    if (!after || (after.text !== ')' && after.text !== 'or' && after.text !== ',')) continue;
    // ("the “Company”", "the “Bank”": a common word defined as the company's name is no name of it)
    if (last === first + 1 && isCommon(lowerOf(ctx, first))) continue;
    d.id = d.id || slugify(ctx.text.slice(d.start, d.end));
    const words: string[] = [];
    for (let k = first; k < last; k++) words.push(tokens[k].text);
    // the term itself: whatever was read in its words gives way
    for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].first >= first && drafts[k].last < last) drafts.splice(k, 1);
    drafts.push(newDraft(tokens[first].start, tokens[last - 1].end, 'ORG', d.id, first, last - 1, true));
    for (let k = first; k < last; k++) ctx.taken[k] = 1;
    linkStem(ctx, words, d, words.length);
  }
}

/** Capital initials of the words of tokens [first, last], hyphen parts included ("Majlis-e-Ittehadul" → "MI"). */
function initialsOf(ctx: Ctx, first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) for (const part of ctx.tokens[k].text.split('-')) if (/^\p{Lu}/u.test(part)) out += part[0];
  return out;
}

/**
 * "All India Majlis-e-Ittehadul Muslimeen (AIMIM)": when the bracketed acronym spells the capitalised words of the name
 * and of the words right before it, the name starts there and is an organisation (a person is not spelled out so).
 * Returns whether d was (re)read as such a name.
 */
function acronymOfName(ctx: Ctx, d: Draft): boolean {
  const { tokens, drafts } = ctx;
  const acr = tokens[d.last + 2];
  if (!acr || !acr.caps || tokens[d.last + 1].text !== '(' || !tokens[d.last + 3] || tokens[d.last + 3].text !== ')') return false;
  const letters = acr.text.replace(/\./g, '');
  const own = initialsOf(ctx, d.first, d.last);
  if (letters.length < 3 || letters.length === own.length || !letters.endsWith(own)) return false;
  let need = letters.slice(0, letters.length - own.length);
  let first = d.first;
  while (need && first > 0 && tokens[first].nl === 0) {
    const t = tokens[first - 1];
    if (!(t.upper || t.caps) || t.text[0] !== need[need.length - 1]) break;
    need = need.slice(0, -1);
    first--;
  }
  if (need) return false;
  for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k] !== d && drafts[k].first >= first && drafts[k].last < d.first) drafts.splice(k, 1);
  d.first = first;
  d.start = tokens[first].start;
  if (d.type === 'PERSON') d.type = 'ORG';
  d.id = null;
  for (let k = first; k <= d.last; k++) ctx.taken[k] = 1;
  return true;
}

/** Small words an acronym skips ("Federation of Indian Chambers of Commerce and Industry" → FICCI). */
const ACRONYM_SKIP = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '&', ',', 'de', 'des', 'du', 'la', 'le', 'del', 'für', 'und']);

/**
 * The words right before "(" at open whose initials spell the bracketed acronym, skipping small words and commas:
 * the index of the first word, or -1. Capitalised words spell a name ("Union of Construction, Allied Trades
 * and Technicians (Ucatt)"); with lower, lower-case words spell a technical term ("train control system (TCS)").
 */
function spelledStart(ctx: Ctx, open: number, letters: string, lower: boolean): number {
  const { tokens } = ctx;
  let need = letters;
  let k = open - 1;
  while (k >= 0 && need && open - k <= 16 && tokens[k + 1].nl === 0) {
    const t = tokens[k];
    const w = t.text;
    if (ACRONYM_SKIP.has(w.toLowerCase())) {
      if (k === open - 1) return -1;
      k--;
      continue;
    }
    if (t.kind !== TokenKind.Word) return -1;
    const parts = w.split('-').filter(Boolean);
    const capital = t.upper || t.caps;
    if (lower ? capital : !capital) return -1;
    // a capitalised name spells every capitalised part ("Majlis-e-Ittehadul" → MI); a term every part
    const initials = parts.filter((p) => lower || /^\p{Lu}/u.test(p)).map((p) => p[0].toUpperCase()).join('');
    if (!initials || !need.endsWith(initials)) return -1;
    need = need.slice(0, need.length - initials.length);
    if (!need) return k;
    k--;
  }
  return -1;
}

/**
 * "Federation of Indian Chambers of Commerce and Industry (FICCI)": capitalised words whose initials spell the bracketed acronym are one
 * organisation's name, whatever pieces the run was read as. "positive train control (PTC)": when
 * lower-case words spell it, the acronym is a technical term, and no mention anywhere in the article.
 */
function spelledOutNames(ctx: Ctx): void {
  const { tokens, drafts } = ctx;
  const terms = new Set<string>();
  // Only a token "(" opens an acronym: brackets are rare, so they are found with indexOf and the token starting at
  // each looked up, instead of comparing every token of the article with "(".
  for (let at = ctx.text.indexOf('('); at >= 0; at = ctx.text.indexOf('(', at + 1)) {
    const i = firstTokenAtOrAfter(tokens, at);
    if (i < 2 || i + 2 >= tokens.length || tokens[i].start !== at) continue;
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')') continue;
    const acr = tokens[i + 1];
    if (acr.kind !== TokenKind.Word || !acr.upper || acr.nl > 0 || tokens[i].nl > 0) continue;
    const letters = acr.text.replace(/\./g, '');
    if (letters.length < 3 || letters.length > 8 || !/^[A-Za-z]+$/.test(letters) || (!acr.caps && letters.length < 4)) continue;
    const up = letters.toUpperCase();
    if (acr.caps && spelledStart(ctx, i, up, true) >= 0) {
      terms.add(acr.text);
      continue;
    }
    const first = spelledStart(ctx, i, up, false);
    if (first < 0 || first === i - 1) continue;
    const last = i - 1;
    // a draft already spanning exactly these words is kept; one reaching outside them is left alone
    if (drafts.some((d) => d.first === first && d.last === last)) continue;
    if (drafts.some((d) => d.first <= last && d.last >= first && (d.first < first || d.last > last || d.source === 'user'))) continue;
    for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].first >= first && drafts[k].last <= last) drafts.splice(k, 1);
    for (let k = ctx.pending.length - 1; k >= 0; k--) if (ctx.pending[k].first >= first && ctx.pending[k].last <= last) ctx.pending.splice(k, 1);
    emit(ctx, first, last, 'ORG', null, true);
  }
  if (!terms.size) return;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d.first === d.last && d.source !== 'user' && terms.has(tokens[d.first].text)) drafts.splice(k, 1);
  }
  for (let k = ctx.pending.length - 1; k >= 0; k--) if (ctx.pending[k].first === ctx.pending[k].last && terms.has(tokens[ctx.pending[k].first].text)) ctx.pending.splice(k, 1);
  for (let i = 0; i < tokens.length; i++) if (terms.has(tokens[i].text)) ctx.taken[i] = 1;
}

/**
 * "told the Herald" after "the Valley Herald", "told the Bote" after "the Rhein-Main Bote": a word kept pending as an
 * outlet is the one organisation of the article whose name ends in it (a newspaper's word, or no common word).
 */
function outletShortForms(ctx: Ctx): void {
  const { tokens, drafts, pending } = ctx;
  const byWord = new Map<string, string | null>();
  for (const d of drafts) {
    if (d.type !== 'ORG' || d.last === d.first || !(NEWSPAPER.has(tokens[d.last].text) || (!isCommon(lowerOf(ctx, d.last)) && !tokens[d.last].caps))) continue;
    const w = tokens[d.last].text;
    const id = d.id || slugify(surfaceOf(ctx, d));
    d.id = id;
    byWord.set(w, byWord.has(w) && byWord.get(w) !== id ? null : id);
  }
  if (!byWord.size) return;
  for (let k = pending.length - 1; k >= 0; k--) {
    const p = pending[k];
    const id = p.first === p.last && p.fallback === 'ORG' ? byWord.get(tokens[p.first].text) : undefined;
    if (!id) continue;
    pending.splice(k, 1);
    drafts.push(newDraft(p.start, p.end, 'ORG', id, p.first, p.last, true));
  }
}

const PORTFOLIO_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Minister', 'Office', 'Institute', 'Agency', 'Centre', 'Center', 'Council', 'Commission', 'Committee', 'Unit', 'Authority', 'Board', 'School', 'Faculty']);

/**
 * "the Ministry of Culture, Tourism and Civil Aviation": the portfolios listed after a ministry's "of" belong to its
 * name when the list closes with "and" (a comma alone may open an appositive).
 */
export function ministryPortfolios(ctx: Ctx): void {
  const { tokens } = ctx;
  for (const d of ctx.drafts) {
    if (d.type !== 'ORG' || !PORTFOLIO_HEADS.has(tokens[d.first].text) || d.last < d.first + 2 || tokens[d.first + 1].text !== 'of') continue;
    let k = d.last + 1;
    let last = -1;
    while (k + 1 < tokens.length && (tokens[k].text === ',' || tokens[k].text === 'and') && tokens[k + 1].nl === 0) {
      const closing = tokens[k].text === 'and' || tokens[k + 1].text === 'and';
      let j = tokens[k + 1].text === 'and' ? k + 2 : k + 1;
      if (!tokens[j] || !isNameToken(tokens[j]) || tokens[j].nl > 0) break;
      while (j + 1 < tokens.length && tokens[j + 1].nl === 0 && (isNameToken(tokens[j + 1]) || (LINKERS.has(tokens[j + 1].text) && tokens[j + 2] && isNameToken(tokens[j + 2])))) j++;
      if (closing) { last = j; break; }
      k = j + 1;
    }
    if (last < 0) continue;
    const from = d.last + 1;
    keepOnly(ctx.drafts, (x) => x === d || x.last < from || x.first > last);
    keepOnly(ctx.pending, (x) => x.last < from || x.first > last);
    d.last = last;
    d.end = tokens[last].end;
    d.id = null;
    for (let m = from; m <= last; m++) ctx.taken[m] = 1;
  }
}

function keepOnly<T>(list: T[], keep: (x: T) => boolean): void {
  let n = 0;
  for (const x of list) if (keep(x)) list[n++] = x;
  list.length = n;
}
