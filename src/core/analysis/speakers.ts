/**
 * Speakers of quotations, in order of evidence: an attribution right after the closing mark (", said X" /
 * ", X said"), a reporting verb before the quotation in its sentence ("X told CNN: “…”", "it acknowledged that
 * “…”"), "according to X" or a later verb in the sentence, then context: a quotation continuing a speaker's
 * paragraph, an attributing sentence just before ("X added:") or a short "X said." just after. With no speech cue
 * in or next to its sentence a quote has no speaker. Pronouns and nominals resolve to the nearest compatible
 * name before them (see the attributor). A quotation split over paragraphs gets one speaker for all its parts.
 */
import type { EntityMention, Quote, Sentence, SpeakerRef, Span } from './types';
import { Attributor, attributorFor, type Candidate, type Resolved } from './attribution/attributor';
import { fallbackSentences } from './attribution/fallbackSentences';
import { interviewAnswer } from './attribution/interview';
import { frameOf, paragraphAt } from './attribution/frames';
import { paragraphs, skipSpaceForward, startsUpper, type Word } from './attribution/textScan';
import { ANONYMOUS, isPersonNominal, pronounWant, REPORTING_VERBS, TITLE_WORDS } from './attribution/lexicon';
import type { NameRef } from './attribution/mentions';

