// Splits a run of capitalised words into mentions: joined institution names, gazetteer names, titles + names,
// and unknown chunks (handed to classifyChunk).
import { lowerCase, slugify } from '../../text/chars';
import { ORG_NOUN, EVENT_HEAD, FIRST, GAZ, GAZ_ORG_BEFORE_S, GAZ_START, GAZ_PLACE_ALT, GazEntry, isCommon, REGION_IDS, SUBNATIONAL_IDS, LEGAL_FORM, LOC_HEAD, NEVER, ORG_FIRST, ORG_HEAD, PARTICLES, COMMON, POST_NOMINALS, FAC_HEAD, TITLE_HEAD } from './lexicon';
import { possessiveHeadLength, CONNECT_OF, LINKERS, SECOND_LINKERS, REGION_CODE, Ctx, emit, isThe, addPending, isCountryId, isLowerCode, isNameToken, keysOf, lowerOf, newDraft } from './context';
import { TokenKind } from '../../text/tokens';
import { WordShapes } from '../attribution/lexicon';
import { gazMatch, hyphenatedNames, splitHyphenated, startsGaz, titleLength } from './gazetteerMatch';
import { allTitleCase, classifyChunk, hasNameWord } from './classify';

const EXCHANGES = new Set(['NASDAQ', 'Nasdaq', 'NYSE', 'LSE', 'TSX', 'HKEX', 'OTC', 'AMEX', 'NYSEARCA', 'BATS', 'TSE', 'ASX', 'SGX', 'KRX']);

const COMPANY_SUFFIX = new Set([
  ...LEGAL_FORM, 'Group', 'Holdings',
  'Technologies', 'Technology', 'Industries', 'Motors', 'Motor', 'Airlines', 'Systems', 'Pharmaceuticals', 'Communications', 'Networks', 'Platforms', 'Electronics', 'Display', 'Chemical', 'Biologics', 'Energy',
]);

/** Ids of multinationals whose national subsidiaries are named "<brand> <country>" ("Airtel Uganda", "Nestlé India"). */
const NATIONAL_ARMS = new Set(['airtel', 'vodacom', 'mtn-group', 'safaricom', 'vodafone', 'orange', 'nestle', 'unilever', 'uber', 'google', 'microsoft', 'samsung', 'toyota', 'huawei', 'standard-chartered', 'ecobank', 'shell', 'totalenergies']);

/** Words after "Air" that make no airline ("Air Force", "Air Marshal", "Air Quality"). */
const AIR_NOT = new Set(['Force', 'Forces', 'Marshal', 'Chief', 'Commodore', 'Vice', 'Quality', 'Traffic', 'Show', 'Base', 'Station', 'Defense', 'Defence', 'National', 'Pollution', 'Raid', 'Raids', 'Strike', 'Strikes', 'Ambulance', 'Cadets', 'Corps', 'Command', 'Navigation', 'Transport']);

/** Words that make another river, sea or range of a listed one ("Blue Nile", "Upper Rhine", "Little Karoo"). */
const LOC_MODIFIERS = new Set(['Blue', 'White', 'Black', 'Red', 'Yellow', 'Upper', 'Lower', 'Little', 'Great', 'Greater', 'Lesser', 'Middle', 'Grand']);

const PLACE_SUFFIX = /-(based|born|bred|headquartered|listed|registered)$/;
/** "million", "billion", "trillion", "bn", "m": the first code unit of an amount word. */
function amountStart(c: number): boolean {
  return c === 109 || c === 98 || c === 116;
}
const SEA_WORDS = new Set(['pacific', 'atlantic', 'arctic', 'antarctic', 'caribbean', 'mediterranean', 'baltic', 'adriatic', 'aegean']);

/** The word at i is a lower-case noun the adjective before it modifies ("Pacific nations"), not a function word. */
function modifiesNoun(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.nl > 0 || t.kind !== TokenKind.Word) return false;
  if (isNameToken(t)) return true;
  return !NEVER.has(lowerOf(ctx, i));
}

/**
 * Function words ("The", "However", "But") that no list names alone and that open no title: a one-word run of one
 * of them is read as nothing by processPlain (no look-up finds it, and classifyChunk strips it).
 */
const SILENT_WORDS: ReadonlySet<string> = new Set([...NEVER].filter((w) => !GAZ_START.get(w)?.node?.entry && !TITLE_HEAD.has(w) && !(w.endsWith('.') && TITLE_HEAD.has(w.slice(0, -1)))));

/**
 * A one-word run processPlain would read as nothing: a plain function word ("The" opening a sentence), outside a
 * picture credit, with no knowledge to name it. About a fifth of all runs: the look-ups and the rules of
 * processPlain and classifyChunk are skipped for them.
 */
function silentWord(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.dash || t.caps || t.dot || ctx.region[i] === REGION_CODE.boilerplate || (ctx.knowledge && ctx.knowledge.names.size > 0)) return false;
  return SILENT_WORDS.has(lowerOf(ctx, i));
}

export function processRun(ctx: Ctx, start: number, end: number): void {
  const { tokens, drafts } = ctx;
  const before = drafts.length;
  // (each rule's own first test is made here, where it rules out most runs without a call: two thirds of all runs
  // are one word, and most emit no organisation)
  if (tokens[end - 1].text === 'Attorney' && attorneyOffice(ctx, start, end)) return;
  if (end - start >= 2 && agencyOfPlace(ctx, start, end)) return;
  if (end - start >= 3 && legalFormRun(ctx, start, end)) return;
  if (end - start !== 1 || !silentWord(ctx, start)) splitRun(ctx, start, end);
  if (drafts.length > before) orgAndPlace(ctx, start, end, before);
  const last = drafts[drafts.length - 1];
  if (last && last.type === 'ORG') {
    slashLegalForm(ctx, end);
    commaLegalForm(ctx, end);
  }
  // (the possessive mark is written tight after the run's last word)
  if (end < tokens.length && tokens[end].start === tokens[end - 1].end) listedPossessiveName(ctx, end);
}

/**
 * "Sainsbury’s", "McDonald's": a listed organisation whose name ends in a possessive "s" (listed without the mark) is
 * the whole word with its "’s"; the possessive rule (rule 4) is for other names.
 */
function listedPossessiveName(ctx: Ctx, end: number): void {
  const { tokens, drafts } = ctx;
  const j = end - 1;
  const mark = tokens[end];
  const s = tokens[end + 1];
  if (!mark || !s || (mark.text !== '’' && mark.text !== "'") || mark.start !== tokens[j].end || s.text !== 's' || s.start !== mark.end) return;
  // (GAZ.get(lower + 's') with the type test, without building the string)
  const entry = GAZ_ORG_BEFORE_S.get(lowerOf(ctx, j));
  if (!entry) return;
  const after = tokens[end + 2];
  if (after && after.start === s.end && after.kind === TokenKind.Word) return;
  const last = drafts[drafts.length - 1];
  if (last && last.last >= j && last.first < j) return;
  if (last && last.first === j && last.last === j) drafts.pop();
  for (let k = ctx.pending.length - 1; k >= 0 && ctx.pending[k].first >= j; k--) if (ctx.pending[k].first === j) ctx.pending.splice(k, 1);
  emit(ctx, j, end + 1, 'ORG', entry.id, true);
}

/**
 * "the U.S. Attorney's Office for the Northern District of Texas", "the Manhattan District Attorney’s Office": a
 * prosecutor's office is named through the possessive, with its place and the district it serves; the whole is one
 * ORG (the country inside it, as in "U.N. Security Council"). Returns whether the run was read so.
 */
