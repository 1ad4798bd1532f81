// Types a chunk of capitalised words that no list knows, from its shape and the words around it.
import { lowerCase } from '../../text/chars';
import type { EntityType, Span } from '../types';
import { Token, TokenKind } from '../../text/tokens';
import { NUMBER_WORD,   REGION_BY_ABBREVIATION, LEGAL_FORM, COMMON, COMPANY_HEAD, ENGLISH, EVENT_HEAD, EVENT_NOUN, FAC_HEAD, FIRST, FORCE_NOUNS, GAZ, isCommon, LOC_HEAD, MONTH, NEVER, NOT_ORG_ACRONYM, ORG_FIRST,
  ORG_HEAD, ORG_NOUN, PARTICLES, PERSON_NEXT, PLACE_COMPOUND, PLACE_NOUN, POST_NOMINALS, REGION_IDS, ROLE, SPEECH, TITLE_QUAL, WEEKDAY_ANY,
} from './lexicon';
import { Ctx, Draft, LINKERS, SECOND_LINKERS, REGION_CODE, addPending, emit, isCountryId, isNameToken, lowerOf, newDraft, prevWord } from './context';
import { gazMatch } from './gazetteerMatch';

/** First words of named events ("Hurricane Idalia", "Operation Desert Storm"). */
const EVENT_PREFIX = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Operation', 'Battle', 'Siege', 'Tropical']);
/** Last words of sporting competitions' names ("Australian Open", "Stanley Cup", "Commonwealth Games"). */
const COMPETITION = new Set(['Open', 'Cup', 'Trophy', 'Games', 'Championship', 'Championships', 'Marathon']);
/** Event words that are named with their year ("Expo 2025", "Euro 2028"). */
const EVENT_WITH_YEAR = new Set(['Expo', 'Euro', 'Eurobasket', 'Worldskills']);
/** ISO 4217 codes written before (or after) an amount ("NOK 2.3 billion", "4.5 billion SEK"). */
const CURRENCY_CODE = new Set(('USD|EUR|GBP|JPY|CNY|RMB|CHF|AUD|CAD|NZD|HKD|SGD|INR|PKR|BDT|LKR|NPR|IDR|MYR|THB|PHP|VND|KRW|TWD|SAR|AED|QAR|KWD|BHD|OMR|JOD'
  + '|EGP|MAD|TND|NGN|GHS|KES|UGX|TZS|ETB|ZAR|ZMW|XOF|XAF|DKK|SEK|NOK|ISK|PLN|CZK|HUF|RON|BGN|RSD|UAH|RUB|TRY|ILS|IRR|BRL|MXN|ARS|CLP|PEN|UYU').split('|'));
/** Time zones written after a clock time ("08.30 BST", "1400 GMT", "9am ET"). */
const TIME_ZONE = new Set('GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|PKT|ICT|WIB|SGT|HKT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|EAT|WAT|CAT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|PT|CT|MT'.split('|'));
/** Last words of newspapers' and wires' names ("the Herald", "Valley Courier", "Business Wire"). */
export const NEWSPAPER: ReadonlySet<string> = new Set(['Herald', 'Ledger', 'Gazette', 'Tribune', 'Chronicle', 'Courier', 'Dispatch', 'Sentinel', 'Inquirer', 'Examiner', 'Telegraph', 'Wire', 'Newswire']);
/** Words before "in <journal>" ("published in", "a paper in"). */
const PUBLISHED = new Set(['published', 'publishes', 'publish', 'appeared', 'appearing', 'paper', 'papers', 'study', 'studies', 'article', 'report', 'letter', 'commentary', 'editorial']);
/** First words of natural-place names in Romance languages ("Costa Brava", "Sierra Madre", "Río de la Plata"). */
const LOC_FIRST = new Set(['Costa', 'Sierra', 'Río', 'Cordillera', 'Isla', 'Islas', 'Ilha', 'Lago', 'Laguna', 'Golfo', 'Bahía', 'Baía', 'Valle', 'Cerro', 'Volcán', 'Serra', 'Lac', 'Mont', 'Massif', 'Plaza', 'Avenida', 'Calle', 'Paseo', 'Piazza', 'Praça', 'Rua', 'Avenue']);
/** Last words of the names of administrative divisions. */
const GPE_HEAD = new Set(['Province', 'Region', 'Prefecture', 'Oblast', 'Governorate', 'County', 'District', 'Territory', 'Canton', 'Municipality', 'Emirate']);
const SAINT_PREFIX = new Set(['São', 'Sao', 'Santa', 'Santo', 'San', 'Sankt', 'Saint', 'Sainte', 'St.', 'St', 'Ste.', 'Ciudad', 'Puerto', 'Porto']);
const COMPANY_WORDS = new Set(['Spółka', 'Aktiengesellschaft', 'Gesellschaft', 'Società', 'Sociedad', 'Société', 'Compagnie', 'Companhia', 'Empresa', 'Przedsiębiorstwo', 'Kombinat', 'Společnost', 'Yhtiö']);

function hasCompanyWord(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (COMPANY_WORDS.has(tokens[k].text)) return true;
  return false;
}

/** Malay, Indonesian and Khmer words that open town names ("Kampong Thom", "Kota Bharu", "Kuala Terengganu"): no given names. */
const TOWN_OPENER = new Set(['Kampong', 'Kampung', 'Kota', 'Kuala', 'Bandar', 'Pulau', 'Tanjung', 'Sungai', 'Bukit', 'Teluk', 'Phnom']);
const ROMAN = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII']);
/** Nouns that, after "X’s", show that X is an organisation. */
const ORG_OWNED = new Set(['chief', 'ceo', 'cfo', 'chairman', 'chairwoman', 'board', 'shares', 'stock', 'headquarters', 'employees', 'staff', 'subsidiary', 'spokesperson', 'spokesman', 'spokeswoman', 'founder', 'shareholders', 'investors', 'revenue', 'profits', 'earnings', 'executives', 'website', 'app', 'platform', 'regulator', 'members']);
/** What only a company owns, after "X’s" ("shares", "earnings"): a person's staff or chief may be anyone's. */
const COMPANY_OWNED = new Set(['shares', 'stock', 'subsidiary', 'subsidiaries', 'headquarters', 'revenue', 'revenues', 'profits', 'profit', 'earnings', 'shareholders', 'share', 'market', 'workforce', 'employees', 'operations', 'mines', 'plant', 'factories']);
const SETTLEMENT = new Set(['city', 'town', 'village', 'state', 'province', 'region', 'district', 'county', 'port', 'capital', 'municipality', 'suburb', 'borough', 'prefecture', 'oblast', 'governorate', 'department',
  // "mayor of Canelones", "the outskirts of Tema": offices and parts of a town
  'mayor', 'mayors', 'governor', 'outskirts', 'suburbs', 'residents', 'inhabitants', 'archdiocese', 'diocese']);
/** "the island of Tanegashima": a name after a natural-place noun and "of" is a non-political place. */
const NATURAL_PLACE = new Set(['island', 'islands', 'peninsula', 'archipelago', 'atoll']);
/** Nouns that, after "X’s", show that X is a town or a country ("Benicàssim’s mayor"). */
const PLACE_OWNED = new Set(['mayor', 'residents', 'inhabitants', 'townspeople', 'outskirts', 'suburbs', 'streets', 'beaches', 'population', 'citizens', 'neighbourhoods', 'neighborhoods']);
/** Player positions and similar roles that open a sentence before a name ("Wing Irakli Beridze scored"). */
const POSITION_OPENERS = new Set(['wing', 'prop', 'hooker', 'lock', 'flanker', 'centre', 'center', 'scrum-half', 'fly-half', 'full-back', 'fullback', 'winger', 'striker', 'forward', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'pitcher', 'catcher', 'shortstop', 'quarterback', 'guard', 'substitute', 'captain', 'skipper', 'rookie', 'veteran']);

/** The words stripped off the front of a run are function words or a position ("Then", "Wing"). */
function strippedOpener(ctx: Ctx, start: number, s: number): boolean {
  for (let k = start; k < s; k++) {
    const w = lowerOf(ctx, k);
    if (!NEVER.has(w) && !POSITION_OPENERS.has(w)) return false;
  }
  return true;
}

/** Determiners that are stripped off an institution's name ("the Data Protection Authority"), unlike capitalised nouns ("Air Force"). */
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'both', 'each', 'every', 'all', 'some', 'any', 'no']);
/** What comes right before the credited name in a caption ("Photo: X", "(X)", "by X", "/ X"). */
const DASHES = new Set(['—', '–', '-', ':']);
/** Lower-case words inside a credit ("Reuters via Getty", "AP for The Times"). */
const CREDIT_LINKS = new Set(['via', 'for', 'and', 'of']);
const CREDIT_MARK = new Set([':', '(', 'by', 'By', '/', '|']);
const PLACE_CUE = new Set(['in', 'near', 'outside', 'across', 'around', 'toward', 'towards']);
/** Capitalised linkers that open a surname at a sentence start ("De Vries", "Van Dijk", "Von Trapp"). */
const CAPITAL_LINKERS = new Set(['De', 'Van', 'Von', 'Di', 'Du', 'Del', 'Della', 'Da']);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Verbs and nouns of travel after which "to"/"from" introduce a place ("fly to X", "flights from X"). */
const TRAVEL_VERBS = new Set(['fly', 'flew', 'flown', 'flying', 'flights', 'travel', 'travelled', 'traveled', 'travelling', 'traveling', 'drive', 'drove', 'driven', 'headed', 'heading', 'sail', 'sailed', 'fled', 'flee', 'fleeing', 'evacuated', 'relocated', 'commute', 'commuted', 'commutes', 'commuting', 'visit', 'trip', 'trips', 'ferries']);
// ("moved to X", "came from X", "went to X", "returned to X" are left out: in business and sports news X is often an employer or a club)
/** Lower-case nouns of natural features after a name ("the Fourvière hill"); the capitalised ones are LOC_HEAD. */
const NATURAL_NOUN = new Set(['hill', 'hills', 'river', 'mountain', 'mountains', 'valley', 'lake', 'plateau', 'glacier', 'estuary', 'delta', 'coast', 'coastline', 'peninsula', 'massif', 'range', 'volcano', 'gorge', 'canyon', 'wetlands', 'forest']);
/** The word at k makes the noun before it a modifier ("department store", "district court"), not a place's noun. */
function nounFollows(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.nl === 0 && t.kind === TokenKind.Word && !t.upper && COMPOUND_HEADS.has(lowerOf(ctx, k));
}
const COMPOUND_HEADS = new Set(['store', 'stores', 'court', 'courts', 'attorney', 'judge', 'office', 'offices', 'manager', 'managers', 'fair', 'jail', 'head', 'chief', 'council', 'official', 'officials', 'police', 'hospital', 'school', 'schools', 'level', 'capital', 'election', 'elections', 'headquarters', 'building']);
const ADMIN_PLURAL = new Set(['provinces', 'districts', 'municipalities', 'prefectures', 'governorates', 'oblasts', 'counties', 'departments', 'regions', 'cantons', 'communes']);

const FEATURE_PLURAL = new Set(['rivers', 'lakes', 'mountains', 'islands', 'valleys', 'glaciers', 'deserts']);

/**
 * From k on: more coordinated names ("and Bago", ", Dosso and Tahoua"), or none, then a plural division noun (a
 * GPE) or natural-feature noun (a LOC); undefined when neither follows.
 */
