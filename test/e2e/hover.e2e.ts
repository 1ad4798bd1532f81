import * as assert from 'assert';
import { harness, Harness } from './harness';

// A user hovers a highlighted name and a quote in the real workbench and reads the cross-article card.
describe('hover cards (e2e)', () => {
  let h: Harness;
  const article = '002_fb83040547a0f67a.txt';

  before(async function () {
    this.timeout(120000);
    h = await harness();
    await h.openFile(article);
    await h.waitForDecorations(3, 30000);
  });

  it('hovering a name shows the entity card with the other articles', async () => {
    const text = await h.hover('Vladimir Putin');
    await h.screenshot('hover-1-entity-card');
    assert.ok(/Vladimir Putin/.test(text) && /PERSON/.test(text), `entity card for Putin:\n${text}`);
    assert.ok(/mentions? in \d of 5 articles/.test(text), `counts across the corpus:\n${text}`);
    assert.ok(/00[0134]_[0-9a-f]+\.txt/.test(text), `lists another article:\n${text}`);
  });

  it('hovering a quote shows its speaker', async () => {
    const text = await h.hover('mutually respectful');
    await h.screenshot('hover-2-quote-card');
    assert.ok(/Quote/.test(text) && /Dmitry Peskov/.test(text), `quote card names Peskov:\n${text}`);
  });

  it('a link in the card opens the other article at the mention', async () => {
    const card = await h.hover('Vladimir Putin');
    await h.screenshot('hover-3a-before-click');
    assert.ok(/mentions? in/.test(card), card);
    const link = h.hoverWidget().locator('a', { hasText: /00[0134]_[0-9a-f]+\.txt/ }).first();
    const target = (await link.innerText()).replace(/\s*\(.*$/, '').trim();
    await link.click();
    const tab = h.page.locator('.part.editor .tabs-container .tab.active');
    const deadline = Date.now() + 15000;
    const active = async () => (await tab.innerText()).replace(/\s+/g, '');
    while (!(await active()).includes(target) && Date.now() < deadline) await h.page.waitForTimeout(200);
    await h.screenshot('hover-3-opened-mention');
    assert.ok((await active()).includes(target), `opened ${target} (active tab: ${await active()})`);
  });
});