/** "Hawks", "Raiders": a plural name word that no place or feature ends with ("Islands", "Hills"). */
function teamPlural(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !LOC_HEAD.has(w) && !ORG_HEAD.has(w) && /^[A-Z][a-z]+s$/.test(w) && !PLACE_PLURALS.has(w);
}
const PLACE_PLURALS = new Set(['Highlands', 'Lowlands', 'Wetlands', 'Midlands', 'Heights', 'Springs', 'Falls', 'Woods', 'Plains', 'Keys', 'Downs', 'Territories', 'Provinces', 'Emirates', 'States', 'Games', 'Olympics', 'Paralympics', 'Championships', 'Awards', 'Talks', 'Accords', 'Finals', 'Series', 'News', 'Times']);

/** Words that open the names of public agencies called after their place ("Transport Scotland", "Health Canada"). */
// (and national bodies of a sport or trade: "Cricket Australia", "Seafood New Zealand", "Tennis Canada")
const AGENCY_WORDS = new Set(['Transport', 'Health', 'Statistics', 'Parks', 'Sport', 'Historic', 'Emergency', 'Management', 'Environment', 'Police', 'Tourism', 'Invest', 'Forestry', 'Water', 'Fisheries', 'Heritage', 'Ambulance', 'Fire', 'Rescue',
  'Cricket', 'Rugby', 'Football', 'Tennis', 'Hockey', 'Netball', 'Athletics', 'Swimming', 'Cycling', 'Golf', 'Basketball', 'Seafood', 'Dairy', 'Wine', 'Horticulture', 'Meat']);

/**
 * "Transport Scotland", "Emergency Management Victoria", "Police Scotland": agency words before a listed place
 * that ends the run name a public agency, not a place (the words alone would be dropped as common).
 */
function agencyOfPlace(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  if (ctx.titleLine[start] || end - start < 2 || !AGENCY_WORDS.has(tokens[start].text)) return false;
  let k = start + 1;
  while (k < end - 1 && AGENCY_WORDS.has(tokens[k].text)) k++;
  // ("Emergency Management Victoria": after two agency words, any one name is the place)
  const place = k - start >= 2 && k === end - 1 ? { len: 1, entry: { type: 'GPE' } } : gazMatch(ctx, k, end);
  if (!place || place.entry.type !== 'GPE' || k + place.len !== end) return false;
  emit(ctx, start, end - 1, 'ORG', null, true);
  return true;
}

function attorneyOffice(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const a = end - 1;
  if (tokens[a].text !== 'Attorney' || (a === start && ctx.sentStart[a])) return false;
  const mark = tokens[end];
  const sTok = tokens[end + 1];
  const office = tokens[end + 2];
  if (!mark || !sTok || !office || (mark.text !== '’' && mark.text !== "'") || mark.start !== tokens[a].end || sTok.text !== 's' || sTok.start !== mark.end) return false;
  if (office.text !== 'Office' || office.nl > 0) return false;
  let s = start;
  while (s < a && NEVER.has(lowerOf(ctx, s))) s++;
  let last = end + 2;
  // "… for the Northern District of Texas": the district it serves
  const link = tokens[last + 1];
  if (link && link.nl === 0 && link.text === 'for') {
    let k = last + 2;
    if (tokens[k] && lowerOf(ctx, k) === 'the') k++;
    let named = -1;
    while (k < tokens.length && tokens[k].nl === 0 && k - last < 10) {
      if (isNameToken(tokens[k])) named = k;
      else if (tokens[k].text !== 'of' || !tokens[k + 1] || !isNameToken(tokens[k + 1])) break;
      k++;
    }
    if (named > 0 && tokens[named].text !== 'District') last = named;
  }
  for (let k = ctx.drafts.length - 1; k >= 0; k--) if (ctx.drafts[k].first >= s && ctx.drafts[k].first <= last) ctx.drafts.splice(k, 1);
  for (let k = ctx.pending.length - 1; k >= 0; k--) if (ctx.pending[k].first >= s && ctx.pending[k].first <= last) ctx.pending.splice(k, 1);
  emit(ctx, s, last, 'ORG', null, true);
  return true;
}

/** Legal forms written with a slash ("A/S" in Denmark and Norway, "S/A" in Brazil). */
const SLASH_FORM = new Set(['A/S', 'I/S', 'K/S', 'P/S', 'S/A']);

/**
 * "Norvik Cable Systems A/S": a legal form written with a slash (three tight tokens, the first may close the run)
 * after a company's name belongs to it.
 */
function slashLegalForm(ctx: Ctx, end: number): void {
  const { tokens, drafts } = ctx;
  const d = drafts[drafts.length - 1];
  if (!d || d.type !== 'ORG') return;
  const j = d.last + 1;
  if (j !== end - 1 && j !== end) return;
  const a = tokens[j];
  const slash = tokens[j + 1];
  const b = tokens[j + 2];
  if (!a || !slash || !b || a.nl > 0 || slash.start !== a.end || b.start !== slash.end || a.start !== tokens[d.last].end + 1) return;
  if (!SLASH_FORM.has(a.text + slash.text + b.text)) return;
  const after = tokens[j + 3];
  if (after && after.start === b.end && after.kind === TokenKind.Word) return;
  d.last = j + 2;
  d.end = b.end;
  for (let k = j; k <= j + 2; k++) ctx.taken[k] = 1;
}

/** Legal forms that end a company's name and nothing else ("AS", "AB", "SE", "Co" also read as other words). */
const ENDING_LEGAL_FORMS = new Set([...LEGAL_FORM].filter((f) => !['AS', 'AB', 'SE', 'Co', 'Co.', 'Corporation', 'Corp', 'Corp.'].includes(f)));
const LEGAL_FORM_SHAPES = new WordShapes([...ENDING_LEGAL_FORMS].filter((f) => /^[\x00-\x7f]+$/.test(f)));

/**
 * "Evergreen Kayu Gabon SA", "Nordvarme Biogas A/S": a run of capitalised words ending in a legal form is one company,
 * even where a listed place or a person-shaped pair stands inside it (a sentence's capitalised opener stays out).
 */
function legalFormRun(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  // (the name before the form takes two words at least: most runs are shorter, and need no test of their last word)
  if (end - start < 3) return false;
  let last = end - 1;
  const a = tokens[last];
  const slash = tokens[end];
  const b = tokens[end + 1];
  const slashForm = !!slash && !!b && a.text.length === 1 && slash.start === a.end && b.start === slash.end && SLASH_FORM.has(a.text + slash.text + b.text);
  // (the shapes rule out most last words without hashing them)
  if (!slashForm && !(LEGAL_FORM_SHAPES.mayHold(ctx.text, a.start, a.end) && ENDING_LEGAL_FORMS.has(a.text))) return false;
  let first = start;
  if (first < last && (ctx.sentStart[first] || ctx.titleLine[first]) && isCommon(lowerOf(ctx, first))) first++;
  // ("Athens-based Cycladic Shores S.A.": the compound describes the company)
  const dash = tokens[first].text.lastIndexOf('-');
  if (first < last && dash > 0 && isLowerCode(tokens[first].text.charCodeAt(dash + 1))) first++;
  // "Evergreen Kayu SA" and longer: a listed company with its form ("Siemens AG") is read as usual
  if (last - first < 2 || gazMatch(ctx, first, last)?.len === last - first) return false;
  if (slashForm) {
    const after = tokens[end + 2];
    if (after && after.start === b.end && after.kind === TokenKind.Word) return false;
    last = end + 1;
  }
  // (the words left out before the name are read as usual: "Athens-based" gives Athens)
  if (first > start) processPlain(ctx, start, first);
  emit(ctx, first, last, 'ORG', null, true);
  return true;
}