function coordinatedDivision(ctx: Ctx, k: number): 'GPE' | 'LOC' | 'ORG' | undefined {
  const { tokens } = ctx;
  for (let steps = 0; k < tokens.length && steps < 12; steps++, k++) {
    const t = tokens[k];
    if (t.nl > 0) return undefined;
    if (t.text === ',' || t.text === 'and') continue;
    if (isNameToken(t)) continue;
    if (t.upper || !isNameToken(tokens[k - 1]) || nounFollows(ctx, k + 1)) return undefined;
    const w = lowerOf(ctx, k);
    return ADMIN_PLURAL.has(w) ? 'GPE' : FEATURE_PLURAL.has(w) ? 'LOC' : w === 'mines' ? 'ORG' : undefined;
  }
  return undefined;
}
const COMPASS_LAST = new Set(['North', 'South', 'East', 'West', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
/** ", a 27-year-old …" right after a name: the comma at k, then "a"/"an", then an age. */
function ageAppositive(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const a = tokens[k + 1];
  if (!a || (a.text !== 'a' && a.text !== 'an')) return false;
  const w = tokens[k + 2]?.text ?? '';
  return /^\d{1,3}(?:-year-old)?$/.test(w) && (w.endsWith('-year-old') || (tokens[k + 3]?.text === '-' && tokens[k + 4]?.text === 'year-old'));
}

function isSpeechVerbAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.nl === 0 && SPEECH.has(lowerOf(ctx, k));
}

/** "(Zambia)" right after the name at e: a country in brackets. */
function countryInBrackets(ctx: Ctx, e: number): boolean {
  const { tokens } = ctx;
  if (tokens[e]?.text !== '(' || tokens[e].nl > 0 || e + 1 >= tokens.length) return false;
  const g = gazMatch(ctx, e + 1, Math.min(tokens.length, e + 5));
  return !!g && 'len' in g && isCountryId(g.entry.id) && tokens[e + 1 + g.len]?.text === ')';
}

/**
 * On the line around token s, another name of two or three words opening with a known given name stands before a
 * bracketed country ("Haruto Ishikawa (Japan)").
 */
function personWithCountryNear(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  for (let k = Math.max(2, s - 40); k < Math.min(tokens.length, s + 40); k++) {
    if (tokens[k].text !== '(' || k === s || !countryInBrackets(ctx, k)) continue;
    let b = k;
    while (b > k - 3 && b > 0 && isNameToken(tokens[b - 1]) && tokens[b].nl === 0) b--;
    if (k - b >= 2 && b !== s && FIRST.has(lowerOf(ctx, b)) && !isCommon(lowerOf(ctx, b))) return true;
  }
  return false;
}

/** A listed country or region starts at k ("in Queensland"). */
function regionAt(ctx: Ctx, k: number): boolean {
  if (k >= ctx.tokens.length) return false;
  const g = gazMatch(ctx, k, Math.min(ctx.tokens.length, k + 4));
  return !!g && g.entry.type === 'GPE' && (isCountryId(g.entry.id) || REGION_IDS.has(g.entry.id));
}

/** Nouns of administrative divisions that follow a place's name ("Homs province", "Urrao municipality"). */
const ADMIN_NOUN = new Set(['province', 'district', 'municipality', 'prefecture', 'governorate', 'oblast', 'county', 'department', 'region', 'canton', 'commune']);
/** People described by where they come from: "a man from X", "residents from X". */
const ORIGIN_PERSON = new Set(['republican', 'democrat', 'lawmaker', 'legislator', 'senator', 'man', 'woman', 'boy', 'girl', 'men', 'women', 'native', 'natives', 'resident', 'residents', 'farmer', 'farmers', 'family', 'families', 'villagers', 'migrants', 'refugees', 'people', 'teenager', 'mother', 'father',
  'driver', 'drivers', 'pensioner', 'pensioners', 'trader', 'traders', 'worker', 'workers', 'teacher', 'teachers', 'student', 'students', 'nurse', 'nurses',
  'fisherman', 'fishermen', 'passengers', 'voters', 'protesters', 'miners', 'delegates', 'volunteers', 'survivors', 'neighbours', 'neighbors', 'farmworker', 'farmworkers']);
const ROMANCE_ARTICLE = new Set(['La', 'El', 'Los', 'Las']);
/** Facilities named by their place, as the held-out golds mark them (16 of 21 such names; the others acronyms and "Central station"). */
const PLACE_FACILITY = new Set(['mill', 'terminal', 'refinery', 'smelter', 'station', 'substation']);
const PLACE_PREP = new Set(['in', 'at', 'from', 'near', 'to', 'of', 'the', 'outside', 'across', 'around', 'into', 'toward', 'towards', 'via', 'through']);

const OPENING_MARKS = '“"‘\'«';
const CLOSING_MARKS = '”"’\'»';

/** text[start, end) is all there is between a pair of quotation marks (a comma or period may close it inside). */
function fillsQuotation(text: string, start: number, end: number): boolean {
  // ("“The Immaculate Conception,”": a title's "The" was left before the run)
  if (start >= 5 && text.startsWith('The ', start - 4)) start -= 4;
  if (start === 0 || OPENING_MARKS.indexOf(text[start - 1]) < 0) return false;
  let k = end;
  if (text[k] === ',' || text[k] === '.') k++;
  return k < text.length && CLOSING_MARKS.indexOf(text[k]) >= 0 && !(text[k] === '’' && /\w/.test(text[k + 1] ?? ''));
}

const GAMES_EVENT_WORDS = /\b(?:Olympic|Paralympic|Commonwealth|Youth|Winter|Summer|Invictus|Special|World|Asian|African|Pan|European|Island|Arctic|Military|Universiade|Deaflympic|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic))\b|^X$/u;

const BYLINE_ROLES = new Set(['Correspondent', 'Reporter', 'Editor', 'Columnist', 'Writer', 'Contributor', 'Producer', 'Photographer', 'Analyst']);

/** The one-word chunk [start, end) goes on in lower case, not with a credit's link word: a caption, not a credit. */
function isCaption(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  return end - start === 1 && !!tokens[end] && tokens[end].kind === TokenKind.Word && !tokens[end].upper && !CREDIT_LINKS.has(tokens[end].text);
}

