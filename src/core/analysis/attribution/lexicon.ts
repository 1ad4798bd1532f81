/**
 * Word lists for attribution: reporting verbs (every tense), role titles, nominals that refer back to a named
 * speaker, and outlet cues. Lower-case; lookups go through the Sets below.
 */

/** Base forms of verbs that introduce reported speech or a reported claim. */
const REPORTING_BASES = [
  'say', 'tell', 'add', 'note', 'state', 'claim', 'insist', 'warn', 'argue', 'explain', 'acknowledge', 'deny',
  'emphasize', 'emphasise', 'highlight', 'reveal', 'suggest', 'write', 'announce', 'confirm', 'describe',
  'declare', 'remark', 'comment', 'observe', 'assert', 'maintain', 'contend', 'stress', 'predict', 'promise',
  'vow', 'pledge', 'admit', 'concede', 'reply', 'respond', 'answer', 'ask', 'tweet', 'post', 'report', 'recall',
  'continue', 'conclude', 'quip', 'joke', 'complain', 'urge', 'caution', 'allege', 'testify', 'agree',
  'disagree', 'indicate', 'underline', 'underscore', 'reiterate', 'repeat', 'accuse', 'lament', 'boast',
  'demand', 'question', 'wonder', 'estimate', 'mention', 'signal', 'assure', 'point', 'counter', 'retort',
  'charge', 'concur', 'recount', 'clarify', 'elaborate', 'specify', 'propose', 'proclaim', 'affirm', 'reaffirm',
  'dismiss', 'reject', 'refute', 'dispute', 'criticize', 'criticise', 'praise', 'welcome', 'condemn', 'threaten',
  'forecast', 'project', 'calculate', 'believe', 'think', 'hope', 'fear', 'expect', 'call', 'brand', 'label',
  'term', 'express', 'voice', 'inform', 'advise', 'notify', 'shout', 'yell', 'whisper', 'murmur', 'cry',
  'scream', 'exclaim', 'sigh', 'laugh', 'smile', 'read', 'begin', 'go', 'tell', 'speak', 'testify', 'share',
  'acknowledge', 'contend', 'insist', 'reason', 'muse', 'posit', 'surmise', 'theorize', 'theorise', 'hint',
  'imply', 'disclose', 'divulge', 'publish', 'release', 'issue', 'blast', 'slam', 'hail', 'decry', 'lambast', 'deride',
  'plead', 'beg',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'written', 'write'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  read: ['read', 'reads', 'reading'],
  begin: ['began', 'begins', 'beginning', 'begun', 'begin'],
  go: ['went', 'goes', 'going', 'gone', 'go'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken', 'speak'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  cry: ['cried', 'cries', 'crying', 'cry'],
  reply: ['replied', 'replies', 'replying', 'reply'],
  deny: ['denied', 'denies', 'denying', 'deny'],
  testify: ['testified', 'testifies', 'testifying', 'testify'],
  clarify: ['clarified', 'clarifies', 'clarifying', 'clarify'],
  specify: ['specified', 'specifies', 'specifying', 'specify'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling', 'signal'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling', 'label'],
  quip: ['quipped', 'quips', 'quipping', 'quip'],
  refute: ['refuted', 'refutes', 'refuting', 'refute'],
  // Stress on the last syllable doubles the consonant.
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  concur: ['concurred', 'concurs', 'concurring', 'concur'],
};

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const forms = [base];
  if (base.endsWith('e')) {
    forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.push(base + 'es', base + 'ed', base + 'ing');
  } else if (/^(vow|pledge)$/.test(base)) {
    forms.push(base + 's', base + 'ed', base + 'ing');
  } else if (/[^aeiou][aeiou][pbtgm]$/.test(base) && base.length <= 4 && !/^(post|note)$/.test(base)) {
    const last = base[base.length - 1];
    forms.push(base + 's', base + last + 'ed', base + last + 'ing');
  } else {
    forms.push(base + 's', base + 'ed', base + 'ing');
  }
  return forms;
}

/** Every inflected form of a reporting verb, mapped to its base form. */
export const REPORTING_VERBS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const base of REPORTING_BASES) for (const form of inflect(base)) if (!map.has(form)) map.set(form, base);
  return map;
})();

/** (first letter, second letter, length) of every reporting verb form: rules most words out without slicing them. */
const VERB_SHAPES: Uint8Array = (() => {
  const bits = new Uint8Array(26 * 26 * 32);
  for (const form of REPORTING_VERBS.keys()) {
    const a = form.charCodeAt(0) - 97;
    const b = form.charCodeAt(1) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26) bits[(a * 26 + b) * 32 + Math.min(form.length, 31)] = 1;
  }
  return bits;
})();

