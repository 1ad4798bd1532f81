/**
 * Worker-thread entry of the analysis pool: runs the pure engine off the caller's thread (the extension host
 * stays responsive while a folder is indexed, and a 2-core machine analyses two articles at once).
 * Messages in: `{ kind: 'knowledge', knowledge }` (kept until replaced), `{ kind: 'analyze', id, text }`.
 * Messages out: `{ id, json }` (the packed analysis as JSON text) or `{ id, error }`.
 */
import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analysis/analyze';
import type { Knowledge } from '../core/analysis/types';
import { packAnalysis, type PoolRequest, type PoolResponse } from './analysisPool';

let knowledge: Knowledge | undefined;

parentPort?.on('message', (m: PoolRequest) => {
  if (m.kind === 'knowledge') {
    knowledge = m.knowledge;
    return;
  }
  let reply: PoolResponse;
  try {
    reply = { id: m.id, json: JSON.stringify(packAnalysis(m.text, analyzeArticle(m.text, { knowledge }))) };
  } catch (e) {
    reply = { id: m.id, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