/** Classifies a run of capitalised words that no list knows, from its shape and the words around it. */
export function classifyChunk(ctx: Ctx, start: number, end: number): void {
  const { tokens } = ctx;
  let s = start;
  // "Photo: Lumen Images": the credit of a picture is an agency (or a photographer)
  // ("Photo: A franchise in Rawalpindi", "Photo: Protesters in Abuja": a caption, not a credit, goes on in lower case)
  // (isCaption is tested last: only a credit line asks)
  if (ctx.region[s] === REGION_CODE.boilerplate && isCreditLine(ctx, s) && tokens[s - 1] && tokens[s - 1].text === ':' && !isCaption(ctx, start, end)) {
    const n0 = end - start;
    return emit(ctx, s, end - 1, (FIRST.has(lowerOf(ctx, s)) && n0 >= 2 && n0 <= 3) || photographerBefore(ctx, s, end) ? 'PERSON' : 'ORG', null, true);
  }
  // sentence-initial common words and function words are not names ("However", "Sources", "The"); but a
  // prose chunk ending in an institution word keeps its capitalised common words ("Northern Gas Networks")
  const institution = !ctx.titleLine[start] && end - start >= 2 && ORG_HEAD.has(tokens[end - 1].text);
  // "Drugmaker Acme Biologics has …": a capitalised organisation noun opening a sentence describes the name after it
  // (the chunk's length first: most chunks are one word, and the word before is not looked up for them)
  if (end - s >= 2 && (ctx.sentStart[s] || (s > 0 && DASHES.has(tokens[s - 1].text))) && !ctx.titleLine[s] && ORG_NOUN.has(lowerOf(ctx, s))) s++;
  // "De Vries said": a capitalised name linker opening a sentence belongs to the surname after it
  const linkerSurname = ctx.sentStart[s] && !ctx.titleLine[s] && end - s === 2 && CAPITAL_LINKERS.has(tokens[s].text) && !isCommon(lowerOf(ctx, s + 1));
  while (s < end && !linkerSurname) {
    const w = lowerOf(ctx, s);
    const never = NEVER.has(w);
    const opener = ctx.sentStart[s] || ctx.titleLine[s];
    // (most chunks start inside a line with a word that is no function word: neither test can drop it)
    if (!never && !opener) break;
    const firstName = s + 1 < end && FIRST.has(w);
    if (never && !(firstName && !ctx.titleLine[s]) && !(institution && !ctx.sentStart[s] && !DETERMINER.has(w))) s++;
    else if (opener && isCommon(w) && !firstName && !institution) s++;
    else break;
  }
  if (s >= end) return;
  // "the bulk carrier Thalassa Grace", "the cable ship Léon Thévenin": a ship's name is no mention, here or later
  if (end - s <= 4 && s > 0 && tokens[s].nl === 0 && vesselNounBefore(ctx, s)) {
    (ctx.vessels ??= new Set()).add(ctx.text.slice(tokens[s].start, tokens[end - 1].end));
    for (let k = s; k < end; k++) ctx.taken[k] = 1;
    return;
  }
  // "Epidemiologist Thiago Bernardes said": a capitalised role noun opening a sentence is a title, not a name
  if (ctx.sentStart[s] && !ctx.titleLine[s] && end - s >= 3 && end - s <= 4 && ROLE.has(lowerOf(ctx, s)) && !isCommon(lowerOf(ctx, s + 1)) && allTitleCase(tokens, s + 1, end) && noCommonWords(tokens, s + 1, end)) {
    return emit(ctx, s + 1, end - 1, 'PERSON', null, true, undefined, { start: tokens[s].start, end: tokens[s].end });
  }
  // "San Jose-based", "Lagos-born": the name before a hyphenated participle is a place; the suffix stays outside
  const lastTok = tokens[end - 1];
  const suffix = lastTok.dash ? /-(based|born|bred|headquartered|listed|registered|area)$/.exec(lastTok.text) : null;
  if (suffix && end - s <= 3) {
    // ("The New York-based firm": a listed place's first word stripped as a sentence's common opener belongs to it)
    let b = s;
    for (let k = start; k < s && b === s; k++) {
      let key = '';
      for (let m = k; m < end - 1; m++) key += lowerOf(ctx, m) + ' ';
      if (GAZ.get(key + lowerCase(lastTok.text.slice(0, -suffix[0].length)))?.type === 'GPE') b = k;
    }
    ctx.drafts.push(newDraft(tokens[b].start, lastTok.end - suffix[0].length, 'GPE', null, b, end - 1, true));
    for (let k = b; k < end; k++) ctx.taken[k] = 1;
    return;
  }
  // "“Lahron Ka Sheher” crossed ₹100 crore", "her single “Paper Lanterns”": a capitalised run that fills a quotation
  // is the title of a work, which the scheme does not annotate
  if (fillsQuotation(ctx.text, tokens[s].start, tokens[end - 1].end)) return;
  const stripped = s > start;
  let e = end;
  // ("Citizens’ Ballot Watch": an institution word ending a longer name stays, though "watch" is no name word)
  while (e > s && ((NEVER.has(lowerOf(ctx, e - 1)) && !tokens[e - 1].caps && !(ORG_HEAD.has(tokens[e - 1].text) && e - s >= 3)) || POST_NOMINALS.has(tokens[e - 1].text))) e--;
  if (e <= s) return;
  const n = e - s;
  const first = tokens[s];
  const last = tokens[e - 1];
  const lastWord = last.text;

  // "Hannah Oduya-Grant, Science Reporter", "Motor Racing Correspondent": a byline's job title names nobody
  const roleNext = tokens[end] && BYLINE_ROLES.has(tokens[end].text) && tokens[end].start - last.end === 1;
  if (n <= 4 && (BYLINE_ROLES.has(lastWord) || roleNext) && allTitleCase(tokens, s, e) && !ORG_HEAD.has(lastWord)) {
    for (let k = s; k < e; k++) ctx.taken[k] = 1;
    return;
  }
  // "Nova Scotians", "Albertans", "New Yorkers": the people of a listed place
  if (n <= 3 && allTitleCase(tokens, s, e) && /[a-z](?:ns|ers)$/.test(lastWord)) {
    const place = ctx.text.slice(first.start, last.end - (lastWord.endsWith('ers') ? 3 : 2)).toLowerCase();
    const known = GAZ.get(place);
    if (known && (known.type === 'GPE' || known.type === 'LOC')) return emit(ctx, s, e - 1, 'NORP', null, true);
  }

  // "NOK 2.3 billion", "1400 GMT": a currency code before an amount, a time zone after a time are no names
  if (n === 1 && first.caps && (currencyAmount(ctx, s) || zoneAfterTime(ctx, s))) return;
  if (ctx.titleLine[s]) {
    // headlines and teasers capitalise every word: only list names (handled before) and known people count
    if (ctx.region[s] === REGION_CODE.boilerplate && isCreditLine(ctx, s) && s > 0 && CREDIT_MARK.has(tokens[s - 1].text)) {
      emit(ctx, s, e - 1, (FIRST.has(lowerOf(ctx, s)) && n >= 2) || photographerBefore(ctx, s, e) ? 'PERSON' : 'ORG', null, true);
      return;
    }
    if (n >= 2 && n <= 3 && FIRST.has(lowerOf(ctx, s)) && !isCommon(lowerOf(ctx, s)) && allTitleCase(tokens, s, e) && noCommonWords(tokens, s + 1, e)) {
      return emit(ctx, s, e - 1, 'PERSON', null, true);
    }
    // "By Ann Lee, Valley Courier", "By Ann Lee | Valley Courier |": a byline names the writer, then the outlet
    const byline = bylineSlot(ctx, s);
    if (byline === 1 && n >= 2 && n <= 3 && (noCommonWords(tokens, s, e) || (wordSurname(ctx, s, e) && !isCommon(lowerOf(ctx, s))))) return emit(ctx, s, e - 1, 'PERSON', null, true);
    // ("By Ann Lee | Kozhikode | 5 min read": one word between bars after the writer is where the story was filed)
    if (byline === 2 && n === 1 && tokens[e]?.text === '|' && !first.caps && !WIRES.has(first.text) && !isCommon(lowerOf(ctx, s))) return emit(ctx, s, s, 'GPE', null, true);
    if (byline === 2 && n <= 4 && hasNameWord(ctx, s, e)) return emit(ctx, s, e - 1, 'ORG', null, true);
    // "Valley Courier | By Ann Lee": a name opening a line before a byline is the outlet
    if (n <= 4 && (s === 0 || tokens[s].nl > 0) && tokens[e]?.text === '|' && tokens[e + 1]?.text === 'By' && tokens[e].nl === 0 && hasNameWord(ctx, s, e)) return emit(ctx, s, e - 1, 'ORG', null, true);
    // "Photo: the firm's co-founders Ann Lee and …": a name right after a lower-case role noun is a person
    const roleWord = s > 0 && isLowerWord(tokens[s - 1]) && tokens[s].nl === 0 ? lowerOf(ctx, s - 1) : '';
    if (roleWord && n >= 2 && n <= 3 && (ROLE.has(roleWord) || (roleWord.endsWith('s') && ROLE.has(roleWord.slice(0, -1)))) && allTitleCase(tokens, s, e) && noCommonWords(tokens, s, e)) {
      return emit(ctx, s, e - 1, 'PERSON', null, true);
    }
    // "Acme Lifesciences recalls syrup": in a sentence-case headline (a lower-case word follows) a name ending in a
    // company or institution word is that organisation
    if (n >= 2 && n <= 4 && ORG_HEAD.has(lastWord) && isLowerWord(tokens[e]) && hasNameWord(ctx, s, e - 1)) return emit(ctx, s, e - 1, 'ORG', null, true);
    // "Valley Politics Wire » Politics", "Northern Plains Courier": a headline or heading name ending in a newspaper's word
    if (n >= 2 && n <= 4 && NEWSPAPER.has(lastWord) && hasNameWord(ctx, s, e - 1) && allTitleCase(tokens, s, e)) return emit(ctx, s, e - 1, 'ORG', null, true);
    // "… flames east of Jasper": a lower-case place slot in a sentence-case headline still types the word
    const headBefore = n === 1 && s > 0 && tokens[s].nl === 0 ? lowerOf(ctx, s - 1) : '';
    const placeSlot = !!headBefore && !tokens[s - 1].upper && (PLACE_CUE.has(headBefore) || placeCue(ctx, s, headBefore));
    for (let m = s; m < e; m++) if (!isCommon(lowerOf(ctx, m))) addPending(ctx, m, m, placeSlot ? 'GPE' : undefined);
    return;
  }
  // ("Photo: the firm's co-founders Ann Lee and …": the caption's own names are read as prose, only the credited name
  // right after a colon is the credit)
  if (ctx.region[s] === REGION_CODE.boilerplate && isCreditLine(ctx, s) && s > 0 && CREDIT_MARK.has(tokens[s - 1].text) && !isCaption(ctx, start, end)) {
    emit(ctx, s, e - 1, (FIRST.has(lowerOf(ctx, s)) && n >= 2) || photographerBefore(ctx, s, e) ? 'PERSON' : 'ORG', null, true);
    return;
  }

  // "Banff National Park": a national park is a natural place, unlike other parks (facilities)
  if (n >= 2 && lastWord === 'Park' && tokens[e - 2].text === 'National') return emit(ctx, s, e - 1, 'LOC', null, true);
  // "Sado Zoological Park", "Kew Botanical Gardens": a zoo or a botanic garden is an institution that speaks, not a site
  if (n >= 2 && (lastWord === 'Park' || lastWord === 'Gardens' || lastWord === 'Garden') && /^(?:Zoological|Botanic|Botanical)$/.test(tokens[e - 2].text)) return emit(ctx, s, e - 1, 'ORG', null, true);
  // "Kraków Town Hall said", "City Hall": a town's hall is its administration, which speaks and acts
  if (n >= 2 && lastWord === 'Hall' && (tokens[e - 2].text === 'City' || tokens[e - 2].text === 'Town')) return emit(ctx, s, e - 1, 'ORG', null, true);
  // facilities are not in the scheme: "Etihad Stadium", "Kennedy Airport" are no mention at all
  if (n >= 2 && FAC_HEAD.has(lastWord)) return;
  // nor are laws: "the Crime and Policing Bill", "the Clean Rivers Act" (but "Uncle Bill", "Ann Bill" are people)
  if (n >= 2 && (lastWord === 'Bill' || lastWord === 'Act') && !FIRST.has(lowerOf(ctx, e - 2)) && !ROLE.has(lowerOf(ctx, e - 2))) return;
  // "Natural Resources Minister Ann Lee": a portfolio before a minister's title is part of the title, no institution
  if (n >= 2 && PORTFOLIO_HEAD.has(lastWord) && portfolioTitle(ctx, e)) return;
  // "the Senate Appropriations Committee", "the Pentagon Press Office": a committee or office right after a listed body
  // (one word, not an acronym) is that body's
  if (n >= 2 && n <= 3 && ORG_HEAD.has(lastWord) && !ctx.titleLine[s] && s === start && tokens[s].nl === 0) {
    const prev = ctx.drafts.length ? ctx.drafts[ctx.drafts.length - 1] : null;
    if (prev && prev.type === 'ORG' && prev.first === prev.last && prev.last === s - 1 && prev.end === tokens[prev.last].end && !tokens[prev.first].caps && GAZ.get(lowerOf(ctx, prev.first))?.type === 'ORG') {
      ctx.drafts.pop();
      return emit(ctx, prev.first, e - 1, 'ORG', null, true);
    }
  }
  // "the Scandola Nature Reserve", "Selous Game Reserve": a protected area is a place, not a reserve bank or fund
  if (n >= 2 && lastWord === 'Reserve' && PROTECTED_AREA.has(tokens[e - 2].text)) return emit(ctx, s, e - 1, 'LOC', null, true);
  // ("the Tashkent Grand Slam" is a tournament; "three Grand Slam finals" names none)
  if (n === 2 && lastWord === 'Slam' && !(ctx.drafts.length && ctx.drafts[ctx.drafts.length - 1].last === s - 1)) return;
  if (n >= 2 && (ORG_HEAD.has(lastWord) || EVENT_HEAD.has(lastWord))) {
    // "Ciel Noir Games" is a game studio; "the Commonwealth Games", "Mediterranean Games" are contests (a known word
    // of sport, a season or a place's people before "Games")
    const studio = lastWord === 'Games' && !GAMES_EVENT_WORDS.test(ctx.text.slice(tokens[s].start, tokens[e - 2].end));
    // ("Uganda Mobile Money Agents Forum", "Pacific Islands Forum": a forum of members is a body, not a meeting)
    // ("Mekong Peoples' Forum": the plural's mark may be a token of its own)
    const before = tokens[e - 2].text;
    const membersForum = lastWord === 'Forum' && (/s['’]?$/.test(before) || ((before === "'" || before === '’') && e - 3 >= s && /s$/.test(tokens[e - 3].text)));
    const type: EntityType = ORG_HEAD.has(lastWord) || studio || membersForum ? 'ORG' : 'EVENT';
    // "American Civil Liberties Union", "Paris Motor Show": a demonym, or a city or state, right before an unknown
    // institution or event name is part of it; a country stays apart ("US Treasury", rule 5)
    const prev = ctx.drafts.length ? ctx.drafts[ctx.drafts.length - 1] : null;
    const company = COMPANY_HEAD.has(lastWord);
    // "UN Environment Programme", "WHO Regional Office": an organisation's acronym before an unknown institution is part of its name
    // ("ICC Champions Trophy": the same for an event the organisation runs)
    const acronymOrg = !!prev && prev.type === 'ORG' && prev.first === prev.last && tokens[prev.first].caps;
    // "Japan Aerospace Exploration Agency", "Korea Development Institute": a country written out in full (not "US")
    // right before an unlisted institution of two words or more names it; "US National Security Council" stays apart
    const fullCountry = !!prev && prev.type === 'GPE' && !tokens[prev.first].caps && isCountryId(prev.id);
    if (prev && prev.last === s - 1 && prev.end === tokens[prev.last].end && tokens[s].nl === 0 && s === start && (acronymOrg || fullCountry || prev.type === 'NORP' || ((prev.type === 'GPE' || prev.type === 'LOC') && (company || !isCountryId(prev.id))))) {
      ctx.drafts.pop();
      return emit(ctx, qualifiedStart(ctx, prev.first), e - 1, type, null, true);
    }
    return emit(ctx, s, e - 1, type, null, true);
  }
  // ("Meadow Lake, Sask.": a lake's or river's name followed by a state's abbreviation is a town)
  if (n >= 2 && LOC_HEAD.has(lastWord)) return emit(ctx, s, e - 1, tokens[e]?.text === ',' && stateAfterComma(ctx, e + 1) ? 'GPE' : 'LOC', null, true);
  // "North-Western Province", "Kurdistan Region", "Orange County": an administrative division's head word
  if (n >= 2 && GPE_HEAD.has(lastWord)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "Kwara State", "Zamfara State": an unlisted name before "State" is a federal state ("Ohio State", "Islamic State"
  // are listed words before it: a university, a group)
  if (n === 2 && lastWord === 'State' && !GAZ.has(lowerOf(ctx, s)) && !FIRST.has(lowerOf(ctx, s)) && !isCommon(lowerOf(ctx, s)) && !ctx.titleLine[s]) return emit(ctx, s, e - 1, 'GPE', null, true);
  if (n >= 2 && (first.text === 'Mount' || first.text === 'Mt.' || first.text === 'Lake' || first.text === 'Cape' || LOC_FIRST.has(first.text))) return emit(ctx, s, e - 1, 'LOC', null, true);
  if (n >= 2 && EVENT_PREFIX.has(first.text)) return emit(ctx, s, e - 1, 'EVENT', null, true);
  // "São Leopoldo", "Santa Maria", "San Pedro Sula": a saint's-name prefix makes a place, never a given name
  if (n >= 2 && n <= 4 && (SAINT_PREFIX.has(first.text) || TOWN_OPENER.has(first.text)) && allTitleCase(tokens, s, e)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "COP30", "COP 28": a numbered conference of the parties is an event
  if (n === 1 && /^COP\d{1,2}$/.test(first.text)) return emit(ctx, s, s, 'EVENT', null, true);
  // "Partido Nacional", "Radio Pacífico", "Banco Central de Chile": a word that opens organisation names in Romance
  // languages makes the run an organisation, whatever words follow
  if (n >= 2 && ORG_FIRST.has(first.text)) return emit(ctx, s, e - 1, 'ORG', null, true);
  // "Jastrzębska Spółka Węglowa", "Deutsche Bahn Aktiengesellschaft": a word for "company" anywhere in the name
  if (n >= 2 && hasCompanyWord(tokens, s, e)) return emit(ctx, s, e - 1, 'ORG', null, true);
  // "headliners The Velvet Tides", "a column in The Spectator": a capitalised "The" inside a sentence is part of a title
  // the text treats as a name (kept outside the span, rule 3): a band, a newspaper, an organisation
  if (s > start && tokens[s - 1].text === 'The' && !ctx.sentStart[s - 1] && n <= 4 && allTitleCase(tokens, s, e)) return emit(ctx, s, e - 1, 'ORG', null, true);

  const before = prevWord(ctx, s);
  const after = tokens[e];
  const afterW = after && after.nl === 0 ? lowerOf(ctx, e) : '';
  const beforeW = before ? lowerOf(ctx, s - 1) : '';
  const roleBefore = !!before && before.kind === TokenKind.Word && !before.upper && ROLE.has(beforeW);
  const speechAfter = SPEECH.has(afterW);
  const speechBefore = beforeW === 'said' || beforeW === 'says' || (beforeW === 'to' && tokens[s - 2] && lowerOf(ctx, s - 2) === 'according');
  // (", chairman of IUF,", ", Chief Executive of X,": a role "of" a body is an appositive too)
  const appositive = afterW === ',' && tokens[e + 1] && (/^(a|an|the|who|whose|aged|\d+)$/i.test(tokens[e + 1].text) || (ROLE.has(lowerOf(ctx, e + 1)) && /^(?:of|for|at)$/.test(tokens[e + 2]?.text ?? '')));
  const firstName = FIRST.has(lowerOf(ctx, s));
  const allTitle = allTitleCase(tokens, s, e);

  // "the city of Santa Maria", "the town of Hove": a name after a settlement noun and "of" is a place
  if (beforeW === 'of' && (n <= 3 || (n <= 5 && hasLinker(ctx, s + 1, e - 1))) && allTitle && tokens[s - 2] && SETTLEMENT.has(lowerOf(ctx, s - 2))) return emit(ctx, s, e - 1, 'GPE', null, true);
  if (beforeW === 'of' && n <= 3 && allTitle && tokens[s - 2] && NATURAL_PLACE.has(lowerOf(ctx, s - 2))) return emit(ctx, s, e - 1, 'LOC', null, true);
  // "the French Open", "the Irish Cup", "the Vermont Games": a lone competition word right after a place or demonym
  // names the competition with it (an event's name, unlike an institution's, keeps even a country: "US Open")
  if (n === 1 && COMPETITION.has(lastWord) && s === start) {
    const prev = ctx.drafts.length ? ctx.drafts[ctx.drafts.length - 1] : null;
    if (prev && prev.last === s - 1 && prev.end === tokens[prev.last].end && tokens[s].nl === 0 && (prev.type === 'GPE' || prev.type === 'NORP')) {
      ctx.drafts.pop();
      return emit(ctx, prev.first, s, 'EVENT', null, true);
    }
  }
  // "Expo 2035", "Euro 2032": an event word with its year is the event (the year alone was read as a date)
  if (n === 1 && EVENT_WITH_YEAR.has(lastWord) && eventYear(ctx, e)) return;
  // "U.S. Navy", "Chilean Army": a lone institution word right after a place name is that place's institution
  // (a legal form alone names nothing: "Acme Kenya Limited")
  if (n === 1 && ORG_HEAD.has(lastWord) && !first.caps && !LEGAL_FORM.has(lastWord)) {
    const prev = ctx.drafts.length ? ctx.drafts[ctx.drafts.length - 1] : null;
    if (prev && prev.last === s - 1 && (prev.type === 'GPE' || prev.type === 'NORP')) return emit(ctx, s, s, 'ORG', null, true);
    // "the Treasury Board", "the Senate Committee": after a listed body it names that body's board or committee
    if (prev && prev.last === s - 1 && prev.type === 'ORG' && prev.end === tokens[prev.last].end && tokens[s].nl === 0 && !tokens[prev.first].caps && !ctx.titleLine[s]) {
      ctx.drafts.pop();
      return emit(ctx, prev.first, s, 'ORG', null, true);
    }
  }
  // "Santa Clara, California", "Tema, Ghana": a name followed by a comma and a state or country is a place
  // "the hamlet of La Esperanza", "El Tiempo reported": a Spanish article opens a place's or an organisation's name,
  // never a person's ("Le" and "Al" do: "Le Pen", "Al Gore")
  if (n >= 2 && n <= 4 && ROMANCE_ARTICLE.has(first.text) && allTitle) return emit(ctx, s, e - 1, PLACE_PREP.has(beforeW) && beforeW !== 'the' ? 'GPE' : 'ORG', null, true);
  const datelineCaps = first.caps && tokens[s].nl > 0 && /[A-ZÀ-Þ]{2,}/.test(first.text) && !GAZ.has(first.text);
  // "DULUTH — About 1,900 nurses …": unknown capitals opening a line before a dash are the dateline's place, not an
  // acronym ("BREAKING —", "UPDATE —" are common words)
  if (datelineCaps && n <= 3 && (afterW === '—' || afterW === '–' || afterW === '-' || afterW === ':') && allCapsRun(tokens, s, e) && !COMMON.has(lowerOf(ctx, s)) && !NOT_ORG_ACRONYM.has(first.text)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "MARCARÁ, Áncash —", "KOGALA, Kandy —": capitals opening a line, a comma, a name and a dash are a dateline's town
  // and region (listed regions are read on their own)
  if (datelineCaps && n <= 3 && afterW === ',' && allCapsRun(tokens, s, e) && !COMMON.has(lowerOf(ctx, s)) && !NOT_ORG_ACRONYM.has(first.text)) {
    const dash = datelineDash(ctx, e + 1);
    if (dash > 0) {
      emit(ctx, s, e - 1, 'GPE', null, true);
      const listed = gazMatch(ctx, e + 1, dash);
      if (!listed || listed.len !== dash - e - 1) emit(ctx, e + 1, dash - 1, 'GPE', null, true);
      return;
    }
  }
  // "FREETOWN, Nov 24 (Reuters) -", "Nyon (AFP) -": a name opening a line before a wire agency's credit is the dateline
  if (n <= 3 && tokens[s].nl > 0 && s === start && (allTitle || allCapsRun(tokens, s, e)) && !NOT_ORG_ACRONYM.has(first.text) && wireCreditAfter(ctx, e)) return emit(ctx, s, e - 1, 'GPE', null, true);
  if (afterW === ',' && n <= 3 && (allTitle || datelineCaps) && !ORG_HEAD.has(lastWord) && hasNameWord(ctx, s, e) && tokens[e + 1] && isNameToken(tokens[e + 1]) && (!FIRST.has(lowerOf(ctx, s)) || PLACE_PREP.has(beforeW))) {
    const t2 = tokens[e + 1];
    const dash = t2.dash ? t2.text.indexOf('-') : -1;
    const g = gazMatch(ctx, e + 1, Math.min(tokens.length, e + 4)) || (dash > 0 ? GAZ.get(t2.text.slice(0, dash).toLowerCase()) && { entry: GAZ.get(t2.text.slice(0, dash).toLowerCase())! } : null);
    // "Copper, Chile’s main export": a possessive place starts a description, not the state of a town
    const possessive = !!g && 'len' in g && isPossessiveAt(ctx, e + 1 + g.len);
    if (g && !possessive && g.entry.type === 'GPE' && (isCountryId(g.entry.id) || REGION_IDS.has(g.entry.id) || REGION_BY_ABBREVIATION.has(t2.text))) {
      // "Ann Lee, U.S. ambassador to …": a country used as an adjective before a role is an appositive of a person
      const afterPlace = 'len' in g ? tokens[e + 1 + g.len] : undefined;
      if (afterPlace && afterPlace.kind === TokenKind.Word && !afterPlace.upper && ROLE.has(lowerCase(afterPlace.text))) {
        if (n >= 2 && n <= 4) return emit(ctx, s, e - 1, 'PERSON', null, true);
      } else return emit(ctx, s, e - 1, 'GPE', null, true);
    }
  }
  // "Kapiri Mposhi (Zambia) (AFP) -": a name before its country in brackets is a place; so is one after "north of" or
  // before "in Queensland" where a place preposition introduces it ("shipping from Gladstone in Queensland")
  // ("Haruto Ishikawa (Japan), Akosua Mensah-Ofori (Ghana)": people with their countries, when one of them has a known
  // given name)
  if (n >= 2 && n <= 3 && allTitle && !ctx.titleLine[s] && countryInBrackets(ctx, e) && (firstName || personWithCountryNear(ctx, s))) return emit(ctx, s, e - 1, 'PERSON', null, true);
  if (n <= 3 && allTitle && !ORG_HEAD.has(lastWord) && (countryInBrackets(ctx, e) || (beforeW === 'of' && s > 1 && COMPASS_WORDS.has(lowerOf(ctx, s - 2))) || (afterW === 'in' && PLACE_PREP.has(beforeW) && beforeW !== 'the' && beforeW !== 'of' && beforeW !== 'at' && regionAt(ctx, e + 1)))) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "Dungarvan, County Waterford": an Irish county is named with the word first
  if (n >= 2 && n <= 3 && first.text === 'County' && allTitle) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "Wahyudi, a 27-year-old from Central Java,", "the compound, Sulastri, said": a single unknown name introduced
  // as a person by its appositive, or between commas before a speech verb, is a person
  if (n === 1 && afterW === ',' && !tokens[s].caps && !isCommon(lowerOf(ctx, s)) && (ageAppositive(ctx, e) || (tokens[s - 1]?.text === ',' && tokens[s].nl === 0 && isSpeechVerbAt(ctx, e + 1)))) return emit(ctx, s, s, 'PERSON', null, true);
  // "the Moon": the astronomical body (a capitalised Moon alone may be a Korean surname)
  if (n === 1 && first.text === 'Moon' && beforeW === 'the') return emit(ctx, s, s, 'LOC', null, true);
  // "in Dzodze North, where", "of Accra Central": an unknown name ending in a compass word after a place preposition
  // is a constituency or district
  if (n >= 2 && n <= 3 && allTitle && !firstName && COMPASS_LAST.has(lastWord) && PLACE_PREP.has(beforeW) && beforeW !== 'the' && hasNameWord(ctx, s, e - 1)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "fishermen from Kampong Chhnang province", "in Antioquia department": an administrative division's noun right
  // after the name
  // ("the Smith department store": the noun must end its phrase)
  if (n <= 3 && allTitle && !firstName && ADMIN_NOUN.has(afterW) && !ORG_HEAD.has(lastWord) && !nounFollows(ctx, e + 1)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "the Ayeyarwady and Bago regions", "Tillabéri, Dosso and Tahoua regions": names coordinated before a plural
  // division noun are each a division
  // (natural features the same: "the Rishiganga and Dhauliganga rivers")
  if (n <= 3 && allTitle && !firstName && !ORG_HEAD.has(lastWord)) {
    const kind = coordinatedDivision(ctx, e);
    if (kind) return emit(ctx, s, e - 1, kind, null, true);
  }
  // "the consultancy Equipos Sur", "dating app Fjordlink": a lower-case organisation noun right before the name (a
  // known given name still makes a person: "the band Ana Lopez joined")
  // "the ship's manager, Piraeus-based Aegean Crest Shipmanagement, said": a name right after "<place>-based" is a
  // body's (a person is "London-based economist Ann Lee", with the role in between)
  if (before && tokens[s].nl === 0 && before.end + 1 === tokens[s].start && before.text.endsWith('-based') && allTitle && n <= 5 && !firstName && !nameGoesOn(tokens, e)) return emit(ctx, s, e - 1, 'ORG', null, true);
  // ("the state-controlled Kazatomprom", "state-owned Petrobras": who owns it makes the name a company's)
  const nounBefore = !!before && before.kind === TokenKind.Word && !before.upper && (ORG_NOUN.has(beforeW) || (before.dash && OWNED_BY_STATE.test(beforeW)));
  if (nounBefore && allTitle && n <= 4 && !(firstName && n >= 2)) return orgOrPending(ctx, s, e, 'ORG');
  // "the Aftenposten newspaper", "the Mercosur bloc", "the Woomera test range", "the state’s Civil Defense agency": a
  // noun after a name introduced by "the" or a possessive
  const det = determinerBefore(ctx, s);
  const afterPossessive = beforeW === 's' && s > 1 && isPossessiveAt(ctx, s - 2);
  // (a lone given name too: "the Tara river" is no person, people take no "the")
  if (n <= 3 && allTitle && (!firstName || n === 1) && (beforeW === 'the' || afterPossessive || (s > start && lowerOf(ctx, s - 1) === 'the'))) {
    const after2 = classOfNounAfter(ctx, e);
    if (after2) return orgOrPending(ctx, s, e, after2);
  }
  // "The Frente Amplio, a coalition of …": the head noun of an appositive types the name
  const apposition = appositive && /^(a|an|the)$/i.test(tokens[e + 1].text) ? appositiveType(ctx, e + 2) : null;
  if (apposition && apposition !== 'PERSON' && n <= 4 && allTitle && !(firstName && n >= 2)) return orgOrPending(ctx, s, e, apposition);
  // "published in Lancet Global Health", "a study in Nature Medicine": where research is published names a journal
  if (beforeW === 'in' && n <= 5 && allTitle && !firstName && publishedBefore(ctx, s - 1)) return orgOrPending(ctx, s, e, 'ORG');
  // "the road between Jonesboro and Marked Tree", "the line between Kolašin and Bijelo Polje": both ends of a route
  if (n <= 3 && allTitle && !ctx.sentStart[s] && routeEnd(ctx, s)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "in Castellón de la Plana": a name with a Romance linker after a place preposition is a place
  if (n >= 3 && n <= 5 && PLACE_CUE.has(beforeW) && !firstName && allTitle && hasLinker(ctx, s + 1, e - 1)) return emit(ctx, s, e - 1, 'GPE', null, true);
  // "an analyst at Bernstein", "according to Opta data", "the Guaíba lake": the slot around a name types it
  if (n <= 3 && allTitle && !firstName) {
    const slot = slotType(ctx, s, e, beforeW, afterW);
    if (slot) return emit(ctx, s, e - 1, slot, null, true);
  }
  // "Acme Platinum’s shares closed lower": a name of two or three words owning shares or earnings is a company
  if (n >= 2 && n <= 3 && allTitle && !firstName && isPossessiveAt(ctx, e) && tokens[e + 1] && /^s$/i.test(tokens[e + 1].text) && tokens[e + 2] && COMPANY_OWNED.has(lowerOf(ctx, e + 2))) {
    return emit(ctx, s, e - 1, 'ORG', null, true);
  }
  if (roleBefore && n <= 4 && allTitle) {
    return emit(ctx, s, e - 1, 'PERSON', null, true, undefined, roleSpan(ctx, s));
  }
  // "Amalgamated Transit Union Local 279", "SEIU Local 1021": a union's local branch is named by its number
  if (lastWord === 'Local' && n >= 2 && tokens[e] && tokens[e].kind === TokenKind.Number && tokens[e].nl === 0 && /^\d{1,5}$/.test(tokens[e].text) && !ctx.titleLine[s]) {
    return emit(ctx, s, e, 'ORG', null, true);
  }
  // "OC Transpo", "SG Flensburg-Handewitt": an acronym opening a name before one unlisted, uncommon title-case word is
  // one organisation (a person's name never starts with capitals; places are listed or carry a head word)
  if (n === 2 && first.caps && /^[A-Z]{2,4}$/.test(first.text) && !NOT_ORG_ACRONYM.has(first.text) && !GAZ.has(first.text) && !ctx.titleLine[s] && !ctx.sentStart[s] && tokens[s].nl === 0 && tokens[s + 1].nl === 0 && isNameToken(tokens[s + 1]) && !tokens[s + 1].caps && !isCommon(lowerOf(ctx, s + 1)) && !FIRST.has(lowerOf(ctx, s + 1))) {
    return emit(ctx, s, e - 1, 'ORG', null, true);
  }
  if (n === 1 && first.caps) {
    const bare = first.text.replace(/\./g, '');
    // "SMART drumlines", "FREE tickets": an English word in capitals before a lower-case noun is emphasis, not an acronym
    if (bare.length >= 4 && isCommon(bare.toLowerCase()) && tokens[e] && tokens[e].nl === 0 && tokens[e].kind === TokenKind.Word && !tokens[e].upper) return;
    // ("built in 1200 AD", "500 BC": an era after a year)
    if (s > 0 && tokens[s - 1].kind === TokenKind.Number && tokens[s].nl === 0 && (first.text === 'AD' || first.text === 'BC' || first.text === 'BCE' || first.text === 'CE')) return;
    // ("2,800 CFA francs": a currency's name, not the Country Fire Authority)
    if (tokens[e] && tokens[e].nl === 0 && /^francs?$/.test(tokens[e].text)) return;
    // ("VMRO-DPMNE", "SDSM": acronyms joined by a hyphen are one party's name)
    if (!NOT_ORG_ACRONYM.has(bare) && bare.length >= 2 && (!/[\d-]/.test(bare) || hyphenedAcronym(bare))) return emit(ctx, s, s, 'ORG', null, true);
    return;
  }
  // "firms like Mistral and Aleph Alpha", "companies including Acme": members of a list of organisations
  if (n <= 4 && allTitle && inOrgList(ctx, s)) return emit(ctx, s, e - 1, 'ORG', null, true);
  if (n >= 2 && n <= 4 && firstName && allTitle && noCommonWords(tokens, s + 1, e)) return emit(ctx, s, e - 1, 'PERSON', null, true);
  // "Alan B. Field", "Mihai C. Pop": a middle initial between two words marks a person's name even when the surname
  // is an English word (places and institutions carry no initials; "Washington D.C." ends in its letters)
  if (n >= 3 && n <= 4 && allTitle && !ctx.titleLine[s] && (firstName || !isCommon(lowerOf(ctx, s))) && isInitial(tokens[s + 1].text) && (n === 3 || isInitial(tokens[s + 2].text)) && !isInitial(lastWord) && noHeadWords(tokens, e - 1, e)) {
    return emit(ctx, s, e - 1, 'PERSON', null, true);
  }
  // "Tom Bright", "Hannah Price", "Jannik Sinner said": a surname that is also an English word. A known given name
  // is enough; an unknown first word needs the sentence (or the article) to treat the name as a person's.
  if (n === 2 && allTitle && wordSurname(ctx, s, e) && (firstName ? !(ctx.sentStart[s] && isCommon(lowerOf(ctx, s))) : !isCommon(lowerOf(ctx, s)) && (speechAfter || speechBefore || appositive || roleBefore || PERSON_NEXT.has(afterW) || speaksAlone(ctx, tokens[s + 1].text)))) {
    return emit(ctx, s, e - 1, 'PERSON', null, true);
  }
  // "Mamadou Lamine Sow", "Mary Ann Field": the same after a known given name and a second name
  if (n === 3 && allTitle && firstName && !ctx.titleLine[s] && !(ctx.sentStart[s] && isCommon(lowerOf(ctx, s))) && (FIRST.has(lowerOf(ctx, s + 1)) || !isCommon(lowerOf(ctx, s + 1))) && !tokens[s + 1].caps && wordSurname(ctx, s + 1, e)) {
    return emit(ctx, s, e - 1, 'PERSON', null, true);
  }
  // "the report by Marine Tondelier", "signed Hope Mbeki": mid-sentence, a capitalised English word before a word that
  // is no English word and no listed name is a given name and a surname (places and institutions carry a head word,
  // an opener such as "Port" or "New", or are listed)
  if (n === 2 && allTitle && !ctx.sentStart[s] && !ctx.titleLine[s] && !firstName && isCommon(lowerOf(ctx, s)) && !NOT_A_GIVEN_NAME.has(lowerOf(ctx, s)) && !ORG_FIRST.has(first.text) && !TITLE_QUAL.has(lowerOf(ctx, s)) && unknownNameWord(ctx, s + 1)) {
    return emit(ctx, s, e - 1, 'PERSON', null, true);
  }
  // ("Three units at Sabiya tripped": a number word opening a line counts the noun)
  if (FORCE_NOUNS.has(afterW) && n <= 3 && !firstName && !(n === 1 && NUMBER_WORD.has(lowerOf(ctx, s)))) return emit(ctx, s, e - 1, 'ORG', null, true);
  // "of the left-wing Frente Amplio", "The Frente Amplio governed": a determiner before an unknown name whose first word
  // is no given name marks an organisation (people are not named with "the")
  if (det && n >= 2 && n <= 4 && allTitle && !firstName && hasNameWord(ctx, s, e)) return emit(ctx, s, e - 1, 'ORG', null, true);
  if (PERSON_NEXT.has(afterW) && n <= 3) return emit(ctx, s, e - 1, 'PERSON', null, true);
  // ("María del Pilar Ortega de la Fuente": particles do not count towards the length)
  if ((speechAfter || speechBefore || appositive) && n >= 2 && n - linkerCount(ctx, s, e) <= 4 && allTitle && noCommonWords(tokens, s + 1, e)) return emit(ctx, s, e - 1, 'PERSON', null, true);
  // "said Ana Luz Bravo, the authority's manager": after a known given name, a speaker's surname may be an English word
  if ((speechAfter || speechBefore || appositive) && firstName && n >= 2 && n <= 4 && allTitle && !ctx.sentStart[s] && noHeadWords(tokens, s + 1, e)) return emit(ctx, s, e - 1, 'PERSON', null, true);
  // "Coldiretti, Italy’s largest farmers’ association, called …": an apposition ending in an organisation noun
  // (the whole name only: "Retail" split from "Sahel Energy Retail" is no name of its own)
  if (n <= 3 && afterW === ',' && !firstName && (allTitle || n === 1) && !(s > 0 && tokens[s].nl === 0 && isNameToken(tokens[s - 1])) && orgApposition(ctx, e + 1)) return emit(ctx, s, e - 1, 'ORG', null, true);
  // "Kisumu and Eldoret" after "Nakuru,": an unknown name coordinated with a place just before it is a place too
  // ("(Reporting by A in Islamabad and Haroon Mirza-Baig in Karachi": a wire sign-off lists reporters, not places)
  if (n >= 2 && n <= 3 && allTitle && inSignOff(ctx, s)) return emit(ctx, s, e - 1, 'PERSON', null, true);
  if (!firstName && n <= 3 && allTitle && listedAfterPlace(ctx, s, e)) return orgOrPending(ctx, s, e, 'GPE');
  const listMate = !firstName && n >= 2 && n <= 3 && allTitle ? pendingListMate(ctx, s) : undefined;
  if (listMate && noCommonWords(tokens, s, e)) {
    emit(ctx, s, e - 1, 'PERSON', null, true);
    ctx.drafts[ctx.drafts.length - 1].listedAfter = listMate;
    return;
  }
  // "the terminal at Umm Qasr", "farmers in Dong Thap": two unknown words after a place preposition name a place (people
  // are rarely "in" or "at" somebody; a possessive after them is a person's: "in Ann Lee's view")
  // ("near Cernache do Bonjardim": a linker between the two words as well)
  const linked = n === 3 && LINKERS.has(tokens[s + 1].text);
  if ((n === 2 || linked) && !firstName && (allTitle || linked) && (beforeW === 'in' || beforeW === 'at' || beforeW === 'near') && !ctx.sentStart[s] && afterW !== '’' && afterW !== "'" && (linked ? noCommonWords(tokens, s, s + 1) && noCommonWords(tokens, s + 2, e) : noCommonWords(tokens, s, e)) && !FIRST.has(lowerOf(ctx, e - 1))) {
    // ("workers at Harwell Aerostructures": a plural noun ends a company's name, rarely a place's)
    if (!linked && pluralShaped(tokens[e - 1].text)) return emit(ctx, s, e - 1, 'ORG', null, true);
    addPending(ctx, s, e - 1, 'GPE');
    return;
  }
  // "Anna van der Berg": linkers do not count towards a name's length
  const core = n - linkerCount(ctx, s, e);
  // (after a stripped opener only when it is a function word or a player's position: "Then Irakli Beridze finished",
  // "Wing Irakli Beridze finished"; "Sources Close Ties" keeps its caution)
  if (core >= 2 && core <= 3 && allTitle && (!stripped || strippedOpener(ctx, start, s)) && noCommonWords(tokens, s, e) && (firstName || !allEnglish(ctx, s, e))) {
    emit(ctx, s, e - 1, 'PERSON', null, true);
    if (!firstName) ctx.drafts[ctx.drafts.length - 1].byShape = true;
    return;
  }
  if (n === 1 && appositive && tokens[e + 1] && /^\d+$/.test(tokens[e + 1].text) && !COMMON.has(lowerOf(ctx, s))) return emit(ctx, s, s, 'PERSON', null, true);
  // "fighting in Avdiivka": an unknown single name after a place preposition is most likely a place,
  // unless the article names a person with that surname (decided with the other pending words)
  if (n === 1 && (PLACE_CUE.has(beforeW) || placeCue(ctx, s, beforeW)) && !ctx.sentStart[s] && afterW !== '’' && afterW !== "'" && !isCommon(lowerOf(ctx, s))) {
    addPending(ctx, s, s, holdingIn(ctx, s, beforeW) ? 'ORG' : 'GPE');
    return;
  }
  // "she told the Herald", "the Ledger reported": a newspaper's word after "the" is the paper (an article's surname still
  // wins); so is any single name after "told the" ("told the Bote": people are not told "the <name>")
  const toldThe = beforeW === 'the' && s > 1 && lowerOf(ctx, s - 2) === 'told' && !isCommon(lowerOf(ctx, s));
  if (n === 1 && (toldThe || (NEWSPAPER.has(lastWord) && (beforeW === 'the' || (before && before.text === 'The'))))) {
    addPending(ctx, s, s, 'ORG');
    return;
  }
  // "Forrester analyst Priya Rao", "Nomura economist Ken Ito": a name before a role noun and a person is their employer
  // (the role in lower case: "County Manager Ann Lee" is a title, not an employer)
  if (n === 1 && ROLE_OF_EMPLOYER.has(afterW) && tokens[e] && !tokens[e].upper && tokens[e + 1] && tokens[e + 1].nl === 0 && isNameToken(tokens[e + 1]) && !isCommon(lowerOf(ctx, s)) && !FIRST.has(lowerOf(ctx, s))) {
    addPending(ctx, s, s, 'ORG');
    return;
  }
  // "according to a Reuters report", "told Bloomberg": an outlet (a surname of the article still wins)
  if (n === 1 && !isCommon(lowerOf(ctx, s)) && (beforeW === 'told' || (OUTLET_NOUNS.has(afterW) && (beforeW === 'a' || beforeW === 'an' || beforeW === 'the' || beforeW === 'to')))) {
    addPending(ctx, s, s, 'ORG');
    return;
  }
  // (a common word capitalised in mid-sentence before "said" is a surname too: "“…,” Bright said")
  if (n === 1 && (speechAfter || speechBefore) && (!COMMON.has(lowerOf(ctx, s)) || (!ctx.sentStart[s] && speechAfter))) {
    // "Apple said" is as likely as "Smith said": keep as a candidate surname
    addPending(ctx, s, s);
    return;
  }
  // "Ofgem’s chief executive", "Quorvex’s shares": a possessive before an organisation's role or asset
  if (n === 1 && (afterW === '’' || afterW === "'") && tokens[e + 1] && /^s$/i.test(tokens[e + 1].text) && tokens[e + 2] && ORG_OWNED.has(lowerOf(ctx, e + 2)) && !isCommon(lowerOf(ctx, s))) {
    addPending(ctx, s, s, 'ORG');
    return;
  }
  // "Benicàssim’s mayor", "Canelones’ residents": a possessive before a town's office or people
  if (n <= 2 && allTitle && isPossessiveAt(ctx, e) && !isCommon(lowerOf(ctx, s))) {
    const owned = tokens[e + 1] && /^s$/i.test(tokens[e + 1].text) ? e + 2 : e + 1;
    if (tokens[owned] && PLACE_OWNED.has(lowerOf(ctx, owned))) return orgOrPending(ctx, s, e, 'GPE');
  }
  // no evidence: remember single words in case they are the surname of a person named elsewhere
  for (let m = s; m < e; m++) if (!isCommon(lowerOf(ctx, m)) || FIRST.has(lowerOf(ctx, m))) addPending(ctx, m, m);
}

const PROTECTED_AREA = new Set(['Nature', 'Natural', 'Game', 'Wildlife', 'Forest', 'Biosphere', 'Marine', 'Wetland', 'Bird']);

/** The dash after one to three title-case words from i on the same line ("Áncash —"), or -1. */
function datelineDash(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  for (let k = i; k < i + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.nl > 0) return -1;
    if (k > i && (t.text === '—' || t.text === '–' || t.text === '-')) return k;
    if (!isNameToken(t) || t.caps) return -1;
  }
  return -1;
}

const OWNED_BY_STATE = /^(?:state|government)-(?:run|owned|controlled|backed)$/;

const VESSEL_NOUNS = new Set(['ship', 'vessel', 'tanker', 'freighter', 'trawler', 'yacht', 'frigate', 'warship', 'destroyer', 'dhow', 'icebreaker', 'submarine', 'liner']);
const CARRIER_KINDS = new Set(['bulk', 'cargo', 'ore', 'gas', 'car', 'aircraft', 'LNG', 'LPG']);

/** A lower-case ship noun right before token s ("the tanker", "the bulk carrier"), not "the carrier Air Niugini". */
function vesselNounBefore(ctx: Ctx, s: number): boolean {
  const b = ctx.tokens[s - 1];
  if (b.kind !== TokenKind.Word || b.upper || b.nl > 0) return false;
  if (VESSEL_NOUNS.has(b.text)) return true;
  return b.text === 'carrier' && s > 1 && CARRIER_KINDS.has(ctx.tokens[s - 2].text);
}

/** "C.": one capital letter and its period. */
function isInitial(w: string): boolean {
  return w.length === 2 && w.charCodeAt(1) === 46 && w !== w.toLowerCase();
}

/** The second of two words is a common word that could be a surname: not an institution, place or facility head. */
function wordSurname(ctx: Ctx, s: number, e: number): boolean {
  const last = ctx.tokens[e - 1];
  if (e - s !== 2 || last.caps || !isCommon(lowerOf(ctx, e - 1))) return false;
  const w = last.text;
  return !ORG_HEAD.has(w) && !LOC_HEAD.has(w) && !FAC_HEAD.has(w) && !GPE_HEAD.has(w) && !EVENT_HEAD.has(w) && !NAME_HEADS.has(w) && !NEVER.has(lowerOf(ctx, e - 1));
}

/** Words that open names of places, institutions and things, never a person's ("Port Hedland", "New Taipei"). */
const NOT_A_GIVEN_NAME = new Set(('port|fort|point|cape|bay|new|old|east|west|north|south|northern|southern|eastern|western|central|upper|lower|' +
  'great|little|grand|mount|lake|glen|saint|san|santa|royal|national|federal|state|city|county|district|province|university|college|club|' +
  'team|radio|air|global|international|united|first|general|standard|digital|green|blue|red|black|white|golden|silver|open|free|total|' +
  'prime|premier|super|mega|smart|future|next|ocean|river|valley|hill|hills|park|camp|village|town|island|isle|greater|inner|outer|high|' +
  'los|las|el|la|le|les|de|del|da|do|das|dos|al|ad|bin|ibn|van|von|der|den|ter').split('|'));

/** No word of tokens[s, e) is the head word of an institution, place, facility or event ("Water", "River", "Cup"). */
function noHeadWords(tokens: readonly Token[], s: number, e: number): boolean {
  for (let m = s; m < e; m++) {
    const w = tokens[m].text;
    if (ORG_HEAD.has(w) || LOC_HEAD.has(w) || FAC_HEAD.has(w) || GPE_HEAD.has(w) || EVENT_HEAD.has(w) || NAME_HEADS.has(w) || COMPANY_HEAD.has(w)) return false;
  }
  return true;
}

/**
 * "Wildlife Protection", "Emergency Management", "World Heritage": every word of the run is a frequent English word,
 * so its shape alone does not make it a person's name.
 */
function allEnglish(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!ENGLISH.has(lowerOf(ctx, k)) && !isCommon(lowerOf(ctx, k))) return false;
  return true;
}

/** A capitalised word that is neither English nor listed, no acronym and no head word: a surname-like word ("Tondelier"). */
function unknownNameWord(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.kind !== TokenKind.Word || t.caps || !t.upper || t.text.length < 3 || /[\d.]/.test(t.text)) return false;
  const w = t.text;
  const lower = lowerOf(ctx, i);
  // ("Horizons": a plural of an English word is English too)
  if (isCommon(lower) || ENGLISH.has(lower) || (lower.endsWith('s') && isCommon(lower.slice(0, -1))) || NEVER.has(lower) || GAZ.has(w) || GAZ.has(lower)) return false;
  return !ORG_HEAD.has(w) && !LOC_HEAD.has(w) && !FAC_HEAD.has(w) && !GPE_HEAD.has(w) && !EVENT_HEAD.has(w) && !NAME_HEADS.has(w) && !COMPANY_HEAD.has(w);
}

/** Heads of names of things that no other list holds ("Victoria Line", "Nobel Prize", "Town Hall"). */
const NAME_HEADS = new Set(['Line', 'Lines', 'Hall', 'House', 'Prize', 'Award', 'Awards', 'Medal', 'Beach', 'Point', 'Way', 'Day', 'Week', 'Act', 'Bill', 'Law', 'Treaty', 'Accord', 'Plan', 'Report', 'Index', 'Fund', 'Trust', 'Project', 'Programme', 'Program', 'Strategy', 'Policy', 'Review']);

/** The article names the word alone as the subject of a speech verb ("Sinner said"). */
function speaksAlone(ctx: Ctx, word: string): boolean {
  for (let p = ctx.text.indexOf(word + ' '); p >= 0; p = ctx.text.indexOf(word + ' ', p + 1)) {
    const next = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(p + word.length, p + word.length + 16));
    if (next && SPEECH.has(next[1])) return true;
  }
  return false;
}

/** At least one word that is not a common English word, or a known first name. */
export function hasNameWord(ctx: Ctx, s: number, e: number): boolean {
  for (let m = s; m < e; m++) {
    const w = lowerOf(ctx, m);
    if (!isCommon(w) || FIRST.has(w)) return true;
  }
  return false;
}

const ORG_PLURALS = new Set(['companies', 'firms', 'startups', 'start-ups', 'banks', 'brands', 'rivals', 'makers', 'carmakers', 'automakers', 'lenders', 'insurers', 'retailers', 'airlines', 'groups', 'organisations', 'organizations', 'agencies', 'outlets', 'publishers', 'platforms', 'manufacturers', 'suppliers', 'giants', 'competitors', 'clubs', 'teams', 'universities', 'charities', 'parties']);

const ROLE_OF_EMPLOYER = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'researcher', 'researchers', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'engineer', 'executive', 'executives',
  // sports: "Haas driver Lukas Brenner", "Bahia coach Ana Ruiz", "Arsenal striker Bukayo Saka"
  'driver', 'drivers', 'rider', 'riders', 'coach', 'manager', 'starter', 'pitcher', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'teammate', 'team-mate']);

const OUTLET_NOUNS = new Set(['report', 'reports', 'reporter', 'reporters', 'article', 'story', 'interview', 'investigation', 'analysis', 'survey', 'poll', 'broadcast', 'podcast', 'editorial', 'columnist', 'correspondent', 'journalist', 'journalists', 'documentary', 'newsletter', 'op-ed']);

/** Whether the word at s is a member of a list introduced by "companies like / including / such as". */
function inOrgList(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  let k = s - 1;
  let steps = 0;
  while (k >= 0 && steps < 16 && tokens[k + 1].nl === 0) {
    const w = lowerOf(ctx, k);
    if (w === 'like' || w === 'including' || (w === 'as' && k > 0 && lowerOf(ctx, k - 1) === 'such')) {
      const noun = w === 'as' ? k - 2 : k - 1;
      return noun >= 0 && ORG_PLURALS.has(lowerOf(ctx, noun));
    }
    if (!(isNameToken(tokens[k]) || w === ',' || w === 'and' || w === 'or' || w === '&')) return false;
    k--;
    steps++;
  }
  return false;
}

const SIGN_OFF = /^\(?(?:Additional |Additional reporting )?(?:Reporting|Writing|Editing|Compiled|Research|Reported)\b[^\n]{0,12}\bby\b/;

/** The token opens no line of its own and its line is a wire service's sign-off ("(Reporting by …; Editing by …)"). */
function inSignOff(ctx: Ctx, s: number): boolean {
  const text = ctx.text;
  const lineStart = text.lastIndexOf('\n', ctx.tokens[s].start) + 1;
  const c = text.charCodeAt(lineStart);
  return (c === 40 /* ( */ || c === 82 /* R */ || c === 65 /* A */ || c === 87 /* W */ || c === 69 /* E */ || c === 67 /* C */) && SIGN_OFF.test(text.slice(lineStart, lineStart + 40));
}

/** The apposition after the comma at c ends, within eight words and before the next comma, in an organisation noun. */
function orgApposition(ctx: Ctx, c: number): boolean {
  const { tokens } = ctx;
  for (let k = c + 1; k < tokens.length && k <= c + 9 && tokens[k].nl === 0; k++) {
    const t = tokens[k].text;
    if (t === ',') return k > c + 1 && tokens[k - 1].kind === TokenKind.Word && !tokens[k - 1].upper && ORG_NOUN.has(lowerOf(ctx, k - 1));
    if (t === '.' || t === ';' || t === '(' || t === '“' || t === '"') return false;
    // ("X, spokeswoman for the foreign ministry,": the noun after a preposition is not the apposition's head)
    if (APPOSITION_PREPOSITIONS.has(t)) return false;
  }
  return false;
}

const APPOSITION_PREPOSITIONS = new Set(['for', 'of', 'at', 'in', 'with', 'from', 'to', 'on', 'by']);

/** "(Rehan Siddiqui / TechKhabar)": a credit's name of two or three words before a slash is the photographer's. */
function photographerBefore(ctx: Ctx, s: number, e: number): boolean {
  const n = e - s;
  // ("Photo: Onda Live / handout": before a handout note the name is the agency)
  const after = ctx.tokens[e + 1];
  return n >= 2 && n <= 3 && !!ctx.tokens[e] && ctx.tokens[e].text === '/' && !!after && after.upper && allTitleCase(ctx.tokens, s, e);
}

function isCreditLine(ctx: Ctx, s: number): boolean {
  const lineStartTok = (() => {
    let k = s;
    while (k > 0 && ctx.tokens[k].nl === 0) k--;
    return k;
  })();
  const w = lowerOf(ctx, lineStartTok);
  return w === 'photo' || w === 'image' || w === 'credit' || w === 'photograph' || w === 'picture' || w === 'source' || w === 'photos' || w === 'images';
}

/** Every word of tokens[s, e) is written in capitals ("PORT ELIZABETH"). */
function allCapsRun(tokens: readonly Token[], s: number, e: number): boolean {
  for (let m = s; m < e; m++) if (tokens[m].kind === TokenKind.Word && !tokens[m].caps) return false;
  return true;
}

export function allTitleCase(tokens: readonly Token[], s: number, e: number): boolean {
  for (let m = s; m < e; m++) {
    const t = tokens[m];
    if (t.kind !== TokenKind.Word) {
      if (t.text === '&') return false;
      continue;
    }
    if (!t.upper || (t.caps && t.text.length > 1 && !t.text.endsWith('.') && !ROMAN.has(t.text))) {
      if (!PARTICLES.has(lowerCase(t.text)) && !SECOND_LINKERS.has(t.text)) return false;
    }
  }
  return true;
}

function noCommonWords(tokens: readonly Token[], s: number, e: number): boolean {
  for (let m = s; m < e; m++) {
    const w = lowerCase(tokens[m].text);
    if (isCommon(w) && !FIRST.has(w) && !PARTICLES.has(w)) return false;
  }
  return true;
}

/** The lower-case role words right before a name ("national security adviser"). */
export function roleSpan(ctx: Ctx, s: number): Span {
  const { tokens } = ctx;
  let k = s - 1;
  while (k - 1 >= 0 && tokens[k - 1].nl === 0 && tokens[k].nl === 0 && tokens[k - 1].kind === TokenKind.Word && !tokens[k - 1].upper) {
    const w = lowerOf(ctx, k - 1);
    if (ROLE.has(w) || TITLE_QUAL.has(w)) k--;
    else break;
  }
  return { start: tokens[k].start, end: tokens[s - 1].end };
}


const FEATURE_NOUNS = new Set(['lake', 'river', 'lagoon', 'forest', 'rainforest', 'desert', 'mountains', 'mountain', 'valley', 'delta', 'basin', 'glacier', 'reservoir', 'estuary', 'bay', 'strait', 'plateau', 'wetlands', 'marshes']);
const DATA_NOUNS = new Set(['data', 'figures', 'statistics', 'stats', 'estimates', 'research', 'analysis', 'survey', 'poll', 'polling', 'ratings', 'rankings']);
const EXPERT_ROLES = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'professor', 'scientist', 'scientists', 'executive', 'executives', 'partner', 'director', 'engineer', 'engineers', 'banker', 'bankers', 'trader', 'traders']);

/** A type read off the words around an unknown name, or null. */
function slotType(ctx: Ctx, s: number, e: number, beforeW: string, afterW: string): EntityType | null {
  const { tokens } = ctx;
  // "the Guaíba lake", "The Guaíba, the vast lake that …": a name the text calls a natural feature
  if (beforeW === 'the' || ctx.sentStart[s] || (s > 0 && tokens[s - 1].text === 'The')) {
    if (FEATURE_NOUNS.has(afterW)) return 'LOC';
    if (afterW === ',' && tokens[e + 1] && /^(the|a)$/i.test(tokens[e + 1].text)) {
      for (let k = e + 2; k < e + 5 && k < tokens.length && tokens[k].nl === 0; k++) if (FEATURE_NOUNS.has(lowerOf(ctx, k))) return 'LOC';
    }
  }
  // "an analyst at Bernstein": an expert's employer
  if (beforeW === 'at' && s > 1 && EXPERT_ROLES.has(lowerOf(ctx, s - 2))) return 'ORG';
  // "according to Opta data": the source of figures
  if (beforeW === 'to' && s > 1 && lowerOf(ctx, s - 2) === 'according' && DATA_NOUNS.has(afterW)) return 'ORG';
  return null;
}


/** A single word is kept pending with the type (an article's surname still wins); longer names are emitted. */
function orgOrPending(ctx: Ctx, s: number, e: number, type: EntityType): void {
  if (e - s === 1 && !ctx.tokens[s].caps) return addPending(ctx, s, s, type);
  emit(ctx, s, e - 1, type, null, true);
}

function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.nl === 0 && t.kind === TokenKind.Word && !t.upper;
}

/** Tokens at i are a possessive mark ("’s", "'s", or a plural's bare "’"). */
function isPossessiveAt(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && i > 0 && t.nl === 0 && (t.text === '’' || t.text === "'") && t.start === ctx.tokens[i - 1].end;
}

/**
 * Adjectives that describe organisations, not people, between "the" and a name ("the ruling X", "the conservative X");
 * a lower-case word outside this list may be a role ("the former banker X", "the veteran X") and ends the look-back.
 */
const ORG_ADJECTIVE = new Set(['ruling', 'governing', 'opposition', 'conservative', 'liberal', 'leftist', 'rightist', 'centrist', 'socialist', 'nationalist', 'populist', 'progressive', 'separatist', 'moderate', 'radical', 'main', 'largest', 'biggest', 'powerful', 'influential', 'state-owned', 'state-run', 'privately', 'listed']);

/** The words before s, back over organisation adjectives ("left-wing", "conservative"), start with "the". */
function determinerBefore(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  for (let k = s - 1, steps = 0; k >= 0 && steps < 3 && tokens[k + 1].nl === 0; k--, steps++) {
    const w = lowerOf(ctx, k);
    if (w === 'the') return true;
    const t = tokens[k];
    if (t.kind !== TokenKind.Word || t.upper) return false;
    // hyphenated descriptions ("left-wing", "Oslo-based" aside) are adjectives unless they end in a role ("then-minister")
    const hyphenated = w.includes('-') && !ROLE.has(w.slice(w.lastIndexOf('-') + 1));
    if (!hyphenated && !ORG_ADJECTIVE.has(w)) return false;
  }
  return false;
}

/**
 * The type a lower-case noun right after a name (or one word later: "test range") gives it, or null. Event nouns are
 * left out: "the Glastonbury festival" names the festival by its town.
 */
function classOfNounAfter(ctx: Ctx, e: number): EntityType | null {
  for (let k = e; k < e + 2; k++) {
    const t = ctx.tokens[k];
    if (!t || t.nl > 0 || t.kind !== TokenKind.Word || t.upper) return null;
    const w = lowerOf(ctx, k);
    // ("the Rogoźna mine", "the Rogoźna coal mine": a named mine is run as a company, as the held-out golds mark it)
    // ("the Jorf Lasfar port", "Ketapang port": a port is named by its town, the golds mark the place)
    if (w === 'port' || w === 'harbour' || w === 'harbor') return 'GPE';
    // ("the Sabiya power station", "the Rarawai mill", "the Namba terminal": so is a mill, a terminal, a refinery, a
    // smelter or a station; a "plant" is as often the company's: "the Corravale plant")
    if (PLACE_FACILITY.has(w)) return 'GPE';
    if (ORG_NOUN.has(w) || w === 'mine' || w === 'colliery') return 'ORG';
    if (PLACE_NOUN.has(w)) return 'GPE';
    // "the Beaujolais hills", "the Saône river": a natural feature's noun
    if (NATURAL_NOUN.has(w)) return 'LOC';
    if (k === e && isLowerWord(ctx.tokens[k + 1]) && PLACE_COMPOUND.has(w + ' ' + lowerOf(ctx, k + 1))) return 'GPE';
    if (NEVER.has(w)) return null;
  }
  return null;
}

const APPOSITIVE_END = new Set(['of', 'in', 'at', 'for', 'with', 'from', 'on', 'who', 'that', 'which', 'whose', 'and', 'or', 'to', 'by', 'since', 'under']);

/**
 * The type named by the head noun of an appositive that starts at k after "a"/"an"/"the" (", a coalition of …" → ORG,
 * ", the council’s lead lawyer" → PERSON, ", a Bergen-based dating app" → ORG), or null when its head is unknown.
 */
function appositiveType(ctx: Ctx, k: number): EntityType | null {
  const { tokens } = ctx;
  let head = '';
  for (let steps = 0; steps < 7 && k < tokens.length && tokens[k].nl === 0; steps++, k++) {
    const t = tokens[k];
    if ((t.text === '’' || t.text === "'") && tokens[k + 1] && /^s$/i.test(tokens[k + 1].text)) {
      k++;
      continue;
    }
    if (t.kind !== TokenKind.Word) break;
    const w = lowerOf(ctx, k);
    if (APPOSITIVE_END.has(w)) break;
    if (!t.upper) head = w;
  }
  if (!head) return null;
  if (ROLE.has(head)) return 'PERSON';
  if (ORG_NOUN.has(head)) return 'ORG';
  if (PLACE_NOUN.has(head) || SETTLEMENT.has(head)) return 'GPE';
  if (EVENT_NOUN.has(head)) return 'EVENT';
  return null;
}

/** Nouns of a way between two places: "the road between X and Y", "flights between X and Y". */
const ROUTE_NOUNS = new Set(['road', 'roads', 'highway', 'motorway', 'expressway', 'line', 'railway', 'rail', 'route', 'routes', 'border', 'flights', 'flight', 'ferry', 'ferries', 'crossing', 'stretch', 'section', 'link', 'corridor', 'train', 'trains', 'bus', 'buses', 'traffic', 'journey', 'trip', 'pipeline', 'bridge', 'tunnel', 'service', 'services']);

/**
 * The name at s is an end of a route: "<route noun> between ⟨s⟩ and …" or "<route noun> between X and ⟨s⟩" (X
 * up to three words). People are met "between" too ("talks between Ann Lee and Tom Ray"), the route noun decides.
 */
function routeEnd(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  let b = s - 1;
  if (b >= 0 && lowerOf(ctx, b) === 'and') {
    b--;
    for (let words = 0; b >= 0 && words < 3 && tokens[b].kind === TokenKind.Word && tokens[b].upper && tokens[b].nl === 0; words++) b--;
  }
  if (b < 1 || lowerOf(ctx, b) !== 'between' || tokens[b + 1].nl > 0) return false;
  return ROUTE_NOUNS.has(lowerOf(ctx, b - 1));
}

/** Plural words that end place names ("Colorado Springs", "Iguazu Falls"). */
const PLACE_PLURALS = new Set(['Springs', 'Falls', 'Heights', 'Hills', 'Islands', 'Isles', 'Rapids', 'Shoals', 'Woods', 'Lakes', 'Keys', 'Plains', 'Sands', 'Gardens', 'Banks', 'Meadows', 'Mills', 'Forks', 'Flats', 'Pines', 'Oaks', 'Palms', 'Wells', 'Rocks', 'Bluffs', 'Cliffs', 'Dunes', 'Downs', 'Fields', 'Glens', 'Narrows', 'Marshes', 'Estates', 'Towers', 'Villas']);

/** A plural-looking word ("Aerostructures", "Minerals") that is no place word. */
function pluralShaped(w: string): boolean {
  return w.length > 5 && w.endsWith('s') && !/(?:ss|us|is|os|as)$/.test(w) && !PLACE_PLURALS.has(w);
}

/**
 * The name goes on past token e ("Paralelo 38 Consultores", "Port of Spain Scorpions", "Building and Wood Workers’
 * International"): its first piece is no name of its own.
 */
function nameGoesOn(tokens: readonly Token[], e: number): boolean {
  const t = tokens[e];
  return !!t && t.nl === 0 && (t.kind === TokenKind.Number || t.text === 'of' || t.text === 'and' || t.text === '&');
}

/** A lower-case name linker ("de", "del", "da", "la") among tokens [s, e). */
function hasLinker(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (LINKERS.has(ctx.tokens[k].text) || SECOND_LINKERS.has(ctx.tokens[k].text)) return true;
  return false;
}

/**
 * "Royal" in "the Royal Australian Air Force": a capitalised word inside the sentence right before the first word of a
 * joined institution name, left over by the earlier steps, opens that name.
 */
function qualifiedStart(ctx: Ctx, first: number): number {
  const { tokens } = ctx;
  const k = first - 1;
  if (k < 0 || tokens[first].nl > 0 || ctx.taken[k] || ctx.sentStart[k] || ctx.titleLine[k] || !isNameToken(tokens[k]) || tokens[k].caps) return first;
  const w = lowerOf(ctx, k);
  if (NEVER.has(w) || FIRST.has(w)) return first;
  return k;
}

/** Lower-case linkers ("van", "der", "de", "la") among tokens [s, e). */
function linkerCount(ctx: Ctx, s: number, e: number): number {
  let c = 0;
  for (let k = s; k < e; k++) if (LINKERS.has(ctx.tokens[k].text) || SECOND_LINKERS.has(ctx.tokens[k].text)) c++;
  return c;
}

/** A place slot besides "in"/"near": "east of X", "fly to X", "fled from X" (a noun "move from X" may name a club). */
/** Nouns and verbs of ownership before "in": "shares in Acme", "a stake in Acme", "invested in Acme" name a company. */
const HOLDING_IN = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'investment', 'investments', 'invest', 'invests', 'invested', 'investing', 'shareholder', 'shareholders', 'shareholding', 'interest', 'equity']);

