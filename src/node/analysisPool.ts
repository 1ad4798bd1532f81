/**
 * A small pool of worker threads running `analyzeArticle`, for indexing many articles: the caller's thread only
 * installs results, so a full index uses every core and never blocks an editor for long. Node-only (the core
 * stays free of it); callers fall back to analysing inline when `AnalysisPool.create` returns undefined.
 */
import * as fs from 'fs';
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { ArticleAnalysis, Knowledge } from '../core/analysis/types';

export type PoolRequest =
  | { readonly kind: 'knowledge'; readonly knowledge: Knowledge | undefined }
  | { readonly kind: 'analyze'; readonly id: number; readonly text: string };

/**
 * The analysis travels as JSON text: parsing it on the receiving thread costs about 60% of deserialising the
 * structured clone of the same object, and that thread is the one installing results into the index.
 */
export type PoolResponse = { readonly id: number; readonly json: string } | { readonly id: number; readonly error: string };

type WithText = { start: number; end: number; text: string | null };

/**
 * Drops from an analysis (in place) every `text` field that is exactly its span of the article: the caller has
 * the article, so sending those copies across threads only costs serialisation time and, worse, memory, since a
 * deserialised string is a copy where a slice of the article would share its characters.
 */
export function packAnalysis(text: string, analysis: ArticleAnalysis): ArticleAnalysis {
  for (const list of [analysis.entities, analysis.quotes, analysis.claims] as unknown as WithText[][]) {
    // null, not delete: the fields keep their order when restored.
    for (const o of list) if (o.text !== null && o.text.length === o.end - o.start && text.startsWith(o.text, o.start)) o.text = null;
  }
  return analysis;
}

/** Restores the `text` fields `packAnalysis` dropped, as slices of the article (in place). */
export function unpackAnalysis(text: string, analysis: ArticleAnalysis): ArticleAnalysis {
  for (const list of [analysis.entities, analysis.quotes, analysis.claims] as unknown as WithText[][]) {
    for (const o of list) if (o.text === null) o.text = text.slice(o.start, o.end);
  }
  return analysis;
}

interface Job {
  readonly id: number;
  readonly text: string;
  readonly knowledge: Knowledge | undefined;
  resolve(a: ArticleAnalysis): void;
  reject(e: Error): void;
}

/**
 * Jobs posted to one worker ahead of its answers: with one, the worker idles from its reply until the caller's
 * thread, busy installing the previous result, gets round to posting the next article.
 */
const JOBS_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Posted and not yet answered, oldest first (the worker answers in order). */
  jobs: Job[];
  /** The knowledge object this worker last received (compared by identity: a new object is new knowledge). */
  knowledge: Knowledge | undefined;
}

/**
 * Workers for this machine: one per core but one, since the caller's thread is busy too (installing results
 * into the index costs about as much as analysing them); at least one, so analysis never blocks the caller.
 */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1));
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;

  private constructor(private readonly script: string, size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** A pool running `script` (the compiled analysisWorker), or undefined when workers cannot be started here. */
  static create(script: string, size = defaultPoolSize()): AnalysisPool | undefined {
    if (!fs.existsSync(script)) return undefined;
    try {
      return new AnalysisPool(script, Math.max(1, size));
    } catch {
      return undefined;
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Analyses one article in a worker with the given corpus/user knowledge. */
  analyze(text: string, knowledge?: Knowledge, opts: { urgent?: boolean } = {}): Promise<ArticleAnalysis> {
    if (this.disposed) return Promise.reject(new Error('analysis pool disposed'));
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, text, knowledge, resolve, reject };
      // An edit the user is waiting for goes before background indexing.
      if (opts.urgent) this.queue.unshift(job); else this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Analyses `items` with at most `window` articles in flight (bounded memory however large the folder) and hands
   * each result, or the error it raised, to `onResult` in input order: indexing stays deterministic.
   * `onResult` may be async (to yield to an editor); the next results wait for it.
   */
  async forEachAnalysed<T extends { readonly text: string }>(
    items: readonly T[],
    knowledge: Knowledge | undefined,
    onResult: (item: T, result: ArticleAnalysis | Error, index: number) => void | Promise<void>,
    window = this.size * 4,
  ): Promise<void> {
    const pending: Promise<ArticleAnalysis | Error>[] = [];
    const start = (i: number) => this.analyze(items[i].text, knowledge).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    let next = 0;
    for (; next < Math.min(items.length, window); next++) pending.push(start(next));
    for (let i = 0; i < items.length; i++) {
      const result = await pending[i];
      delete pending[i]; // let the analysis be collected once handed over
      if (next < items.length) pending[next] = start(next++);
      await onResult(items[i], result, i);
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('analysis pool disposed'));
    await Promise.all(this.slots.map((s) => {
      for (const job of s.jobs.splice(0)) job.reject(new Error('analysis pool disposed'));
      return s.worker.terminate();
    }));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), jobs: [], knowledge: undefined };
    slot.worker.on('message', (m: PoolResponse) => {
      const job = slot.jobs[0];
      if (!job || job.id !== m.id) return;
      slot.jobs.shift();
      if (!slot.jobs.length) slot.worker.unref();
      if ('error' in m) job.reject(new Error(m.error)); else job.resolve(unpackAnalysis(job.text, JSON.parse(m.json) as ArticleAnalysis));
      this.pump();
    });
    // A crashed worker fails only the article it was on; the ones posted after it go back to the queue's front and a
    // fresh worker takes its place.
    const replace = (why: Error) => {
      const [job, ...waiting] = slot.jobs.splice(0);
      job?.reject(why);
      this.queue.unshift(...waiting);
      if (this.disposed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', replace);
    slot.worker.on('exit', (code) => { if (!this.disposed && this.slots.includes(slot)) replace(new Error(`analysis worker exited with code ${code}`)); });
    // Idle workers must not keep a CLI process alive; a busy one must (see `pump`).
    slot.worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.jobs.length < JOBS_PER_WORKER && this.queue.length) this.post(slot, this.queue.shift()!);
    }
  }

  private post(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    slot.worker.ref();
    if (slot.knowledge !== job.knowledge) {
      slot.worker.postMessage({ kind: 'knowledge', knowledge: job.knowledge } satisfies PoolRequest);
      slot.knowledge = job.knowledge;
    }
    slot.worker.postMessage({ kind: 'analyze', id: job.id, text: job.text } satisfies PoolRequest);
  }
}