/**
 * (last letter, letter before it, length) of every reporting verb form: with VERB_SHAPES, rules out nearly every
 * other word ("north" shares "no" and a length with "notes", not the ending).
 */
const VERB_ENDS: Uint8Array = (() => {
  const bits = new Uint8Array(26 * 26 * 32);
  for (const form of REPORTING_VERBS.keys()) {
    const z = form.charCodeAt(form.length - 1) - 97;
    const y = form.charCodeAt(form.length - 2) - 97;
    if (z >= 0 && z < 26 && y >= 0 && y < 26) bits[(z * 26 + y) * 32 + Math.min(form.length, 31)] = 1;
  }
  return bits;
})();

/**
 * FNV-1a hash (top 16 bits) of text[start, end) with ASCII letters lower-cased; -1 when it holds a character
 * outside ASCII (lower-casing it is not a per-character fold).
 */
export function foldedHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 16;
}

/**
 * foldedHash of every reporting verb form: after the shape tests, rules out the words that share a form's first
 * and last letters and length ("between", "recent") without slicing them.
 */
const VERB_HASHES: Uint8Array = (() => {
  const bits = new Uint8Array(1 << 16);
  for (const form of REPORTING_VERBS.keys()) bits[foldedHash(form, 0, form.length)] = 1;
  return bits;
})();

function mayHashToVerb(text: string, start: number, end: number): boolean {
  const h = foldedHash(text, start, end);
  return h < 0 || VERB_HASHES[h] === 1;
}

/** True when text[start, end) is a lower-case reporting verb form ("said", "warned"). */
export function isReportingVerbAt(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start) - 97;
  const b = text.charCodeAt(start + 1) - 97;
  if (a < 0 || a >= 26 || b < 0 || b >= 26 || !VERB_SHAPES[(a * 26 + b) * 32 + Math.min(end - start, 31)]) return false;
  const z = text.charCodeAt(end - 1) - 97;
  const y = text.charCodeAt(end - 2) - 97;
  if (z < 0 || z >= 26 || y < 0 || y >= 26 || !VERB_ENDS[(z * 26 + y) * 32 + Math.min(end - start, 31)]) return false;
  return mayHashToVerb(text, start, end) && REPORTING_VERBS.has(text.slice(start, end));
}

/**
 * (first letter, second letter, length) of every word of a lower-case word list: `mayHold` rules most words of a
 * text out without slicing or lower-casing them. A word with a character outside ASCII is always looked up
 * (lower-casing may change its length or letters).
 */
export class WordShapes {
  private readonly bits = new Uint8Array(27 * 27 * 32);
  /** Set when the list itself holds a word outside ASCII: then nothing is ruled out. */
  private readonly lookUpAll: boolean = false;

  constructor(list: Iterable<string>) {
    for (const w of list) {
      if (/[^\x00-\x7f]/.test(w)) this.lookUpAll = true;
      else this.bits[shapeIndex(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : -1, w.length)] = 1;
    }
  }

  /** False when text[start, end) lower-cased is certainly not in the list. */
  mayHold(text: string, start: number, end: number): boolean {
    if (this.lookUpAll || end <= start) return true;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return true;
    return this.bits[shapeIndex(text.charCodeAt(start), end - start > 1 ? text.charCodeAt(start + 1) : -1, end - start)] === 1;
  }
}

/** Slot of a word shape: letters case-folded to 0..25, any other ASCII character (or none) 26, length up to 31. */
function shapeIndex(first: number, second: number, length: number): number {
  return (letterSlot(first) * 27 + letterSlot(second)) * 32 + Math.min(length, 31);
}

function letterSlot(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return 26;
}

/**
 * False when text[start, end) lower-cased cannot be a reporting verb form, judged from its first two letters and
 * length without lower-casing it (most words of a sentence); true means "look it up". Non-ASCII first letters are
 * always looked up (lower-casing may turn them into ASCII).
 */
