import * as assert from 'assert';
import { harness, Harness } from './harness';

// What a user does first: open an article from the explorer, see highlights, run a command from the F1
// palette, open the Source Annotator view container. Runs against the installed .vsix under npm test.
describe('foundation (e2e)', () => {
  let h: Harness;
  let article: string;

  before(async function () {
    this.timeout(120000);
    h = await harness();
    article = h.articles()[0];
  });

  it('opens an article from the explorer', async () => {
    await h.openFile(article, 'explorer');
    const tab = (await h.page.locator('.part.editor .tabs-container .tab.active').innerText()).replace(/\s+/g, '');
    assert.ok(tab.includes(article), `active tab is ${article} (got ${tab})`);
    await h.screenshot('foundation-1-article-open');
  });

  it('highlights entities in the article', async () => {
    const n = await h.waitForDecorations(3, 30000);
    const decos = await h.decorations();
    assert.ok(n >= 3 && decos.length >= 3, `at least 3 highlight elements (found ${decos.length})`);
    // Several decoration types (one per entity type) are in use, not one catch-all style.
    const types = new Set(decos.flatMap((d) => d.className.match(/TextEditorDecorationType\w*-\d+|TextEditorDecorationType\d+/g) ?? []));
    assert.ok(types.size >= 2, `at least 2 decoration types in use (found ${[...types].join(', ')})`);
    // A highlight lies over a name every outlet uses, and none over plain words.
    assert.ok((await h.decorationsAt('Russia', 0, 10000)).length > 0, '"Russia" is highlighted');
    assert.deepStrictEqual(await h.decorationsAt('arms negotiations'), [], '"arms negotiations" is not highlighted');
    await h.screenshot('foundation-2-highlights');
  });

  it('runs "Source Annotator: Re-analyse All Articles" from the F1 palette', async () => {
    await h.runCommand('Source Annotator: Re-analyse All Articles');
    // The command ran when the palette closed without an error notification about it.
    await h.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
    await h.page.waitForTimeout(1000);
    const errors = (await h.notifications()).filter((t) => /not found|error|failed/i.test(t));
    assert.deepStrictEqual(errors, [], `no error notifications after the command: ${errors.join(' | ')}`);
    await h.waitForDecorations(3, 30000);
    await h.screenshot('foundation-3-after-reanalyse');
  });

  it('opens the Source Annotator view container with its views', async () => {
    const sidebar = await h.openViewContainer('Source Annotator');
    const headers = (await sidebar.locator('.pane-header').allInnerTexts()).join(' | ').toLowerCase();
    for (const view of ['entities', 'quotes and claims', 'annotations']) {
      assert.ok(headers.includes(view), `view "${view}" is shown (headers: ${headers})`);
    }
    await h.screenshot('foundation-4-view-container');
  });
});