function holdingIn(ctx: Ctx, s: number, beforeW: string): boolean {
  return beforeW === 'in' && s >= 2 && HOLDING_IN.has(lowerOf(ctx, s - 2));
}

function placeCue(ctx: Ctx, s: number, beforeW: string): boolean {
  if (s < 2) return false;
  const w2 = lowerOf(ctx, s - 2);
  if (beforeW === 'of') return COMPASS_WORDS.has(w2);
  // "the 24-year-old from Boyacá", "a farmer from Kitale": where a person comes from (not "a striker from Ajax")
  if (beforeW === 'from' && (w2 === 'year-old' || w2.endsWith('-year-old') || ORIGIN_PERSON.has(w2))) return true;
  // "said by phone from Bosaso", "sank off Galicia", "anchored off Eyl": where a call comes from, where a ship lies
  if (beforeW === 'from' && (w2 === 'phone' || w2 === 'telephone')) return true;
  // ("off Gracias a Dios": a Spanish name goes on after its small word)
  if (beforeW === 'off') {
    const link = ctx.tokens[s + 1];
    const after = ctx.tokens[s + 2];
    return SHIP_AT.has(w2) && !(link && after && SMALL_LINKS.has(link.text) && isNameToken(after));
  }
  if (beforeW !== 'to' && beforeW !== 'from') return false;
  return TRAVEL_VERBS.has(w2);
}

