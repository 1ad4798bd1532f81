import type { EntityType } from '../types';
import { tokenize, Token } from '../../text/tokens';
import { foldAccents, lowerCase, slugify } from '../../text/chars';
import { ENGLISH_WORDS } from '../lexicon/englishWords';
import { CITIES, COMMON_WORDS, COUNTRIES, FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, REGIONS, SPORTS_TEAMS } from '../lexicon/compromiseData';
import { COUNTRY_TABLE, EXTRA_CITIES, GPE_REGIONS, LOCATIONS, NORP_EXTRA, REGION_ABBREVIATIONS, TAG_ONLY_STATE_ABBREVIATIONS } from '../lexicon/geo';
import { EVENT_HEADS, EVENT_NAMES, LEGAL_FORMS, ORG_FIRST_WORDS, ORG_HEADS, ORG_TABLE } from '../lexicon/orgs';
import { PEOPLE_TABLE } from '../lexicon/people';
import {
  ABBREVIATIONS, DATE_DETERMINERS, DATE_UNITS, DATE_WORDS, DURATION_MODIFIERS, MONTHS, NAME_PARTICLES, NEVER_NAMES, NUMBER_WORDS,
  FREQUENT_WORDS, ROLE_CUES, SEASONS, SPEECH_VERBS, TITLE_HEADS, TITLE_QUALIFIERS, WEEKDAYS,
} from '../lexicon/words';

// Every list is compiled once, at module load, into Sets and one Map of token-sequence keys.

export interface GazEntry {
  readonly type: EntityType;
  readonly id: string;
  readonly name: string;
  /** For a NORP, its country; for a city, nothing yet. */
  readonly related?: string;
}

const split = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);
const lowerSet = (...lists: string[]): Set<string> => new Set(lists.flatMap((l) => split(l).map((w) => w.toLowerCase())));

export const ABBREV: ReadonlySet<string> = lowerSet(ABBREVIATIONS);

/** Lookup key of one token: acronyms keep their capitals without periods, other words are lower-cased. */
export function tokenKey(t: Token): string {
  if (t.caps) return t.text.replace(/\./g, '');
  return lowerCase(t.text);
}

export const COMMON: ReadonlySet<string> = lowerSet(COMMON_WORDS, NEVER_NAMES, FREQUENT_WORDS);
/** A common English word, also in plural or -s form ("sports", "policies"). */
export function isCommon(w: string): boolean {
  if (COMMON.has(w)) return true;
  if (w.length > 3 && w.endsWith('s')) {
    if (COMMON.has(w.slice(0, -1))) return true;
    if (w.endsWith('es') && COMMON.has(w.slice(0, -2))) return true;
    if (w.endsWith('ies') && COMMON.has(w.slice(0, -3) + 'y')) return true;
  }
  return false;
}
export const NEVER: ReadonlySet<string> = lowerSet(NEVER_NAMES);
/** Frequent English words the common list lacks ("heritage", "management"): kept apart, as names use many of them. */
export const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS.split('|'));
/**
 * A set of lower-case names that also answers for accented spellings of its entries ("lucía", "martín" for "lucia",
 * "martin"): news writes Spanish, Portuguese and Nordic given names with their accents, the name lists mostly without.
 */
class AccentFoldingSet extends Set<string> {
  override has(w: string): boolean {
    if (super.has(w)) return true;
    const folded = foldAccents(w);
    return folded !== w && super.has(folded);
  }
}

