// Shared by the entity rule tests: the mentions of a made-up body (after a one-line headline) as "TYPE:text".
import * as assert from 'assert';
import { detectStructure } from '../../../src/core/analysis/structure';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findEntities } from '../../../src/core/analysis/entities/findEntities';

export function show(body: string): string[] {
  const text = 'Headline\n\n' + body;
  const s = detectStructure(text);
  return findEntities(text, s, splitSentences(text, s), {}).map((e) => `${e.type}:${e.text}`);
}

export function expect(body: string, ...want: string[]): void {
  const m = show(body);
  for (const w of want) assert.ok(m.includes(w), `${w} not in ${m.join(', ')}`);
}

export function expectNot(body: string, ...unwanted: string[]): void {
  const m = show(body);
  for (const w of unwanted) assert.ok(!m.includes(w), `${w} in ${m.join(', ')}`);
}