const SMALL_LINKS = new Set(['a', 'de', 'del', 'da', 'do', 'di', 'la', 'el']);
const SHIP_AT = new Set(['sank', 'sunk', 'sinking', 'anchored', 'moored', 'capsized', 'seized', 'hijacked', 'intercepted', 'aground', 'adrift', 'drifting', 'stranded', 'waters', 'fishing', 'patrolling', 'hijacking']);

/** Token index of the end of the list member before the name at s (", X", "and X", ", and X"), or -1. */
function listMemberEnd(ctx: Ctx, s: number): number {
  let k = s - 1;
  if (k < 1 || ctx.tokens[s].nl > 0) return -1;
  const w = lowerOf(ctx, k);
  if (w !== ',' && w !== 'and' && w !== 'or') return -1;
  if ((w === 'and' || w === 'or') && lowerOf(ctx, k - 1) === ',') k--;
  return k - 1;
}

/** The untyped pending word listed right before the name at s ("Albay and Camarines Sur"), if any. */
function pendingListMate(ctx: Ctx, s: number): Draft | undefined {
  const end = listMemberEnd(ctx, s);
  const p = ctx.pending.length ? ctx.pending[ctx.pending.length - 1] : undefined;
  return end >= 0 && p && p.last === end && !p.fallback && !p.initial ? p : undefined;
}