export const FIRST: ReadonlySet<string> = new AccentFoldingSet(lowerSet(
  FIRST_NAMES,
  'md.|mohd.|ma.|mark|elon|rishi|narendra|xi|jinping|satya|sundar|lebron|taylor|novak|keir|volodymyr|olaf|recep|fumio|yoon|kamala|antony|jens|janet|jerome|mitch|chuck|ron|sergei|sergey|dmitry|dmitri|yevgeny|alexei|mikhail|nikolai|vladimir|kim|jong|moon|park|lee|wang|li|zhang|mohammed|mohammad|muhammad|ahmed|ali|hassan|hussein|omar|abdul|jake|linda|john|joe|keir|pete|kevin|nikki|vivek|ivanka|hunter|jill|melania|florence|paris|milan|georgia|lourdes|israel|dallas|valencia',
));
export const LAST: ReadonlySet<string> = lowerSet(LAST_NAMES);
/** Title words: the last word of a title phrase is a head ("Minister"), the words before it qualify it ("Prime", "Crown"). */
export const TITLE_HEAD: ReadonlySet<string> = new Set(split(TITLE_HEADS).map((w) => w.split(' ').pop()!.toLowerCase()));
export const TITLE_QUAL: ReadonlySet<string> = new Set([
  ...split(TITLE_QUALIFIERS).flatMap((w) => w.split(' ')),
  ...split(TITLE_HEADS).flatMap((w) => w.split(' ').slice(0, -1)),
].map((w) => w.toLowerCase()));
/** Post-nominal letters that follow a name but are not part of it ("Mark Bennett KC"). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(split('KC|QC|SC|MP|MEP|MSP|PhD|MD|OBE|MBE|CBE|KBE|DBE|CPA|Esq|Esq.|RN|DDS|FRS|MLA|TD'));
/** Organisation heads of companies: a country before them is part of the company's name ("Taiwan Semiconductor Manufacturing Co"). */
/** Legal forms after a company's name ("Ltd", "GmbH", "AS"). */
export const LEGAL_FORM: ReadonlySet<string> = new Set(split(LEGAL_FORMS));
/** First words of organisation names ("Banco", "Partido", "Radio"). */
export const ORG_FIRST: ReadonlySet<string> = new Set(split(ORG_FIRST_WORDS));
export const COMPANY_HEAD: ReadonlySet<string> = new Set(split(LEGAL_FORMS + '|Company|Group|Holdings|Engineering|Consulting|Construction|Products|Foods|Brands|Logistics|Industries|Motors|Airlines|Airways|Pharmaceuticals|Technologies|Electronics|Telecom|Petroleum|Steel|Railways|Shipping|Broadcasting|Bank|Financial|Bancshares|Bankshares|Bancorp|Display|Chemical|Chemicals|Diagnostics|Biotech|Biosciences|Therapeutics|Devices|Instruments|Aerospace|Automotive|Software|Beverages|Brewing|Apparel|Realty|Properties|Resorts|Hotels|Solar|Renewables|Wireless|Copper|Gold|Lithium|Nickel|Uranium|Coal|Cement|Machines|Records|Bakeries|Breweries|Farms|Mills|Stores|Compute|Skyways'));
export const ROLE: ReadonlySet<string> = lowerSet(ROLE_CUES);
export const SPEECH: ReadonlySet<string> = lowerSet(SPEECH_VERBS);
export const PARTICLES: ReadonlySet<string> = lowerSet(NAME_PARTICLES);
export const ORG_HEAD: ReadonlySet<string> = new Set(split(ORG_HEADS));
export const EVENT_HEAD: ReadonlySet<string> = new Set(split(EVENT_HEADS).filter((w) => !w.includes(' ')));
export const LOC_HEAD: ReadonlySet<string> = new Set(split('Dam|Reservoir|Archipelago|Darya|Atoll|Fjord|Estuary|Gorge|Canyon|Steppe|Volcano|Massif|Spit|Bight|Falls|Lagoon|Wetlands|Creek|River|Mountains|Mountain|Sea|Ocean|Lake|Valley|Island|Islands|Peninsula|Strait|Straits|Bay|Gulf|Desert|Coast|Canal|Basin|Plateau|Forest|Glacier|Delta|Highlands|Hills|Range|Reef|Channel'));
export const FAC_HEAD: ReadonlySet<string> = new Set(split('Stadium|Arena|Airport|Bridge|Tower|Towers|Hotel|Square|Street|Avenue|Road|Boulevard|Building|Station|Mall|Theatre|Theater|Prison|Highway|Motorway|Tunnel|Memorial|Monument|Gate|Plaza|Pier|Terminal|Racecourse|Circuit|Ground|Park'));
/** State and province abbreviations ("N.M.", "Tenn.") by their written form. */
export const REGION_BY_ABBREVIATION = new Map<string, GazEntry>();
/** Ids of the listed sports teams ("milwaukee-brewers"): their last word alone names them in a match report. */
export const SPORTS_TEAM_IDS = new Set<string>();
export const MONTH: ReadonlySet<string> = lowerSet(MONTHS);
export const WEEKDAY: ReadonlySet<string> = new Set(split('monday|tuesday|wednesday|thursday|friday|saturday|sunday'));
export const WEEKDAY_ANY: ReadonlySet<string> = lowerSet(WEEKDAYS);
export const SEASON: ReadonlySet<string> = lowerSet(SEASONS);
export const DATE_UNIT: ReadonlySet<string> = lowerSet(DATE_UNITS);
export const DATE_DET: ReadonlySet<string> = lowerSet(DATE_DETERMINERS);
export const DURATION_MOD: ReadonlySet<string> = lowerSet(DURATION_MODIFIERS);
export const NUMBER_WORD: ReadonlySet<string> = lowerSet(NUMBER_WORDS);
export const DATE_WORD: ReadonlySet<string> = lowerSet(DATE_WORDS);
/** Acronyms that are not organisations. */
export const NOT_ORG_ACRONYM: ReadonlySet<string> = new Set(
  split('MAX|MMR|HPV|RSV|PCR|TEU|TEUs|DWT|MWh|GWh|MW|GW|TW|TWh|kW|KW|kWh|MWp|GWp|MVA|kV|KV|GHz|MHz|QR|CEO|CFO|COO|CTO|GDP|AI|TV|PM|AM|OK|II|III|IV|VI|VII|VIII|IX|XI|XII|US|UK|EU|DC|USD|EUR|GBP|JPY|CNY|RUB|COVID|HIV|AIDS|DNA|RNA|PhD|MBA|FAQ|Q&A|ID|IT|PR|HR|VP|MP|MPs|CCTV|GPS|SUV|EV|EVs|LGBT|LGBTQ|UFO|ATM|PDF|URL|FYI|NB|PS|RSVP|ASAP|ETA|IPO|IPOs|ETF|ETFs|CPI|VAT|IQ|DJ|MC|OBE|MBE|KO|NFT|NFTs|API|CPU|GPU|OS|PC|USB|LED|LCD|HD|VR|AR|IOT|SMS|BREAKING|UPDATE|LIVE|WATCH|NEW|ICBM|ICBMs|SLBM|NATO|OLED|OLEDs|LCD|LCDs|AMOLED|LNG|ESG|RAM|SSD|PCB|5G|4G|CEOs|GMO|GMOs|PPE|ICU|IVF|MRI|GP|GPs'),
);
export const FORCE_NOUNS: ReadonlySet<string> = lowerSet('forces|troops|fighters|militants|mercenaries|rebels|militia|militiamen|soldiers|group|shares|stock|stocks|executives|employees|headquarters|spokesman|spokeswoman|spokesperson|subsidiary|brand|boss|bosses|chief|board|shareholders|investors|staff|members|leadership|units');
/**
 * Lower-case nouns that class an organisation when right before its name ("the consultancy Equipos Sur", "dating app
 * Fjordlink") or right after it ("the Aftenposten newspaper", "the Mercosur bloc").
 */