/** "Hanwol Metering Co., Ltd.": the second legal form after a comma belongs to the company's name. */
function commaLegalForm(ctx: Ctx, end: number): void {
  const { tokens, drafts } = ctx;
  const d = drafts[drafts.length - 1];
  if (!d || d.type !== 'ORG' || d.last !== end - 1 || (tokens[d.last].text !== 'Co.' && tokens[d.last].text !== 'Co')) return;
  const comma = tokens[end];
  const form = tokens[end + 1];
  if (!comma || !form || comma.text !== ',' || comma.start !== tokens[d.last].end || form.nl > 0 || !/^(?:Ltd\.?|Limited|LLC|Inc\.?)$/.test(form.text)) return;
  d.last = end + 1;
  d.end = form.end;
  ctx.taken[end] = 1;
  ctx.taken[end + 1] = 1;
}

/** Nouns after "<organisation> <place>" that show the two are separate names ("the Hamas Israel war"). */
const PAIR_NOUNS = new Set(['war', 'wars', 'conflict', 'deal', 'deals', 'talks', 'ties', 'relations', 'border', 'ceasefire', 'truce', 'agreement', 'accord', 'summit', 'dispute', 'standoff', 'tensions', 'rivalry', 'match', 'game', 'clash', 'trade', 'pact', 'partnership', 'office', 'offices', 'operations', 'unit', 'branch', 'business', 'division']);

/**
 * "Amnesty International UK", "BBC Wales", "Nasdaq Stockholm": a place that closes a run right after an
 * organisation's name (or a lone institution word) is part of that organisation's name: national chapters, regional
 * forces, exchanges. A country before an organisation stays apart (rule 5), and so do the two before a noun that
 * relates them ("the Hamas Israel war").
 */
function orgAndPlace(ctx: Ctx, start: number, end: number, before: number): void {
  const { tokens, drafts } = ctx;
  const place = drafts[drafts.length - 1];
  if (drafts.length - before < 1 || !place || place.type !== 'GPE' || place.last !== end - 1 || place.source === 'user' || place.first <= start) return;
  if (ctx.titleLine[start] || tokens[place.first].nl > 0) return;
  const next = tokens[end];
  if (next && next.nl === 0 && next.kind === TokenKind.Word && PAIR_NOUNS.has(lowerOf(ctx, end))) return;
  const org = drafts.length - before >= 2 ? drafts[drafts.length - 2] : null;
  if (org && org.type === 'ORG' && org.last === place.first - 1 && org.source !== 'user') {
    drafts.splice(drafts.length - 2, 2);
    emit(ctx, org.first, place.last, 'ORG', null, true);
    return;
  }
  // "Police <region>": a lone institution word opening the run, read as nothing on its own
  const h = place.first - 1;
  if (h === start && !ctx.taken[h] && ORG_HEAD.has(tokens[h].text) && !tokens[h].caps && (!org || org.last < h)) {
    drafts.pop();
    emit(ctx, h, place.last, 'ORG', null, true);
  }
}

function splitRun(ctx: Ctx, start: number, end: number): void {
  const { tokens } = ctx;
  // "Russia & Eurasia Programme", "Bank of England": a joined institution name is one ORG (or EVENT)
  for (let c = start + 1; c < end - 1; c++) {
    const w = tokens[c].text;
    if (w !== '&' && !CONNECT_OF.has(w)) continue;
    let s = start;
    // (a common word opening the sentence goes, but not the head right before "of": "Bank of Thailand holds rate")
    while (s < c && (NEVER.has(lowerOf(ctx, s)) || (ctx.sentStart[s] && COMMON.has(lowerOf(ctx, s)) && !(s === c - 1 && ORG_HEAD.has(tokens[s].text))))) s++;
    if (s === c) break;
    const whole = gazMatch(ctx, s, end);
    if (whole && whole.len === end - s) break;
    // a leading country stays separate when not itself joined ("US Department of Justice")
    const lead = gazMatch(ctx, s, c);
    if (lead && s + lead.len < c && (lead.entry.type === 'GPE' || lead.entry.type === 'NORP') && !placeInstitution(ctx, s + lead.len, c, lead.entry)) {
      emit(ctx, s, s + lead.len - 1, lead.entry.type, lead.entry.id, true);
      s += lead.len;
    }
    const tl = titleLength(ctx, s, end);
    if (tl > 0) break; // "Secretary of State Antony Blinken": handled as a title below
    const lastWord = tokens[end - 1].text;
    const headWord = tokens[c - 1].text;
    if (ORG_HEAD.has(lastWord) || (w !== '&' && ORG_HEAD.has(headWord)) || w === '&') {
      emit(ctx, s, end - 1, EVENT_HEAD.has(lastWord) && !ORG_HEAD.has(headWord) ? 'EVENT' : 'ORG', null, true);
      return;
    }
    if (LOC_HEAD.has(headWord)) {
      emit(ctx, s, end - 1, 'LOC', null, true);
      return;
    }
    // "the Kingdom of Benin", "the Republic of Texas": a polity word before a listed place names a state
    if (POLITY.has(headWord) && c === s + 1 && w === 'of') {
      const place = gazMatch(ctx, c + 1, end);
      if (place && place.len === end - c - 1 && place.entry.type === 'GPE') {
        emit(ctx, s, end - 1, 'GPE', null, true);
        return;
      }
    }
    // "Africa Cup of Nations", "World Championship of Darts": an event word before "of" heads an event name
    if (w !== '&' && EVENT_HEAD.has(headWord)) {
      emit(ctx, s, end - 1, 'EVENT', null, true);
      return;
    }
    // not an institution: the parts are separate names
    processPlain(ctx, s, c);
    processPlain(ctx, c + 1, end);
    return;
  }
  processPlain(ctx, start, end);
}

