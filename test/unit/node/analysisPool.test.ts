import * as assert from 'assert';
import * as path from 'path';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import type { ArticleAnalysis, Knowledge } from '../../../src/core/analysis/types';
import { AnalysisPool, packAnalysis, unpackAnalysis } from '../../../src/node/analysisPool';

// The compiled worker beside the compiled tests (out/src/node/analysisWorker.js).
const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'node', 'analysisWorker.js');

const TEXTS = [
  'Vladimir Putin met Kim Jong Un in Vladivostok on Wednesday, the Kremlin said.',
  '“We will not comment,” said Dmitry Peskov, the Kremlin spokesman.',
  'The European Union imposed sanctions on three companies in Minsk.',
  'Angela Merkel visited Paris. Merkel said the talks were useful.',
  'Japan and South Korea held talks in Tokyo in March 2023.',
];

describe('analysis pool: what crosses the thread boundary', () => {
  it('sends no copy of text the article already holds, and restores it exactly', () => {
    const text = '\ufeffVladimir Putin met Kim Jong Un.\r\n“We talked,” said Dmitry Peskov 😀.';
    const analysis = analyzeArticle(text);
    const packed = packAnalysis(text, structuredClone(analysis));
    assert.ok(packed.entities.length > 0 && packed.quotes.length > 0);
    assert.ok([...packed.entities, ...packed.quotes].every((o) => o.text === null));
    assert.deepStrictEqual(unpackAnalysis(text, packed), analysis);
  });

  it('keeps a text field that is not exactly its span', () => {
    const text = 'Angela Merkel spoke.';
    const analysis = analyzeArticle(text);
    const edited = { ...analysis, entities: analysis.entities.map((e) => ({ ...e, text: e.text.toUpperCase() })) };
    const packed = packAnalysis(text, structuredClone(edited));
    assert.deepStrictEqual(packed.entities.map((e) => e.text), ['ANGELA MERKEL']);
    assert.deepStrictEqual(unpackAnalysis(text, packed), edited);
  });
});

describe('analysis pool (worker threads)', function () {
  this.timeout(20_000);
  let pool: AnalysisPool;

  before(() => {
    const p = AnalysisPool.create(WORKER, 2);
    assert.ok(p, `workers should start from ${WORKER}`);
    pool = p;
  });
  after(() => pool.dispose());

  // Results cross the thread boundary as JSON: equal to the inline analysis except for keys whose value is undefined.
  const asJson = (a: ArticleAnalysis) => JSON.parse(JSON.stringify(a)) as ArticleAnalysis;

  it('gives exactly the analysis of the inline engine', async () => {
    const results = await Promise.all(TEXTS.map((t) => pool.analyze(t)));
    assert.deepStrictEqual(results, TEXTS.map((t) => asJson(analyzeArticle(t))));
  });

  it('hands results back in input order however the workers finish', async () => {
    // A long article first: a worker finishing a short one early must not reorder the results.
    const items = [{ text: TEXTS[0].repeat(400) }, ...TEXTS.map((text) => ({ text }))];
    const seen: number[] = [];
    await pool.forEachAnalysed(items, undefined, (item, result, i) => {
      assert.ok(!(result instanceof Error));
      assert.strictEqual((result as ArticleAnalysis).length, item.text.length);
      seen.push(i);
    }, 3);
    assert.deepStrictEqual(seen, items.map((_, i) => i));
  });

  it('applies the knowledge of each request, and new knowledge when it changes', async () => {
    const text = 'Vladimir Putin met Kim Jong Un in Vladivostok on Wednesday.';
    const rejecting: Knowledge = { names: new Map(), rejected: new Set(['vladivostok']) };
    const without = await pool.analyze(text);
    const withRejection = await pool.analyze(text, rejecting);
    assert.ok(without.entities.some((e) => e.text === 'Vladivostok'));
    assert.ok(!withRejection.entities.some((e) => e.text === 'Vladivostok'));
    assert.deepStrictEqual(withRejection, asJson(analyzeArticle(text, { knowledge: rejecting })));
    assert.deepStrictEqual(await pool.analyze(text), without);
  });

  it('fails only the article that made the engine throw', async () => {
    const [bad, good] = await Promise.allSettled([pool.analyze(undefined as unknown as string), pool.analyze(TEXTS[2])]);
    assert.strictEqual(bad.status, 'rejected');
    assert.strictEqual(good.status, 'fulfilled');
    const errors: unknown[] = [];
    await pool.forEachAnalysed([{ text: undefined as unknown as string }, { text: TEXTS[1] }], undefined, (_item, result) => { errors.push(result instanceof Error); });
    assert.deepStrictEqual(errors, [true, false]);
  });

  it('is not created when the worker script is missing (callers then analyse inline)', () => {
    assert.strictEqual(AnalysisPool.create(path.join(__dirname, 'no-such-worker.js')), undefined);
  });

  it('rejects queued work once disposed', async () => {
    const p = AnalysisPool.create(WORKER, 1)!;
    const queued = [p.analyze(TEXTS[0].repeat(200)), p.analyze(TEXTS[1])];
    const settled = Promise.allSettled(queued);
    await p.dispose();
    assert.ok((await settled).every((s) => s.status === 'rejected'));
    await assert.rejects(p.analyze(TEXTS[0]), /disposed/);
  });
});

describe('analysis pool: posting ahead and crashes', function () {
  this.timeout(20_000);
  const EXITING = path.join(__dirname, 'exitingWorker.js');
  type Probe = { length: number; postedAhead: boolean };

  it('posts the next article before the worker has answered the current one', async () => {
    const p = AnalysisPool.create(EXITING, 1)!;
    try {
      const [slow, next] = (await Promise.all([p.analyze('SLOW'), p.analyze('next')])) as unknown as Probe[];
      assert.strictEqual(slow.length, 4);
      assert.strictEqual(next.length, 4);
      // While the worker was busy with SLOW, "next" was already posted to it (no round trip in between).
      assert.strictEqual(slow.postedAhead, true);
      assert.strictEqual(next.postedAhead, false);
    } finally {
      await p.dispose();
    }
  });

  it('fails only the article a crashed worker was on; the ones posted after it run on a fresh worker', async () => {
    const p = AnalysisPool.create(EXITING, 1)!;
    try {
      const settled = await Promise.allSettled([p.analyze('EXIT'), p.analyze('after'), p.analyze('later')]);
      assert.deepStrictEqual(settled.map((s) => s.status), ['rejected', 'fulfilled', 'fulfilled']);
      assert.match(String((settled[0] as PromiseRejectedResult).reason), /exited with code 3/);
      assert.strictEqual((settled[1] as PromiseFulfilledResult<ArticleAnalysis>).value.length, 5);
    } finally {
      await p.dispose();
    }
  });
});
