/**
 * A stand-in for the analysis worker in the pool's tests: it answers like the real one, except that the article
 * "EXIT" ends the thread (a crash) and "SLOW" keeps it busy for a while, then looks whether the next article was
 * already posted to it (`postedAhead`), so a test can see that the pool posts ahead of the answers.
 */
import { parentPort, receiveMessageOnPort } from 'worker_threads';
import type { PoolRequest, PoolResponse } from '../../../src/node/analysisPool';

function handle(m: PoolRequest): void {
  if (m.kind !== 'analyze') return;
  if (m.text === 'EXIT') process.exit(3);
  let next: PoolRequest | undefined;
  if (m.text === 'SLOW') {
    const until = Date.now() + 200;
    while (Date.now() < until) { /* busy, as an analysis is */ }
    next = receiveMessageOnPort(parentPort as never)?.message as PoolRequest | undefined;
  }
  const reply: PoolResponse = { id: m.id, json: JSON.stringify({ length: m.text.length, postedAhead: next !== undefined, entities: [], quotes: [], claims: [] }) };
  parentPort!.postMessage(reply);
  if (next) handle(next);
}

parentPort?.on('message', handle);
