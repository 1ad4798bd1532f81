// Splits a run of capitalised words into mentions: joined institution names, gazetteer names, titles + names,
// and unknown chunks (handed to classifyChunk).
import { EVENT_HEAD, FIRST, GAZ, GAZ_PLACE_ALT, isCommon, LOC_HEAD, NEVER, ORG_HEAD, PARTICLES, COMMON, POST_NOMINALS, FAC_HEAD } from './lexicon';
import { CONNECT_OF, Ctx, emit, addPending, isCountryId, isLowerCode, isNameToken, keysOf, lowerOf } from './context';
import { gazMatch, hyphenatedNames, splitHyphenated, startsGaz, titleLength } from './gazetteerMatch';
import { allTitleCase, classifyChunk, hasNameWord } from './classify';

const EXCHANGES = new Set(['NASDAQ', 'Nasdaq', 'NYSE', 'LSE', 'TSX', 'HKEX', 'OTC', 'AMEX', 'NYSEARCA', 'BATS', 'TSE', 'ASX', 'SGX', 'KRX']);

const COMPANY_SUFFIX = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'SA', 'NV', 'SE', 'Group', 'Holdings',
  'Technologies', 'Technology', 'Industries', 'Motors', 'Airlines', 'Systems', 'Pharmaceuticals', 'Communications', 'Networks', 'Platforms', 'Electronics',
]);

export function processRun(ctx: Ctx, start: number, end: number): void {
  const { tokens } = ctx;
  // "Russia & Eurasia Programme", "Bank of England": a joined institution name is one ORG (or EVENT)
  for (let c = start + 1; c < end - 1; c++) {
    const w = tokens[c].text;
    if (w !== '&' && !CONNECT_OF.has(w)) continue;
    let s = start;
    while (s < c && (NEVER.has(tokens[s].text.toLowerCase()) || (ctx.sentStart[s] && COMMON.has(tokens[s].text.toLowerCase())))) s++;
    const whole = gazMatch(ctx, s, end);
    if (whole && whole.len === end - s) break;
    // a leading country stays separate when not itself joined ("US Department of Justice")
    const lead = gazMatch(ctx, s, c);
    if (lead && s + lead.len < c && (lead.entry.type === 'GPE' || lead.entry.type === 'NORP')) {
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
    const dash = t.text.indexOf('-');
    if (dash > 1 && !t.caps && !isLowerCode(t.text.charCodeAt(dash + 1)) && !(pos > start && FIRST.has(lowerOf(ctx, pos - 1))) && splitHyphenated(ctx, pos)) {
      pos++;
      continue;
    }
    if (dash > 1 && !t.caps && isLowerCode(t.text.charCodeAt(dash + 1))) {
      // "California-based", "Russian-backed": the name before the hyphen is the mention
      const prefix = t.text.slice(0, dash);
      const g = GAZ.get(prefix.toLowerCase()) || GAZ.get(prefix);
      if (g && (g.type === 'GPE' || g.type === 'NORP' || g.type === 'ORG')) {
        ctx.drafts.push({ start: t.start, end: t.start + dash, type: g.type, id: g.id, first: pos, last: pos, sure: true });
        ctx.taken[pos] = 1;
        pos++;
        continue;
      }
    }
    let hit = gazMatch(ctx, pos, end);
    if (hit && hit.len === 1 && !hit.fromUser && pos > 0 && lowerOf(ctx, pos - 1) === 'the' && GAZ_PLACE_ALT.has(keysOf(ctx, pos).toLowerCase())) {
      hit = { len: 1, entry: GAZ_PLACE_ALT.get(keysOf(ctx, pos).toLowerCase())!, fromUser: false };
    }
    // "(NASDAQ:AAPL)": a stock ticker after an exchange is no name
    if (!hit && t.caps && pos > 1 && ctx.tokens[pos - 1].text === ':' && ctx.tokens[pos - 1].start === ctx.tokens[pos - 2].end && EXCHANGES.has(ctx.tokens[pos - 2].text)) {
      ctx.taken[pos] = 1;
      pos++;
      continue;
    }
    if (hit) {
      let last = pos + hit.len - 1;
      let type = hit.entry.type;
      let id: string | null = hit.entry.id;
      // "Jordan" in "Michael Jordan" belongs to the person before it: handled in chunk scan; here extend an org head
      if ((type === 'GPE' || type === 'LOC') && last + 1 < end && ORG_HEAD.has(tokens[last + 1].text) && tokens[last + 1].text !== 'House' && !ctx.titleLine[pos]) {
        // "Harvard University" style, but "US Treasury" keeps the country apart (rule 5): only for non-countries
        if (!isCountryId(hit.entry.id)) {
          last++;
          type = 'ORG';
          id = null;
        }
      }
      // "Intel Corp", "Nomura Holdings": a company suffix after a listed name belongs to it
      if (type === 'ORG' && last + 1 < end && COMPANY_SUFFIX.has(tokens[last + 1].text)) last++;
      if (type === 'ORG' && hit.len === 1 && ctx.sentStart[pos] && COMMON.has(t.text.toLowerCase()) && !hit.fromUser && !t.caps) {
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
          break;
        }
        if (startsGaz(ctx, nameEnd, end)) {
          const g = gazMatch(ctx, nameEnd, end);
          const nameWord = !!g && g.len === 1 && g.entry.type !== 'PERSON' && (FIRST.has(lowerOf(ctx, nameEnd)) || nameEnd > nameStart);
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
    while (q < end && !startsGaz(ctx, q, end) && titleLength(ctx, q, end) === 0 && !hyphenatedNames(ctx, q)) q++;
    // "Michael Jordan", "Denzel Washington": a single-word place right after a first name is a surname
    if (q < end && q - pos === 1 && FIRST.has(t.text.toLowerCase()) && !COMMON.has(t.text.toLowerCase())) {
      const g = gazMatch(ctx, q, end);
      if (g && g.len === 1 && g.entry.type !== 'PERSON' && !tokens[q].caps) q++;
    }
    // "National" + "Security Council", "Chatham" + "House": capitalised words right before a listed institution
    // whose last word is an institution word name a different, longer institution
    if (q < end && !ctx.titleLine[pos]) {
      const g = gazMatch(ctx, q, end);
      const headWord = g ? tokens[q + g.len - 1].text : '';
      if (g && (g.entry.type === 'ORG' || g.entry.type === 'EVENT') && (ORG_HEAD.has(headWord) || EVENT_HEAD.has(headWord))) {
        let s0 = pos;
        while (s0 < q && (NEVER.has(tokens[s0].text.toLowerCase()) || (ctx.sentStart[s0] && isCommon(tokens[s0].text.toLowerCase()) && s0 + 1 < q))) s0++;
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