/** Sets quote.speaker (and quote.channel) in place. */
export function attributeSpeakers(text: string, quotes: Quote[], entities: readonly EntityMention[], sentences: readonly Sentence[]): void {
  if (quotes.length === 0) return;
  const paras = paragraphs(text);
  const att = attributorFor(text, entities, sentences, quotes, () =>
    new Attributor(text, entities, sentences.length ? sentences : fallbackSentences(text, paras, []), quotes, paras));
  // pushed, not mapped: an optimised map makes an array of another kind than the interpreter's, and the sort then
  // throws this function's optimised code away
  const order: number[] = [];
  for (let i = 0; i < quotes.length; i++) order.push(i);
  order.sort((a, b) => quotes[a].markStart - quotes[b].markStart);
  const marks: Span[] = [];
  for (const i of order) marks.push({ start: quotes[i].markStart, end: quotes[i].markEnd });
  const found: (Resolved | null)[] = [];

  // Whether a quote's speaker came from an attribution of its own (not carried over from its context).
  const own: boolean[] = [];
  // Whether the speaker came from the attribution right after the quote's closing mark.
  const trailing: boolean[] = [];
  const frames: Span[] = [];
  // Quotes whose speaker the article withholds (an anonymous source): no context or echo gives them one.
  const withheld: boolean[] = [];

  for (let n = 0; n < order.length; n++) {
    const q = quotes[order[n]];
    const frame = frameOf(text, marks, n, paras);
    frames.push(frame);
    const prevEnd = n > 0 && marks[n - 1].end > frame.start ? marks[n - 1].end : frame.start;
    const nextStart = n + 1 < marks.length && marks[n + 1].start < frame.end ? marks[n + 1].start : frame.end;

    const short = q.kind === 'fragment' || q.kind === 'scare';
    // "“…,” the official, who spoke on condition of anonymity, said": the article withholds the speaker
    const anonymous = ANONYMOUS.test(text.slice(frame.start, frame.end));
    const soCalled = /\bso[- ]called\s*$/i.test(text.slice(Math.max(0, q.markStart - 12), q.markStart));
    let res: Resolved | null = null;
    let isOwn = false;
    let isTrailing = false;
    if (!soCalled && n > 0 && trailing[n - 1] && splitBy(text, marks[n - 1].end, q.markStart)) {
      // "“We lost,” Ann Lee told Tom Ray after the vote, “and we know why.”": one quotation split by its attribution
      res = found[n - 1];
      isOwn = true;
    } else if (anonymous) {
      withheld[n] = true;
    } else if (!soCalled) {
      const after = fromAfter(att, q.markEnd, nextStart, frame.start);
      isTrailing = after !== null;
      // An attribution of the quote's own sentence that names nobody ("The Prime Minister’s spokesman said") is still
      // its attribution: the names of the sentences around it are not the speaker.
      let unnamed = false;
      const own = (a: ReturnType<Attributor['findAttribution']>): Resolved | null => {
        const r = fromCandidate(att, a?.candidate);
        if (!r && a?.candidate && a.candidate.kind === 'nominal') unnamed = true;
        return r;
      };
      res =
        after ??
        colonLeadOfLastSentence(att, prevEnd, q.markStart) ??
        own(att.findAttribution(prevEnd, q.markStart, { allowWeak: true, last: true })) ??
        own(att.findAttribution(q.markEnd, frame.end, { allowWeak: true })) ??
        own(att.findAttribution(frame.start, prevEnd, { allowWeak: true, last: true })) ??
        colonLead(att, prevEnd, q.markStart) ??
        possessedWords(att, q, frame) ??
        // (a phrase quoted earlier in the clause does not start it: "X, who told members there were “…”, had a
        // blunt message: “…”")
        (prevEnd > frame.start ? colonLead(att, frame.start, q.markStart) : null);
      isOwn = res !== null;
      if (!res && short) {
        // "called the plan “a disaster” and “unworkable”": a short quote shares an attributed neighbour's speaker.
        if (n > 0 && found[n - 1] && marks[n - 1].end > frame.start) res = { ref: found[n - 1]!.ref, via: 'context' };
        // ("15:10 PKT ¶ “A furnace” ¶ Abdul Ghafoor, a rickshaw driver, told …": a live entry's heading, said by the
        // person its first sentence opens with)
        else res = followingSubject(att, q, frame, paras);
      } else if (!res && (unnamed || unnamedAfter(text, q.markEnd, nextStart))) {
        // "“…,” said one resident.": the article says who spoke, without a name; the next sentence's name is not it.
        withheld[n] = true;
      } else if (!res) {
        // Context only where a speech cue is at hand: the quotation before (a quote-only paragraph), or an
        // attribution in the adjacent sentence. A quote with no cue near it has no speaker: the person merely
        // mentioned before it ("X is expected to offer “…”") did not say it.
        res =
          interviewAnswer(att, q, paras) ??
          opinionHolder(att, q, frame) ??
          followingSubject(att, q, frame, paras) ??
          judgingSubject(att, q, frame) ??
          continuation(text, att, marks, found, n, paras) ??
          previousSentence(att, frame, paras) ??
          statementReader(att, q, frame, paras) ??
          nextSentence(att, frame, paras);
      }
      res ??= headlineSpeaker(att, q);
    }
    found.push(res);
    own.push(isOwn);
    trailing.push(isTrailing);
  }

  // A quotation running over paragraphs has one speaker: the attribution found in any of its paragraphs
  // ("“We built this.⏎⏎“We will rebuild it,” she said.") goes to the parts without one of their own.
  for (let a = 0; a < order.length; a++) {
    let b = a;
    while (b + 1 < order.length && continuesInto(text, quotes[order[b]], marks[b + 1], paras)) b++;
    if (b === a) continue;
    let chosen: Resolved | null = null;
    for (let n = a; n <= b && !chosen; n++) if (own[n]) chosen = found[n];
    chosen ??= found[a];
    for (let n = a; n <= b; n++) if (!own[n]) found[n] = chosen ? { ref: chosen.ref, via: 'context' } : null;
    a = b;
  }

  // The same words quoted elsewhere in the article with a speaker are that speaker's: a headline's quotation, a
  // teaser's, an interviewer's question quoting the answer ("You once called it “a city that never sleeps”").
  for (let n = 0; n < order.length; n++) {
    if (found[n] || withheld[n]) continue;
    const words = quoteKey(quotes[order[n]].text);
    if (words.split(' ').length < 3) continue;
    for (let m = 0; m < order.length; m++) {
      const other = found[m];
      if (m === n || !other || withheld[m]) continue;
      if (quoteKey(quotes[order[m]].text).includes(words)) {
        found[n] = { ref: other.ref, via: 'context' };
        break;
      }
    }
  }

  for (let n = 0; n < order.length; n++) {
    const q = quotes[order[n]];
    const res = found[n];
    // A short phrase is somebody's words only when its sentence names them; otherwise it is a scare quote.
    if (q.kind === 'fragment' || q.kind === 'scare') q.kind = res ? 'fragment' : 'scare';
    const frame = frames[n];
    const channel = att.channelIn(frame.start, frame.end);
    q.speaker = res ? toRef(att, res) : null;
    if (channel && (!res || channel.id !== res.ref.id)) (q as { channel?: string }).channel = channel.text;
  }
}

/** A quotation's words for comparison: lower case, letters and digits only, single spaces. */
function quoteKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The text between two quotations is their attribution clause alone, ending in a comma: the second continues the
 * first ("“…,” she told reporters on Monday, “…”"). A full stop or a second clause in between starts a new one.
 */
function splitBy(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return between.length <= 160 && /,\s*$/.test(between) && !/[.!?;:\n]/.test(between.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr)\./g, ''));
}

