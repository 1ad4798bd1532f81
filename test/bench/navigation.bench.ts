/**
 * Navigation benchmark (`npm run bench`): the pure work behind the trees and symbol providers at 1,000 and
 * 10,000 entities (synthetic, varied names): building the Entities tree root (filter + group + sort), the
 * first-appearance ranking, a workspace symbol search, the quote/claim clustering, and an Outline. These
 * run on every refresh or keystroke, so they must stay well under a frame.
 */
import { ENTITY_TYPES, type Claim, type CrossLink, type EntityMention, type Quote } from '../../src/core/analysis/types';
import { documentSymbolTree } from '../../src/core/navigation/documentSymbols';
import { firstAppearanceRanks, groupEntities } from '../../src/core/navigation/entityTree';
import type { EntitySummary } from '../../src/core/navigation/model';
import { buildQuoteTree } from '../../src/core/navigation/quoteTree';
import { searchEntities } from '../../src/core/navigation/symbolSearch';
import { NO_FILTER, parseFilter } from '../../src/core/navigation/treeFilter';

const FIRST = ['Anna', 'Boris', 'Chen', 'Dmitry', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ivan', 'Jae', 'Kim', 'Lena', 'Maria', 'Nikolai', 'Olga', 'Pavel'];
const LAST = ['Ivanova', 'Smith', 'Park', 'Shoigu', 'Peskov', 'Kirby', 'Sullivan', 'Lee', 'Garcia', 'Novak', 'Haddad', 'Sato', 'Moreau', 'Rossi'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function time(fn: () => unknown, runs = 20): { p50: number; max: number } {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return { p50: +t[Math.floor(runs / 2)]!.toFixed(2), max: +t[runs - 1]!.toFixed(2) };
}

function run(entityCount: number) {
  const r = rng(entityCount);
  const entities: EntitySummary[] = Array.from({ length: entityCount }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(r() * LAST.length)]} ${i}`;
    return { id: `e-${i}`, type: ENTITY_TYPES[i % ENTITY_TYPES.length]!, name, aliases: [name], mentionCount: 1 + Math.floor(r() * 40), articleCount: 1 + Math.floor(r() * 10) };
  });
  const articleCount = Math.max(50, entityCount / 10);
  const articles = Array.from({ length: articleCount }, (_, a) => ({
    path: `a${a}.txt`,
    date: a % 3 ? `2023-11-${String(1 + (a % 28)).padStart(2, '0')}` : null,
    entities: Array.from({ length: 40 }, (_, k) => ({ id: `e-${Math.floor(r() * entityCount)}`, start: k * 20 })),
  }));
  const link = (a: number, start: number): CrossLink => ({ path: `a${a}.txt`, start, end: start + 30, similarity: 0.9, kind: 'changed' });
  const quoteArticles = articles.map((a, i) => ({
    path: a.path,
    date: a.date,
    quotes: Array.from({ length: 5 }, (_, q): Quote => ({
      start: q * 100, end: q * 100 + 30, markStart: q * 100 - 1, markEnd: q * 100 + 31, text: `quote ${i}-${q}`, kind: 'full',
      speaker: { id: `e-${q}`, name: entities[q]!.name, via: 'name' }, links: [link((i + 1) % articleCount, q * 100)],
    })),
    claims: Array.from({ length: 10 }, (_, c): Claim => ({
      start: 1000 + c * 100, end: 1000 + c * 100 + 60, text: `claim ${i}-${c}`, speakers: [], polarity: 'assert', attributed: false,
      links: c % 2 ? [link((i + 3) % articleCount, 1000 + c * 100)] : [],
    })),
  }));
  const mentions: EntityMention[] = Array.from({ length: 400 }, (_, k) => ({ start: k * 10, end: k * 10 + 5, text: 'x', type: ENTITY_TYPES[k % 7]!, id: `e-${k % 150}` }));
  const ranks = firstAppearanceRanks(articles);
  return {
    entities: entityCount,
    groupByMentionsMs: time(() => groupEntities(entities, NO_FILTER, 'mentions')),
    groupFilteredByNameMs: time(() => groupEntities(entities, parseFilter('shoigu @person'), 'name')),
    groupByFirstAppearanceMs: time(() => groupEntities(entities, NO_FILTER, 'firstAppearance', ranks)),
    firstAppearanceRanksMs: time(() => firstAppearanceRanks(articles), 5),
    workspaceSymbolSearchMs: time(() => searchEntities(entities, 'pes', 200)),
    quoteTreeMs: time(() => buildQuoteTree(quoteArticles, NO_FILTER), 5),
    outline400MentionsMs: time(() => documentSymbolTree({ entities: mentions, quotes: [], entityIndex: {} })),
  };
}

const results = [1_000, 10_000].map(run);
for (const res of results) {
  console.log(`navigation bench, ${res.entities} entities:`);
  for (const [k, v] of Object.entries(res)) if (typeof v === 'object') console.log(`  ${k.padEnd(28)} p50 ${String(v.p50).padStart(7)} ms   max ${String(v.max).padStart(7)} ms`);
}
console.log(JSON.stringify({ bench: 'navigation', results }));
