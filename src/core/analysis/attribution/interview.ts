import type { Quote, Span } from '../types';
import type { Attributor, Resolved } from './attributor';
import { paragraphAt } from './frames';
import type { NameRef } from './mentions';
import { skipSpaceForward } from './textScan';

/** "spoke briefly to Ann Lee", "sat down with Ann Lee", "interviewed Ann Lee", "asked Ann Lee": the interviewee follows. */
const INTERVIEW_CUE = /\b(?:(?:spoke|talked|speaking|talking|sat\s+down)\s+(?:briefly\s+|exclusively\s+|at\s+length\s+)?(?:to|with)|interviewed|an\s+interview\s+with|asked)\s+$/i;

const QUOTE_OPEN = /^["“]/;

/** A paragraph that is one short question in the writer's voice ("Are more cuts coming?"). */
function isQuestion(text: string, p: Span): boolean {
  const body = text.slice(p.start, p.end).trim();
  return body.length > 0 && body.length <= 300 && body.endsWith('?') && !/["“”]/.test(body);
}

function opensWithQuote(text: string, p: Span): boolean {
  return QUOTE_OPEN.test(text.slice(skipSpaceForward(text, p.start, p.end), p.end));
}

/** The person a paragraph introduces as the one interviewed ("Stackline spoke briefly to Ann Lee on Wednesday."). */
function interviewee(att: Attributor, p: Span): NameRef | null {
  for (const r of att.index.realWithin(p.start, p.end)) {
    if (r.type === 'PERSON' && INTERVIEW_CUE.test(att.text.slice(Math.max(p.start, r.start - 40), r.start))) return r;
  }
  return null;
}

/**
 * A Q&A passage: after "Stackline spoke briefly to Ann Lee. Her answers have been edited for length.", question
 * paragraphs ("Are more cuts coming?") each followed by a paragraph that is only a quotation. Those quotations are
 * the interviewee's answers, though no sentence attributes them. The paragraph before the passage (or the one
 * before it) must say whom the outlet spoke to; a bare run of questions and quotations names nobody.
 */
export function interviewAnswer(att: Attributor, q: Quote, paras: readonly Span[]): Resolved | null {
  const text = att.text;
  const p = paragraphAt(paras, q.markStart);
  if (p <= 0 || skipSpaceForward(text, paras[p].start, q.markStart) !== q.markStart || !isQuestion(text, paras[p - 1])) return null;
  let intro = p - 1;
  while (intro > 0 && (isQuestion(text, paras[intro]) || opensWithQuote(text, paras[intro]))) intro--;
  for (let j = intro; j >= Math.max(0, intro - 1); j--) {
    const r = interviewee(att, paras[j]);
    if (r) return { ref: r, via: 'context' };
  }
  return null;
}