function processPlain(ctx: Ctx, start: number, end: number): void {
  const { tokens } = ctx;
  let pos = start;
  while (pos < end) {
    const t = tokens[pos];
    if (!isNameToken(t)) {
      pos++;
      continue;
    }
    const dash = t.dash ? t.text.indexOf('-') : -1;
    if (dash > 1 && !t.caps && !isLowerCode(t.text.charCodeAt(dash + 1)) && !(pos > start && FIRST.has(lowerOf(ctx, pos - 1))) && splitHyphenated(ctx, pos)) {
      pos++;
      continue;
    }
    if (dash > 1 && !t.caps && isLowerCode(t.text.charCodeAt(dash + 1))) {
      // "California-based", "Russian-backed": the name before the hyphen is the mention
      const prefix = t.text.slice(0, dash);
      const g = GAZ.get(lowerCase(prefix)) || GAZ.get(prefix);
      if (g && (g.type === 'GPE' || g.type === 'NORP' || g.type === 'ORG')) {
        ctx.drafts.push(newDraft(t.start, t.start + dash, g.type, g.id, pos, pos, true));
        ctx.taken[pos] = 1;
        pos++;
        continue;
      }
      // "State-run Petroecuador", "Family-owned Kessler": a participle compound opening a sentence describes the
      // name after it, an organisation, and is no part of it
      if (!g && pos + 1 < end && OWNERSHIP_PARTICIPLES.has(t.text.slice(dash + 1)) && isCommon(lowerCase(prefix))) {
        ctx.taken[pos] = 1;
        const listed = gazMatch(ctx, pos + 1, end);
        if (!listed || (listed.entry.type === 'ORG' && listed.len === end - pos - 1)) emit(ctx, pos + 1, end - 1, 'ORG', listed?.entry.id ?? null, true);
        else processPlain(ctx, pos + 1, end);
        pos = end;
        continue;
      }
    }
    // "PT Kereta Api Indonesia", "PT Telkom Indonesia Tbk": an Indonesian company's name opens with PT, places and all
    if (t.text === 'PT' && end - pos >= 2 && !tokens[pos + 1].caps) {
      emit(ctx, pos, end - 1, 'ORG', null, true);
      pos = end;
      continue;
    }
    // "off the coast of County Cork", "from Co Waterford": an Irish county is one name with its word
    if ((t.text === 'County' || (t.text === 'Co' && pos > 0 && PLACE_PREPOSITIONS.has(lowerOf(ctx, pos - 1)))) && pos + 2 === end && !tokens[pos + 1].caps) {
      emit(ctx, pos, pos + 1, 'GPE', null, true);
      pos = end;
      continue;
    }
    // "Lake Malawi", "Lake Geneva": "Lake" before a listed place names the lake
    if (t.text === 'Lake' && pos + 1 < end) {
      const place = gazMatch(ctx, pos + 1, end);
      if (place && (place.entry.type === 'GPE' || place.entry.type === 'LOC') && pos + 1 + place.len === end) {
        emit(ctx, pos, end - 1, 'LOC', null, true);
        pos = end;
        continue;
      }
    }
    let hit = gazMatch(ctx, pos, end);
    // "La Lima", "El Paraíso": a Spanish article before a listed place names another place (a town in Honduras),
    // when nothing follows the pair in the run
    if (!hit && pos + 2 === end && ROMANCE_PLACE_ARTICLE.has(t.text) && !tokens[pos + 1].caps) {
      const next = gazMatch(ctx, pos + 1, end);
      if (next && next.len === 1 && next.entry.type === 'GPE') {
        emit(ctx, pos, pos + 1, 'GPE', null, true);
        pos = end;
        continue;
      }
    }
    // (one memoised lower-casing for both look-ups: toLowerCase on a two-byte key, as in articles with curly quotes,
    // takes V8's slow general path every time, and "the US", "the Kremlin" are common)
    if (hit && hit.len === 1 && !hit.fromUser && pos > 0 && isThe(tokens[pos - 1])) {
      const alt = GAZ_PLACE_ALT.get(lowerCase(keysOf(ctx, pos)));
      if (alt) hit = { len: 1, entry: alt, fromUser: false };
    }
    // "(NASDAQ:AAPL)": a stock ticker after an exchange is no name
    if (!hit && t.caps && pos > 1 && ctx.tokens[pos - 1].text === ':' && ctx.tokens[pos - 1].start === ctx.tokens[pos - 2].end && EXCHANGES.has(ctx.tokens[pos - 2].text)) {
      ctx.taken[pos] = 1;
      pos++;
      continue;
    }
    // "South Yorkshire", "West Java": a compass word before a town or region the lists do not join it to names one
    // region (before a country it stays apart: "Eastern Ukraine" is read as usual)
    // "Northern Kentucky Tribune", "South Yorkshire Police": an institution word closing the run after such a region makes the
    // whole the region's institution (in headlines and bylines too)
    // (both compass rules need a word after this one: the last word of a run is not looked up)
    const compass = pos + 1 < end && (!hit || hit.len === 1) && COMPASS.has(t.text);
    if (compass && pos + 2 < end && ORG_HEAD.has(tokens[end - 1].text)) {
      const regionEnd = compassRegionEnd(ctx, pos + 1, end);
      if (regionEnd > pos && regionEnd + 2 === end) {
        emit(ctx, pos, end - 1, 'ORG', null, true);
        pos = end;
        continue;
      }
    }
    // "the island of New Britain", "New Guinea Islands": "New" before a country's name names another place
    if (!hit && t.text === 'New' && pos + 1 < end) {
      const country = gazMatch(ctx, pos + 1, end);
      // (not inside a longer name: "New Britain Palm Oil" is read as before)
      if (country && country.len === 1 && !country.fromUser && isCountryId(country.entry.id) && pos + 2 >= end) {
        const last = pos + 1;
        const after = tokens[last + 1];
        const division = !!after && after.nl === 0 && !after.upper && /^(?:province|state|region|district)$/.test(after.text);
        emit(ctx, pos, last, division ? 'GPE' : 'LOC', null, true);
        pos = last + 1;
        continue;
      }
    }
    // "K2 million": a listed name with digits before an amount word is a sum in a currency (the kina), no mountain
    // (the word after is tested first, by its first letter before the regex: it is rarely an amount word)
    if (hit && hit.len === 1 && tokens[pos + 1] && amountStart(tokens[pos + 1].text.charCodeAt(0)) && /^(?:million|billion|trillion|bn|m)$/.test(tokens[pos + 1].text) && /\d/.test(t.text)) {
      ctx.taken[pos] = 1;
      pos++;
      continue;
    }
    // "Air Niugini, the national carrier": "Air" before an unlisted name is an airline's name
    if (!hit && t.text === 'Air' && pos + 1 < end && isNameToken(tokens[pos + 1]) && !AIR_NOT.has(tokens[pos + 1].text) && !isCommon(lowerOf(ctx, pos + 1)) && !gazMatch(ctx, pos + 1, end)) {
      emit(ctx, pos, pos + 1, 'ORG', null, true);
      pos += 2;
      continue;
    }
    // "the Blue Nile", "Upper Nile state": a colour or position word before a listed river or sea names another one
    // (a place word after it makes the whole the state named after it)
    if (!hit && pos + 1 < end && LOC_MODIFIERS.has(t.text)) {
      const feature = gazMatch(ctx, pos + 1, end);
      if (feature && feature.entry.type === 'LOC' && !feature.fromUser) {
        const last = pos + feature.len;
        const after = tokens[last + 1];
        const state = !!after && after.nl === 0 && !after.upper && /^(?:state|states|province|region|district)$/.test(after.text);
        emit(ctx, pos, last, state ? 'GPE' : 'LOC', null, true);
        if (state) ctx.drafts[ctx.drafts.length - 1].id = `${slugify(ctx.text.slice(tokens[pos].start, tokens[last].end))}-state`;
        pos = last + 1;
        continue;
      }
    }
    if (compass && !ctx.titleLine[pos] && pos + 1 < end) {
      const regionEnd = compassRegionEnd(ctx, pos + 1, end);
      if (regionEnd > pos) {
        emit(ctx, pos, regionEnd, 'GPE', null, true);
        pos = regionEnd + 1;
        continue;
      }
    }
    if (hit) {
      let last = pos + hit.len - 1;
      let type = hit.entry.type;
      let id: string | null = hit.entry.id;
      // "in The Hague", "The Gambia": a listed place that opens with "The" keeps the determiner outside (rule 3)
      if (hit.len >= 2 && (type === 'GPE' || type === 'LOC') && !hit.fromUser && lowerOf(ctx, pos) === 'the') {
        emit(ctx, pos + 1, last, type, id, true);
        pos = last + 1;
        continue;
      }
      // "Sofia Marchetti", "Florence Pugh": a listed place that is also a given name, before an unlisted surname that
      // ends the run, is a person ("Paris Hilton", "Jordan Bardella"); a common word after it keeps the place
      // ("Phoenix Suns")
      if ((type === 'GPE' || type === 'LOC') && hit.len === 1 && !hit.fromUser && last + 2 === end && FIRST.has(lowerOf(ctx, pos)) && surnameAfterPlace(ctx, last + 1)) {
        emit(ctx, pos, last + 1, 'PERSON', null, true);
        pos = last + 2;
        continue;
      }
      // "Porto Alegre", "Rio Grande do Sul": a listed town is only the start of a longer place name when
      // unlisted name words (and linkers) follow it in the same run; the longer name wins
      const longer = type === 'GPE' || type === 'LOC' ? longerPlace(ctx, pos, last, end, id) : -1;
      if (longer > last) {
        // ("Andes Polimetálica", "Sahara Energy": after a mountain range, river or desert, unlisted words name a
        // company; towns grow into longer towns)
        emit(ctx, pos, longer, type === 'LOC' && hit.len === 1 ? 'ORG' : type, null, true);
        pos = longer + 1;
        continue;
      }
      // "the Congress, which governs Telangana": with a determiner, "Congress" is a party (India's), not the US
      // legislature, which news writes without one; keep the two apart so they never share an id
      if (id === 'congress' && pos > 0 && isThe(tokens[pos - 1]) && !ctx.titleLine[pos]) id = 'congress-party';
      // "Pope Francis", "King Charles": a listed name that opens with a title keeps the title outside (rule 2)
      if (type === 'PERSON' && hit.len >= 2 && !hit.fromUser && TITLE_HEAD.has(lowerOf(ctx, pos)) && isNameToken(tokens[pos + 1])) {
        emit(ctx, pos + 1, last, 'PERSON', id, true, undefined, { start: tokens[pos].start, end: tokens[pos].end });
        pos = last + 1;
        continue;
      }
      // "Airtel Tanzania", "MTN Uganda": a multinational known for national arms, right before a country, is its
      // subsidiary there (not any organisation: "the IMF Ukraine programme", "the Kremlin Ukraine policy")
      if (type === 'ORG' && hit.len === 1 && id !== null && NATIONAL_ARMS.has(id) && last + 1 < end && !ctx.titleLine[pos] && tokens[last + 1].nl === 0) {
        const country = gazMatch(ctx, last + 1, end);
        if (country && country.entry.type === 'GPE' && isCountryId(country.entry.id)) {
          emit(ctx, pos, last + country.len, 'ORG', null, true);
          pos = last + country.len + 1;
          continue;
        }
      }
      // "EU NAVFOR", "NATO KFOR": an unlisted acronym right after a listed organisation's acronym is its force or mission
      if (type === 'ORG' && hit.len === 1 && t.caps && last + 1 < end && tokens[last + 1].caps && tokens[last + 1].text.length >= 4 && /^[A-Z]+$/.test(tokens[last + 1].text) && !startsGaz(ctx, last + 1, last + 2) && !ctx.titleLine[pos]) {
        emit(ctx, pos, last + 1, 'ORG', null, true);
        pos = last + 2;
        continue;
      }
      // "Bucharest City Hall", "Kraków Town Hall": a town's hall is its administration, an organisation
      if (type === 'GPE' && last + 2 < end && tokens[last + 2].text === 'Hall' && (tokens[last + 1].text === 'City' || tokens[last + 1].text === 'Town')) {
        emit(ctx, pos, last + 2, 'ORG', null, true);
        pos = last + 3;
        continue;
      }
      // "Benin City", "LEGAZPI CITY": "City" after a listed place is part of the city's name
      if (type === 'GPE' && last + 1 < end && (tokens[last + 1].text === 'City' || (tokens[last + 1].text === 'CITY' && tokens[pos].caps))) {
        // ("Kaohsiung City" is Kaohsiung; "Mexico City" is not Mexico, nor "Kansas City" Kansas)
        emit(ctx, pos, last + 1, 'GPE', id && !isCountryId(id) && !REGION_IDS.has(id) ? id : null, true);
        pos = last + 2;
        continue;
      }
      // "the Philippine Red Cross", "the American Red Cross", "the Tanzania Red Cross Society": a national Red Cross
      // society is named by its demonym or its country
      // (the words after are tested first: most listed names end their run, and no country is looked up for them)
      if (last + 2 < end && tokens[last + 1].text === 'Red' && (type === 'NORP' || (type === 'GPE' && isCountryId(id))) && (tokens[last + 2].text === 'Cross' || tokens[last + 2].text === 'Crescent')) {
        const society = last + 3 < end && tokens[last + 3].text === 'Society' ? last + 3 : last + 2;
        emit(ctx, pos, society, 'ORG', null, true);
        pos = society + 1;
        continue;
      }
      // "the Botswana National Veterinary Laboratory", "the Kenya National Bureau of Statistics": a country written out
      // before "National …" ending in an institution's word is part of that institution's own name
      // ("the Garda National Drugs and Organised Crime Bureau": so does a listed body's name)
      if (last + 2 < end && tokens[last + 1].text === 'National' && ((type === 'GPE' && isCountryId(id) && !tokens[pos].caps) || (type === 'ORG' && hit.len === 1)) && hasOrgHead(ctx, last + 2, end) && !ctx.titleLine[pos]) {
        emit(ctx, pos, end - 1, 'ORG', null, true);
        pos = end;
        continue;
      }
      // "the Welsh Parliament", "the Catalan Government": a legislature word after the demonym of a nation or region
      // inside a state names its devolved body ("the French Parliament" stays French + Parliament, as "US Treasury")
      if (type === 'NORP' && hit.len === 1 && last + 1 < end && LEGISLATURE.has(tokens[last + 1].text) && !ctx.titleLine[pos] && (!hit.entry.related || SUBNATIONAL_IDS.has(hit.entry.related))) {
        emit(ctx, pos, last + 1, 'ORG', null, true);
        pos = last + 2;
        continue;
      }
      // "Silicon Valley", "Death Valley": a listed name whose last word is a natural feature is a place, not a polity
      if (type === 'GPE' && hit.len > 1 && LOC_HEAD.has(tokens[last].text) && !isCountryId(id)) type = 'LOC';
      // "told The Hindu", "in The Australian": a demonym after a capitalised "The" inside a sentence is a newspaper
      if (type === 'NORP' && hit.len === 1 && pos > 0 && tokens[pos - 1].text === 'The' && !ctx.sentStart[pos - 1] && !ctx.titleLine[pos]) {
        emit(ctx, pos, pos, 'ORG', null, true);
        pos++;
        continue;
      }
      // "the British Museum", "the Swiss Academy": a demonym before the word of a cultural body or carrier is part of
      // its name (unlike a government word: "the French Parliament" stays French + Parliament)
      if (type === 'NORP' && hit.len === 1 && last + 1 < end && NATIONAL_BODY_HEADS.has(tokens[last + 1].text) && pos > 0 && isThe(tokens[pos - 1]) && !ctx.titleLine[pos]) {
        emit(ctx, pos, last + 1, 'ORG', null, true);
        pos = last + 2;
        continue;
      }
      // "Kenya Airways", "Kuwait University", "Bangladesh Coast Guard": a country before the word of a carrier, a
      // university or a coast guard is part of the body's own name (unlike "US Treasury", a government organ)
      if (type === 'GPE' && last + 1 < end && isCountryId(id) && (OWN_NAME_HEADS.has(tokens[last + 1].text) || (tokens[last + 1].text === 'Coast' && last + 2 < end && tokens[last + 2].text === 'Guard'))) {
        const head = tokens[last + 1].text === 'Coast' ? last + 2 : last + 1;
        // (a longer name goes its own way: "Botswana University of Agriculture and Natural Resources")
        if (head + 1 === end) {
          emit(ctx, pos, head, 'ORG', null, true);
          pos = head + 1;
          continue;
        }
      }
      // "a warmer Atlantic", "the Caribbean and the Pacific": a sea adjective used as a noun is the sea
      if (type === 'NORP' && hit.len === 1 && SEA_WORDS.has(lowerOf(ctx, pos)) && !modifiesNoun(ctx, pos + 1)) {
        emit(ctx, pos, pos, 'LOC', null, true);
        pos++;
        continue;
      }
      // "Mekong Peoples' Forum", "California Public Utilities Commission": a listed region or town opening a run of
      // capitalised words that ends in an institution word names the institution (a country stays apart, rule 5);
      // so does one ending in a company word or legal form ("Mekong Agri Holdings Plc")
      // ("Bridgetown Harbour Hawks", "Port of Spain Scorpions": a team's plural the same)
      if ((type === 'GPE' || type === 'LOC') && last + 2 < end && !isCountryId(hit.entry.id) && (ORG_HEAD.has(tokens[end - 1].text) || COMPANY_SUFFIX.has(tokens[end - 1].text) || teamPlural(tokens[end - 1].text)) && !ctx.titleLine[pos] && plainNameWords(ctx, last + 1, end - 1)) {
        emit(ctx, pos, end - 1, 'ORG', null, true);
        pos = end;
        continue;
      }
      // "Amazon River", "Mekong Delta": a natural-feature word after a listed name makes the whole a place
      // ("U.S. Forest Service": a country before an institution stays apart, rule 5)
      if (type !== 'PERSON' && type !== 'DATE' && last + 1 < end && LOC_HEAD.has(tokens[last + 1].text) && !ctx.titleLine[pos] && !(isCountryId(id) && last + 2 < end && ORG_HEAD.has(tokens[last + 2].text))) {
        emit(ctx, pos, last + 1, 'LOC', null, true);
        pos = last + 2;
        continue;
      }
      // "Jordan" in "Michael Jordan" belongs to the person before it: handled in chunk scan; here extend an org head
      if ((type === 'GPE' || type === 'LOC') && last + 1 < end && ORG_HEAD.has(tokens[last + 1].text) && (tokens[last + 1].text !== 'House' || stateHouse(ctx, pos, id)) && !ctx.titleLine[pos]) {
        // "Harvard University" style, but "US Treasury" keeps the country apart (rule 5): only for non-countries
        if (!isCountryId(hit.entry.id)) {
          last++;
          type = 'ORG';
          id = null;
        }
      }
      // "Australia's Labor Party", "the Liberal Party": a listed party or a people's word before "Party" is the party
      if ((type === 'ORG' || type === 'NORP') && last + 1 < end && tokens[last + 1].text === 'Party' && !ctx.titleLine[pos]) {
        emit(ctx, pos, last + 1, 'ORG', type === 'ORG' ? hit.entry.id : null, true);
        pos = last + 2;
        continue;
      }
      // "ASEAN Summit", "NATO Summit": an organisation before a gathering's word names the gathering
      if (type === 'ORG' && hit.len <= 2 && last + 1 < end && GATHERING_HEADS.has(tokens[last + 1].text) && !ctx.titleLine[pos]) {
        emit(ctx, pos, last + 1, 'EVENT', null, true);
        pos = last + 2;
        continue;
      }
      // "the Irish Times", "the Hindustan Times": a demonym or place before a newspaper's word names the paper
      if ((type === 'NORP' || type === 'GPE') && hit.len === 1 && last + 1 < end && PAPER_HEADS.has(tokens[last + 1].text) && !ctx.titleLine[pos]) {
        emit(ctx, pos, last + 1, 'ORG', null, true);
        pos = last + 2;
        continue;
      }
      // "told Pacific Tides News", "the Baltic Harbour Times": a demonym or place, one unlisted word and "News" or a
      // newspaper's word closing the run name an outlet
      if ((type === 'NORP' || type === 'GPE') && hit.len === 1 && last + 3 === end && (PAPER_HEADS.has(tokens[last + 2].text) || tokens[last + 2].text === 'News') && !tokens[last + 1].caps && !startsGaz(ctx, last + 1, last + 2) && !ORG_HEAD.has(tokens[last + 1].text)) {
        emit(ctx, pos, last + 2, 'ORG', null, true);
        pos = end;
        continue;
      }
      // "FIFA World Cup", "UEFA Champions League": an organisation right before a listed event it runs names the event
      if (type === 'ORG' && last + 1 < end) {
        const ev = gazMatch(ctx, last + 1, end);
        if (ev && ev.entry.type === 'EVENT') {
          emit(ctx, pos, last + ev.len, 'EVENT', null, true);
          pos = last + ev.len + 1;
          continue;
        }
      }
      // "Intel Corp", "Nomura Holdings": a company suffix after a listed name belongs to it
      // ("Samsung Display", "Toyota Motor": a business word names a company of the family, a legal form the same one)
      if (type === 'ORG' && last + 1 < end && COMPANY_SUFFIX.has(tokens[last + 1].text)) {
        last++;
        if (!LEGAL_FORM.has(tokens[last].text)) id = null;
      }
      // "Mitsubishi UFJ Financial Group": capitalised words after a listed company, up to a company word, are its name
      else if (type === 'ORG' && !ctx.titleLine[pos]) {
        let k = last + 1;
        while (k < end && k - last <= 3 && !COMPANY_SUFFIX.has(tokens[k].text)) k++;
        if (k < end && k > last + 1 && COMPANY_SUFFIX.has(tokens[k].text)) {
          last = k;
          id = null; // a longer name is another company of the family, not the listed one
        }
      }
      if (type === 'ORG' && hit.len === 1 && ctx.sentStart[pos] && COMMON.has(lowerOf(ctx, pos)) && !hit.fromUser && !t.caps) {
        // a capitalised common word at a sentence start ("House prices …"): not enough on its own
        pos++;
        continue;
      }
      emit(ctx, pos, last, type, id, true, hit.fromUser ? 'user' : undefined);
      pos = last + 1;
      continue;
    }
    const tl = titleLength(ctx, pos, end);
    if (tl > 0) {
      const nameStart = pos + tl;
      let nameEnd = nameStart;
      // the name: up to four words (particles such as "bin", "van" inside); a listed single word is a name
      // word when it is a given name ("Rep. Alexandria Ocasio-Cortez") or follows one ("Gen. Mark Washington")
      let words = 0;
      while (nameEnd < end && words < 4) {
        const tk = tokens[nameEnd];
        if (!isNameToken(tk)) {
          if (nameEnd > nameStart && PARTICLES.has(lowerOf(ctx, nameEnd)) && nameEnd + 1 < end && isNameToken(tokens[nameEnd + 1])) {
            nameEnd++;
            continue;
          }
          // "Governor Ana de la Cruz": a two-word linker inside the name
          if (nameEnd > nameStart && LINKERS.has(tk.text) && nameEnd + 2 < end && SECOND_LINKERS.has(tokens[nameEnd + 1].text) && isNameToken(tokens[nameEnd + 2])) {
            nameEnd += 2;
            continue;
          }
          break;
        }
        if (startsGaz(ctx, nameEnd, end)) {
          const g = gazMatch(ctx, nameEnd, end);
          // a listed person word deep inside a longer name is part of it ("Luiz Inácio Lula da Silva")
          const nameWord = !!g && g.len === 1 && (g.entry.type !== 'PERSON' ? FIRST.has(lowerOf(ctx, nameEnd)) || nameEnd > nameStart : words >= 2);
          if (!nameWord) break;
        }
        nameEnd++;
        words++;
      }
      if (nameEnd === nameStart && nameStart < end) {
        // a known person after a title ("President Biden")
        const g = gazMatch(ctx, nameStart, end);
        if (g && g.entry.type === 'PERSON') {
          emit(ctx, nameStart, nameStart + g.len - 1, 'PERSON', g.entry.id, true, undefined, { start: tokens[pos].start, end: tokens[nameStart - 1].end });
          pos = nameStart + g.len;
          continue;
        }
      }
      // "Crown Court", "Minister Council": a head word of an institution or place after a title is no name
      while (nameEnd > nameStart && POST_NOMINALS.has(tokens[nameEnd - 1].text)) nameEnd--;
      if (nameEnd > nameStart) {
        const lw = tokens[nameEnd - 1].text;
        if (ORG_HEAD.has(lw) || FAC_HEAD.has(lw) || EVENT_HEAD.has(lw) || LOC_HEAD.has(lw) || !hasNameWord(ctx, nameStart, nameEnd)) {
          classifyChunk(ctx, pos, nameEnd);
          pos = nameEnd;
          continue;
        }
      }
      if (nameEnd > nameStart && !ctx.titleLine[pos]) {
        emit(ctx, nameStart, nameEnd - 1, 'PERSON', null, true, undefined, { start: tokens[pos].start, end: tokens[nameStart - 1].end });
      } else if (nameEnd > nameStart) {
        for (let m = nameStart; m < nameEnd; m++) addPending(ctx, m, m);
      }
      pos = nameEnd > nameStart ? nameEnd : nameStart;
      continue;
    }
    // an unknown chunk: up to the next gazetteer name or title
    let q = pos + 1;
    while (q < end) {
      // "Hong Kong-listed Alibaba": a place before a hyphenated participle ends the chunk
      if (tokens[q - 1].dash && PLACE_SUFFIX.test(tokens[q - 1].text)) break;
      // linkers inside the run ("Economic and Financial …", "São Leopoldo do …") stay inside the chunk
      if (!isNameToken(tokens[q])) {
        // "Virac Fishermen’s Association": the possessive mark joined by runEnd stays inside the chunk
        const poss = possessiveHeadLength(ctx, q);
        if (poss && q + poss < end) {
          q += poss;
          continue;
        }
        if (q + 1 < end && isNameToken(tokens[q + 1]) && tokens[q].text !== '&' && !CONNECT_OF.has(tokens[q].text)) {
          q++;
          continue;
        }
        // "Castellón de la Plana": a two-word linker
        if (q + 2 < end && LINKERS.has(tokens[q].text) && SECOND_LINKERS.has(tokens[q + 1].text) && isNameToken(tokens[q + 2])) {
          q += 2;
          continue;
        }
        break;
      }
      // "Banco Central de Chile", "Radio France", "Banco Santander": a listed name after a linker inside an
      // organisation's name, or right after its opening organisation word, belongs to the name
      // ("Universidad de los Andes": a second linker after the first counts as well)
      const afterLinker = LINKERS.has(tokens[q - 1].text) || (q - 2 > pos && SECOND_LINKERS.has(tokens[q - 1].text) && LINKERS.has(tokens[q - 2].text));
      const inOrgName = (ORG_FIRST.has(tokens[pos].text) && (q === pos + 1 || afterLinker)) || (q > pos + 1 && ORG_FIRST.has(tokens[pos + 1].text) && (q === pos + 2 || afterLinker));
      // "Move Forward Party": a title word ("Forward") inside a run that ends in an institution word is part of its name
      const titleInName = ORG_HEAD.has(tokens[end - 1].text) && !ctx.titleLine[q] && !TITLE_HEAD.has(lowerOf(ctx, end - 1));
      // "Anne-Sophie de la Roche", "Marieke van den Bosch": a listed word right after a name particle is a surname
      const afterParticle = !tokens[q - 1].upper && PARTICLES.has(lowerOf(ctx, q - 1));
      if (!inOrgName && !afterParticle && (startsGaz(ctx, q, end) || (!titleInName && titleLength(ctx, q, end) > 0) || hyphenatedNames(ctx, q))) break;
      q++;
    }
    // "Michael Jordan", "Denzel Washington": a single-word place right after a first name is a surname
    if (q < end && q - pos === 1 && FIRST.has(lowerOf(ctx, pos)) && !COMMON.has(lowerOf(ctx, pos))) {
      const g = gazMatch(ctx, q, end);
      if (g && g.len === 1 && g.entry.type !== 'PERSON' && !tokens[q].caps) {
        q++;
        // ("Ana Sofia Marinescu": an unlisted surname closing the run after such a place is the same person's)
        if (q + 1 === end && !ctx.titleLine[pos] && surnameAfterPlace(ctx, q)) q++;
      }
    } else if (q + 1 === end && q - pos === 2 && !ctx.titleLine[pos] && FIRST.has(lowerOf(ctx, pos)) && !COMMON.has(lowerOf(ctx, pos)) && surnameAfterPlace(ctx, pos + 1)) {
      // "Maria Neves Lima": a town closing a run of a given name and a surname is a second surname ("Lima", "Lisboa")
      const g = gazMatch(ctx, q, end);
      if (g && g.len === 1 && g.entry.type === 'GPE' && !isCountryId(g.entry.id) && !tokens[q].caps) q++;
    }
    // "National" + "Security Council", "Chatham" + "House": capitalised words right before a listed institution
    // whose last word is an institution word name a different, longer institution
    if (q < end && !ctx.titleLine[pos] && !(tokens[q - 1].dash && PLACE_SUFFIX.test(tokens[q - 1].text))) {
      const g = gazMatch(ctx, q, end);
      const headWord = g ? tokens[q + g.len - 1].text : '';
      if (g && (g.entry.type === 'ORG' || g.entry.type === 'EVENT') && (ORG_HEAD.has(headWord) || EVENT_HEAD.has(headWord))) {
        let s0 = pos;
        // ("Former Texas Senate member …": a word dating a role, not a name, never opens the institution's name)
        while (s0 < q && (NEVER.has(lowerOf(ctx, s0)) || ROLE_TIME.has(lowerOf(ctx, s0)) || (ctx.sentStart[s0] && isCommon(lowerOf(ctx, s0)) && s0 + 1 < q))) s0++;
        // "Drugmaker" + "Acme Biologics": an organisation noun opening the sentence (or a dateline) only describes it
        if (s0 === q - 1 && ORG_NOUN.has(lowerOf(ctx, s0)) && (ctx.sentStart[s0] || (s0 > 0 && DATELINE_DASH.has(tokens[s0 - 1].text)))) s0 = q;
        if (s0 < q && allTitleCase(tokens, s0, q)) {
          emit(ctx, s0, q + g.len - 1, g.entry.type, null, true);
          pos = q + g.len;
          continue;
        }
      }
    }
    classifyChunk(ctx, pos, q);
    pos = q;
  }
}