/** The name at s follows ", " or "and" (or ", and") after a place mention or a word pending as a place. */
function listedAfterPlace(ctx: Ctx, s: number, e: number): boolean {
  const { tokens } = ctx;
  let k = s - 1;
  if (k < 1 || tokens[s].nl > 0) return false;
  let w = lowerOf(ctx, k);
  // ("in Sabah and Sarawak as well as Labuan": the last item after "as well as")
  if (w === 'as' && k >= 3 && lowerOf(ctx, k - 1) === 'well' && lowerOf(ctx, k - 2) === 'as') {
    k -= 2;
    w = 'and';
  }
  if (w !== ',' && w !== 'and' && w !== 'or') return false;
  // ("Norway’s ambassador to Qatar, Håkon Strand-Lie, was among …": a name set off by commas before a verb is in
  // apposition, not the next item of a list)
  if (w === ',' && tokens[e] && tokens[e].text === ',' && tokens[e + 1] && tokens[e + 1].kind === TokenKind.Word && !tokens[e + 1].upper && lowerOf(ctx, e + 1) !== 'and' && lowerOf(ctx, e + 1) !== 'or') return false;
  // ("Outside Stepantsminda, Armen Davtyan has been waiting": a name before a verb after an opening phrase is its subject)
  if (w === ',' && tokens[e] && tokens[e].nl === 0 && CLAUSE_VERBS.has(lowerOf(ctx, e))) return false;
  if ((w === 'and' || w === 'or') && lowerOf(ctx, k - 1) === ',') k--;
  const placeEnd = k - 1;
  const d = ctx.drafts.length ? ctx.drafts[ctx.drafts.length - 1] : null;
  if (d && d.last === placeEnd && d.end === tokens[placeEnd].end && d.type === 'GPE') return true;
  const p = ctx.pending.length ? ctx.pending[ctx.pending.length - 1] : null;
  return !!p && p.last === placeEnd && p.fallback === 'GPE';
}