/** The quote ends its paragraph without a close mark and the next quote opens the next paragraph. */
function continuesInto(text: string, q: Quote, next: Span, paras: readonly Span[]): boolean {
  if (q.markEnd !== q.end || q.markEnd > next.start) return false;
  const p = paragraphAt(paras, q.start);
  const following = paras[p + 1];
  return following !== undefined && skipSpaceForward(text, following.start, next.start) === next.start && paragraphAt(paras, next.start) === p + 1;
}

function toRef(att: Attributor, r: Resolved): SpeakerRef {
  return { id: r.ref.id, name: att.index.nameFor(r.ref.id, r.ref.text), start: r.ref.start, end: r.ref.end, via: r.via };
}

function fromCandidate(att: Attributor, c: Candidate | undefined | null): Resolved | null {
  return c ? att.resolve(c) : null;
}

/** ", said X" / ", X said" / ", X, the minister, said" right after the closing mark (sentenceStart: where the quotation's sentence starts). */
function fromAfter(att: Attributor, from: number, to: number, sentenceStart: number): Resolved | null {
  if (to <= from) return null;
  const ws = att.wordsOutside(from, to);
  if (!ws.length) return null;
  const lead = att.text.slice(from, ws[0].start);
  if (/[.!?;]/.test(lead)) return null;
  // A pull quote signed with a dash: "“…” — Jane Doe".
  if (/^\s*[\u2014\u2013-]\s*$/.test(lead)) {
    const ref = att.nameAt(ws[0]);
    if (ref && ref.type !== 'NORP' && ref.type !== 'DATE') return { ref, via: 'name' };
  }
  if (introducesNext(att.text, from, to, ws[0])) return null;
  // ("“… Ever,” That was the message from X": the quotation's own sentence goes on to say whose words they were)
  const thatWas = THAT_WAS.exec(att.text.slice(ws[0].start, Math.min(to, ws[0].start + 80)));
  if (thatWas) {
    const named = att.index.realWithin(ws[0].start + thatWas[0].length, to);
    const r = named.find((x) => x.type === 'PERSON' && x.start - ws[0].start - thatWas[0].length <= 60) ?? named.find((x) => x.type === 'ORG');
    if (r) return { ref: r, via: 'name' };
  }
  // The attribution must follow at once: a verb within the first dozen words.
  const c = att.findAttribution(from, ws[Math.min(ws.length, 12) - 1].end, { allowWeak: true });
  if (!c) return null;
  // ("X said Moscow would “…”, according to the state news agency TASS": an outlet cited after the quotation is
  // the channel when the sentence names its own sayer before the quotation)
  if (c.base === 'according to') {
    const i = ws.findIndex((w) => w.lower === 'according');
    const sayer = i >= 0 && ws[i + 1]?.lower === 'to' && (att.isChannelPhrase(ws, i + 2) || citesOutlet(ws, i + 2)) ? att.findAttribution(sentenceStart, from, { allowWeak: true }) : null;
    const r = sayer && sayer.base !== 'according to' ? att.resolve(sayer.candidate) : null;
    if (r) return r;
  }
  return att.resolve(c.candidate);
}

/**
 * "X said the block “already has enough problems,” while his neighbour, Ann Lee, said: “…”", "“Nobody came.” A few
 * cars behind him, Ann Lee said: “…”": a sayer whose colon opens the next quotation is that quotation's, not the one
 * before it, when a conjunction or the quotation's own full stop stands between them.
 */
function introducesNext(text: string, from: number, to: number, first: Word): boolean {
  if (!/:\s*$/.test(text.slice(Math.max(from, to - 3), to))) return false;
  return CLAUSE_JOINERS.has(first.lower) || /\.\s*$/.test(text.slice(Math.max(0, from - 3), from - 1));
}
const CLAUSE_JOINERS = new Set(['while', 'whereas', 'but', 'and']);

/** "according to the state news agency X", "according to the daily X": the words after "according to" name an outlet. */
function citesOutlet(ws: readonly Word[], i: number): boolean {
  for (let k = i; k < i + 5 && k < ws.length; k++) if (OUTLET_NOUNS.has(ws[k].lower)) return true;
  return false;
}
const OUTLET_NOUNS = new Set(['news', 'newspaper', 'daily', 'broadcaster', 'outlet', 'tabloid', 'newswire', 'wire']);