export function mayBeReportingVerb(text: string, start: number, end: number): boolean {
  if (end - start < 2) return mayHashToVerb(text, start, end);
  let a = text.charCodeAt(start);
  let b = text.charCodeAt(start + 1);
  if (a > 127 || b > 127) return true;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  a -= 97;
  b -= 97;
  if (a < 0 || a >= 26 || b < 0 || b >= 26) return false;
  if (VERB_SHAPES[(a * 26 + b) * 32 + Math.min(end - start, 31)] !== 1) return false;
  // The same test on the last two letters (every form is ASCII letters only).
  let z = text.charCodeAt(end - 1);
  let y = text.charCodeAt(end - 2);
  if (z > 127 || y > 127) return true;
  if (z >= 65 && z <= 90) z += 32;
  if (y >= 65 && y <= 90) y += 32;
  z -= 97;
  y -= 97;
  if (z < 0 || z >= 26 || y < 0 || y >= 26) return false;
  return VERB_ENDS[(z * 26 + y) * 32 + Math.min(end - start, 31)] === 1 && mayHashToVerb(text, start, end);
}

/**
 * Verbs that by themselves do not mark reported speech often enough to attribute a claim ("called", "read",
 * "went", "continued", "post"); they count only next to a quotation.
 */
export const WEAK_REPORTING_BASES: ReadonlySet<string> = new Set([
  'blast', 'slam', 'hail', 'decry', 'lambast', 'deride',
  'call', 'read', 'go', 'begin', 'continue', 'post', 'question', 'wonder', 'laugh', 'smile', 'sigh', 'share',
  'release', 'issue', 'publish', 'express', 'voice', 'welcome', 'praise', 'expect', 'hope', 'fear', 'believe',
  'think', 'project', 'calculate', 'label', 'brand', 'term', 'point', 'charge', 'counter', 'answer',
  'reason', 'muse', 'speak', 'repeat', 'criticize', 'criticise', 'condemn', 'threaten', 'demand', 'urge', 'ask',
  'propose', 'promise', 'vow', 'pledge', 'agree', 'disagree', 'inform', 'advise', 'notify', 'reject', 'dismiss',
  'dispute', 'estimate', 'forecast', 'predict', 'describe', 'accuse', 'conclude', 'plead', 'beg',
]);

/** Reporting bases that deny the reported content. */
export const DENIAL_BASES: ReadonlySet<string> = new Set(['deny', 'refute', 'reject', 'dismiss', 'dispute']);

/** Nouns that carry a report: "in a statement", "the denial", "his claim". */
export const REPORTING_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'denial', 'claim', 'claims', 'announcement', 'remarks', 'comments', 'interview', 'tweet', 'post',
  'briefing', 'press', 'conference', 'speech', 'testimony', 'letter', 'report', 'warning', 'assertion',
]);

/** Role words that may stand between a name and the verb or before a name ("Kremlin spokesperson Dmitry Peskov"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'leader',
  'ambassador', 'adviser', 'advisor', 'chief', 'director', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'governor', 'gov', 'gov.', 'mayor', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo',
  'founder', 'head', 'general', 'gen', 'gen.', 'colonel', 'col.', 'captain', 'capt.', 'lieutenant', 'lt.',
  'admiral', 'adm.', 'commander', 'officer', 'official', 'analyst', 'expert', 'professor', 'prof', 'prof.',
  'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'ald', 'ald.', 'alderman', 'alderwoman', 'alderperson', 'cllr', 'cllr.', 'councilmember', 'eng.', 'engr.', 'engineer', 'mp', 'mep', 'msp', 'mla', 'mpp', 'judge', 'justice', 'attorney', 'lawyer', 'coordinator',
  'fellow', 'researcher', 'economist', 'strategist', 'correspondent', 'editor', 'reporter', 'deputy', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'health', 'state', 'national', 'security', 'senior', 'former',
  'acting', 'executive', 'manager', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'premier',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'diplomat', 'envoy', 'negotiator', 'commissioner',
  'inspector', 'sheriff', 'superintendent', 'principal', 'coach', 'player', 'owner', 'partner', 'associate',
  'assistant', 'communications', 'strategic', 'press', 'first', 'lady', 'sir', 'dame', 'lord', 'rev', 'rev.',
  'father', 'bishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'auditor', 'treasurer', 'clerk',
  'speaker', 'whip', 'majority', 'minority', 'opposition', 'party', 'campaign', 'spokespeople', 'officials',
  'economic', 'affairs', 'trade', 'energy', 'justice', 'education', 'agriculture', 'environment', 'transport',
  'military', 'army', 'navy', 'intelligence', 'top', 'lead', 'principal', 'global', 'regional', 'general',
  'maj.', 'maj', 'sgt.', 'cpl.', 'pvt.', 'brig.', 'cmdr.', 'det.', 'amb.', 'atty.',
]);

/** Phrases that withhold a source's name ("the official, who spoke on condition of anonymity, said"). */
export const ANONYMOUS = /\b(?:on (?:the )?condition of anonymity|asked not to be (?:named|identified)|declined to be (?:named|identified)|(?:was|were|is|are) not authori[sz]ed to (?:speak|comment|talk)|requested anonymity|speaking anonymously)\b/i;