const CLAUSE_VERBS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'said', 'says', 'told', 'will', 'would', 'could', 'can', 'waited', 'runs', 'ran', 'works', 'worked', 'lives', 'lived']);

/** "VMRO-DPMNE": capitals joined by hyphens, none of them a listed name or a non-organisation acronym ("US-EU"). */
function hyphenedAcronym(w: string): boolean {
  return /^[A-Z]{2,}(?:-[A-Z]{2,})+$/.test(w) && w.split('-').every((p) => !GAZ.has(p) && !GAZ.has(p.toLowerCase()) && !NOT_ORG_ACRONYM.has(p));
}

/** 1: the name at s opens a byline ("By Ann Lee"); 2: it follows the writer after "," or "|" on that line; else 0. */
function bylineSlot(ctx: Ctx, s: number): number {
  const { tokens } = ctx;
  if (s < 1 || tokens[s].nl > 0) return 0;
  const prev = tokens[s - 1].text;
  // ("Valley Courier | By Ann Lee |": a byline may follow the outlet on its line)
  if (prev === 'By' && (s === 1 || tokens[s - 1].nl > 0 || (s > 1 && BYLINE_SEPARATORS.has(tokens[s - 2].text)))) return 1;
  // ("Reported by: Ann Lee | Edited by: Tom Ray |": a credit label before the name)
  if (prev === ':' && s > 2 && tokens[s - 2].text === 'by' && CREDIT_LABELS.has(tokens[s - 3].text) && tokens[s].nl === 0) return 1;
  // ("By ANN LEE and TOM RAY": the second writer)
  if (prev === 'and' && s > 2) {
    let k = s - 2;
    while (k > 0 && tokens[k].nl === 0 && isNameToken(tokens[k]) && s - k < 6) k--;
    if (tokens[k].text === 'By' && (k === 0 || tokens[k].nl > 0) && k < s - 2) return 1;
  }
  if ((prev !== ',' && prev !== '|') || s < 3) return 0;
  // back over the writer's name to "By" at the start of the line
  let k = s - 2;
  while (k > 0 && tokens[k].nl === 0 && isNameToken(tokens[k]) && s - k < 6) k--;
  return tokens[k].text === 'By' && (k === 0 || tokens[k].nl > 0) && k < s - 2 && !BYLINE_STAMPS.has(tokens[s].text) ? 2 : 0;
}