export const ORG_NOUN: ReadonlySet<string> = lowerSet(
  'company|firm|group|bank|lender|insurer|reinsurer|brokerage|shipyard|yard|consultancy|agency|ministry|authority|commission|committee|broadcaster|newspaper|daily|tabloid|magazine|weekly|channel|network|outlet|publisher'
  + '|party|bloc|alliance|coalition|movement|union|federation|association|charity|foundation|think-tank|watchdog|regulator|app|platform|startup|start-up'
  + '|carrier|airline|operator|brand|label|retailer|chain|manufacturer|carmaker|automaker|drugmaker|chipmaker|band|club|team|supermarket|exchange'
  + '|watchmaker|jeweller|jeweler|brewer|winemaker|miner|conglomerate|shipbuilder|shipper|trader|outfitter|studio|developer|producer|maker|corporation|utility',
);
/** Lower-case nouns right after a name that make it a place ("the Arequipa region"). */
export const PLACE_NOUN: ReadonlySet<string> = lowerSet('region|province|department|district|municipality|county|commune|canton|prefecture|area|town|city|village|outskirts|constituency|ward|borough|township|parish|suburb|hamlet|neighbourhood|neighborhood|governorate|oblast');
/**
 * Two-word place nouns ("the Woomera test range", "the Ramstein air base"): their last word alone is ambiguous (a
 * product range, a political base).
 */
export const PLACE_COMPOUND: ReadonlySet<string> = new Set(split('test range|test site|launch site|firing range|missile range|air base|naval base|military base|army base|refugee camp'));
/** Lower-case nouns right after a name that make it an event ("the Glastonbury festival"). */
export const EVENT_NOUN: ReadonlySet<string> = lowerSet('festival|summit|tournament|championship|championships|marathon|regatta|carnival|fair|expo');
export const PERSON_NEXT: ReadonlySet<string> = lowerSet('administration|presidency|campaign|aides|aide|allies|loyalists|family|supporters|supporter|adviser|advisers|ally');