/** Role nouns whose definite description ("the spokesperson said") refers back to a named person. */
export const PERSON_NOMINALS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'official', 'minister', 'president', 'senator', 'lawmaker',
  'ambassador', 'adviser', 'advisor', 'diplomat', 'envoy', 'leader', 'chief', 'director', 'governor', 'mayor',
  'chairman', 'chairwoman', 'executive', 'ceo', 'founder', 'analyst', 'expert', 'professor', 'researcher',
  'economist', 'lawyer', 'attorney', 'judge', 'secretary', 'general', 'commander', 'officer', 'coordinator',
  'fellow', 'man', 'woman', 'actor', 'actress', 'author', 'writer', 'singer', 'player', 'coach', 'manager',
  'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'candidate', 'congressman', 'congresswoman',
  'representative', 'negotiator', 'commissioner', 'scientist', 'doctor', 'physician', 'teacher', 'student',
  'resident', 'witness', 'victim', 'owner', 'boss', 'strategist', 'politician', 'activist', 'pope',
  // Sports, courts and everyday reporting: "the striker said", "the defendant told the court".
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger', 'captain', 'athlete', 'champion',
  'prosecutor', 'defendant', 'suspect', 'survivor', 'veteran', 'teenager', 'mother', 'father', 'businessman',
  'businesswoman', 'entrepreneur', 'investor', 'billionaire', 'farmer', 'nurse', 'journalist', 'epidemiologist',
  'musician', 'rapper', 'artist', 'novelist', 'chef', 'pilot', 'driver', 'firefighter', 'soldier', 'headteacher',
  'schoolteacher', 'retiree', 'pensioner', 'homeowner', 'shopkeeper', 'landlord', 'tenant', 'worker', 'employee',
  'director', 'filmmaker', 'producer', 'designer', 'architect', 'engineer', 'historian', 'curator', 'economist',
  // Baseball, American football, basketball, cricket, tennis, athletics.
  'right-hander', 'left-hander', 'pitcher', 'reliever', 'closer', 'rookie', 'shortstop', 'outfielder', 'catcher',
  'slugger', 'quarterback', 'receiver', 'linebacker', 'batsman', 'batter', 'bowler', 'spinner',
  'all-rounder', 'sprinter', 'runner', 'swimmer', 'cyclist', 'rider', 'jockey', 'golfer', 'boxer', 'fighter',
  'skipper', 'debutant', 'youngster', 'favourite', 'favorite',
  'elder', 'caretaker', 'auctioneer', 'collector', 'bidder', 'dealer', 'rector', 'dean', 'magistrate', 'chairperson',
  'organiser', 'organizer', 'animator', 'interpreter', 'translator', 'patient', 'passenger', 'supporter', 'fisherman',
  // Rugby, and trades that speak in the news
  'fly-half', 'scrum-half', 'full-back', 'fullback', 'hooker', 'flanker', 'lock', 'prop', 'number-eight',
  'mechanic', 'carpenter', 'fisher', 'logger', 'rancher', 'grandmother', 'grandfather',
]);

/** "the 45-year-old said": an age stands for the person named before. */
export function isPersonNominal(word: string): boolean {
  return PERSON_NOMINALS.has(word) || /^\d{1,3}-year-old$/.test(word);
}

/** Nouns whose definite description ("the ministry said") refers back to a named organisation or state. */
export const ORG_NOMINALS: ReadonlySet<string> = new Set([
  'ministry', 'company', 'agency', 'department', 'government', 'firm', 'group', 'organisation', 'organization',
  'administration', 'council', 'committee', 'court', 'bank', 'embassy', 'police', 'army', 'military', 'office',
  'union', 'party', 'campaign', 'country', 'state', 'kremlin', 'regime', 'authority', 'authorities', 'board',
  'commission', 'parliament', 'senate', 'congress', 'cabinet', 'white', 'team', 'club', 'club', 'league',
  'university', 'school', 'hospital', 'network', 'newspaper', 'outlet', 'channel', 'broadcaster', 'studio',
  'insurer', 'lender', 'carrier', 'airline', 'automaker', 'manufacturer', 'retailer', 'startup', 'giant',
  'bureau', 'service', 'institute', 'foundation', 'charity', 'alliance', 'coalition', 'federation', 'nation',
  // Institutions that issue statements of their own: "the museum said", "the regulator said".
  'inspectorate', 'directorate', 'secretariat', 'centre', 'center', 'panel',
  'museum', 'gallery', 'library', 'zoo', 'theatre', 'theater', 'orchestra', 'regulator', 'watchdog', 'operator', 'consultancy', 'think-tank', 'developer', 'broker',
  'consortium', 'corporation', 'cooperative', 'co-operative', 'force', 'mission',
  'utility', 'airport', 'exchange', 'association', 'society', 'trust', 'fund', 'chamber', 'label', 'publisher',
  // Documents speak for the body that wrote them: "A report by X … “…,” the report says."
  'report', 'survey', 'study', 'catalogue', 'catalog', 'indictment', 'filing', 'statement',
  'notice', 'decree', 'circular', 'communique', 'communiqué', 'directive',
]);