const DATELINE_DASH = new Set(['—', '–', '-', ':']);
/** Words naming a legislature or a government ("Welsh Parliament", "Flemish Government"). */
const LEGISLATURE = new Set(['Parliament', 'Assembly', 'Government', 'Executive', 'Senate', 'Cabinet']);
/** Words that date a role ("former", "then", "outgoing"): they describe a member, never open an institution's name. */
const ROLE_TIME = new Set(['former', 'then', 'outgoing', 'incoming', 'retired', 'late', 'ex']);
const POLITY = new Set(['Kingdom', 'Republic', 'Emirate', 'Sultanate', 'Principality', 'Duchy', 'Grand Duchy', 'Commonwealth']);

const OWNERSHIP_PARTICIPLES = new Set(['run', 'owned', 'backed', 'based', 'led', 'funded', 'controlled', 'linked', 'affiliated', 'held', 'operated', 'managed', 'sponsored', 'supported', 'aligned', 'listed']);
/** An institution's head word among tokens [from, end) ("Bureau" in "Bureau of Statistics"). */
function hasOrgHead(ctx: Ctx, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ORG_HEAD.has(ctx.tokens[k].text)) return true;
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'near', 'to', 'across', 'throughout']);
const ROMANCE_PLACE_ARTICLE = new Set(['La', 'El', 'Los', 'Las']);

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/**
 * "Chicago Council on Global Affairs", "Texas Department of Public Safety": a city or region (not a country: "US
 * Department of Justice", rule 5) right before "<institution word> of/for …" (the word at h, the linker at c) is part
 * of the institution's name.
 */