/** ", said one (resident)", ", a resident said", ", another told reporters": an attribution that names nobody. */
// ("one resident, who asked not to be named, told AFP": a relative clause may stand between)
const UNNAMED_AFTER = /^[\s,]*(?:(?:said|says|added|told\s+\S+|recalled|explained|complained)\s+(?:one|another|a|an|some)\b|(?:one|another|a|an|some)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:[\p{Ll}-]+,\s+(?:who|whose)\b[^,.;“”"]{0,60},\s+)?(?:said|says|added|told|recalled|explained|complained)\b)/u;

function unnamedAfter(text: string, from: number, to: number): boolean {
  const m = to > from ? UNNAMED_AFTER.exec(text.slice(from, Math.min(to, from + 80))) : null;
  // "a company spokeswoman said", "an agency official said": the organisation speaks through them (context decides)
  return m !== null && !/spokes|official|representative/i.test(m[0]);
}

const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const GOVERNING = new Set(['of', 'for', 'in', 'at', 'to', 'with', 'by', 'from', 'against', 'on', 'about', 'over', 'than', 'like', 'after', 'before']);

/** A possessive and a noun for what someone said: "Aurelia’s message", "the minister's answer". */
const POSSESSED_WORDS = /^[’']s?\s+(?:message|statement|response|reply|answer|advice|warning|verdict|words|comment|explanation|position|promise|pledge)\b/;

/** A possessive and a noun for how someone put it: "Aydınoğlu’s description of the border as", "Lee’s caution that". */
const POSSESSED_SPEECH = /^[’']s?\s+(?:description|caution|warning|call|plea|claim|insistence|admission|remark|assessment|promise|pledge|words|message|comment|verdict|characterisation|characterization)\s+(?:of|that|for|to|as)\b/;

/**
 * "Aydınoğlu’s description of the border as “a door …” will be remembered", "So will Hovsepyan’s caution that
 * normalisation “is measured in steps”": the owner of the words, named in the quotation's own sentence, said them.
 */
function possessedWords(att: Attributor, q: Quote, frame: Span): Resolved | null {
  for (const r of att.index.realWithin(frame.start, q.markStart)) {
    if ((r.type === 'PERSON' || r.type === 'ORG') && !att.isQuoted(r.start) && POSSESSED_SPEECH.test(att.text.slice(r.end, Math.min(q.markStart, r.end + 40)))) return { ref: r, via: 'name' };
  }
  return null;
}

/**
 * "His opposite number, Ann Lee, did not look for excuses: “…”", "She was blunt: “…”": a quotation the clause
 * before it introduces with a colon is its subject's words — the first person (else organisation) not governed
 * by a preposition, or a subject pronoun opening the clause.
 */
function colonLead(att: Attributor, from: number, to: number): Resolved | null {
  if (!/:\s*$/.test(att.text.slice(Math.max(from, to - 3), to))) return null;
  return clauseSubject(att, from, to);
}

/** The subject of the clause text[from, to): see colonLead. */
function clauseSubject(att: Attributor, from: number, to: number): Resolved | null {
  const ws = att.wordsOutside(from, to);
  // (a subject may carry a long relative clause: "Deputy mayor X, who steered the text through the council and told
  // members …, had a blunt message for owners: “…”")
  if (ws.length === 0 || ws.length > 45) return null;
  const want = pronounWant(ws[0].lower);
  if (want === 'person' || want === 'org') return att.resolve({ kind: 'pronoun', word: ws[0], want });
  // "Aurelia’s message to guests was short: “…”": the owner of the words introduced is their speaker
  for (const r of att.index.realWithin(ws[0].start, to)) {
    if ((r.type === 'PERSON' || r.type === 'ORG') && !att.isQuoted(r.start) && POSSESSED_WORDS.test(att.text.slice(r.end, Math.min(to, r.end + 24)))) return { ref: r, via: 'name' };
  }
  let org: NameRef | null = null;
  for (const r of att.index.realWithin(ws[0].start, to)) {
    if (att.isQuoted(r.start)) continue;
    // A subject opens the clause or follows a comma, a determiner or a title ("His rival, Ann Lee,", "coach
    // Ann Lee"); after a preposition or a verb ("told Radio Nord:") a name is an object.
    // (a live blog's time stamp before the name, "15:10 – Agbodeka:", governs nothing)
    const before = ws.filter((w) => w.end <= r.start && !/^\d/.test(w.lower));
    const prev = before[before.length - 1];
    // ("Green Party co-leader Lea Brunnhuber": a prefixed role is still a role)
    const role = prev ? prev.lower.replace(/^(?:co|vice|deputy|ex)-/, '') : '';
    // ("His supplier Kamala Devi Rajendran, …, was blunter:": a noun after a possessive is an apposition too)
    const owned = before.length >= 2 && POSSESSIVE_DETERMINERS.has(before[before.length - 2].lower);
    // ("Wheelchair racer Jason Adriaanse-Fortuin was blunter:": a short description opening the clause is no verb)
    const described = before.length <= 3 && before[0] === ws[0] && startsUpper(att.text, before[0]) && !before.some((w) => GOVERNING.has(w.lower) || w.lower.endsWith('ed'));
    if (prev && !/,\s*$/.test(att.text.slice(prev.end, r.start)) && (GOVERNING.has(prev.lower) || (!startsUpper(att.text, prev) && !SUBJECT_OPENERS.has(prev.lower) && !TITLE_WORDS.has(role) && !isPersonNominal(role) && !RELATION_NOUNS.has(role) && !owned && !described))) continue;
    if (r.type === 'PERSON') return { ref: r, via: 'name' };
    if (r.type === 'ORG') org ??= r;
  }
  if (org) return { ref: org, via: 'name' };
  // "In a 2015 interview with the newspaper X, he put it simply: “…”": the subject pronoun after an opening phrase.
  for (let i = 1; i < ws.length; i++) {
    const w = pronounWant(ws[i].lower);
    if ((w === 'person' || w === 'org') && /,\s*$/.test(att.text.slice(ws[i - 1].end, ws[i].start))) return att.resolve({ kind: 'pronoun', word: ws[i], want: w });
  }
  return null;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** "Her neighbour Tom Ray", "his wife Ann": a relation before a name is its apposition, not a verb's object. */
const RELATION_NOUNS = new Set(['neighbour', 'neighbor', 'friend', 'colleague', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'partner', 'cousin', 'teammate', 'classmate', 'uncle', 'aunt', 'niece', 'nephew', 'widow', 'widower']);

/** Verbs that pass judgement in words: a quotation after one in its clause quotes the clause's subject. */
const JUDGING_VERBS = new Set(['called', 'urged', 'described', 'termed', 'dubbed', 'labelled', 'labeled', 'branded', 'denounced', 'condemned', 'hailed', 'praised', 'criticised', 'criticized', 'vowed', 'pledged', 'demanded']);

/**
 * "The Ombudsman's Office … urged both sides to avoid violence and called for “an immediate dialogue”", "BWI called
 * the case “a test for FIFA”": a quotation after a verb of judgement in its own sentence is the sentence subject's.
 */
function judgingSubject(att: Attributor, q: Quote, frame: Span): Resolved | null {
  const text = att.text;
  let k = q.markStart;
  while (k > frame.start && !(/[.!?]/.test(text[k - 1]) && /\s/.test(text[k]))) k--;
  const ws = att.wordsOutside(k, q.markStart);
  for (let i = ws.length - 1; i >= 1; i--) {
    if (JUDGING_VERBS.has(ws[i].lower)) return clauseSubject(att, k, ws[i].start);
  }
  return null;
}

/**
 * "“…,” said Ann Lee. Her neighbour Tom Ray was less forgiving: “…”": when a sentence of its own introduces the
 * quotation with a colon, its subject is the speaker, not the attribution of the sentence before it.
 */
function colonLeadOfLastSentence(att: Attributor, from: number, to: number): Resolved | null {
  const text = att.text;
  if (!/:\s*$/.test(text.slice(Math.max(from, to - 3), to))) return null;
  let k = to - 1;
  while (k > from && !(/[.!?]/.test(text[k - 1]) && /\s/.test(text[k]))) k--;
  return k > from ? colonLead(att, k, to) : null;
}

/** A quotation with no attribution of its own continues the speaker of the quotation just before it. */
function continuation(text: string, att: Attributor, marks: readonly Span[], found: readonly (Resolved | null)[], n: number, paras: readonly Span[]): Resolved | null {
  if (n === 0) return null;
  const prev = found[n - 1];
  if (!prev) return null;
  const pCur = paragraphAt(paras, marks[n].start);
  const pPrev = paragraphAt(paras, marks[n - 1].start);
  if (pCur - pPrev > 1) return null;
  if (pCur !== pPrev) {
    // Only a paragraph that opens with the quotation continues the previous speaker.
    if (skipSpaceForward(text, paras[pCur].start, marks[n].start) !== marks[n].start) return null;
  }
  return { ref: prev.ref, via: 'context' };
}

/**
 * "That was the message from X", "Such was the verdict of X", "That was how X reacted", "The warning came from X",
 * "That assessment comes from X",
 * "That was X, a 34-year-old engineer", "That’s X from Y", "That’s how X described it", "The words are those of X":
 * the sentence after a quotation names its speaker.
 */
const THAT_WAS = /^(?:(?:the|these|those)\s+words\s+(?:are|were)\s+(?:those\s+)?of\s|(?:that|this|those|these|such|so)\s+(?:was|is|were|came|comes)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:from|of|by)\s|(?:that|this)(?:['’]s|\s+was|\s+is)\s+how\s|(?:the|that|this)\s+[\p{Ll}-]+\s+(?:came|comes)\s+from\s|(?:that|this)(?:['’]s|\s+was|\s+is)\s+(?=\p{Lu}))/iu;

const LIVE_LABEL = /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?:[–—-]\s*)?(?:[\p{L}'’. -]{1,30}:\s*)?$/iu;

/**
 * A quotation opening its paragraph, with no attribution of its own, whose next sentence names the speaker:
 * "“…” Ann Lee, an economist at X, was referring to …" (a person opens the sentence) or "“…” That was the message
 * from Ann Lee". A possessive ("Lee’s rival …") or a name later in the sentence is not the speaker.
 */
function followingSubject(att: Attributor, q: Quote, frame: Span, paras: readonly Span[]): Resolved | null {
  const text = att.text;
  const pi = paragraphAt(paras, q.markStart);
  let p = paras[pi];
  // ("13:10 – Mayor: “No machines, only hands”", "“A furnace”": a live page's entry may open with its time and a label
  // before the quotation that heads it, on a line of its own; then the entry's first sentence names the speaker)
  if (!p) return null;
  const opensParagraph = skipSpaceForward(text, p.start, q.markStart) === q.markStart || LIVE_LABEL.test(text.slice(p.start, q.markStart));
  // ("… according to the institute. “…” That was the verdict of its forecaster, X": a quotation opening a sentence
  // inside its paragraph too, when the next sentence says whose words they were)
  const opensSentence = !opensParagraph && /[.!?]["”’]?\s+$/.test(text.slice(Math.max(p.start, q.markStart - 4), q.markStart));
  if (!opensParagraph && !opensSentence) return null;
  let start = skipSpaceForward(text, frame.end, p.end);
  if (start >= p.end && pi + 1 < paras.length && frame.end >= p.end - 1 && q.markEnd >= p.end - 1) {
    p = paras[pi + 1];
    start = p.start;
  }
  if (start >= p.end || att.isQuoted(start)) return null;
  const si = att.sentenceAt(start);
  const sent = si >= 0 ? att.sentences[si] : null;
  const end = sent && sent.end > start ? Math.min(sent.end, p.end) : p.end;
  const lead = THAT_WAS.exec(text.slice(start, end));
  if (!lead && !opensParagraph) return null;
  const from = lead ? start + lead[0].length : start;
  const named = att.index.realWithin(from, end);
  // ("That was the message from SES regional manager Mick Dwyer-Hollis": the person, not the body they speak for)
  const r = named.find((x) => x.type === 'PERSON' && (!lead || x.start - from <= 60)) ?? (lead ? named.find((x) => x.type === 'ORG') : undefined);
  if (!r) return null;
  if (!lead) {
    // The person must open the sentence (a title may stand before the name) and not be a possessive.
    const before = text.slice(start, r.start);
    if (!/^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(before) || /^['’]s?\b/.test(text.slice(r.end, r.end + 2))) return null;
  } else if (r.start - from > 60) return null;
  return { ref: r, via: 'context' };
}

/**
 * "For Prof. Ann Lee, a vet at X, the outbreak is “a warning, not a catastrophe”": a sentence opening with "For" or "To"
 * and a person gives that person's view, in the quotation after the comma.
 */
function opinionHolder(att: Attributor, q: Quote, frame: Span): Resolved | null {
  const text = att.text;
  const lead = /^(?:For|To)\s+(?:\p{Lu}[\p{L}]*\.?\s+){0,2}/u.exec(text.slice(frame.start, Math.min(q.markStart, frame.start + 40)));
  if (!lead) return null;
  const r = att.index.realWithin(frame.start, q.markStart)[0];
  if (!r || r.type !== 'PERSON' || r.start > frame.start + lead[0].length || att.isQuoted(r.start)) return null;
  return text.indexOf(',', r.end) < q.markStart && text.indexOf(',', r.end) >= 0 ? { ref: r, via: 'name' } : null;
}

/** "Smith added:" or "Smith said the plan was flawed." just before the quotation's sentence. */
function previousSentence(att: Attributor, frame: Span, paras: readonly Span[]): Resolved | null {
  const si = att.sentenceAt(frame.start - 1);
  if (si < 0) return null;
  const s = att.sentences[si];
  if (s.end > frame.start) return null;
  const p = paragraphAt(paras, frame.start);
  if (s.start < (paras[p - 1]?.start ?? 0)) return null;
  const before = s.start < paras[p].start;
  if (before && !/:\s*$/.test(att.text.slice(s.start, s.end)) && !namedSayer(att, s, frame)) return null;
  const a = att.findAttribution(s.start, s.end);
  const r = a ? att.resolve(a.candidate) : null;
  if (r) return { ref: r.ref, via: 'context' };
  return idiomSubject(att, s) ?? (before ? null : introducedSubject(att, s, frame));
}

/**
 * "Tamara Lungu, a 72-year-old retired teacher in Bălți, applied at her town hall. “I do not have a computer …”": a
 * sentence that opens with a person's full name and a description of them, right before a quotation in the same
 * paragraph and with no sayer of its own, introduces the quotation's speaker.
 */
function introducedSubject(att: Attributor, s: Span, frame: Span): Resolved | null {
  const text = att.text;
  if (!/^\s*[“"]/.test(text.slice(frame.start, frame.start + 4))) return null;
  const r = att.index.realWithin(s.start, s.end).find((x) => x.type === 'PERSON');
  if (!r || !/^\s*,/.test(text.slice(r.end, r.end + 2)) || !/\s/.test(text.slice(r.start, r.end))) return null;
  if (!/^(?:[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(s.start, r.start)) || att.isQuoted(r.start)) return null;
  return { ref: r, via: 'context' };
}

/**
 * "At the market, vegetable seller Grace Mwewa, 41, said her children had been coughing. ¶ “At night the smell …”":
 * the paragraph before ends with a named person saying something, and the quotation opens the next paragraph.
 */
function namedSayer(att: Attributor, s: Span, frame: Span): boolean {
  if (!/^\s*[“"]/.test(att.text.slice(frame.start, frame.start + 4))) return false;
  const a = att.findAttribution(s.start, s.end);
  return !!a && a.candidate.kind === 'name' && a.candidate.ref.type === 'PERSON';
}

const READS_STATEMENT = /\b(?:read|issued|released|delivered|gave)\s+(?:out\s+)?(?:a|an|the)\s+(?:(?:short|brief|written|joint|prepared|family)\s+)?statement\b/i;

/**
 * "Outside the court, the dead man’s daughter, Aoife Moore, read a short statement on behalf of the family. ¶ “Dad
 * was a gentle man …”": a quotation opening the paragraph after a sentence saying someone read or issued a
 * statement is that statement. The reader is the last person (else organisation) named before the verb, not after a
 * preposition or as a possessor.
 */
function statementReader(att: Attributor, q: Quote, frame: Span, paras: readonly Span[]): Resolved | null {
  const text = att.text;
  const p = paragraphAt(paras, q.markStart);
  if (p <= 0 || skipSpaceForward(text, paras[p].start, q.markStart) !== q.markStart) return null;
  const si = att.sentenceAt(frame.start - 1);
  if (si < 0) return null;
  const s = att.sentences[si];
  if (s.end > frame.start || s.start < paras[p - 1].start) return null;
  const verb = READS_STATEMENT.exec(text.slice(s.start, s.end));
  if (!verb) return null;
  const at = s.start + verb.index;
  const names = att.index.realWithin(s.start, at).filter((r) => (r.type === 'PERSON' || r.type === 'ORG') && !att.isQuoted(r.start) && !/^['’]s?\b/.test(text.slice(r.end, r.end + 2)));
  const person = names.filter((r) => r.type === 'PERSON').pop();
  const r = person ?? names.pop();
  return r ? { ref: r, via: 'context' } : null;
}

/** Ways of saying "spoke" that no speech verb carries: "X put it more simply.", "Y was blunt." */
const SPEAKING_IDIOM = /\b(?:put it\b|spoke (?:first|next|last|briefly|afterwards|later|up)\b|was (?:blunt|blunter|frank|candid|direct|more direct|emphatic|unequivocal|succinct|defiant|unrepentant)\b|bristled\b)/i;

/** The person opening a sentence that says, by an idiom, that they spoke ("Capt. Ana Ruiz, a pilot, put it simply."). */
function idiomSubject(att: Attributor, s: Span): Resolved | null {
  const text = att.text;
  const idiom = SPEAKING_IDIOM.exec(text.slice(s.start, s.end));
  if (!idiom) return null;
  const r = att.index.realWithin(s.start, s.end).find((x) => x.type === 'PERSON');
  if (!r) {
    // "Asked whether he had lost the dressing room, the 54-year-old bristled.": a pronoun or nominal subject
    const at = s.start + idiom.index;
    const clause = Math.max(s.start, text.lastIndexOf(',', at) + 1);
    const ws = att.wordsOutside(clause, at);
    const last = ws[ws.length - 1];
    if (!last) return null;
    const want = ws.length === 1 ? pronounWant(last.lower) : undefined;
    if (want === 'person') return att.resolve({ kind: 'pronoun', word: last, want });
    if (ws.length === 2 && ws[0].lower === 'the' && isPersonNominal(last.lower)) return att.resolve({ kind: 'nominal', word: last, want: 'person', noun: last.lower });
    return null;
  }
  // (a title may stand before the name, "Head coach" too; a possessive is not the subject)
  if (!/^(?:\p{Lu}[\p{L}.]*\s+)?(?:[\p{L}.]+\s+){0,2}$/u.test(text.slice(s.start, r.start)) || /^['’]s?\b/.test(text.slice(r.end, r.end + 2))) return null;
  return { ref: r, via: 'context' };
}

/** A short "X said." right after the quotation's sentence, in the same paragraph. */
function nextSentence(att: Attributor, frame: Span, paras: readonly Span[]): Resolved | null {
  const p = paras[paragraphAt(paras, frame.end)];
  const start = skipSpaceForward(att.text, frame.end, p.end);
  if (start >= p.end) return null;
  const si = att.sentenceAt(start);
  const s = si >= 0 ? att.sentences[si] : null;
  const end = s && s.end > start ? Math.min(s.end, p.end) : p.end;
  const ws = att.wordsOutside(start, end);
  if (ws.length === 0 || ws.length > 8) return null;
  const a = att.findAttribution(start, end, { allowWeak: true });
  const r = a ? att.resolve(a.candidate) : null;
  return r ? { ref: r.ref, via: 'context' } : null;
}

/** Abbreviated titles as they stand before a name ("Gov. Ana Ruiz"), by the title word they shorten. */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['governor', 'gov'], ['senator', 'sen'], ['representative', 'rep'], ['general', 'gen'], ['president', 'pres'],
  ['professor', 'prof'], ['secretary', 'sec'], ['commander', 'cmdr'], ['superintendent', 'supt'],
  ['inspector', 'insp'], ['captain', 'capt'], ['attorney', 'atty'], ['ambassador', 'amb'],
]);

/**
 * A headline quotation no sentence attributes: "Governor Tells Families to “Leave Now”" (a title word as the
 * subject of a speech verb) goes to the one person the body introduces with that title ("Gov. Ana Ruiz",
 * "Governor Ana Ruiz"). Two such people, or none, and the quotation keeps no speaker.
 */
function headlineSpeaker(att: Attributor, q: Quote): Resolved | null {
  const s = att.sentences[att.sentenceAt(q.markStart)];
  if (!s || s.region !== 'headline') return null;
  const text = att.text;
  const ws = att.wordsOutside(s.start, q.markStart);
  let title: string | null = null;
  for (let i = 0; i + 1 < ws.length && !title; i++) {
    const w = ws[i].lower;
    if (startsUpper(text, ws[i]) && TITLE_WORDS.has(w) && isPersonNominal(w) && REPORTING_VERBS.has(ws[i + 1].lower)) title = w;
  }
  if (!title) return null;
  const abbreviation = TITLE_ABBREVIATIONS.get(title);
  let found: NameRef | null = null;
  for (const r of att.index.realWithin(s.end, text.length)) {
    if (r.type !== 'PERSON' || att.isQuoted(r.start) || !introducedAs(text, r, title, abbreviation)) continue;
    if (found && found.id !== r.id) return null;
    found ??= r;
  }
  return found ? { ref: found, via: 'context' } : null;
}

/** The title (or its abbreviation) stands right before the name, or opens it: "Governor Ana Ruiz", "Gov. Ana Ruiz". */
function introducedAs(text: string, r: NameRef, title: string, abbreviation: string | undefined): boolean {
  const before = text.slice(Math.max(0, r.start - 24), r.start).toLowerCase();
  const m = /([\p{L}]+)\.?\s+$/u.exec(before);
  const word = m ? m[1] : '';
  const first = /^[\p{L}]+/u.exec(r.text.toLowerCase())?.[0] ?? '';
  return word === title || (abbreviation !== undefined && word === abbreviation) || first === title;
}