/** Pronouns that can be the subject of an attribution, with the entity types they may refer to. */
const SUBJECT_PRONOUNS: ReadonlyMap<string, 'person' | 'org' | 'group'> = new Map([
  ['he', 'person'], ['she', 'person'], ['it', 'org'], ['they', 'group'], ['i', 'person'], ['we', 'group'],
]);

/**
 * What a lower-case subject pronoun asks for ("it" -> org). A Map rather than an object: a property lookup with
 * every word read costs more. The object also answered "constructor" (Object.prototype's), read as "group":
 * kept so that outputs do not change.
 */
export function pronounWant(lower: string): 'person' | 'org' | 'group' | undefined {
  return SUBJECT_PRONOUNS.get(lower) ?? (lower === 'constructor' ? 'group' : undefined);
}

/** Short words that commonly open a sentence capitalised but are never names. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'few', 'many', 'most', 'several', 'some', 'others', 'both', 'all', 'each', 'none', 'nobody', 'everyone', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'if', 'when', 'while', 'although', 'though',
  'because', 'since', 'as', 'at', 'by', 'in', 'on', 'of', 'to', 'from', 'with', 'without', 'after', 'before',
  'during', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'there', 'here', 'however', 'meanwhile', 'moreover', 'furthermore', 'also',
  'then', 'now', 'still', 'even', 'in', 'earlier', 'later', 'according', 'asked', 'speaking', 'read', 'photo',
  'image', 'source', 'sources', 'officials', 'experts', 'analysts', 'critics', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'last', 'next', 'first', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'what', 'who', 'why', 'how', 'where', 'which',
  'yes', 'ok', 'okay', 'well', 'oh', 'mr', 'mrs', 'ms', 'dr', 'said', 'says', 'told', 'added',
]);

/** Words that mark an organisation in a capitalised name when no entity type is known. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'council', 'committee', 'house', 'kremlin', 'office', 'party', 'union',
  'association', 'university', 'institute', 'bank', 'company', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.',
  'group', 'news', 'times', 'post', 'journal', 'reuters', 'cnn', 'bbc', 'afp', 'ap', 'police', 'army', 'navy',
  'court', 'commission', 'foundation', 'service', 'services', 'authority', 'board', 'bureau', 'network',
  'administration', 'government', 'parliament', 'senate', 'congress', 'pentagon', 'treasury', 'fund',
  'organization', 'organisation', 'federation', 'league', 'club', 'nations', 'states', 'forces', 'center',
  'centre', 'press', 'tass', 'xinhua', 'yonhap', 'kcna', 'nhk', 'npr', 'abc', 'nbc', 'cbs', 'fox', 'msnbc',
  'networks', 'systems', 'holdings', 'partners', 'airlines', 'airways', 'motors', 'energy', 'media', 'technologies',
  'technology', 'labs', 'capital', 'securities', 'pharmaceuticals', 'pharma', 'industries', 'solutions',
  'communications', 'foods', 'brands', 'entertainment', 'studios', 'records', 'insurance', 'trust', 'llc', 'plc',
  'gmbh', 'ag', 'sa', 'co', 'co.', 'company', 'companies', 'ministry', 'commission', 'tribunal', 'agency', 'council',
  'assembly', 'cabinet', 'embassy', 'consulate', 'hospital', 'school', 'college', 'academy', 'institution',
  'program', 'programme', 'project', 'initiative', 'coalition', 'alliance', 'movement', 'front', 'brigade',
  'guard', 'command', 'corps', 'fc', 'united', 'city', 'club', 'team', 'records', 'observatory', 'exchange',
]);