/** Heads of bodies a demonym names ("the British Museum", "the Swiss Academy"), not organs of a government. */
const NATIONAL_BODY_HEADS = new Set(['Museum', 'Library', 'Academy', 'Institute', 'University', 'Airways', 'Airlines', 'Orchestra', 'Ballet', 'Opera']);
/** Heads of bodies whose own names open with their country ("Kenya Airways", "Kuwait University"). */
const OWN_NAME_HEADS = new Set(['University', 'Airways', 'Airlines']);

function placeInstitution(ctx: Ctx, h: number, c: number, lead: GazEntry): boolean {
  return lead.type === 'GPE' && !isCountryId(lead.id) && h === c - 1 && ORG_HEAD.has(ctx.tokens[h].text) && ctx.tokens[h].nl === 0;
}

/**
 * "the Michigan House", "former Texas House Speaker": after a state or province, "House" is its legislature's lower house
 * (after "at", "in", "to" without "the", a building: "at Somerset House").
 */
function stateHouse(ctx: Ctx, pos: number, id: string | null): boolean {
  if (!id || !REGION_IDS.has(id)) return false;
  const before = pos > 0 && ctx.tokens[pos].nl === 0 ? lowerOf(ctx, pos - 1) : '';
  return !BUILDING_PREP.has(before);
}
const BUILDING_PREP = new Set(['at', 'in', 'to', 'from', 'outside', 'inside', 'near', 'into']);

