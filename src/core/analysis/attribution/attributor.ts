/**
 * Finds who says something: the subject of a reporting verb ("X said", "X, title of Y, said"), the noun phrase
 * after an inverted verb ("said Kremlin spokesperson Dmitry Peskov"), "according to X", and resolves pronouns
 * ("it acknowledged") and definite nominals ("the spokesperson said") to the nearest compatible name before.
 * Shared by quote speakers and attributed claims.
 */
import type { EntityMention, Sentence, Span } from '../types';
import { MentionIndex, type NameRef } from './mentions';
import { ANONYMOUS, isPersonNominal, mayBeReportingVerb, ORG_NOMINALS, PERSON_NOMINALS, REPORTING_VERBS, pronounWant, TITLE_WORDS, WEAK_REPORTING_BASES } from './lexicon';
import { firstWordAtOrAfter, gapHas, isRegExpSpaceCode, paragraphs, startsLower, startsUpper, tokensOf, words, type Word } from './textScan';
import { genderBefore, genderOfName, genderOfPronoun, type Gender } from './gender';
import { isCountryId } from '../entities/context';

export type Want = 'person' | 'org' | 'group' | 'any';

export type Candidate =
  | { readonly kind: 'name'; readonly ref: NameRef }
  | { readonly kind: 'pronoun'; readonly word: Word; readonly want: Want }
  | {
      readonly kind: 'nominal';
      readonly word: Word;
      readonly want: Want;
      readonly noun: string;
      /** "the company’s spokesperson": the unnamed role the organisation speaks through. */
      readonly role?: string;
    };

export interface Resolved {
  readonly ref: NameRef;
  readonly via: 'name' | 'pronoun' | 'nominal' | 'context';
}

export interface Attribution {
  readonly cue: Word;
  /** Base form of the cue ("say", "deny", "according to"). */
  readonly base: string;
  readonly candidate: Candidate;
  /** Where the reported content starts and ends when the cue governs a clause. */
  readonly content?: Span;
}

/** Words between a subject and its verb that do not break "X said" ("X also said", "X has repeatedly warned"). */
/** Documents that speak for whoever the sentence issuing them names ("the statement said", "the notice said"). */
const ISSUED_DOCUMENTS = new Set(['statement', 'notice', 'decree', 'circular', 'communique', 'communiqué', 'directive']);

const BETWEEN = new Set([
  'also', 'further', 'later', 'then', 'previously', 'earlier', 'has', 'have', 'had', 'was', 'were', 'is', 'are',
  'did', 'does', 'do', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'never', 'been',
  'again', 'once', 'already', 'just', 'only', 'even', 'still', 'too', 'first', 'last', 'often', 'always', 'now',
  'today', 'yesterday', 'tonight', 'had', 'being', 'be',
]);
const PASSIVE_AUX = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
/** Names of police forces ("West Yorkshire Police", "Kent Police Service", "Avon and Somerset Constabulary"). */
const POLICE_FORCE = /\b(?:Police(?: Service| Department| Force)?|Constabulary|Garda(?: Síochána)?)$/;
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'a', 'an', 'while', 'although', 'as']);
/** "expressed concern", "voiced doubts": a weak verb that reports a stance. */
const STANCE_OBJECTS = new Set(['concern', 'concerns', 'worry', 'worries', 'doubt', 'doubts', 'hope', 'optimism', 'support', 'confidence', 'alarm', 'regret', 'frustration', 'opposition', 'skepticism', 'scepticism']);
/** Reporting words that are often nouns ("a Reuters report", "his claims"). */
const NOUNISH = new Set([
  'report', 'reports', 'claim', 'claims', 'comment', 'comments', 'warning', 'warnings', 'tweet', 'tweets', 'post',
  'posts', 'note', 'notes', 'reply', 'replies', 'answer', 'answers', 'call', 'calls', 'question', 'questions',
  'charge', 'charges', 'estimate', 'estimates', 'forecast', 'forecasts', 'promise', 'promises', 'pledge', 'pledges',
  'vow', 'vows', 'hope', 'hopes', 'fear', 'fears', 'release', 'issue', 'demand', 'demands', 'signal', 'signals',
  'remark', 'remarks', 'statement', 'counter', 'reading', 'writing', 'saying', 'briefing', 'testimony',
]);
/** Segment openers of adverbial phrases and list items, never a subject ("In response,", "and Britain,"). */
const SEGMENT_SKIP = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'since', 'despite', 'with', 'without', 'for', 'from', 'by', 'if',
  'unless', 'because', 'though', 'however', 'meanwhile', 'moreover', 'yet', 'but', 'and', 'or', 'nor', 'so', 'also',
  'including', 'along', 'like', 'such', 'according', 'speaking', 'asked', 'when', 'whereas', 'once', 'until',
]);
/** Words that end the noun phrase after an inverted verb ("said in Washington", "said on Monday"). */
const NP_STOP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'that', 'as', 'with', 'to', 'and', 'but', 'who', 'which', 'because', 'since', 'about', 'by', 'from', 'is', 'was', 'has', 'had', 'will', 'would']);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'if', 'when', 'because', 'since', 'whereas', 'after', 'before', 'unless', 'despite']);
/** The gap after a short aside: ") ", "), " ("(Reuters) - " is a dateline, not an aside). */
const ASIDE_CLOSE = /^\)\s*,?\s*$/;
/** The words before an outlet spoken to: "told (Dutch broadcaster) NOS", "an interview with the BBC". */
const TOLD_BEFORE = /\b(?:told|tells|telling|interview\s+with|speaking\s+to|spoke\s+to)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:broadcaster\s+|newspaper\s+|outlet\s+|channel\s+|radio\s+|station\s+)?$/u;
/** Verbs whose object is the one spoken to ("told the BBC", "informed reporters"). */
const TELL_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'informs']);
/** Words before "with"/"on" and an outlet: "interview with CNN", "said on Fox". */
const CHANNEL_LEADS = new Set(['interview', 'said', 'says', 'speaking', 'appearance']);
/** Speech verbs (by base) that "to CNN" can follow in their clause. */
const SPEECH_BASES = new Set(['say', 'describe', 'speak', 'explain', 'confirm', 'add', 'write', 'reveal', 'state', 'admit', 'deny', 'acknowledge']);
/** Cues whose object comes before the reported clause ("told CNN that …"). */
const OBJECT_BEFORE_CONTENT = new Set(['told', 'tells', 'telling', 'tell', 'informed', 'assured', 'warned', 'reminded', 'urged']);
/** "Susan Collins of Maine", "a spokesman for Amazon": prepositions between a head and a name. */
const HEAD_PREPOSITIONS = new Set(['of', 'from', 'for', 'at', 'with', 'in']);
const ISSUED_NOUNS = new Set(['statement', 'release', 'notice', 'filing', 'letter', 'memo', 'circular', 'document', 'post', 'email', 'bulletin', 'announcement']);
const SEGMENT_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);
const OPENING_PREPOSITIONS = new Set(['during', 'after', 'before', 'since', 'amid', 'despite', 'throughout', 'in', 'at', 'on', 'under', 'for']);
/** Words that govern a noun phrase after them: "the" after one of these does not open the subject. */
const GOVERNED_BY = new Set(['of', 'for', 'in', 'at', 'to', 'with', 'by', 'from', 'on', 'about', 'over', 'under', 'into', 'against', 'among', 'between', 'across', 'through', 'during', 'after', 'before', 'since', 'than', 'like', 'all', 'both']);
const MEDIA_NOUNS = new Set(['report', 'reports', 'article', 'story', 'interview', 'broadcast', 'investigation', 'analysis', 'dispatch', 'reporting']);

const compatible = (ref: NameRef, want: Want): boolean => {
  if (want === 'any') return ref.type !== 'DATE' && ref.type !== 'NORP';
  if (want === 'person') return ref.type === 'PERSON';
  // A nationality or group adjective ("Brazilian") never speaks; a state does only as a speaking subject (checked
  // by the attributor, which sees the text).
  return ref.type === 'ORG' || ref.type === 'GPE';
};

/** Past forms that often are the first of two coordinated verbs ("X met the fans and said …"). */
const COMMON_VERBS = new Set([
  'met', 'went', 'made', 'took', 'gave', 'got', 'came', 'saw', 'left', 'held', 'led', 'ran', 'won', 'lost', 'sent',
  'spent', 'kept', 'brought', 'bought', 'stood', 'sat', 'paid', 'put', 'set', 'cut', 'hit', 'let', 'shut', 'broke',
  'chose', 'drove', 'fell', 'felt', 'flew', 'found', 'grew', 'heard', 'knew', 'rose', 'sang', 'struck', 'swore',
  'threw', 'wore', 'sought', 'fought', 'taught', 'caught', 'was', 'is', 'were', 'are', 'has', 'had', 'have',
]);
/** Words after which a name starts a clause rather than being an object ("and Lee said", "that Lee had"). */
const SUBJECT_LEADS = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'that', 'who', 'which', 'while', 'when', 'as', 'because', 'if', 'although',
  'though', 'since', 'whereas', 'where', 'then', 'also', 'after', 'before', 'until', 'unless', 'once', 'whether',
]);

let cached: { key: readonly unknown[]; value: Attributor } | null = null;
/** "\bspokesperson\b" and the like, compiled once per role noun. */
const NOUN_RES = new Map<string, RegExp>();

/**
 * The attributor of one article, shared by the speaker and claim stages when they are called in turn on the same
 * text, mentions, sentences and quotes (the pipeline does): its name index is built once.
 */
export function attributorFor(text: string, entities: readonly EntityMention[], sentences: readonly Sentence[], quoted: readonly Span[], build: () => Attributor): Attributor {
  const key = [text, entities, sentences, quoted, quoted.length, entities.length];
  if (cached && cached.key.every((k, i) => k === key[i])) return cached.value;
  const value = build();
  cached = { key, value };
  return value;
}

export class Attributor {
  readonly index: MentionIndex;
  readonly paras: Span[];
  /** Inner spans of quotations: names inside them are not antecedents, words inside them are not cues. */
  private readonly quoted: Span[];
  private readonly sentenceStarts: number[];
  /** Running maximum of the quotations' ends, for range queries over `quoted`. */
  private readonly quotedMaxEnd: number[];

  constructor(
    readonly text: string,
    entities: readonly EntityMention[],
    readonly sentences: readonly Sentence[],
    quoted: readonly Span[],
    paras?: Span[],
  ) {
    this.index = new MentionIndex(text, entities);
    this.paras = paras ?? paragraphs(text);
    // Plain spans of one shape (quotations carry more fields, which vary): the searches below read them fast.
    // These arrays are pushed, not mapped: once this constructor is optimised, map makes arrays of another kind
    // (holey) than the interpreter's, and every method already optimised for the first kind is thrown away.
    this.quoted = [];
    for (const q of quoted) this.quoted.push({ start: q.start, end: q.end });
    if (!spansInOrder(this.quoted)) this.quoted.sort((a, b) => a.start - b.start);
    this.quotedMaxEnd = [];
    let max = -Infinity;
    for (const q of this.quoted) this.quotedMaxEnd.push((max = Math.max(max, q.end)));
    this.sentenceStarts = [];
    for (const s of sentences) this.sentenceStarts.push(s.start);
  }

