/**
 * Analysis speed and memory (`npm run bench`): words per second of analyzeArticle on the seeds repeated to about
 * 1 MB, one article at a time, next to compromise (people/places/organizations) and a capitalised-word regex in
 * the same run; per-stage times; heap growth per analysed article. Prints a table and one JSON summary line.
 * Not a test: numbers depend on the machine. Every figure is the median of several rounds (REPS, at least 5): the
 * machines this runs on are shared, and one round can be slowed by other processes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analysis/analyze';
import { detectStructure } from '../../src/core/analysis/structure';
import { splitSentences } from '../../src/core/analysis/sentences';
import { findEntities } from '../../src/core/analysis/entities/findEntities';
import { findQuotes } from '../../src/core/analysis/quotes';
import { attributeSpeakers } from '../../src/core/analysis/speakers';
import { findClaims } from '../../src/core/analysis/claims';
import { buildEntityIndex } from '../../src/core/analysis/identity';

const TARGET_BYTES = 1_000_000;
const REPS = Math.max(5, Number(process.env.BENCH_REPS) || 7);
const root = path.resolve(__dirname, '..', '..', '..');
const seedsDir = path.join(root, 'seeds');
const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
if (!seeds.length) throw new Error(`no seeds in ${seedsDir}`);

const corpus: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const t = seeds[corpus.length % seeds.length];
  corpus.push(t);
  bytes += t.length;
}
const countWords = (t: string) => (t.match(/\S+/g) ?? []).length;
const words = corpus.reduce((s, t) => s + countWords(t), 0);

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Every engine gets the same warm-up: one whole unmeasured pass over its texts. V8 compiles hot functions in tiers
 * while the first passes run (on this machine the first 1 MB pass takes 2–3× a steady one), and a partial warm-up
 * left that compilation inside the measured rounds of the engine with the most code. The cold pass is reported.
 */
function time(label: string, texts: readonly string[], fn: (t: string) => unknown, rounds: number): { label: string; ms: number; best: number; cold: number; wps: number; words: number } {
  const w = texts.reduce((s, t) => s + countWords(t), 0);
  const c0 = process.hrtime.bigint();
  for (const t of texts) fn(t);
  const cold = Number(process.hrtime.bigint() - c0) / 1e6;
  const all: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) fn(t);
    all.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const ms = median(all);
  return { label, ms, best: Math.min(...all), cold, wps: (w / ms) * 1000, words: w };
}

// compromise is slow (~10^4 words/s): a slice of the corpus gives a stable rate in a few seconds.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const nlp = require('compromise') as (t: string) => { people(): { out(f: string): string[] }; places(): { out(f: string): string[] }; organizations(): { out(f: string): string[] } };
const compromiseTexts = corpus.slice(0, Math.max(seeds.length, Math.ceil(corpus.length / 16)));

const ours = time('analyzeArticle (this project)', corpus, (t) => analyzeArticle(t), REPS);
const comp = time('compromise people/places/orgs', compromiseTexts, (t) => {
  const d = nlp(t);
  return [d.people().out('array'), d.places().out('array'), d.organizations().out('array')];
}, 5);
const CAP_RE = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu;
const regex = time('capitalised-word regex', corpus, (t) => t.match(CAP_RE), REPS);

// Per-stage times, same corpus.
const stages: { label: string; ms: number }[] = [];
{
  const rounds: Record<string, number>[] = [];
  for (let r = 0; r < REPS; r++) {
    const local = { structure: 0, sentences: 0, entities: 0, quotes: 0, speakers: 0, claims: 0, entityIndex: 0 };
    for (const t of corpus) {
      let t0 = performance.now();
      const st = detectStructure(t);
      local.structure += performance.now() - t0;
      t0 = performance.now();
      const sents = splitSentences(t, st);
      local.sentences += performance.now() - t0;
      t0 = performance.now();
      const ents = findEntities(t, st, sents, {});
      local.entities += performance.now() - t0;
      t0 = performance.now();
      const qs = findQuotes(t, st, sents);
      local.quotes += performance.now() - t0;
      t0 = performance.now();
      attributeSpeakers(t, qs, ents, sents);
      local.speakers += performance.now() - t0;
      t0 = performance.now();
      findClaims(t, st, sents, ents, qs);
      local.claims += performance.now() - t0;
      t0 = performance.now();
      buildEntityIndex(ents);
      local.entityIndex += performance.now() - t0;
    }
    rounds.push(local);
  }
  // Median round per stage: other processes on the machine add noise to single rounds.
  for (const k of Object.keys(rounds[0])) stages.push({ label: k, ms: median(rounds.map((l) => l[k])) });
}

// Memory: heap growth while holding the analyses of every seed article, per article; RSS at the end.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const held = corpus.slice(0, 200).map((t) => analyzeArticle(t));
gc?.();
const heapPerArticle = (process.memoryUsage().heapUsed - heap0) / held.length;
const avgChars = held.reduce((s, a) => s + a.length, 0) / held.length;
const rss = process.memoryUsage().rss;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`analysis bench: ${corpus.length} articles, ${fmt(bytes)} chars, ${fmt(words)} words (seeds repeated), one article per call`);
console.log('');
console.log(`| engine | words | median ms (${REPS} rounds; compromise 5) | best ms | words/s (median) | cold first pass ms |`);
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of [ours, comp, regex]) console.log(`| ${r.label} | ${fmt(r.words)} | ${r.ms.toFixed(1)} | ${r.best.toFixed(1)} | ${fmt(r.wps)} | ${r.cold.toFixed(1)} |`);
console.log('');
console.log(`ratio to compromise: ${(ours.wps / comp.wps).toFixed(1)}×   (targets: ≥ 1,000,000 words/s and ≥ 50×)`);
const stageTotal = stages.reduce((s, x) => s + x.ms, 0);
console.log('');
console.log(`| stage | median ms for the whole corpus (${REPS} rounds) | share |`);
console.log('|---|---:|---:|');
for (const s of stages) console.log(`| ${s.label} | ${s.ms.toFixed(1)} | ${((100 * s.ms) / stageTotal).toFixed(0)}% |`);
console.log(`stages (median ms for the whole corpus): ${stages.map((s) => `${s.label} ${s.ms.toFixed(1)}`).join(', ')}`);
console.log(`memory: ${fmt(heapPerArticle)} bytes of heap held per analysed article (avg ${fmt(avgChars)} chars${gc ? '' : '; run with --expose-gc for exact figures'}), RSS ${fmt(rss / 1048576)} MB`);
console.log(JSON.stringify({
  bench: 'analysis',
  words,
  reps: REPS,
  words_per_s: Math.round(ours.wps),
  cold_pass_ms: +ours.cold.toFixed(1),
  compromise_words_per_s: Math.round(comp.wps),
  regex_words_per_s: Math.round(regex.wps),
  ratio_to_compromise: +(ours.wps / comp.wps).toFixed(1),
  heap_bytes_per_article: Math.round(heapPerArticle),
  rss_mb: +(rss / 1048576).toFixed(1),
  stages_ms: Object.fromEntries(stages.map((s) => [s.label, +s.ms.toFixed(1)])),
}));
