/**
 * Corpus index benchmark (`npm run bench`): full index time, peak RSS, incremental update after editing one
 * 50 KB article, and hover card computation time, at 1,000 and 10,000 synthetic articles. Each size runs in
 * its own child process so peak RSS is that size's alone.
 *   node out/test/bench/corpus.bench.js            both sizes, table + JSON line
 *   node out/test/bench/corpus.bench.js --size N   one size (child mode), JSON only
 * Environment: CORPUS_BENCH_SIZES=1000,10000 (sizes), CORPUS_BENCH_INLINE=1 (no workers),
 * CORPUS_BENCH_WORKERS=N (pool size instead of one per core but one).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { loadavg } from 'os';
import { analyzeArticle } from '../../src/core/analysis/analyze';
import type { AnalyzeOptions } from '../../src/core/analysis/types';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { hoverAt, plainCardContext } from '../../src/core/corpus/cards';
import { syntheticArticle, syntheticCorpus } from './syntheticCorpus';
import { AnalysisPool } from '../../src/node/analysisPool';

interface SizeResult {
  /** Analysis worker threads used for the full index (0: analysed inline). */
  workers: number;
  /** Main-thread time spent installing analysed articles into the index (identity, link and quote shares). */
  installMs: number;
  loadAverage: number;
  indexCpuMs: number;
  articles: number;
  megabytes: number;
  words: number;
  indexMs: number;
  analysisMs: number;
  unifyMs: number;
  peakRssMB: number;
  entities: number;
  updateP50Ms: number;
  updateMaxMs: number;
  /** The update minus the re-analysis of the article (the index's own share). */
  updateIndexP50Ms: number;
  hoverP50Ms: number;
  hoverP95Ms: number;
  hoverKinds: Record<string, number>;
}

const now = () => performance.now();
/** CPU milliseconds of this process (user + system): on a shared, loaded machine wall time mostly measures the neighbours. */
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function runSize(n: number): Promise<SizeResult> {
  const docs = syntheticCorpus(n);
  const big = { path: 'corpus/big-50kb.txt', text: syntheticArticle(424242, 50 * 1024) };
  docs.push(big);
  let analysisMs = 0;
  const analyze = (text: string, o: AnalyzeOptions) => { const t = cpu(); try { return analyzeArticle(text, o); } finally { analysisMs += cpu() - t; } };
  const corpus = new CorpusIndex({ analyze });
  // The extension's full index: analysis in worker threads, results installed in order on this thread.
  const pool = process.env.CORPUS_BENCH_INLINE ? undefined : AnalysisPool.create(path.join(__dirname, '..', '..', 'src', 'node', 'analysisWorker.js'), process.env.CORPUS_BENCH_WORKERS ? Number(process.env.CORPUS_BENCH_WORKERS) : undefined);

  const t0 = now();
  const c0 = cpu();
  let installMs = 0;
  if (pool) {
    await pool.forEachAnalysed(docs, corpus.analysisKnowledge, (d, analysis) => {
      if (analysis instanceof Error) throw analysis;
      const t = now();
      corpus.setAnalysed(d.path, d.text, analysis, { silent: true });
      installMs += now() - t;
    });
  } else {
    for (const d of docs) corpus.set(d.path, d.text, { silent: true });
    installMs = now() - t0 - analysisMs;
  }
  const tu = cpu();
  corpus.unifyAll({ silent: true });
  const unifyMs = cpu() - tu;
  const indexMs = now() - t0;
  const indexCpuMs = cpu() - c0;

  // Incremental update: edit one word of the 50 KB article, 21 times, each a different edit.
  const updates: number[] = [];
  const updateIndex: number[] = [];
  let text = big.text;
  for (let i = 0; i < 21; i++) {
    const at = Math.floor(text.length * (i + 1) / 23);
    text = text.slice(0, at) + ` edit${i} ` + text.slice(at);
    if (pool) {
      // As the extension does: the edit goes to a (warm) worker ahead of other work, then is installed here.
      // Wall time: the user waits for the worker and this thread.
      const t = now();
      const analysis = await pool.analyze(text, corpus.analysisKnowledge, { urgent: true });
      const ti = now();
      corpus.setAnalysed(big.path, text, analysis, { silent: true });
      updates.push(now() - t);
      updateIndex.push(now() - ti);
      continue;
    }
    const a0 = analysisMs;
    const t = cpu();
    corpus.set(big.path, text, { silent: true });
    updates.push(cpu() - t);
    updateIndex.push(cpu() - t - (analysisMs - a0));
  }
  await pool?.dispose();
  updates.shift(); // the first call warms the JIT for this path
  updateIndex.shift();

  // Hover: random positions on highlights (entities, quotes, claims) of random articles.
  const ctx = plainCardContext();
  const hovers: number[] = [];
  const kinds: Record<string, number> = {};
  let seed = 7;
  const rand = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 4294967296; };
  const paths = corpus.paths();
  for (let i = 0; i < 1200 && paths.length; i++) {
    const d = corpus.get(paths[Math.floor(rand() * paths.length)])!;
    const spans = [...d.analysis.entities, ...d.analysis.quotes, ...d.analysis.claims];
    const offset = spans.length ? spans[Math.floor(rand() * spans.length)].start : Math.floor(rand() * d.text.length);
    const t = cpu();
    const h = hoverAt(corpus, ctx, d.path, offset);
    const ms = cpu() - t;
    if (i >= 200) { hovers.push(ms); kinds[h?.kind ?? 'none'] = (kinds[h?.kind ?? 'none'] ?? 0) + 1; }
  }

  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  const words = docs.reduce((s, d) => s + (d.text.match(/\S+/g)?.length ?? 0), 0);
  return {
    workers: pool?.size ?? 0,
    installMs: Math.round(installMs),
    loadAverage: round(loadavg()[0], 1),
    indexCpuMs: Math.round(indexCpuMs),
    articles: docs.length,
    megabytes: round(chars / 1048576),
    words,
    indexMs: Math.round(indexMs),
    analysisMs: Math.round(analysisMs),
    unifyMs: Math.round(unifyMs),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    entities: corpus.entities().length,
    updateP50Ms: round(pct(updates, 0.5)),
    updateMaxMs: round(Math.max(...updates)),
    updateIndexP50Ms: round(pct(updateIndex, 0.5)),
    hoverP50Ms: round(pct(hovers, 0.5), 3),
    hoverP95Ms: round(pct(hovers, 0.95), 3),
    hoverKinds: kinds,
  };
}