  isQuoted(pos: number): boolean {
    let lo = 0;
    let hi = this.quoted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quoted[mid];
      if (pos < q.start) hi = mid - 1;
      else if (pos >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Words of [start, end) outside quotations (given all the words of [start, end) when the caller has them). */
  wordsOutside(start: number, end: number, ws: Word[] = words(this.text, start, end)): Word[] {
    return this.quotedIn(start, end) ? ws.filter((w) => !this.isQuoted(w.start)) : ws;
  }

  /** Some quotation overlaps [start, end) (most sentences have none: their words need no test). */
  private quotedIn(start: number, end: number): boolean {
    const k = firstSpanAtOrAfter(this.quoted, end); // quotations starting before `end`: the first k
    return k > 0 && this.quotedMaxEnd[k - 1] > start;
  }

  /** The name reference that contains the word (possessives included), if any. */
  nameAt(w: Word): NameRef | undefined {
    return this.index.at(w.start);
  }

  /**
   * The first reporting cue in [start, end) with a source: "X said", "said X" after a comma, "according to X".
   * Weak verbs ("called", "expects") count only when followed by "that". `all`: the words of [start, end), if at hand.
   */
  findAttribution(start: number, end: number, opts: { allowWeak?: boolean; last?: boolean } = {}, all?: Word[]): Attribution | null {
    const ws = this.wordsOutside(start, end, all);
    const found: Attribution[] = [];
    // End of a leading subordinate clause ("While …, ", "Although …, "), if the span opens with one.
    let subEnd = -1;
    if (ws.length && maySubordinate(this.text, ws[0]) && SUBORDINATORS.has(ws[0].lower)) {
      const comma = this.text.indexOf(',', ws[0].end);
      subEnd = comma >= 0 && comma < end ? comma : -1;
    }
    // A reporting verb whose subject lies outside the span ("… and said Labour had promised …"): the verbs after it
    // report inside its complement, so their subjects are not the speaker.
    let subjectless = -1;
    const text = this.text;
    const count = ws.length;
    for (let i = 0; i < count; i++) {
      // The words that can be neither "according" (9 letters) nor a reporting verb are passed over by a loop of
      // their own, with no call in it: most words of a sentence (a call in the loop made V8 keep its state in memory).
      let may = false;
      for (; i < count; i++) {
        const x = ws[i];
        may = mayBeReportingVerb(text, x.start, x.end);
        if (may || x.end - x.start === 9) break;
      }
      if (i >= count) break;
      const w = ws[i];
      // Length first: most words are not "according" and need not be lower-cased.
      if (isWord(this.text, w, 'according') && ws[i + 1]?.lower === 'to') {
        const np = this.npAfter(ws, i + 2, end) ?? this.issuerAfter(ws, i + 2, end);
        if (np && !this.isChannelPhrase(ws, i + 2)) {
          const content = this.accordingContent(start, end, w, ws, i);
          found.push({ cue: w, base: 'according to', candidate: np, content });
          if (!opts.last) break;
        }
        continue;
      }
      const base = may ? REPORTING_VERBS.get(w.lower) : undefined;
      if (!base) continue;
      if (i > 0 && startsUpper(this.text, w)) continue; // "Said" inside a name, "Claims Tribunal"
      if (WEAK_REPORTING_BASES.has(base) && !opts.allowWeak && !(i + 1 < ws.length && isWord(this.text, ws[i + 1], 'that')) && !((base === 'express' || base === 'voice') && STANCE_OBJECTS.has(ws[i + 1]?.lower ?? ''))) continue;
      if (subjectless >= 0 && !this.gapBetweenHas(ws, subjectless, i, ';:.!?')) continue;
      let cand = this.subjectBefore(ws, i, start) ?? this.coordinatedSubject(ws, i, start) ?? this.participleSubject(ws, i, start);
      let inverted = false;
      // "…, told the BBC:": the object of "told" is the listener, never the speaker (no inverted reading).
      // ("“…”, insisting the bank had found an investor": a participle takes no subject after it)
      if (!cand && !TELL_VERBS.has(w.lower) && !w.lower.endsWith('ing') && ((i > 0 && gapEndsWithMark(this.text, ws[i - 1].end, w.start)) || i === 0)) {
        cand = this.npAfter(ws, i + 1, end);
        inverted = cand !== null;
      }
      if (!cand) {
        if (i > 0 && (ws[i - 1].lower === 'and' || ws[i - 1].lower === 'but')) subjectless = i;
        continue;
      }
      // "intelligence reports suggest": the noun before the real verb.
      if (NOUNISH.has(w.lower) && ws[i + 1] && (REPORTING_VERBS.has(ws[i + 1].lower) || BETWEEN.has(ws[i + 1].lower))) continue;
      // "a Reuters report", "the ministry's claims": a noun, not a verb with its subject.
      if (cand.kind === 'name' && NOUNISH.has(w.lower) && /\b(?:a|an|the|its|his|her|their)\s+$/i.test(this.text.slice(Math.max(0, cand.ref.start - 6), cand.ref.start))) continue;
      // "…, said X": the content is what came before, not the words after the verb.
      found.push({ cue: w, base, candidate: cand, content: inverted ? undefined : this.contentAfter(ws, i, end) });
      if (!opts.last && !(subEnd > w.start)) break;
    }
    if (!found.length) return null;
    if (opts.last) return found[found.length - 1];
    // "While the Kremlin did not confirm …, it acknowledged that …": the main clause's cue wins.
    return found.find((f) => f.cue.start >= subEnd) ?? found[0];
  }

  /** "according to a statement from Barki Tojik", "according to a filing by X": who issued the document. */
  private issuerAfter(ws: readonly Word[], i: number, end: number): Candidate | null {
    let k = i;
    if (k < ws.length && (DETERMINERS.has(ws[k].lower) || ws[k].lower === 'its' || ws[k].lower === 'their')) k++;
    if (k + 2 >= ws.length || !ISSUED_NOUNS.has(ws[k].lower) || (ws[k + 1].lower !== 'from' && ws[k + 1].lower !== 'by')) return null;
    return this.npAfter(ws, k + 2, end);
  }

  /** "according to a Reuters report": the outlet is the channel, not the speaker. */
  isChannelPhrase(ws: readonly Word[], i: number): boolean {
    let k = i;
    if (ws[k] && (ws[k].lower === 'a' || ws[k].lower === 'an')) k++;
    for (let n = 0; n < 5 && k < ws.length; n++, k++) if (MEDIA_NOUNS.has(ws[k].lower)) return true;
    return false;
  }

  private accordingContent(start: number, end: number, w: Word, ws: readonly Word[], i: number): Span | undefined {
    // "According to X, content." or "content, according to X."
    const before = this.text.slice(start, w.start);
    if (/\S/.test(before)) return trimSpan(this.text, start, before.replace(/[,\s]+$/, '').length + start);
    let k = i + 2;
    while (k < ws.length && !gapHas(this.text, ws[k - 1].end, ws[k].start, ',')) k++;
    return k < ws.length ? trimSpan(this.text, ws[k].start, end) : undefined;
  }

  /** The reported clause after the cue: past "that", and past the object of "told CNN that". Quoted words count. */
  private contentAfter(outside: readonly Word[], i: number, end: number): Span | undefined {
    const cue = outside[i];
    // The words of [cue.end, end) are all[f], all[f + 1], … while they end by `end` (what words() returns), read in
    // place: only the first few are looked at, and copying the rest of the sentence out cost more.
    const all = tokensOf(this.text);
    const f = firstWordAtOrAfter(all, cue.end);
    const inSpan = (k: number): boolean => f + k < all.length && all[f + k].end <= end;
    let k = 0;
    if (inSpan(0) && isWord(this.text, all[f], 'that')) k++;
    else if (OBJECT_BEFORE_CONTENT.has(cue.lower)) {
      // "told CNN that …", "told reporters on Monday that …": the object is not the content.
      let t = k;
      while (inSpan(t) && t < k + 6 && !isWord(this.text, all[f + t], 'that')) t++;
      if (inSpan(t) && isWord(this.text, all[f + t], 'that')) k = t + 1;
    }
    if (!inSpan(k)) return undefined;
    // Start at the opening mark when the content is a quotation.
    let s = all[f + k].start;
    const prevChar = this.text[s - 1];
    if (prevChar === '“' || prevChar === '"') s--;
    return trimSpan(this.text, s, end);
  }

  /**
   * "X admitted the club had not wanted to sell, but said …": a verb coordinated after "and"/"but" shares the
   * subject of the first verb of its clause.
   */
  private coordinatedSubject(ws: readonly Word[], v: number, clauseStart: number): Candidate | null {
    let k = v - 1;
    while (k >= 0 && ws[k].start >= clauseStart && (BETWEEN.has(ws[k].lower) || isAdverb(ws[k]))) k--;
    if (k < 1 || ws[k].start < clauseStart || (ws[k].lower !== 'and' && ws[k].lower !== 'but')) return null;
    if (gapHas(this.text, ws[k - 1].end, ws[k].start, ';:.!?')) return null;
    for (let j = 0; j < k; j++) {
      if (ws[j].start < clauseStart) continue;
      const w = ws[j];
      if (!startsLower(this.text, w)) continue;
      const verbLike = REPORTING_VERBS.has(w.lower) || COMMON_VERBS.has(w.lower) || isEdForm(this.text, w);
      if (!verbLike || BETWEEN.has(w.lower) && !COMMON_VERBS.has(w.lower)) continue;
      const c = this.subjectBefore(ws, j, clauseStart);
      if (c) return c;
      // The first verb of the clause has no subject we can name: the second has none either.
      if (REPORTING_VERBS.has(w.lower) || /ed$/.test(w.lower)) return null;
    }
    return null;
  }

  /**
   * "He questioned the estimate, calling it “optimistic”": a participle after a comma shares the subject of the
   * first verb of its sentence.
   */
  private participleSubject(ws: readonly Word[], v: number, clauseStart: number): Candidate | null {
    const w = ws[v];
    if (v < 2 || !w.lower.endsWith('ing') || !gapHas(this.text, ws[v - 1].end, w.start, ',')) return null;
    for (let j = 0; j < v - 1; j++) {
      if (ws[j].start < clauseStart || !startsLower(this.text, ws[j])) continue;
      const x = ws[j].lower;
      if (REPORTING_VERBS.has(x) || COMMON_VERBS.has(x) || isEdForm(this.text, ws[j])) return this.subjectBefore(ws, j, clauseStart);
    }
    return null;
  }

  /** The subject of the verb ws[v]: a name, pronoun or definite nominal, across an appositive. */
  subjectBefore(ws: readonly Word[], v: number, clauseStart: number): Candidate | null {
    let k = v - 1;
    let passive = false;
    while (k >= 0 && ws[k].start >= clauseStart && (BETWEEN.has(ws[k].lower) || isAdverb(ws[k]))) {
      if (PASSIVE_AUX.has(ws[k].lower)) passive = true;
      k--;
    }
    // "it is believed that", "was told": a passive has no speaker for a subject.
    if (passive && /(ed|said|told|written|thought|known)$/.test(ws[v].lower)) return null;
    if (k < 0 || ws[k].start < clauseStart) return null;
    // "X of the Puntland Maritime Police Force (PMPF) told": a bracketed acronym belongs to the name before it
    if (k > 0 && ws[k - 1].start >= clauseStart && bracketedWord(this.text, ws[k - 1], ws[k], ws[k + 1])) k--;
    if (this.gapBeforeHas(ws, k + 1, ';:.!?"“”«»()')) return null;
    if (this.gapBeforeHas(ws, k + 1, ',')) return this.appositiveSubject(ws, k, clauseStart);
    if (endsWithApostropheS(this.text, ws[k]) && ws[k].lower !== "it's") return null; // "North Korea’s alleged …": a modifier, not a verb
    return this.npEndingAt(ws, k, clauseStart);
  }

  /** The police force the article names, when it names one only: its mention nearest before pos, else its first. */
  private policeForce(pos: number): NameRef | null {
    let before: NameRef | null = null;
    let first: NameRef | null = null;
    for (const r of this.index.realWithin(0, this.text.length)) {
      if (r.type !== 'ORG' || !POLICE_FORCE.test(r.text)) continue;
      if ((first ?? r).id !== r.id) return null;
      first ??= r;
      if (r.end <= pos) before = r;
    }
    return before ?? first;
  }

  /** The noun phrase ending with ws[k]. */
  private npEndingAt(ws: readonly Word[], k: number, clauseStart: number): Candidate | null {
    const w = ws[k];
    // "among them Jerome T. Beckwith, who said the city …": a relative "who" after a comma is the name before it
    if (w.lower === 'who' && k > 0 && gapHas(this.text, ws[k - 1].end, w.start, ',')) {
      const r = this.nameAt(ws[k - 1]);
      return r && (r.type === 'PERSON' || r.type === 'ORG') ? { kind: 'name', ref: r } : null;
    }
    const want = w.lower === 'i' && this.nameAt(w)?.type === 'PERSON' ? undefined : pronounWant(w.lower);
    if (want) return { kind: 'pronoun', word: w, want: want === 'person' ? 'person' : want === 'org' ? 'org' : 'group' };
    // "police said", "in what police described as “…”": the one police force the article names
    if (w.lower === 'police' && (k === 0 || ws[k - 1].start < clauseStart || ws[k - 1].lower === 'the' || startsLower(this.text, ws[k - 1]))) {
      const force = this.policeForce(w.start);
      if (force) return { kind: 'name', ref: force };
    }
    const ref = this.nameAt(w);
    // "Premier Markus Tiedemann (CDU) told MDR": a party in brackets after a name is the person's; the person speaks
    if (ref && k > 0 && this.text.charCodeAt(ref.start - 1) === 40 /* ( */ && this.text.charCodeAt(ref.end) === 41 /* ) */) {
      const person = this.nameAt(ws[k - 1]);
      if (person && person.type === 'PERSON' && /^\s*\($/.test(this.text.slice(person.end, ref.start))) return { kind: 'name', ref: person };
    }
    // "The Dutchman said": a demonym for one person is a nominal for the person named before
    // ("the Kenyan said", "the Motswana said": a demonym naming one person; "the French"/"the Chinese" name a nation)
    // ("the Taiwanese said" too: a demonym that also names a nation speaks only if it introduced somebody, below)
    if ((!ref || ref.type === 'NORP' || ref.synthetic) && k > 0 && isWord(this.text, ws[k - 1], 'the') && (PERSON_DEMONYM.test(w.lower) || ref?.type === 'NORP')) {
      return { kind: 'nominal', word: w, want: 'person', noun: w.lower };
    }
    if (ref && ref.type !== 'NORP' && ref.type !== 'DATE') {
      // "Susan Collins of Maine said", "a spokesman for Amazon said": the head comes before the preposition.
      let pre = 0;
      while (pre < ws.length && ws[pre].start < ref.start) pre++;
      pre = pre < ws.length ? pre - 1 : -2; // (findIndex's -1 when no word starts at or after the name, less one)
      // ("Ann Lee of the BBB called it": the preposition's determiner; "Kristof Maes of the governing N-VA": an adjective too)
      if (pre >= 3 && startsLower(this.text, ws[pre]) && ws[pre].lower !== 'the' && !HEAD_PREPOSITIONS.has(ws[pre].lower) && ws[pre - 1].lower === 'the') pre--;
      if (pre >= 2 && ws[pre].lower === 'the' && HEAD_PREPOSITIONS.has(ws[pre - 1].lower)) pre--;
      if (pre >= 1 && HEAD_PREPOSITIONS.has(ws[pre].lower) && ws[pre - 1].start >= clauseStart) {
        const head = this.nameAt(ws[pre - 1]);
        if (head && head.type === 'PERSON') return { kind: 'name', ref: head };
        // "The Ministry of Agriculture in Zagreb said": a body where it sits speaks, not the place
        if (head && head.type === 'ORG' && ref.type === 'GPE' && (ws[pre].lower === 'in' || ws[pre].lower === 'at')) return { kind: 'name', ref: head };
        // "Russia's embassy in Copenhagen called it": the owner of a body named by its noun speaks, not where it sits
        if (!head && ref.type === 'GPE' && (ws[pre].lower === 'in' || ws[pre].lower === 'at') && ORG_NOMINALS.has(ws[pre - 1].lower) && pre >= 2 && ws[pre - 2].start >= clauseStart) {
          const owner = this.nameAt(ws[pre - 2]);
          if (owner && owner.type !== 'NORP' && owner.type !== 'DATE' && endsWithApostropheS(this.text, ws[pre - 2])) return { kind: 'name', ref: owner };
        }
      }
      return { kind: 'name', ref };
    }
    if (startsLower(this.text, w) || TITLE_WORDS.has(w.lower) || w.lower.endsWith('s') || isPersonNominal(w.lower)) {
      // A role word: "the spokesperson", "US officials", "Kremlin spokesperson", "…, coordinator said".
      // The comma segment ending with w: ws[first..k]. Longer than 8 words it names nobody, so the walk stops there.
      let j = k;
      let first = k + 1;
      while (j >= 0 && ws[j].start >= clauseStart) {
        first = j;
        if (k - first + 1 > 8) return null;
        if (j > 0 && gapHas(this.text, ws[j - 1].end, ws[j].start, ',;:')) break;
        j--;
      }
      // ("…, and the government has promised …": a conjunction opening the segment joins clauses, it is no part of the subject)
      if (first < k && SEGMENT_CONJUNCTIONS.has(ws[first].lower)) first++;
      // ("During major fires the agency has promised …": an opening prepositional phrase without its comma ends where
      // "the" starts the subject, unless a preposition governs that "the")
      if (OPENING_PREPOSITIONS.has(ws[first].lower) && k - first >= 3) {
        for (let t = k - 1; t > first && t >= k - 2; t--) {
          if (ws[t].lower === 'the' && !HEAD_PREPOSITIONS.has(ws[t - 1].lower) && !GOVERNED_BY.has(ws[t - 1].lower) && startsLower(this.text, ws[t - 1])) {
            first = t;
            break;
          }
        }
      }
      const seg = ws.slice(first, k + 1);
      // The segment's names (not nationalities or dates), and the last person among them.
      const names: NameRef[] = [];
      let person: NameRef | undefined;
      for (let n = 0; n < seg.length; n++) {
        const r = this.nameAt(seg[n]);
        if (!r || r.type === 'NORP' || r.type === 'DATE') continue;
        // "the Denver-based company": a place glued to a participle describes the body, it does not speak
        if (this.text.charCodeAt(r.end) === 45 /* - */ && startsLowerAt(this.text, r.end + 1)) continue;
        names.push(r);
        if (r.type === 'PERSON') person = r;
      }
      if (person) return { kind: 'name', ref: person };
      // Appositive without its closing comma: "John Kirby, National Security Council coordinator said".
      if (j > 0 && seg.length >= 2 && names.length > 0 && !DETERMINERS.has(seg[0].lower)) {
        const prev = this.appositiveSubject(ws, j - 1, clauseStart);
        if (prev) return prev;
      }
      // "US officials said", "Russia’s foreign ministry said": the named state or body speaks.
      if (names.length && (TITLE_WORDS.has(w.lower) || PERSON_NOMINALS.has(w.lower) || ORG_NOMINALS.has(w.lower) || w.lower === 'officials')) return { kind: 'name', ref: names[names.length - 1] };
      const owner = roleOwner(seg);
      if (owner) return owner;
      // "his daughter said": a relative the article introduced ("His daughter, Valeria Ferreyra, said …").
      if (seg.length === 2 && POSSESSIVES.has(seg[0].lower) && KIN.has(w.lower)) return { kind: 'nominal', word: w, want: 'person', noun: w.lower };
      // "The Government of National Unity welcomed it. “…,” its foreign ministry said": the body's own organ speaks for it
      if (seg.length <= 3 && (seg[0].lower === 'its' || seg[0].lower === 'their') && ORG_NOMINALS.has(w.lower)) return { kind: 'pronoun', word: seg[0], want: 'org' };
      if (seg.length <= 4 && seg[0].lower === 'the') {
        if (isPersonNominal(w.lower)) return { kind: 'nominal', word: w, want: 'person', noun: w.lower };
        // "the 52-year-old fish seller said": an age makes any noun after it a person, who is the one of that age
        const age = seg.find((x) => AGE_WORD.test(x.lower));
        if (age) return { kind: 'nominal', word: age, want: 'person', noun: age.lower };
        // "the mother of three said": a parent by number of children is an epithet of the person, not a relative
        const head = seg[seg.length - 3];
        if (seg.length >= 4 && seg[seg.length - 2].lower === 'of' && CHILD_COUNT.test(w.lower) && (KIN.has(head.lower) || isPersonNominal(head.lower))) return { kind: 'nominal', word: head, want: 'person', noun: head.lower };
        if (ORG_NOMINALS.has(w.lower)) return { kind: 'nominal', word: w, want: 'org', noun: w.lower };
      }
      return null;
    }
    return null;
  }

  /**
   * "X, title of Y, said", "Russia’s Defense Minister, Sergei Shoigu, who …, revealed": the comma segments of
   * the clause before the verb are read from the clause start; the first one that names somebody (not as a
   * possessive or as a descriptor such as "U.S. ambassador …") is the subject.
   */
  private appositiveSubject(ws: readonly Word[], k: number, clauseStart: number): Candidate | null {
    // Segments ws[segStarts[n]..segEnds[n]], found from the verb backwards (read below from the clause start).
    const segStarts: number[] = [];
    const segEnds: number[] = [];
    let segEnd = k;
    while (segEnd >= 0 && ws[segEnd].start >= clauseStart && segStarts.length < 6) {
      let segStart = segEnd;
      while (segStart > 0 && ws[segStart - 1].start >= clauseStart && !this.gapBeforeHas(ws, segStart, ',;:()\u2014')) segStart--;
      segStarts.push(segStart);
      segEnds.push(segEnd);
      if (segStart > 0 && this.gapBeforeHas(ws, segStart, ';:()')) break;
      segEnd = segStart - 1;
    }
    for (let n = segStarts.length - 1; n >= 0; n--) {
      const a = segStarts[n];
      const b = segEnds[n];
      const length = b - a + 1;
      const opener = ws[a].lower;
      if (CLAUSE_OPENERS.has(opener) || SEGMENT_SKIP.has(opener)) continue;
      const want = length === 1 ? pronounWant(opener) : undefined;
      if (want) {
        return { kind: 'pronoun', word: ws[a], want: want === 'person' ? 'person' : want === 'org' ? 'org' : 'group' };
      }
      // A person among the segment's first six words.
      for (let h = a; h <= b && h < a + 6; h++) {
        const r = this.nameAt(ws[h]);
        if (r?.type === 'PERSON' && !apostropheAt(this.text, r.end)) return { kind: 'name', ref: r };
      }
      const first = DETERMINERS.has(opener) && length > 1 ? ws[a + 1] : ws[a];
      const ref = this.nameAt(first);
      // "The Bogotá-based company, which …, said": the place describes the body; the noun is the subject
      if (ref && this.text.charCodeAt(ref.end) === 45 /* - */ && startsLowerAt(this.text, ref.end + 1)) {
        if (opener === 'the' && length <= 4 && ORG_NOMINALS.has(ws[b].lower)) return { kind: 'nominal', word: ws[b], want: 'org', noun: ws[b].lower };
        // ("Manila-based Bayanihan Crewing Services Inc., which …, said": the body named right after its place speaks)
        let x = a;
        while (x <= b && ws[x].start <= ref.end) x++;
        if (x < b && ws[x].start > ws[x - 1].end) {
          const body = this.nameAt(ws[x]);
          if (body && body.type === 'ORG' && length <= 8) return { kind: 'name', ref: body };
        }
        continue;
      }
      if (ref && ref.type !== 'NORP' && ref.type !== 'DATE' && ref.type !== 'PERSON') {
        let after: Word | undefined;
        for (let x = a; x <= b && !after; x++) if (ws[x].start >= ref.end) after = ws[x];
        const possessive = apostropheAt(this.text, ref.end);
        const describes = possessive || (after !== undefined && (TITLE_WORDS.has(after.lower) || PERSON_NOMINALS.has(after.lower)));
        if (!describes && length <= 6) return { kind: 'name', ref };
      }
    }
    return null;
  }

  /** A gap between ws[a] and ws[b] (a < b) holds one of `chars`. */
  private gapBetweenHas(ws: readonly Word[], a: number, b: number, chars: string): boolean {
    for (let j = a + 1; j <= b; j++) if (this.gapBeforeHas(ws, j, chars)) return true;
    return false;
  }

  /**
   * The gap between ws[j - 1] and ws[j] holds one of `chars`, the brackets of a short aside read as spaces: "the
   * Institute of Medical Research (IMR) in Oslo, said" keeps its appositive whole, "the Water Board (WB) said" its
   * subject. `chars` are punctuation, never a space.
   */
  gapBeforeHas(ws: readonly Word[], j: number, chars: string): boolean {
    const from = ws[j - 1].end;
    const to = ws[j].start;
    let found = false;
    let bracket = false;
    for (let i = from; i < to && !bracket; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 40 || c === 41) bracket = true; // ( )
      // (an abbreviation's period before a comma ends no clause: "Rep. Ann Lee, R-Tenn., called …")
      else if (c === 46 && i === from && this.text.charCodeAt(i + 1) === 44) continue;
      // (a space is none of `chars`, which are punctuation: most gaps are one space, not compared)
      else if (!found && c !== 32) for (let k = 0; k < chars.length && !found; k++) found = chars.charCodeAt(k) === c;
    }
    if (!bracket) return found;
    let gap = this.text.slice(from, to);
    if (/^\s+\($/.test(gap) && this.asideClosesFrom(ws, j)) gap = gap.replace('(', ' ');
    else if (ASIDE_CLOSE.test(gap) && this.asideOpensBefore(ws, j - 1)) gap = gap.replace(')', ' ');
    return hasAny(gap, chars);
  }

  /** ws[j] opens an aside that a ")" closes within its first 4 words, with no other punctuation inside. */
  private asideClosesFrom(ws: readonly Word[], j: number): boolean {
    for (let m = j; m < j + 4; m++) {
      const after = m + 1 < ws.length ? this.text.slice(ws[m].end, ws[m + 1].start) : this.text.slice(ws[m].end, ws[m].end + 1);
      if (after.startsWith(')')) return ASIDE_CLOSE.test(after);
      if (m + 1 >= ws.length || !/^\s+$/.test(after)) return false;
    }
    return false;
  }

  /** ws[i] ends an aside that a " (" opened within its last 4 words, with no other punctuation inside. */
  private asideOpensBefore(ws: readonly Word[], i: number): boolean {
    for (let m = i; m > i - 4 && m > 0; m--) {
      const before = this.text.slice(ws[m - 1].end, ws[m].start);
      if (/^\s+\($/.test(before)) return true;
      if (!/^\s+$/.test(before)) return false;
    }
    return false;
  }

  /** The noun phrase right after an inverted verb or "according to": "said Kremlin spokesperson Dmitry Peskov". */
  npAfter(ws: readonly Word[], i: number, end: number): Candidate | null {
    if (i >= ws.length || ws[i].start >= end) return null;
    if (i > 0 && gapHas(this.text, ws[i - 1].end, ws[i].start, '.;:!?"“”«»')) return null;
    const first = ws[i];
    // ("said I Gede Darmawan": a Balinese name's "I" is no pronoun)
    const want = first.lower === 'i' && this.nameAt(first)?.type === 'PERSON' ? undefined : pronounWant(first.lower);
    if (want) return { kind: 'pronoun', word: first, want: want === 'person' ? 'person' : want === 'org' ? 'org' : 'group' };
    const np: Word[] = [];
    for (let k = i; k < ws.length && ws[k].start < end && np.length < 10; k++) {
      if (k > i && gapHas(this.text, ws[k - 1].end, ws[k].start, ',;:.!?"“”()\u2014')) break;
      const w = ws[k];
      const cap = startsUpper(this.text, w);
      if (NP_STOP.has(w.lower)) break;
      const known = DETERMINERS.has(w.lower) || TITLE_WORDS.has(w.lower) || PERSON_NOMINALS.has(w.lower) || ORG_NOMINALS.has(w.lower) || w.lower === 'of' || w.lower === 'for';
      // A few other lower-case words may describe the speaker ("said organiser Tomás Reyes", "said retired teacher Ann Lee"),
      // and a role noun after a long employer's name may come before the person ("said Oregon State University
      // geologist Priya Halvorsen").
      // ("said Court of Audit councillor Hilde Van Acker": the employer's name may hold "of")
      if (!cap && !known && (k - i >= 3 || REPORTING_VERBS.has(w.lower)) && !(k - i >= 3 && k - i <= 5 && np.every((x) => startsUpper(this.text, x) || x.lower === 'of' || x.lower === 'for') && startsUpper(this.text, np[np.length - 1]) && k + 1 < ws.length && this.nameAt(ws[k + 1])?.type === 'PERSON' && !REPORTING_VERBS.has(w.lower))) break;
      np.push(w);
    }
    if (!np.length) return null;
    // (a loop, not map and filter: see the constructor)
    const refs: NameRef[] = [];
    for (const w of np) {
      const r = this.nameAt(w);
      if (r && r.type !== 'NORP' && r.type !== 'DATE') refs.push(r);
    }
    const person = refs.filter((r) => r.type === 'PERSON')[0];
    if (person) return { kind: 'name', ref: person };
    // "said a spokesman for the Pentagon, Maj. Pete Nguyen": the person named in the appositive.
    let after = i + np.length;
    // ("said its assistant director of operations, Hafizah Kamarudin": lower-case words of the role run on to the comma)
    for (let k = after; k < after + 3 && k < ws.length && ws[k].start < end && !startsUpper(this.text, ws[k]) && !gapHas(this.text, ws[k - 1].end, ws[k].start, ',;:.!?"“”()'); k++) {
      if (k + 1 < ws.length && /^\s*,\s*$/.test(this.text.slice(ws[k].end, ws[k + 1].start))) {
        after = k + 1;
        break;
      }
    }
    if (after < ws.length && ws[after].start < end && /^\s*,\s*$/.test(this.text.slice(ws[after - 1].end, ws[after].start))) {
      for (let k = after; k < ws.length && k < after + 4 && ws[k].start < end; k++) {
        if (k > after && gapHas(this.text, ws[k - 1].end, ws[k].start, ',;:.!?')) break;
        const r = this.nameAt(ws[k]);
        if (r?.type === 'PERSON') return { kind: 'name', ref: r };
        // "said the museum's director, Pieter Smit": a capitalised name of unknown type right after a role noun.
        if (k === after && r && r.synthetic && r.type === null && r.start === ws[k].start && isPersonNominal(np[np.length - 1].lower)) return { kind: 'name', ref: r };
      }
    }
    if (refs.length) return { kind: 'name', ref: refs[refs.length - 1] };
    const owner = roleOwner(np);
    if (owner) return owner;
    // ("said the 38-year-old mother of five": the head comes before the "of" phrase)
    const ofAt = np.findIndex((w, k) => k > 1 && (w.lower === 'of' || w.lower === 'for'));
    const last = np[ofAt > 0 ? ofAt - 1 : np.length - 1];
    if (np[0].lower === 'the' && isPersonNominal(last.lower)) return { kind: 'nominal', word: last, want: 'person', noun: last.lower };
    const age = np[0].lower === 'the' ? np.find((x) => AGE_WORD.test(x.lower)) : undefined;
    if (age) return { kind: 'nominal', word: age, want: 'person', noun: age.lower };
    if (np.length === 2 && POSSESSIVES.has(np[0].lower) && KIN.has(last.lower)) return { kind: 'nominal', word: last, want: 'person', noun: last.lower };
    if (np[0].lower === 'the' && ORG_NOMINALS.has(last.lower)) return { kind: 'nominal', word: last, want: 'org', noun: last.lower };
    return null;
  }

  /** A candidate turned into a named reference. */
  resolve(c: Candidate): Resolved | null {
    if (c.kind === 'name') return { ref: c.ref, via: 'name' };
    if (c.kind === 'pronoun') {
      if (c.word.lower === 'i' || c.word.lower === 'we') return null; // the writer, or a group inside a quote
      const ref = this.antecedent(c.word.start, c.want, undefined, 0, genderOfPronoun(c.word.lower));
      return ref ? { ref, via: 'pronoun' } : null;
    }
    // "the company’s spokesperson": the person introduced with that role if there is one, else the company.
    const person = c.role ? (this.byRole(c.word.start, 'person', c.role, true, true) ?? this.byRole(c.word.start, 'person', c.role, false, true)) : null;
    const ref = person ?? this.antecedent(c.word.start, c.want, c.noun);
    return ref ? { ref, via: 'nominal' } : null;
  }

  /**
   * The nearest name before pos introduced with the role noun ("Kremlin spokesperson Dmitry Peskov"). `close`: the
   * noun must stand right next to the name (organisations, and the role of "the company’s spokesperson").
   */
  private byRole(pos: number, want: Want, noun: string, realOnly: boolean, close = want === 'org'): NameRef | null {
    const age = /^(\d{1,3})-year-old$/.exec(noun);
    if (age) return this.byAge(pos, age[1], realOnly);
    // A demonym introduces a person only right next to the name ("Dutchman Daan Hoekstra", "Brenner, the
    // Austrian,"), and never as the first word of another name ("won the Austrian Grand Prix").
    const descriptor = this.isDescriptorNoun(noun, pos);
    if (descriptor) close = true;
    let nounRe = NOUN_RES.get(noun);
    if (!nounRe) {
      if (NOUN_RES.size > 500) NOUN_RES.clear();
      NOUN_RES.set(noun, (nounRe = new RegExp(`\\b${noun}\\b`)));
    }
    // A name whose own title holds the noun ("District Judge Ann Lee" for "the judge") comes before a nearer one
    // the noun merely stands close to ("Judge Ann Lee sentenced Tom Ray": Ray is not the judge).
    let near: NameRef | null = null;
    // ("“The Centre for Cyber Security is assisting,” the centre said": a body naming itself in the quotation, when
    // no name outside quotations fits)
    let quotedSelf: NameRef | null = null;
    for (const r of this.index.before(pos, Math.max(0, pos - 3000), realOnly)) {
      if (!compatible(r, want)) continue;
      if (this.isQuoted(r.start)) {
        if (want === 'org' && !quotedSelf && r.type === 'ORG' && nounRe.test(r.text.toLowerCase())) quotedSelf = r;
        continue;
      }
      // The noun as a word of the name: "the museum" is not the "Commission for Museums".
      if (nounRe.test(r.text.toLowerCase()) || namesInOtherLanguage(noun, r.text)) return r;
      const m = r.mention;
      // ("Justice Ann Lee", "Magistrate Ann Lee" for "the judge")
      if (m?.titleSpan && (this.text.slice(m.titleSpan.start, m.titleSpan.end).toLowerCase().includes(noun) || (noun === 'judge' && /\b(?:justice|magistrate)\b/i.test(this.text.slice(m.titleSpan.start, m.titleSpan.end))))) return r;
      if (near) continue;
      // (Only the words before the nominal: "Benin Bronzes. The museum said" does not introduce Benin as the museum.)
      // An organisation is introduced by the lower-case noun right next to it ("Acme, the company", "the company,
      // Acme"): a capitalised one is part of another name ("the Halden Museum lent it to the Arts Council" does
      // not make the council a museum), and one further off describes something else ("the company’s plant in
      // Pune, Maharashtra" does not make Maharashtra the company).
      const [back, ahead] = close ? [20, 20] : [50, 60];
      // (Within the name's own line: a headline's "Briton keeps lead" does not make the byline's author the Briton.)
      const before = this.text.slice(Math.max(0, r.start - back), r.start);
      const after = this.text.slice(r.end, Math.min(pos, r.end + ahead));
      const nlBefore = before.lastIndexOf('\n');
      const nlAfter = after.indexOf('\n');
      const around = (nlBefore >= 0 ? before.slice(nlBefore + 1) : before) + ' ' + (nlAfter >= 0 ? after.slice(0, nlAfter) : after);
      if (descriptor ? this.descriptorAround(noun, r, back, Math.min(pos, r.end + ahead)) : want === 'org' ? this.appositiveNoun(noun, before, after) && !this.afterLocative(r) : KIN.has(noun) ? this.appositiveNoun(noun, before, after) : nounRe.test(around.toLowerCase())) near = r;
    }
    return near ?? quotedSelf;
  }

  /**
   * "Jane Smith, 54, …", "(54)", "the 54-year-old nurse Jane Smith": the person given that age before pos. Ages are
   * distinctive; none given means the nearest person rule decides.
   */
  private byAge(pos: number, years: string, realOnly: boolean): NameRef | null {
    const after = new RegExp(`^(?:,\\s*|\\s*\\()${years}\\b`);
    const before = new RegExp(`\\b${years}-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`, 'u');
    for (const r of this.index.before(pos, Math.max(0, pos - 3000), realOnly)) {
      if (r.type !== 'PERSON' || this.isQuoted(r.start)) continue;
      if (after.test(this.text.slice(r.end, r.end + 8)) || before.test(this.text.slice(Math.max(0, r.start - 50), r.start))) return r;
    }
    return null;
  }

  /** Index of the sentence containing pos (or the last one starting before it). */
  sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentenceStarts[mid] <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The name a pronoun or nominal at pos refers back to: a name before it in its own sentence (nearest first),
   * then the first compatible name of the nearest earlier sentence that has one. A nominal prefers a name
   * introduced with that role ("Kremlin spokesperson Dmitry Peskov" for "the spokesperson").
   */
  antecedent(pos: number, want: Want, noun?: string, depth = 0, gender: Gender | null = null): NameRef | null {
    // Entity mentions first; the capitalised names they lack only when none fits.
    // Last, a capitalised name of unknown type ("Powell said …" where the entity list lacks Powell).
    // A nominal first looks for a name introduced with that role, anywhere before.
    if (noun) {
      const r = this.byRole(pos, want, noun, true) ?? this.byRole(pos, want, noun, false);
      if (r) return r;
      // "the Chinese said", "the French said": a nation, unless the article introduced one of its people as such
      if (want === 'person' && !singularDemonym(noun) && !PERSON_DEMONYM.test(noun) && !/^\d/.test(noun) && this.nationalityWords().has(noun)) return null;
      // "The Dutchman crossed the line … “…,” the Dutchman said": a descriptor this distinctive (a demonym, an
      // age) names the same person each time, so the later one means whom the earlier one meant.
      if (want === 'person' && depth < 2 && this.isDescriptorNoun(noun, pos)) {
        const earlier = this.earlierDescriptor(pos, noun);
        // ("beating the Czech world number five Katerina V.": that earlier use introduced the name after it)
        const introduced = earlier >= 0 ? this.nameAfterDescriptor(earlier + noun.length) : null;
        if (introduced) return introduced;
        if (earlier >= 0) {
          const chained = this.antecedent(earlier, want, noun, depth + 1, gender);
          if (chained) return chained;
        }
      }
      // "“…,” the 29-year-old right-hander said" opening a paragraph, the age or nationality given nowhere before:
      // the person the previous paragraph is about, not merely the last one it named.
      if (want === 'person' && depth === 0 && this.isEpithet(noun, pos)) {
        const salient = this.salientPerson(pos);
        if (salient) return salient;
      }
      // "The secretary of economic policy, Tomás Albarracín, said … ¶ “…,” the official said": the person just named as
      // speaking in the sentence before is the official
      if (want === 'person' && noun === 'official') {
        const si = this.sentenceAt(pos);
        const named = si > 0 ? this.namedSpeaker(this.sentences[si - 1], 'person', null) : null;
        if (named && named.type === 'PERSON') return named;
      }
      // "Spain lost … to wildfires, and the government has promised …": with no government named, the country named
      // last before it (in its sentence or the one before) governs
      if (noun === 'government' && want === 'org') {
        const si = this.sentenceAt(pos);
        const from = this.sentences[Math.max(0, si - 1)]?.start ?? 0;
        for (const c of this.index.before(pos, from, true)) if (c.type === 'GPE' && isCountryId(c.id) && !this.isQuoted(c.start)) return c;
      }
      // "the spokesman said" with no spokesman introduced: an unnamed mouthpiece, not the last person named
      if (want === 'person' && MOUTHPIECES.has(noun)) return null;
      // "his daughter said" with no daughter introduced: not the last person named (often the father himself)
      if (want === 'person' && KIN.has(noun) && /\b(?:his|her|their)\s+$/i.test(this.text.slice(Math.max(0, pos - 7), pos))) return null;
    }
    // "In a statement, union leader Maria Lopez said … “…,” the statement said": a statement speaks for whoever the
    // sentence that issued it gives as speaking, a person as well as a body
    // ("The ministry said in a notice … “…,” the notice said": a notice, decree or circular the same)
    if (noun && ISSUED_DOCUMENTS.has(noun) && depth < 2) {
      const si = this.sentenceAt(pos);
      for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
        const sent = this.sentences[k];
        if (!this.text.slice(sent.start, sent.end).toLowerCase().includes(noun)) continue;
        const a = this.findAttribution(sent.start, sent.end);
        const issuer = a ? this.resolve(a.candidate) : null;
        if (issuer) return issuer.ref;
        break;
      }
    }
    // "the regulator wrote" is the agency named before, not the company the sentence is about; "the company said"
    // is no agency. A name of the other kind is taken only when none of the right kind is at hand.
    const kind = noun && want === 'org' ? ORG_KIND_OF_NOUN.get(noun) : undefined;
    const accept = kind ? (r: NameRef) => (orgKindOf(r.text) ?? orgKindOf(this.index.nameFor(r.id, r.text))) === kind || (kind === 'business' && orgKindOf(this.index.nameFor(r.id, r.text)) === undefined) : undefined;
    if (want === 'org' && depth < 2) {
      const spoke = this.previousOrgSpeaker(pos, depth);
      // ("The agency said it had sent inspectors. “…,” the company said": the agency is not the company)
      if (spoke && (!accept || accept(spoke) || orgKindOf(this.index.nameFor(spoke.id, spoke.text)) === undefined)) return spoke;
    }
    if (accept) {
      const r = this.antecedentAmong(pos, want, noun, depth, true, false, gender, accept);
      // "analysts polled by LSEG … the company said": the company the article is about, not a firm named in passing
      if (r && kind === 'business') return this.mainBusiness(pos, r, accept);
      if (r) return r;
    }
    return (
      this.antecedentAmong(pos, want, noun, depth, true, false, gender) ??
      this.antecedentAmong(pos, want, noun, depth, false, false, gender) ??
      this.antecedentAmong(pos, want, noun, depth, false, true, gender)
    );
  }

  private antecedentAmong(pos: number, want: Want, noun: string | undefined, depth: number, realOnly: boolean, untyped: boolean, gender: Gender | null, accept?: (r: NameRef) => boolean): NameRef | null {
    // "The Denver-based company said": a name inside the nominal's own phrase describes it, it is not its antecedent.
    const ownPhrase = noun ? nominalPhraseStart(this.text, pos) : pos;
    const usable = (r: NameRef): boolean =>
      !(r.start >= ownPhrase && r.end <= pos) &&
      // ("The Bogotá-based company … In a statement it said": a place glued to a participle describes a body)
      !(this.text.charCodeAt(r.end) === 45 /* - */ && startsLowerAt(this.text, r.end + 1)) &&
      (!accept || accept(r)) &&
      (untyped ? r.type === null : compatible(r, want)) &&
      !this.isQuoted(r.start) &&
      !this.inDateline(r) &&
      (want === 'person' || (!this.afterLocative(r) && !this.toldObject(r))) &&
      // A place (or a name of unknown type for "it"/"they") is an antecedent only where it spoke itself.
      ((r.type !== 'GPE' && (r.type !== null || want === 'person')) || this.speaksAsSubject(r)) &&
      (!gender || r.type === 'ORG' || r.type === 'GPE' || (this.genderOf(r) ?? gender) === gender);
    const si = this.sentenceAt(pos);
    const sStart = si >= 0 ? this.sentences[si].start : 0;
    // Names the quotation of the pronoun's sentence talks about are its topic, not its speaker.
    const topic = gender ? this.quotedWords(sStart, si >= 0 ? this.sentences[si].end : pos) : null;
    // A subject, not an object: not governed by a preposition or a verb ("release Bakare"), not the quote's topic.
    // ("Agbodeka's lawyer, Bright Kumordzi, said …": a possessor is not the subject)
    const subjectLike = (r: NameRef): boolean =>
      !this.afterPreposition(r) && !/^['’]s?\b/.test(this.text.slice(r.end, r.end + 2)) && (!gender || (!this.afterVerb(r) && !this.isTopic(r, topic)));
    // Subjects before objects: the first fitting name not governed by a preposition ("While Acme did not
    // confirm the deal with Zeta, it said" -> Acme), else the nearest one.
    const own = this.index.before(pos, sStart, realOnly).filter(usable).reverse();
    const subject = own.find(subjectLike);
    if (subject) return subject;
    if (own.length) return own[own.length - 1];
    for (let s = si - 1; s >= 0 && s >= si - 8; s--) {
      const sent = this.sentences[s];
      // "One animator, who asked not to be named, said … “…,” she said": the person meant is the withheld source
      if (gender && ANONYMOUS.test(this.text.slice(sent.start, sent.end))) return null;
      // "The company apologised. … it said": the earlier sentence's definite subject stands for its own antecedent.
      // ("Still, the foreign minister was careful …": a connective may come before the subject)
      const leadStart = sent.start + (CONNECTIVE.exec(this.text.slice(sent.start, Math.min(sent.end, sent.start + 14)))?.[0].length ?? 0);
      const lead = opensWithThe(this.text, leadStart, sent.end) ? /^(?:the)\s+(?:[\p{Lu}][\p{L}.]*-\p{Ll}+\s+)?((?:\d{1,3}-year-old|[\p{Ll}-]+)(?:\s+[\p{Ll}-]+){0,2})/iu.exec(this.text.slice(leadStart, Math.min(sent.end, leadStart + 50))) : null;
      if (lead && depth < 2) {
        // ("The foreign minister was careful": the noun after its modifiers, else the first word as before)
        const leadWords = lead[1].toLowerCase().split(/\s+/);
        const at = leadWords.findIndex((w) => PERSON_NOMINALS.has(w) || ORG_NOMINALS.has(w));
        const noun = at >= 0 ? leadWords[at] : leadWords[0];
        // ("the foreign minister" is the person titled "Foreign Minister", not the "Prime Minister" named nearer)
        const compound = at > 0 ? leadWords[at - 1] + ' ' + noun : null;
        const fits = want === 'person' ? PERSON_NOMINALS.has(noun) || this.isDescriptorNoun(noun, sent.start + 4) : want !== 'any' && ORG_NOMINALS.has(noun);
        if (fits) {
          // "The mayor of Chivay, Ana Ruiz, said …": the sentence names its own subject.
          const named = this.namedSpeaker(sent, want, gender);
          if (named) return named;
          // "The race leader, Jamie Holt, lost 38 seconds": the name in apposition to the subject is who it is
          const phraseEnd = leadStart + lead[0].length;
          const apposed = this.index.within(phraseEnd, Math.min(sent.end, phraseEnd + 60), true).find((r) => compatible(r, want) && !this.isQuoted(r.start));
          if (apposed && /^\s*,\s*$/.test(this.text.slice(phraseEnd, apposed.start))) return apposed;
          const r = (compound ? this.byRole(sent.start, want, compound, true) : null) ?? this.antecedent(sent.start, want, noun, depth + 1, gender);
          if (r) return r;
        }
      }
      // "She added that …": an earlier sentence whose subject is the same pronoun refers to the same person.
      let pronounSubject = false;
      // (a person nominal has no gender of its own: "She watched Jabeur’s matches. “…,” the Tunisian said" takes
      // the gender of the earlier subject pronoun)
      if ((gender || (noun && want === 'person')) && depth < 4) {
        const subj = this.subjectPronoun(sent);
        const g = subj ? genderOfPronoun(subj.lower) : null;
        if (subj && g && (!gender || g === gender)) {
          pronounSubject = true;
          const r = this.antecedent(subj.start, want, undefined, depth + 1, g);
          if (r) return r;
        }
      }
      const inSentence = this.index.within(sent.start, sent.end, realOnly).filter(usable);
      // (In "…, he left for Paris, where he played alongside Astor Piazzolla" the subject is "he": an object of
      // that sentence is not what a later "he" means.)
      const fitting = inSentence.find(subjectLike) ?? (pronounSubject ? undefined : inSentence[0]);
      if (fitting) return fitting;
      // "Omar al-Rashid, a partner at X, said …": a person the entity list lacks, speaking in that sentence, comes
      // before the entity mentions of sentences further back.
      if (gender && realOnly) {
        const named = this.namedSpeaker(sent, want, gender);
        if (named) return named;
      }
    }
    if (si < 0 || this.sentences.length === 0) {
      for (const r of this.index.before(pos, Math.max(0, pos - 2000), realOnly)) if (usable(r)) return r;
    }
    return null;
  }

  /**
   * "Moonrise said in a statement that it would appeal. “…,” the agency said", "…, the ministry said. “…,” it
   * said": an organisation that spoke in the sentence before is what the next one's "it" or "the agency" means
   * (whatever kind of body the noun suggests), unless the sentence itself names one before pos.
   */
  private previousOrgSpeaker(pos: number, depth: number): NameRef | null {
    const si = this.sentenceAt(pos);
    if (si < 1) return null;
    const own = this.sentences[si];
    if (this.index.before(pos, own.start, true).some((r) => r.type === 'ORG' && !this.isQuoted(r.start))) return null;
    const prev = this.sentences[si - 1];
    const a = this.findAttribution(prev.start, prev.end);
    if (!a) return null;
    const c = a.candidate;
    if (c.kind === 'name') return c.ref.type === 'ORG' && !this.isQuoted(c.ref.start) ? c.ref : null;
    if (c.kind === 'nominal' && c.want === 'org' && !c.role) return this.antecedent(c.word.start, 'org', c.noun, depth + 1);
    return null;
  }

  /**
   * "the company said" where the nearest fitting organisation is one the article names less often than another
   * business: the article's main company (named at least twice as often as the nearest one). A firm named in passing
   * ("five analysts polled by LSEG", "a former executive at Maison Lacroix") is not what "the company" means.
   */
  private mainBusiness(pos: number, nearest: NameRef, accept: (r: NameRef) => boolean): NameRef {
    const count = new Map<string, number>();
    const first = new Map<string, NameRef>();
    for (const r of this.index.before(pos, 0, true)) {
      if (r.type !== 'ORG' || this.isQuoted(r.start) || this.inDateline(r) || !accept(r)) continue;
      count.set(r.id, (count.get(r.id) ?? 0) + 1);
      first.set(r.id, r);
    }
    let best = nearest;
    let most = count.get(nearest.id) ?? 1;
    const floor = 2 * most;
    for (const [id, n] of count) if (n >= floor && n > most) { best = first.get(id)!; most = n; }
    return best;
  }

  /** The name the sentence's own attribution gives as its speaker, when it fits the pronoun or nominal. */
  private namedSpeaker(sent: Span, want: Want, gender: Gender | null): NameRef | null {
    const a = this.findAttribution(sent.start, sent.end);
    if (!a || a.candidate.kind !== 'name') return null;
    const r = a.candidate.ref;
    if (!compatible(r, want) || this.isQuoted(r.start)) return null;
    return !gender || r.type !== 'PERSON' || (this.genderOf(r) ?? gender) === gender ? r : null;
  }

  private readonly genders = new Map<string, Gender | null>();

  /**
   * A person's gender from an honorific or gendered role word before the first such mention of theirs, else
   * their given name. Only the names with their id are looked at (see MentionIndex.namesWithId).
   */
  genderOf(r: NameRef): Gender | null {
    const known = this.genders.get(r.id);
    if (known !== undefined) return known;
    let g: Gender | null = null;
    for (const n of this.index.namesWithId(r.id)) if (n.type === 'PERSON' && (g = genderBefore(this.text, n.start))) break;
    g ??= genderOfName(this.index.bestNameOnceAll(r.id, r.text));
    this.genders.set(r.id, g);
    return g;
  }

  /** The first he/she of a sentence that is its subject (outside quotations, before any name). */
  private subjectPronoun(sent: Span): Word | null {
    for (const w of this.wordsOutside(sent.start, sent.end).slice(0, 12)) {
      if (w.lower === 'he' || w.lower === 'she') return w;
      // (A date or nationality opening the sentence is no subject: "After the 1976 coup, he left …".)
      const r = this.nameAt(w);
      if ((r && r.type !== 'DATE' && r.type !== 'NORP') || REPORTING_VERBS.has(w.lower)) return null;
    }
    return null;
  }

  /** A GPE speaks only as the subject of a speech verb ("Brazil said", "Russia has repeatedly warned"). */
  private speaksAsSubject(r: NameRef): boolean {
    const ws = words(this.text, r.end, Math.min(this.text.length, r.end + 60));
    let k = 0;
    while (k < ws.length && (BETWEEN.has(ws[k].lower) || isAdverb(ws[k]))) k++;
    return k < ws.length && /^\s*$/.test(this.text.slice(r.end, ws[0]?.start ?? r.end)) && REPORTING_VERBS.has(ws[k].text);
  }

  /** "talks in Belém", "at the Pentagon": a name used as a place, not as something that can say "it"/"they". */
  private afterLocative(r: NameRef): boolean {
    return /\b(?:in|at|near|across|outside|inside|around|throughout|from)\s+(?:the\s+)?$/i.test(this.text.slice(Math.max(0, r.start - 16), r.start));
  }

  /**
   * "told NOS", "told the BBC", "in an interview with CNN": the outlet somebody spoke to, a poor antecedent for
   * "it said" (it reported the words; it did not say them).
   */
  private toldObject(r: NameRef): boolean {
    return TOLD_BEFORE.test(this.text.slice(Math.max(0, r.start - 24), r.start));
  }

  /**
   * A nominal that describes one person distinctively: a demonym ("the Dutchman", "the Austrian" where the word
   * is a nationality) or an age ("the 26-year-old"), unlike a role any number of people hold ("the spokesman").
   */
  private isDescriptorNoun(noun: string, pos: number): boolean {
    if (/^\d{1,3}-year-old$/.test(noun)) return true;
    // (Role nouns in -man are not demonyms: "the spokesman", "the chairman".)
    if (PERSON_NOMINALS.has(noun) || TITLE_WORDS.has(noun)) return false;
    if (PERSON_DEMONYM.test(noun)) return true;
    // A nationality word at pos or, for a descriptor met in a later sentence, anywhere in the text as a NORP.
    const at = this.index.at(pos);
    if (at && at.type === 'NORP' && at.text.toLowerCase() === noun) return true;
    return this.nationalityWords().has(noun);
  }

  /**
   * A nominal that characterises one person rather than naming a post: a descriptor noun ("the Uruguayan", "the
   * 44-year-old") or a noun with an age or a nationality before it ("the 29-year-old right-hander", "the Japanese
   * right-hander").
   */
  private isEpithet(noun: string, pos: number): boolean {
    if (this.isDescriptorNoun(noun, pos)) return true;
    const phrase = this.text.slice(nominalPhraseStart(this.text, pos), pos).toLowerCase();
    if (/\b\d{1,3}-year-old\b/.test(phrase)) return true;
    return phrase.split(/\s+/).some((w) => w !== noun && this.nationalityWords().has(w));
  }

  /**
   * For an epithet in a sentence that opens a paragraph: of the people the previous paragraph names, the one the
   * article has named most so far (the first on a tie: a paragraph opens with its topic). A reporter writes "“…,” the 29-year-old right-hander said"
   * after a paragraph on the starter and, in passing, his closer; a sentence inside a paragraph follows its own
   * subject instead ("Maria Lopez lost her house. “…,” the 62-year-old said"), so it is left to the nearest-name rule.
   */
  private salientPerson(pos: number): NameRef | null {
    const si = this.sentenceAt(pos);
    if (si <= 0) return null;
    const opensParagraph = (s: number) => this.text.slice(this.sentences[s - 1].end, this.sentences[s].start).includes('\n');
    if (!opensParagraph(si)) return null;
    let first = si - 1;
    while (first > 0 && !opensParagraph(first)) first--;
    // A paragraph that goes on with "She told reporters …" or opens with "The Dutchman crossed the line …" is about
    // the person that pronoun or nominal means: the nearest-name rule follows it.
    for (let s = first; s < si; s++) if (this.subjectPronoun(this.sentences[s])) return null;
    const opening = this.sentences[first];
    if (opensWithThe(this.text, opening.start, opening.end)) {
      // ("The fly-half had missed two kicks, and Fiji led after tries from captain X. ¶ “…,” the 24-year-old said": the
      // fly-half the paragraph is about)
      const lead = /^the\s+(\d{1,3}-year-old|[\p{Ll}-]+)\b/iu.exec(this.text.slice(opening.start, Math.min(opening.end, opening.start + 40)));
      const noun = lead?.[1].toLowerCase();
      return noun && (isPersonNominal(noun) || this.isDescriptorNoun(noun, opening.start + 4)) ? this.antecedent(opening.start, 'person', noun, 1) : null;
    }
    // Subjects only: "has followed Ons Jabeur", "Jabeur’s matches" name someone the paragraph is not about.
    const people = this.index
      .within(this.sentences[first].start, this.sentences[si - 1].end, true)
      .filter((r) => r.type === 'PERSON' && !this.isQuoted(r.start) && !this.inDateline(r) && !this.afterPreposition(r) && !this.afterVerb(r) && !/^['’]s?\b/.test(this.text.slice(r.end, r.end + 2)));
    if (people.length < 2) return null;
    const count = new Map<string, number>();
    for (const r of this.index.before(pos, 0, true)) if (r.type === 'PERSON' && !this.isQuoted(r.start)) count.set(r.id, (count.get(r.id) ?? 0) + 1);
    let best: NameRef | null = null;
    for (const r of people) if (!best || (count.get(r.id) ?? 0) > (count.get(best.id) ?? 0)) best = r;
    return best;
  }

  /** The NORP words of the article, lower-cased (worked out once: the lead rule asks for every sentence). */
  private nationalityWords(): Set<string> {
    if (!this.norpWords) {
      this.norpWords = new Set();
      for (const r of this.index.before(this.text.length, 0, true)) if (r.type === 'NORP') this.norpWords.add(r.text.toLowerCase());
    }
    return this.norpWords;
  }
  private norpWords: Set<string> | undefined;

  /**
   * An organisation is introduced by its noun in apposition: right before it ("the agency Moonrise", "the
   * company, Acme") or after a comma ("Acme Corp, the company that …"). "The court said the agency had failed" is
   * about another body. Relatives likewise: "His daughter, Valeria Ferreyra, said", not "his daughter, Valeria; a
   * son, Martín".
   */
  private appositiveNoun(noun: string, before: string, after: string): boolean {
    const nl = before.lastIndexOf('\n');
    const b = nl >= 0 ? before.slice(nl + 1) : before;
    const i = b.lastIndexOf(noun);
    if (i >= 0 && /^[\s,]*$/.test(b.slice(i + noun.length)) && (i === 0 || !/[\p{L}\d]/u.test(b[i - 1]))) return true;
    const m = /^\s*[,(]\s*(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)/u.exec(after);
    return m !== null && m[1] === noun;
  }

  /**
   * A descriptor introducing the name: right before it, or in apposition after it on its line (and not the first
   * word of another name there: "the Austrian Grand Prix" names a race).
   */
  private descriptorAround(noun: string, r: NameRef, back: number, aheadEnd: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', r.start - 1) + 1;
    let lineEnd = this.text.indexOf('\n', r.end);
    if (lineEnd < 0) lineEnd = this.text.length;
    // Right before the name ("Czech Katerina Vondrackova", "the Austrian, Lukas Brenner,") …
    const before = this.text.slice(Math.max(lineStart, r.start - back), r.start).toLowerCase();
    const m = new RegExp(`\\b${noun}[\\s,]*$`).exec(before);
    if (m) return true;
    // … or in apposition after it ("Brenner, the Austrian, …"); "X beat the Czech 6-4" describes someone else.
    const after = this.text.slice(r.end, Math.min(lineEnd, aheadEnd + 20)).toLowerCase();
    const a = new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}?${noun}\\b`, 'u').exec(after);
    if (!a) return false;
    const end = r.end + a[0].length;
    return !/^\s+\p{Lu}/u.test(this.text.slice(end, end + 3));
  }

  /** A person named within a few lower-case words after a descriptor ("the Czech world number five Ann Lee"). */
  private nameAfterDescriptor(from: number): NameRef | null {
    for (const r of this.index.within(from, Math.min(this.text.length, from + 40), true)) {
      if (r.type !== 'PERSON') continue;
      // (only a few modifiers between: "world number five", not a clause: "crossed the line ahead of Ricci")
      const between = this.text.slice(from, r.start);
      const words = between.trim() ? between.trim().split(/\s+/) : [];
      return /^[\s\p{Ll}\d-]*$/u.test(between) && words.length <= 4 && words.every((w) => !CLAUSE_WORDS.test(w)) ? r : null;
    }
    return null;
  }

  /** Start of the nearest "the <noun>" before pos outside quotations (-1 if none within 3,000 characters). */
  private earlierDescriptor(pos: number, noun: string): number {
    const from = Math.max(0, pos - 3000);
    const window = this.text.slice(from, pos);
    const re = new RegExp(`\\bthe\\s+${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu');
    let found = -1;
    // The occurrence at pos itself ends at or after pos - noun.length: only earlier ones count.
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = from + m.index + m[0].length - noun.length;
      const end = start + noun.length;
      if (end < pos - 1 && !this.isQuoted(start) && !/^\s+\p{Lu}/u.test(this.text.slice(end, end + 3))) found = start;
    }
    return found;
  }

  /** "BELÉM, Brazil — …", "PORTO ALEGRE, May 6 (Reuters) - …": a dateline names where, never who. */
  private inDateline(r: NameRef): boolean {
    // The agency credit of a dateline ("HANOI, June 12 (Reuters) - …") reports the story; it says nothing in it.
    if (this.text.charCodeAt(r.start - 1) === 40 /* ( */ && /^\)\s[—–-]{1,2}\s/.test(this.text.slice(r.end, r.end + 5))) {
      const lineStart = this.text.lastIndexOf('\n', r.start) + 1;
      if (r.start - lineStart <= 60) return true;
    }
    let b = r.start;
    while (b > 0 && (this.text[b - 1] === ' ' || this.text[b - 1] === '\t')) b--;
    if (b > 0 && this.text[b - 1] !== '\n') return false;
    return /^[^.!?\n“”"]{0,60}?\s[—–-]{1,2}\s/.test(this.text.slice(r.end, r.end + 80)) && /^[\p{Lu}\s.’'-]+$/u.test(r.text);
  }

  /** Capitalised words inside the quotations of [start, end). */
  private quotedWords(start: number, end: number): Set<string> | null {
    let out: Set<string> | null = null;
    // Only quotations starting before `end` can overlap; walk back from the last of them while one may still end
    // after `start` (a set: the visiting order does not matter).
    const lo = firstSpanAtOrAfter(this.quoted, end);
    for (let i = lo - 1; i >= 0 && this.quotedMaxEnd[i] > start; i--) {
      const q = this.quoted[i];
      if (q.end <= start || q.start >= end) continue;
      for (const w of words(this.text, q.start, q.end)) if (startsUpper(this.text, w)) (out ??= new Set()).add(w.text);
    }
    return out;
  }

  private isTopic(r: NameRef, topic: Set<string> | null): boolean {
    if (!topic) return false;
    return words(this.text, r.start, r.end).some((w) => w.text.length > 2 && topic.has(w.text.replace(/[’']s$/, '')));
  }

  /**
   * The name is the object of a verb: right after a past form ("thanked Lee") or an infinitive ("to free Lee",
   * "should release Lee"), not after a title or role word ("striker Lee", "chair Lee").
   */
  private afterVerb(r: NameRef): boolean {
    const ws = words(this.text, Math.max(0, r.start - 40), r.start);
    let k = ws.length - 1;
    const spaced = (a: Word, b: number): boolean => /^\s+$/.test(this.text.slice(a.end, b));
    if (k >= 0 && DETERMINERS.has(ws[k].lower) && spaced(ws[k], r.start) && (ws[k].lower === 'the' || ws[k].lower === 'a' || ws[k].lower === 'an')) k--;
    if (k < 0 || !spaced(ws[k], k + 1 < ws.length ? ws[k + 1].start : r.start)) return false;
    const w = ws[k].text;
    if (!/^\p{Ll}+$/u.test(w)) return false;
    if (SUBJECT_LEADS.has(w) || TITLE_WORDS.has(w) || PERSON_NOMINALS.has(w) || ORG_NOMINALS.has(w) || REPORTING_VERBS.has(w) || DETERMINERS.has(w)) return false;
    if (/^\p{Ll}{2,}ed$/u.test(w) || COMMON_VERBS.has(w)) return true;
    return k > 0 && spaced(ws[k - 1], ws[k].start) && /^(?:to|will|would|can|could|should|must|may|might|shall)$/.test(ws[k - 1].text);
  }

  /** The name is the object of a preposition ("with Zeta", "between Russia and …", "in Washington"). */
  private afterPreposition(r: NameRef): boolean {
    const before = this.text.slice(Math.max(0, r.start - 14), r.start).toLowerCase();
    // ("according to X, an environmental microbiologist": the source a sentence cites is its speaker, not an object)
    if (/\baccording to\s+$/.test(before)) return false;
    return /\b(?:in|at|from|to|with|between|of|for|on|by|and|or|against|about|into|over|than|like|toward|towards|under|across|among|via|alongside|beside|behind|near|without|beyond|despite|versus|vs)\s+(?:the\s+)?$/.test(before);
  }

  /** "to CNN", "told CNN", "in an interview with X", "according to a Reuters report": the outlet in [start, end). */
  channelIn(start: number, end: number): NameRef | null {
    const ws = this.wordsOutside(start, end);
    for (let i = 0; i < ws.length; i++) {
      // (only words that may be one of those below are lower-cased: most of the frame's words are not)
      const w = mayBeChannelWord(this.text, ws[i]) ? ws[i].lower : '';
      let target = -1;
      if ((w === 'told' || w === 'tells' || w === 'telling') && i + 1 < ws.length) target = i + 1;
      else if (w === 'to' && i > 0 && ws[i - 1].lower !== 'according' && this.nearVerbBefore(ws, i)) target = i + 1;
      else if ((w === 'with' || w === 'on') && i > 0 && CHANNEL_LEADS.has(ws[i - 1].lower)) target = i + 1;
      else if (w === 'according' && ws[i + 1]?.lower === 'to' && this.isChannelPhrase(ws, i + 2)) target = i + 2;
      if (target < 0 || target >= ws.length) continue;
      if (ws[target].lower === 'the' || ws[target].lower === 'a' || ws[target].lower === 'an') target++;
      const t = ws[target];
      if (!t || !startsUpper(this.text, t)) continue;
      const gap = this.text.slice(ws[target - 1].end, t.start);
      if (/[.;:!?]/.test(gap)) continue;
      const ref = this.nameAt(t);
      if (ref && ref.type === 'ORG') return ref;
    }
    return null;
  }

  /** "said to CNN", "described … as “shameful” to CNN": a speech verb earlier in the clause. */
  private nearVerbBefore(ws: readonly Word[], i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const base = REPORTING_VERBS.get(ws[k].lower);
      if (base && SPEECH_BASES.has(base)) return true;
    }
    return false;
  }
}

/**
 * w.lower === word for a lower-case ASCII word, told from w's code units without lower-casing it (most words
 * compared this way are never lower-cased otherwise). An ASCII letter folds by `| 32`; only a character outside
 * ASCII needs the real lower-case form.
 */
function isWord(text: string, w: Word, word: string): boolean {
  const n = word.length;
  if (w.end - w.start !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(w.start + i);
    if ((c | 32) !== word.charCodeAt(i)) return c > 127 && w.lower === word;
  }
  return true;
}

/**
 * Bit n of SUBORDINATOR_LENGTHS[letter] is set when a word of SUBORDINATORS opens with that letter (0..25) and has
 * n letters. (A word whose lower-case form is ASCII has as many code units as that form, and its first code unit
 * folds to the form's first letter: only the Kelvin sign lower-cases to an ASCII letter from outside ASCII.)
 */
const SUBORDINATOR_LENGTHS: number[] = (() => {
  const table: number[] = [];
  for (let i = 0; i < 26; i++) table.push(0);
  for (const word of SUBORDINATORS) table[word.charCodeAt(0) - 97] |= 1 << word.length;
  return table;
})();

/** w may be one of SUBORDINATORS: told by its first letter and length, before lower-casing it. */
function maySubordinate(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if (c > 127) return true;
  const a = (c | 32) - 97;
  const n = w.end - w.start;
  return a >= 0 && a < 26 && n < 31 && (SUBORDINATOR_LENGTHS[a] & (1 << n)) !== 0;
}

/**
 * w may be one of the words channelIn compares ("told", "tells", "telling", "to", "with", "on", "according"): its
 * length and first letter fit one of them (see SUBORDINATOR_LENGTHS).
 */
function mayBeChannelWord(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if (c > 127) return true;
  const a = c | 32;
  const n = w.end - w.start;
  if (a === 116) return n === 4 || n === 5 || n === 7 || n === 2; // t: told, tells, telling, to
  if (a === 119) return n === 4; // with
  if (a === 111) return n === 2; // on
  return a === 97 && n === 9; // according
}

/**
 * What /^\p{Ll}{3,}ed$/u tells of the word's text ("claimed", "worked"): the ending and length are tested first, by
 * code unit (the regex's letter class is matched by a call per character, and most words do not end in "ed").
 */
function isEdForm(text: string, w: Word): boolean {
  return w.end - w.start >= 5 && text.charCodeAt(w.end - 1) === 100 && text.charCodeAt(w.end - 2) === 101 && /^\p{Ll}{3,}ed$/u.test(w.text);
}

/** A lower-case "-ly" word (/^\p{Ll}+ly$/u): "repeatedly", "also" not. The ending is tested first, without a regex. */
function isAdverb(w: Word): boolean {
  const n = w.end - w.start;
  if (n < 3) return false;
  const t = w.text;
  return t.charCodeAt(t.length - 1) === 121 && t.charCodeAt(t.length - 2) === 108 && /^\p{Ll}+ly$/u.test(t);
}

function spansInOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/** Index of the first span starting at or after pos: text/search's search, kept to the attributor's own spans (see firstWordAtOrAfter). */
function firstSpanAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span without leading /[\s,:“"]/ and trailing /[\s.,;:!?"”’]/ characters (tested by code, not by regex). */
function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isLeadTrim(text.charCodeAt(s))) s++;
  while (e > s && isTailTrim(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function isLeadTrim(c: number): boolean {
  return c === 44 || c === 58 || c === 0x201c || c === 34 || isRegExpSpaceCode(c);
}

function isTailTrim(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 0x201d || c === 0x2019 || isRegExpSpaceCode(c);
}

/**
 * text[start, end) opens with "the" in any case: the sentences the /^(?:the)\s+…/iu test below can match (no
 * character outside ASCII case-folds to t, h or e), told without slicing and running the regex.
 */
function opensWithThe(text: string, start: number, end: number): boolean {
  return end - start >= 3 && (text.charCodeAt(start) | 32) === 116 && (text.charCodeAt(start + 1) | 32) === 104 && (text.charCodeAt(start + 2) | 32) === 101;
}

/** What /[,”"]\s*$/ tells of text[from, to): its last character but whitespace is a comma or a closing mark. */
function gapEndsWithMark(text: string, from: number, to: number): boolean {
  let q = to;
  while (q > from && isRegExpSpaceCode(text.charCodeAt(q - 1))) q--;
  if (q <= from) return false;
  const c = text.charCodeAt(q - 1);
  return c === 44 || c === 0x201d || c === 34;
}

/** What /[’']s$/ tells of the word's text: it ends with an apostrophe and a lower-case s. */
function endsWithApostropheS(text: string, w: Word): boolean {
  if (w.end - w.start < 2 || text.charCodeAt(w.end - 1) !== 115) return false;
  const c = text.charCodeAt(w.end - 2);
  return c === 0x2019 || c === 39;
}

/** What /^[’']s?/ tells of text.slice(pos, pos + 2): an apostrophe stands at pos. */
function apostropheAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c === 0x2019 || c === 39;
}

/**
 * "the company’s spokesperson", "the ministry's spokesman": a person role of an organisation named only by a
 * nominal. The organisation speaks (the nominal is resolved), unless a person was introduced with that role.
 */
function roleOwner(np: readonly Word[]): Candidate | null {
  if (np.length !== 3 || np[0].lower !== 'the' || !isPersonNominal(np[2].lower)) return null;
  const m = /^(\p{Ll}+)[’']s$/u.exec(np[1].text);
  return m && ORG_NOMINALS.has(m[1]) ? { kind: 'nominal', word: np[1], want: 'org', noun: m[1], role: np[2].lower } : null;
}

function hasAny(s: string, chars: string): boolean {
  for (let i = 0; i < s.length; i++) if (chars.indexOf(s[i]) >= 0) return true;
  return false;
}

/** Words that make what follows a descriptor a clause, not its noun phrase ("the Dutchman crossed the line ahead of"). */
const CLAUSE_WORDS = /^(?:the|a|an|of|to|in|on|at|for|with|by|from|ahead|and|or|but|as|than|who|which|that|is|was|has|had|\p{Ll}+ed|\p{Ll}+ing)$/u;

const POSSESSIVES = new Set(['his', 'her', 'their']);
/** Relatives: "his daughter" is whoever the article introduced as such, never simply the last person named. */
const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'widow', 'widower', 'mother', 'father', 'brother', 'sister', 'partner', 'granddaughter', 'grandson', 'niece', 'nephew', 'cousin', 'aunt', 'uncle', 'fiancee', 'fiancée', 'fiance', 'fiancé']);

/** Nominals of people who speak for someone else: unnamed unless the article introduced one with that role. */
const MOUTHPIECES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'representative', 'aide']);

type OrgKind = 'public' | 'business' | 'media';

/** Nominals that name a kind of organisation: a public body or a business. */
const ORG_KIND_OF_NOUN: ReadonlyMap<string, OrgKind> = new Map([
  ...['regulator', 'agency', 'authority', 'watchdog', 'ministry', 'department', 'administration', 'commission', 'inspectorate', 'court', 'government'].map((n) => [n, 'public'] as const),
  ...['company', 'firm', 'carmaker', 'automaker', 'airline', 'carrier', 'lender', 'insurer', 'retailer', 'manufacturer', 'startup', 'miner', 'operator', 'developer', 'maker', 'supplier', 'chain', 'giant'].map((n) => [n, 'business'] as const),
]);

const PUBLIC_HEAD = /\b(?:Administration|Agency|Authority|Commission|Board|Office|Department|Ministry|Regulator|Bureau|Inspectorate|Directorate|Service|Police|Court|Tribunal|Government|Parliament|Senate|Congress|Assembly|Council|Committee|Kremlin|White House|Treasury|Pentagon|Hospital|Clinic|University|School|College|Institute|Museum|Library)\b/;
const BUSINESS_HEAD = /\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|[Pp][Ll][Cc]|Group|Holdings|Securities|Bank|Airlines|Airways|Motors|Systems|Technologies|Capital|Partners|Pharmaceuticals|Mining|Minerals|Industries|Apparel|Foods|Ventures|Labs|Copper|Gold|Energy|Diagnostics|Display|Records)\b\.?/;

/** The words of a news outlet's name: an outlet reports; it is never "the company" or "the regulator" it quotes. */
const MEDIA_HEAD = /\b(?:News|TV|Times|Observer|OBSERVER|Herald|Post|Journal|Tribune|Gazette|Chronicle|Daily|Desk|Radio|Broadcasting|Press|Ledger|Dispatch|Courier|Monitor|Insight|Report)\b/;

/** Whether an organisation's name says it is a public body, a business or an outlet (undefined: it does not say). */
function orgKindOf(name: string): OrgKind | undefined {
  return MEDIA_HEAD.test(name) ? 'media' : PUBLIC_HEAD.test(name) ? 'public' : BUSINESS_HEAD.test(name) ? 'business' : undefined;
}

/** A demonym that names one person ("kenyan", "israeli", "motswana"), not a nation ("french", "chinese", "swiss"). */
/** The head nouns of institutions in the languages whose names news reports keep ("the Fundación Tango Sur"). */
const FOREIGN_HEADS: ReadonlyMap<string, RegExp> = new Map([
  // ("the zoo" of the "Sado Zoological Park")
  ['zoo', /\bzoolog/iu],
  // ("Air Niugini … “…,” the airline said": an airline's name need not hold the word)
  ['airline', /\b(?:air|airlines?|airways)\b/iu],
  ['carrier', /\b(?:air|airlines?|airways)\b/iu],
  ['foundation', /\b(?:fundaci[oó]n|funda[cç][aã]o|fondation|fondazione|stiftung|fundacja)\b/iu],
  ['university', /\b(?:universidad|universit[ée]|universidade|universit[äa]t|universit[àa]|universiteit|uniwersytet)\b/iu],
  ['museum', /\b(?:museo|mus[ée]e|museu)\b/iu],
  ['bank', /\b(?:banco|banque|banca)\b/iu],
  ['ministry', /\b(?:ministerio|minist[èe]re|minist[ée]rio|ministero|ministerium)\b/iu],
  ['party', /\b(?:partido|parti|partito|partei)\b/iu],
  ['court', /\b(?:tribunal|corte|cour|gericht)\b/iu],
]);

function namesInOtherLanguage(noun: string, name: string): boolean {
  return FOREIGN_HEADS.get(noun)?.test(name) ?? false;
}

const AGE_WORD = /^\d{1,3}-year-old$/;

/** A connective opening a sentence before its subject ("Still, the minister …", "But the company …"). */
const CONNECTIVE = /^(?:(?:still|however|but|yet|and|meanwhile|instead|later|earlier|now),?\s+)(?=the\b)/i;

/** The count in "mother of three", "father of 2". */
const CHILD_COUNT = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** Demonyms that name one person whatever the entity list says ("the Dutchman", "the Briton"). */
const PERSON_DEMONYM = /(?:man|woman)$|^(?:spaniard|swede|dane|finn|pole|brit|scot|turk|greek|briton)$/;

function singularDemonym(w: string): boolean {
  // ("the Czech said" is one person, as "the French said" is not)
  return w === 'czech' || w === 'slovak' || (!/(?:ese|ish|ch|ss|s)$/.test(w) && w !== 'thai' && w !== 'lao');
}

/** Start of the noun phrase that ends at pos with its determiner ("The Denver-based company"), or pos. */
function nominalPhraseStart(text: string, pos: number): number {
  const before = text.slice(Math.max(0, pos - 60), pos);
  const m = /\b(?:the|a|an|its|their|his|her)\s+[^\s.,;:!?“”"]+(?:\s+[^\s.,;:!?“”"]+){0,3}\s*$/i.exec(before);
  return m ? pos - (before.length - m.index) : pos;
}

function startsLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** w stands alone in brackets right after prev, and next follows the closing bracket ("Force (PMPF) told"). */
function bracketedWord(text: string, prev: Word, w: Word, next: Word): boolean {
  // What /^\s*\($/ and /^\)\s*$/ tell of the two gaps, read in place: most gaps are a space, ruled out at once
  // (every subject is asked, and slicing the gap for the regex cost more than the test).
  const open = w.start - 1;
  if (open < prev.end || text.charCodeAt(open) !== 40 /* ( */) return false;
  for (let i = prev.end; i < open; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) return false;
  if (w.end >= next.start || text.charCodeAt(w.end) !== 41 /* ) */) return false;
  for (let i = w.end + 1; i < next.start; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