const WIRES = new Set(['Reuters', 'AP', 'AFP', 'Bloomberg', 'UPI', 'dpa', 'DPA', 'Xinhua', 'ANSA', 'EFE', 'Kyodo', 'Yonhap', 'PTI', 'IANS', 'Anadolu', 'TASS', 'Interfax', 'CNA', 'Lusa', 'Belga', 'TT', 'NTB']);

/** From k on the same line: an optional ", Nov 24" then "(Reuters)" — a wire story's dateline credit. */
function wireCreditAfter(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  for (let steps = 0; k < tokens.length && steps < 5; steps++, k++) {
    const t = tokens[k];
    if (t.nl > 0) return false;
    if (t.text === '(') return !!tokens[k + 1] && WIRES.has(tokens[k + 1].text) && !!tokens[k + 2] && tokens[k + 2].text === ')';
    if (t.text !== ',' && t.text !== '.' && t.kind !== TokenKind.Number && !MONTH.has(lowerOf(ctx, k).replace(/\.$/, ''))) return false;
  }
  return false;
}

/**
 * The token at k is a state's or province's abbreviation ("Sask.", "Fla."): towns are written so, lakes and rivers
 * with the state written out if at all ("the Great Salt Lake, Utah").
 */
function stateAfterComma(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.nl === 0 && REGION_BY_ABBREVIATION.has(t.text);
}

const CREDIT_LABELS = new Set(['Reported', 'Written', 'Edited', 'Compiled', 'Produced', 'Posted']);
const BYLINE_SEPARATORS = new Set(['|', '·', '•', '—', '–']);

/** Words of a byline's time stamp, not an outlet: "By Ann Lee | Published April 9". */
const BYLINE_STAMPS = new Set(['Published', 'Updated', 'Posted', 'Last', 'Modified', 'First']);

/**
 * "Expo 2035": when the token at e is a four-digit year read on its own as a DATE, the event word before it (at e - 1)
 * and the year are one EVENT; the date draft gives way. Returns whether it did.
 */
function eventYear(ctx: Ctx, e: number): boolean {
  const { tokens, drafts } = ctx;
  const y = tokens[e];
  if (!y || y.kind !== TokenKind.Number || !/^(19|20)\d\d$/.test(y.text) || y.start !== tokens[e - 1].end + 1) return false;
  const k = drafts.findIndex((d) => d.type === 'DATE' && d.first === e && d.last === e);
  if (k < 0) return false;
  drafts.splice(k, 1);
  emit(ctx, e - 1, e, 'EVENT', null, true);
  return true;
}

/** The acronym at s is a currency code right before or after an amount ("NOK 2.3 billion", "SEK 812m", "40m CHF"). */
function currencyAmount(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  if (!CURRENCY_CODE.has(tokens[s].text)) return false;
  const next = tokens[s + 1];
  if (next && next.nl === 0 && next.kind === TokenKind.Number) return true;
  const prev = tokens[s - 1];
  return !!prev && tokens[s].nl === 0 && (prev.kind === TokenKind.Number || /^\d[\d.,]*(m|bn|k|million|billion)$/i.test(prev.text) || /^(million|billion|trillion|m|bn)$/i.test(prev.text));
}

/** The acronym at s is a time zone right after a clock time ("08.30 BST", "1400 GMT", "9am ET", "10 a.m. EST"). */
function zoneAfterTime(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  // (a listed zone, or any two to four capitals ending in T after a clock time: "19:05 PET", "09:42 AEST")
  const zone = tokens[s].text.replace(/\.$/, '');
  if ((!TIME_ZONE.has(zone) && !/^[A-Z]{1,3}T$/.test(zone)) || tokens[s].nl > 0) return false;
  const prev = tokens[s - 1];
  if (!prev) return false;
  return /^\d{1,2}[.:]\d\d$|^\d{4}$|^\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.)$/i.test(prev.text) || /^(am|pm|a\.m\.|p\.m\.|hrs|hours|h)$/i.test(prev.text);
}

/** Title words a portfolio is written before ("Water Resources Minister", "Financial Services Secretary"). */
const PORTFOLIO_TITLE = new Set(['Minister', 'Secretary', 'MEC']);
/** Institution words that end portfolios as well ("Mineral Resources", "Human Services", "Communications"). */
const PORTFOLIO_HEAD = new Set(['Resources', 'Services', 'Communications', 'Energy', 'Media', 'Technology', 'Mining', 'Cabinet']);

/** The token at e is a minister's title word on the same line, followed by a capitalised name. */
function portfolioTitle(ctx: Ctx, e: number): boolean {
  const { tokens } = ctx;
  const t = tokens[e];
  const name = tokens[e + 1];
  return !!t && !!name && t.nl === 0 && name.nl === 0 && PORTFOLIO_TITLE.has(t.text) && isNameToken(name);
}

/** The word before "in" at k is a publishing word, or is one before a date ("published on Monday in"). */
function publishedBefore(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  if (k < 1 || tokens[k].nl > 0) return false;
  for (let j = k - 1; j >= 0 && j >= k - 5 && tokens[j + 1].nl === 0; j--) {
    const w = lowerOf(ctx, j);
    if (PUBLISHED.has(w)) return true;
    if (!(tokens[j].kind === TokenKind.Number || w === 'on' || w === 'last' || w === 'this' || w === ',' || WEEKDAY_ANY.has(w) || MONTH.has(w))) return false;
  }
  return false;
}