/** Last token of the town or region name at i that a compass word before it joins (a listed non-country place, or an unknown name), or -1. */
function compassRegionEnd(ctx: Ctx, i: number, end: number): number {
  const t = ctx.tokens[i];
  if (i >= end || !isNameToken(t) || t.caps || t.dash) return -1;
  const g = gazMatch(ctx, i, end);
  if (g) return g.len === 1 && g.entry.type === 'GPE' && !isCountryId(g.entry.id) ? i : -1;
  const w = lowerOf(ctx, i);
  if (isCommon(w) || FIRST.has(w) || titleLength(ctx, i, end) > 0 || ORG_HEAD.has(t.text) || EVENT_HEAD.has(t.text) || LOC_HEAD.has(t.text) || FAC_HEAD.has(t.text)) return -1;
  // a name goes on after it ("Western Digital Corp"): another kind of name
  if (i + 1 < end && isNameToken(ctx.tokens[i + 1])) return -1;
  return i;
}

/** Last token of a longer place name that starts with the listed place tokens[pos..last], or -1. */
function longerPlace(ctx: Ctx, pos: number, last: number, end: number, id: string): number {
  const { tokens } = ctx;
  // (most listed places end their run: nothing can follow, and the look-ups below are not made)
  if (last + 1 >= end || (ctx.titleLine[pos] && !tokens[pos].caps)) return -1;
  if (FIRST.has(lowerOf(ctx, pos)) || isCountryId(id)) return -1;
  const caps = tokens[pos].caps;
  let q = last + 1;
  let found = -1;
  while (q < end) {
    const t = tokens[q];
    if (!isNameToken(t)) {
      if (LINKERS.has(tokens[q].text) && q + 1 < end && isNameToken(tokens[q + 1])) {
        q++;
        continue;
      }
      break;
    }
    if (t.caps !== caps || t.dash) break;
    const w = lowerOf(ctx, q);
    // "Paris Motor Show", "Leeds Crown Court": the run goes on to a head word, so it is another kind of name
    if (isCommon(w) || ORG_HEAD.has(t.text) || LOC_HEAD.has(t.text) || EVENT_HEAD.has(t.text) || FAC_HEAD.has(t.text) || COMPANY_SUFFIX.has(t.text)) return -1;
    if (startsGaz(ctx, q, end) || titleLength(ctx, q, end) > 0) break;
    found = q;
    q++;
  }
  return found;
}

