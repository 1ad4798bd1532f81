// "X", the platform formerly called Twitter: one capital letter is a name only where a platform is meant.
import { Ctx, firstTokenAtOrAfter, newDraft } from './context';
import { TokenKind } from '../../text/tokens';

/** Verbs after which "on X" is the platform ("conceded defeat on X", "posted on X"). */
const POSTING = /\b(?:posted|posting|posts|wrote|writes|said|says|announced|announces|tweeted|shared|published|replied|conceded|confirmed|declared|reacted|commented)\b(?:\s+\S+){0,4}\s+on\s+$/i;
/** Other share targets on the same line: "Share: Facebook | X | WhatsApp". */
const SHARE_TARGETS = /\b(?:Facebook|LinkedIn|WhatsApp|Telegram|Reddit|Email|E-mail|Threads|Bluesky)\b/;

export function platformX(ctx: Ctx): void {
  const { tokens, text } = ctx;
  // Only a token that starts with "X" can be the platform: the letter is rare, so its occurrences are found with
  // indexOf and the token starting at each looked up, instead of a walk over every token of the article.
  for (let at = text.indexOf('X'); at >= 0; at = text.indexOf('X', at + 1)) {
    const i = firstTokenAtOrAfter(tokens, at);
    if (i >= tokens.length || tokens[i].start !== at) continue;
    const t = tokens[i];
    if (t.end - t.start > 2) continue;
    // ("wrote on X." ends a sentence: the period may be read into the token as after an initial)
    const dotted = t.end - t.start === 2 && text.charCodeAt(t.start + 1) === 46;
    if (t.kind !== TokenKind.Word || (t.end - t.start === 2 && !dotted) || ctx.taken[i]) continue;
    const next = dotted ? 32 : text.charCodeAt(t.end);
    // "X-ray", "X.com", "Generation X's": not the platform on its own
    if (next === 45 || next === 46 || next === 0x2019 || next === 39) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    let lineEnd = text.indexOf('\n', t.end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, t.start);
    const after = text.slice(t.end, lineEnd);
    const shareBar = /[|·]\s*$/.test(before) || /^\s*[|·]/.test(after);
    if ((!dotted && shareBar && SHARE_TARGETS.test(text.slice(lineStart, lineEnd))) || POSTING.test(before.slice(-80))) {
      ctx.drafts.push(newDraft(t.start, t.start + 1, 'ORG', 'x-twitter', i, i, true));
      ctx.taken[i] = 1;
    }
  }
}

