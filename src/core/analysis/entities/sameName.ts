// One name, one reading per article: a name read as a person from its shape alone takes the reading its other
// mentions got from their context.
import type { Ctx } from './context';

/**
 * "The cranes at Jorf Lasfar have stopped … by pipeline to Jorf Lasfar": two unknown title-case words are a person by
 * their shape, but the same words after "at", "in" or "near" were kept as a place (people are rarely "at"
 * somebody). The place slot is evidence and the shape is none, so the shape-only mentions become the place too.
 */
export function placeSlotsOverShape(ctx: Ctx): void {
  const { pending, drafts } = ctx;
  let places: Set<string> | undefined;
  for (const p of pending) {
    if (p.last > p.first && p.fallback === 'GPE') (places ??= new Set()).add(wordsOf(ctx, p.first, p.last));
  }
  if (!places) return;
  for (const d of drafts) {
    if (d.byShape && d.type === 'PERSON' && places.has(wordsOf(ctx, d.first, d.last))) {
      d.type = 'GPE';
      d.byShape = undefined;
    }
  }
}

function wordsOf(ctx: Ctx, first: number, last: number): string {
  let s = ctx.tokens[first].text;
  for (let k = first + 1; k <= last; k++) s += ' ' + ctx.tokens[k].text;
  return s;
}
