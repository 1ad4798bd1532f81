import * as assert from 'assert';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { hoverAt, plainCardContext } from '../../../src/core/corpus/cards';
import { fakeAnalyze } from './fakeAnalyzer';

describe('corpus: hover cards', () => {
  const index = new CorpusIndex({ analyze: fakeAnalyze });
  index.set('w/a.txt', 'date 2023-09-05 Moscow hosted talks. “Relations are good,” said Dmitry Peskov.');
  index.set('w/b.txt', 'date 2023-09-04 Officials in Moscow met.');
  index.set('w/c.txt', 'Moscow [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>.');
  index.set('w/d.txt', 'date 2023-09-06 Peskov said “Relations are good” again in Moscow.');
  const ctx = plainCardContext();

  it('lists the other articles of an entity, earliest first, with counts', () => {
    const h = hoverAt(index, ctx, 'w/a.txt', 17)!;
    assert.strictEqual(h.kind, 'entity');
    assert.ok(h.markdown.startsWith('**Moscow** · GPE'), h.markdown);
    assert.ok(h.markdown.includes('4 mentions in 4 of 4 articles'), h.markdown);
    const lines = h.markdown.split('\n').filter((l) => l.startsWith('- '));
    assert.deepStrictEqual(lines.map((l) => /\[([^\]]*?)\\?\]?\]\(/.exec(l)?.[1].replace(/\\/g, '').replace(/\]$/, '')), ['b.txt (2023-09-04)', 'd.txt (2023-09-06)', 'c.txt']);
    assert.ok(!lines.some((l) => l.includes('a.txt')), 'the hovered article is not listed');
  });

  it('names the speaker of a quote and where else it appears', () => {
    const a = index.get('w/a.txt')!;
    const q = a.analysis.quotes[0];
    const h = hoverAt(index, ctx, 'w/a.txt', q.start + q.text.indexOf('are'))!;
    assert.strictEqual(h.kind, 'quote');
    assert.ok(h.markdown.includes('said by [Dmitry Peskov]'), h.markdown);
    assert.ok(/d\\\.txt \\\(2023-09-06\\\)|d\\.txt/.test(h.markdown) && h.markdown.includes('verbatim · attributed to **no one**'), h.markdown);
  });

  it('keeps hostile article text inert in the snippets', () => {
    const h = hoverAt(index, ctx, 'w/b.txt', index.get('w/b.txt')!.text.indexOf('Moscow'))!;
    assert.ok(!h.markdown.includes('](command:workbench'), h.markdown);
    assert.ok(!/[^\\]<img/.test(h.markdown), h.markdown);
  });

  it('returns nothing between highlights', () => {
    assert.strictEqual(hoverAt(index, ctx, 'w/b.txt', 1), undefined);
  });
});