/** A title-case word no list knows, not a common word, that can follow a given name as its surname. */
/**
 * "from van der Velde", "de la Roche said": a short run right after lower-case name particles, with no name word
 * before them, is a surname written with its particles (a listed organisation such as "Roche" included; a place
 * keeps its type: "de Paris"). Emits the person and returns true when it applies.
 */
export function particleSurname(ctx: Ctx, i: number, end: number): boolean {
  const { tokens } = ctx;
  // (these end it whatever precedes the run: tested before the walk back)
  if (end - i > 2 || ctx.titleLine[i]) return false;
  let p = i;
  while (p > 0 && i - p < 2) {
    const t = tokens[p - 1];
    if (t.kind !== TokenKind.Word || t.upper || ctx.taken[p - 1] || t.nl > 0 || t.end + 1 !== tokens[p].start) break;
    // (the length and the shape rule out most words before a run without lower-casing and hashing them; lower-casing
    // never shortens a word)
    if (t.end - t.start > PARTICLE_MAX || !PARTICLE_SHAPES.mayHold(ctx.text, t.start, t.end)) break;
    const w = lowerOf(ctx, p - 1);
    if (!PARTICLES.has(w) || NUMBER_PARTICLE.has(w)) break;
    p--;
  }
  if (p === i) return false;
  for (let k = i; k < end; k++) if (!isNameToken(tokens[k]) || tokens[k].caps) return false;
  const listed = gazMatch(ctx, i, end);
  if (listed && listed.entry.type !== 'ORG' && listed.entry.type !== 'PERSON') return false;
  emit(ctx, p, end - 1, 'PERSON', null, true);
  return true;
}

const GATHERING_HEADS = new Set(['Summit', 'Conference', 'Forum', 'Games', 'Championship', 'Championships', 'Festival', 'Expo', 'Marathon', 'Awards', 'Congress', 'Open', 'Classic', 'Masters', 'Cup', 'Trophy', 'Series']);
const PAPER_HEADS = new Set(['Press', 'Times', 'Post', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Courier', 'Journal', 'Daily', 'Standard', 'Independent', 'Examiner', 'Observer']);

/** tokens[s, e) are unlisted capitalised words (a plural possessive mark may sit between them: "Peoples' Forum"). */
function plainNameWords(ctx: Ctx, s: number, e: number): boolean {
  const { tokens } = ctx;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if ((t.text === "'" || t.text === '’') && k > s && tokens[k - 1].text.endsWith('s')) continue;
    if (!isNameToken(t) || t.caps || startsGaz(ctx, k, k + 1)) return false;
  }
  return true;
}

const PARTICLE_SHAPES = new WordShapes(PARTICLES);
/** Length of the longest particle ("degli"). */
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((w) => w.length));

/** Particles that are also English words before a capitalised noun ("ten Palestinians", "St. Paul"). */
const NUMBER_PARTICLE = new Set(['ten', 'st.', 'mac']);

function surnameAfterPlace(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return isNameToken(t) && !t.caps && t.nl === 0 && !isCommon(lowerOf(ctx, k)) && !FIRST.has(lowerOf(ctx, k)) && !startsGaz(ctx, k, k + 1) &&
    !ORG_HEAD.has(t.text) && !LOC_HEAD.has(t.text) && !FAC_HEAD.has(t.text) && !EVENT_HEAD.has(t.text);
}