function main(): void {
  const i = process.argv.indexOf('--size');
  if (i >= 0) {
    void runSize(Number(process.argv[i + 1])).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exitCode = 1; });
    return;
  }
  const sizes = (process.env.CORPUS_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=2048', __filename, '--size', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.error(`corpus bench at ${n} articles failed:\n${child.stderr}`);
      process.exitCode = 1;
      return;
    }
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
  }
  console.log('\ncorpus index (synthetic articles + one 50 KB article; targets at 10k: index <= 20 s, RSS <= 1 GB, update <= 30 ms, hover p95 <= 10 ms)');
  console.log('Index: wall time; cpu = all threads of the process (analysis workers included); install = main-thread time putting analysed');
  console.log('articles into the index. Update and hover are CPU time of the main thread. Load average shown because the machine is shared.');
  console.log('articles  MB     workers  index wall s  cpu s   install s  unify s  peak RSS MB  update p50/max ms (index only)  hover p50/p95 ms  entities  load');
  for (const r of results) {
    console.log(String(r.articles).padEnd(10) + String(r.megabytes).padEnd(7) + String(r.workers).padEnd(9) + (r.indexMs / 1000).toFixed(2).padEnd(14) +
      (r.indexCpuMs / 1000).toFixed(2).padEnd(8) + (r.installMs / 1000).toFixed(2).padEnd(11) + (r.unifyMs / 1000).toFixed(2).padEnd(9) + String(r.peakRssMB).padEnd(13) +
      `${r.updateP50Ms} / ${r.updateMaxMs} (${r.updateIndexP50Ms})`.padEnd(32) + `${r.hoverP50Ms} / ${r.hoverP95Ms}`.padEnd(18) + String(r.entities).padEnd(10) + r.loadAverage);
  }
  if (results.length >= 2) {
    const [a, b] = [results[0], results[results.length - 1]];
    const g = (x: number, y: number) => (x > 0 ? (y / x).toFixed(1) + '×' : 'n/a');
    console.log(`growth ${a.articles}→${b.articles} (${g(a.articles, b.articles)} articles): index cpu ${g(a.indexCpuMs, b.indexCpuMs)}, RSS ${g(a.peakRssMB, b.peakRssMB)}, update ${g(a.updateP50Ms, b.updateP50Ms)} (index share ${g(a.updateIndexP50Ms, b.updateIndexP50Ms)}), hover p95 ${g(a.hoverP95Ms, b.hoverP95Ms)}`);
  }
  console.log(JSON.stringify({ bench: 'corpus', results }));
}

main();
