import type { AnalyzeOptions, ArticleAnalysis, EntityInfo, EntityMention, EntityType, Quote, Sentence } from '../../../src/core/analysis/types';

const PEOPLE = new Set(['Putin', 'Vladimir Putin', 'Kim', 'Kim Jong Un', 'Peskov', 'Dmitry Peskov', 'Anna Smith', 'John Smith', 'Smith']);
const NOT_NAMES = new Set(['The', 'A', 'He', 'She', 'It', 'In', 'On', 'But', 'And', 'Earlier', 'Both', 'While', 'We']);
export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * A tiny deterministic stand-in for the analysis engine, so corpus tests pin the index's own behaviour and do
 * not move when the real engine's rules change.
 */
export function fakeAnalyze(text: string, _options: AnalyzeOptions = {}): ArticleAnalysis {
  const date = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
  const entities: EntityMention[] = [];
  const re = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (NOT_NAMES.has(m[0])) continue;
    const type: EntityType = PEOPLE.has(m[0]) ? 'PERSON' : 'GPE';
    entities.push({ start: m.index, end: m.index + m[0].length, text: m[0], type, id: slug(m[0]) });
  }
  const quotes: Quote[] = [];
  const qre = /“([^”]+)”(?:,? said ([A-Z][a-z]+(?: [A-Z][a-z]+)*))?/g;
  for (let m = qre.exec(text); m; m = qre.exec(text)) {
    const start = m.index + 1;
    const sp = m[2];
    const spStart = sp ? m.index + m[0].length - sp.length : undefined;
    quotes.push({
      start, end: start + m[1].length, text: m[1], markStart: m.index, markEnd: m.index + m[1].length + 2, kind: 'full',
      speaker: sp ? { id: slug(sp), name: sp, start: spStart, end: spStart! + sp.length, via: 'name' } : null,
    });
  }
  const sentences: Sentence[] = [];
  const sre = /[^.!?\n]+[.!?]?/g;
  for (let m = sre.exec(text); m; m = sre.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) sentences.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  const entityIndex: Record<string, EntityInfo> = {};
  for (const e of entities) {
    const info = entityIndex[e.id] ?? (entityIndex[e.id] = { id: e.id, type: e.type, name: e.text, aliases: [] });
    if (!info.aliases.includes(e.text)) info.aliases.push(e.text);
  }
  return { length: text.length, date, headline: null, regions: [], sentences, entities, quotes, claims: [], entityIndex };
}