/** The gazetteer: token-sequence key ("north korea", "UN security council") -> entry. */
export const GAZ = new Map<string, GazEntry>();
/** A place reading of a key the gazetteer gives another type first (used after "the"). */
export const GAZ_PLACE_ALT = new Map<string, GazEntry>();
/** Lower-cased first tokens of multi-token keys, and the longest key length. */
export const GAZ_FIRST = new Set<string>();
export let GAZ_MAX = 1;

/** A node of the gazetteer as a tree of token keys: the entry whose key ends here, and the keys that continue it. */
export interface GazNode {
  entry?: GazEntry;
  readonly next: Map<string, GazNode>;
}
/** The gazetteer's keys token by token ("united" → "arab" → "emirates"), for growing a match one token at a time. */
export const GAZ_TREE: GazNode = { next: new Map() };

/**
 * The lead is an em space (no token): it makes each name a two-byte string, as article text with curly quotes is.
 * Tokenising thousands of one-byte names at load time otherwise trains the optimising compiler on the other string
 * representation, and the tokenizer then runs about a quarter slower on articles.
 */
function keyOf(name: string): string[] {
  return tokenize('\u2003' + name, ABBREV).filter((t) => t.text !== '.').map(tokenKey);
}

function add(name: string, entry: GazEntry, skipCommon = false): void {
  const keys = keyOf(name);
  if (!keys.length) return;
  if (skipCommon && keys.length === 1 && (COMMON.has(keys[0].toLowerCase()) || FIRST.has(keys[0].toLowerCase()))) return;
  const key = keys.join(' ');
  const prev = GAZ.get(key);
  if (prev) {
    // "Amazon" the company and the river: the place reading is kept for "the Amazon"
    if (prev.type !== entry.type && entry.type === 'LOC' && !GAZ_PLACE_ALT.has(key)) GAZ_PLACE_ALT.set(key, entry);
    return;
  }
  GAZ.set(key, entry);
  if (keys.length > 1) GAZ_FIRST.add(keys[0].toLowerCase());
  if (keys.length > GAZ_MAX) GAZ_MAX = keys.length;
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Ids of states and provinces (a name followed by ", <state>" is a place). */
export const REGION_IDS = new Set<string>();
/** Ids of nations and regions inside a state ("scotland", "catalonia", "quebec"): their demonyms name devolved bodies. */
export const SUBNATIONAL_IDS: ReadonlySet<string> = new Set(split(GPE_REGIONS).map((n) => slugify(n)));
/** Ids of countries (from the country table). */
export const COUNTRY_IDS = new Set<string>();
/** NORP id -> country id, for `related`. */
export const NORP_COUNTRY = new Map<string, string>();

function build(): void {
  for (const row of COUNTRY_TABLE.split('\n')) {
    if (!row.trim()) continue;
    const [names, demonyms] = row.split(';');
    const all = split(names);
    const id = slugify(all[0]);
    COUNTRY_IDS.add(id);
    for (const n of all) add(n, { type: 'GPE', id, name: all[0] });
    if (demonyms) {
      const ds = split(demonyms);
      const nid = slugify(ds[0]);
      NORP_COUNTRY.set(nid, id);
      for (const d of ds) add(d, { type: 'NORP', id: nid, name: ds[0], related: id });
    }
  }
  for (const row of PEOPLE_TABLE.split('\n')) {
    const all = split(row);
    if (!all.length) continue;
    const id = slugify(all[0]);
    for (const n of all) add(n, { type: 'PERSON', id, name: all[0] });
  }
  for (const org of ORG_TABLE.split(/[\n;]/)) {
    const all = split(org);
    if (!all.length) continue;
    const id = slugify(all[0]);
    for (const n of all) add(n, { type: 'ORG', id, name: all[0] });
  }
  for (const n of split(EVENT_NAMES)) add(n, { type: 'EVENT', id: slugify(n), name: n });
  for (const n of split(NORP_EXTRA)) {
    // ("Democratic" voters and "Democrats" are one political group, as "Republican" and "Republicans" are)
    const base = n === 'Democratic' ? 'Democrat' : n.replace(/(?<=[a-z])s$/, '');
    add(n, { type: 'NORP', id: slugify(GAZ.has(base.toLowerCase()) ? base : n), name: n });
  }
  const gpeRegions = new Set(split(GPE_REGIONS));
  for (const n of split(LOCATIONS)) {
    const bare = n.replace(/^the /, '');
    const type: EntityType = gpeRegions.has(bare) ? 'GPE' : 'LOC';
    add(titleCase(bare), { type, id: slugify(bare), name: titleCase(bare) });
  }
  for (const n of split(GPE_REGIONS)) add(titleCase(n), { type: 'GPE', id: slugify(n), name: titleCase(n) });
  for (const n of split(EXTRA_CITIES)) add(titleCase(n), { type: 'GPE', id: slugify(n.replace(/ d\.?c\.?$/, '')), name: titleCase(n) });
  for (const n of split(COUNTRIES)) add(titleCase(n), { type: 'GPE', id: slugify(n), name: titleCase(n) }, true);
  for (const n of split(REGIONS)) {
    REGION_IDS.add(slugify(n));
    add(titleCase(n), { type: 'GPE', id: slugify(n), name: titleCase(n) }, true);
  }
  for (const row of REGION_ABBREVIATIONS.trim().split(/[;\n]/)) {
    const [name, ...abbreviations] = row.split('|');
    for (const a of abbreviations) {
      const entry: GazEntry = { type: 'GPE', id: slugify(name), name: titleCase(name) };
      add(a, entry);
      REGION_BY_ABBREVIATION.set(a, entry);
    }
  }
  for (const row of TAG_ONLY_STATE_ABBREVIATIONS.trim().split(/[;\n]/)) {
    const [name, a] = row.split('|');
    REGION_BY_ABBREVIATION.set(a, { type: 'GPE', id: slugify(name), name: titleCase(name) });
  }
  for (const n of split(CITIES)) add(titleCase(n), { type: 'GPE', id: slugify(n), name: titleCase(n) }, true);
  for (const n of split(ORGANIZATIONS)) if (n.length > 2) add(titleCase(n), { type: 'ORG', id: slugify(n), name: titleCase(n) }, true);
  for (const n of split(SPORTS_TEAMS)) {
    const entry: GazEntry = { type: 'ORG', id: slugify(n), name: titleCase(n) };
    add(titleCase(n), entry, true);
    // ("St. Louis Cardinals": the list writes "st louis", news writes "St.")
    if (n.startsWith('st ')) add(titleCase('st. ' + n.slice(3)), entry, true);
    SPORTS_TEAM_IDS.add(entry.id);
  }
}
build();

function buildTree(): void {
  for (const [key, entry] of GAZ) {
    let node = GAZ_TREE;
    for (const tk of key.split(' ')) {
      let child = node.next.get(tk);
      if (!child) {
        child = { next: new Map() };
        node.next.set(tk, child);
      }
      node = child;
    }
    node.entry = entry;
  }
}
buildTree();

/** What one token tells gazMatch by itself: its node under the tree's root, and whether a listed name of several tokens starts with it. */
export interface GazStart {
  readonly node: GazNode | undefined;
  readonly multi: boolean;
  /** gazMatch's answer for the word alone (`{ len: 1, entry, fromUser: false }`), made once here, not at every match. */
  readonly hit: { readonly len: number; readonly entry: GazEntry; readonly fromUser: boolean } | null;
}
/**
 * GAZ_TREE's root children and GAZ_FIRST in one map: for a lower-case word (no capitals, no period, the key it is
 * looked up by) one look-up answers both, where gazMatch made two or three.
 */
export const GAZ_START = new Map<string, GazStart>();
/** Token keys that stand after the first token of a listed name ("and" in "trinidad and tobago"). */
export const GAZ_INNER = new Set<string>();
/**
 * Listed organisations whose key ends in "s", keyed without it ("sainsbury" -> Sainsbury's): a possessive after a
 * run's last word is looked up by that word's cached lower case, where building `lower + 's'` made a fresh string
 * to hash at every "Russia’s".
 */
export const GAZ_ORG_BEFORE_S = new Map<string, GazEntry>();

function buildStarts(): void {
  for (const [key, node] of GAZ_TREE.next) GAZ_START.set(key, { node, multi: GAZ_FIRST.has(key), hit: node.entry ? { len: 1, entry: node.entry, fromUser: false } : null });
  for (const key of GAZ_FIRST) if (!GAZ_START.has(key)) GAZ_START.set(key, { node: undefined, multi: true, hit: null });
  for (const key of GAZ.keys()) {
    const keys = key.split(' ');
    for (let k = 1; k < keys.length; k++) GAZ_INNER.add(keys[k]);
  }
  for (const [key, entry] of GAZ) if (key.endsWith('s') && entry.type === 'ORG') GAZ_ORG_BEFORE_S.set(key.slice(0, -1), entry);
}
buildStarts();
