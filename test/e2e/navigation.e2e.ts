import * as assert from 'assert';
import * as fs from 'fs';
import { harness, Harness } from './harness';

// A user opens the Source Annotator container, narrows the Entities view to one person, expands it down to
// a mention, clicks it, and lands on the right article and line. Screenshots in the dark and light
// themes.
describe('navigation (e2e)', () => {
  let h: Harness;
  const article = '002_fb83040547a0f67a.txt';
  const mentionText = 'Sergei Shoigu';

  before(async function () {
    this.timeout(120000);
    h = await harness();
  });

  after(async function () {
    this.timeout(30000);
    if (!h) return;
    if (initialMode) await setMode(initialMode).catch(() => undefined);
    await h.runCommand('Source Annotator: Clear Filter').catch(() => undefined);
  });

  let initialMode: 'light' | 'dark' | undefined;

  /** Line and column (1-based, as the status bar shows them) of the first occurrence of `text`. */
  function expectedPosition(text: string): { line: number; col: number } {
    const content = fs.readFileSync(h.file(article), 'utf8').replace(/^\uFEFF/, '');
    const at = content.indexOf(text);
    assert.ok(at >= 0, `${text} occurs in ${article}`);
    const before = content.slice(0, at);
    const line = before.split(/\r\n|\r|\n/).length;
    const col = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
    return { line, col };
  }

  // High contrast is left out: its toggle is not in this workbench's palette, and writing
  // workbench.colorTheme into settings.json applied only intermittently in code-server.
  type Mode = 'light' | 'dark';
  const MODE_SELECTOR: Record<Mode, string> = { light: '.monaco-workbench.vs', dark: '.monaco-workbench.vs-dark' };

  async function mode(): Promise<Mode> {
    for (const m of ['dark', 'light'] as Mode[]) if (await h.page.locator(MODE_SELECTOR[m]).count()) return m;
    return 'light';
  }

  /** Switches light / dark / high contrast through the palette's theme toggles, as a user would. */
  async function setMode(target: Mode): Promise<void> {
    for (let step = 0; step < 3 && (await mode()) !== target; step++) {
      const current = await mode();
      await h.runCommand('Preferences: Toggle between Light/Dark Themes');
      await h.until(`the theme to leave ${current}`, async () => (await mode()) !== current, 15000).catch(() => undefined);
    }
    assert.strictEqual(await mode(), target, `${target} theme applied`);
    await h.page.waitForTimeout(500);
  }

  const entitiesRows = () => h.page.locator('.part.sidebar .pane', { has: h.page.locator('.pane-header', { hasText: 'Entities' }) }).locator('.monaco-list-row');

  it('opens the view container, filters, expands an entity and clicks a mention', async function () {
    this.timeout(120000);
    initialMode = await mode();
    await setMode('dark');
    await h.openFile(article);
    await h.openViewContainer('Source Annotator');
    await h.until('entity types in the Entities view', async () => (await entitiesRows().count()) > 0, 60000);

    await h.runCommand('Source Annotator: Filter Entities…');
    await h.quickInput('shoigu');
    const people = h.treeItem('People', 'Entities');
    await people.waitFor({ state: 'visible' });
    await h.until('only the People group left', async () => (await entitiesRows().count()) === 1 || (await entitiesRows().allInnerTexts()).some((t) => /Shoigu/.test(t)));
    if ((await people.getAttribute('aria-expanded')) !== 'true') await people.click();

    const entity = h.treeItem('Shoigu', 'Entities');
    await entity.waitFor({ state: 'visible' });
    assert.match(await entity.innerText(), /\d+ mentions? · 5 articles/);
    await entity.click();
    const articleRow = h.treeItem(article, 'Entities');
    await articleRow.waitFor({ state: 'visible' });
    await articleRow.click();

    const mention = entitiesRows().filter({ hasText: /\d+:\d+/ }).first();
    await mention.waitFor({ state: 'visible' });
    await h.screenshot('navigation-1-tree-expanded-dark');
    await mention.click();

    await h.page.locator('.part.editor .tabs-container .tab.active', { hasText: article }).waitFor({ state: 'visible' });
    // The status bar shows the selection's active end: the mention's end column.
    const { line, col: startCol } = expectedPosition(mentionText);
    const col = startCol + mentionText.length;
    const selection = h.page.locator('.statusbar-item[id="status.editor.selection"]');
    const text = await h.until('the status bar shows the mention’s position', async () => {
      const t = (await selection.innerText().catch(() => '')).replace(/\s+/g, ' ');
      return t.includes(`Ln ${line}, Col ${col}`) && t;
    }, 15000);
    assert.match(text, new RegExp(`Ln ${line}, Col ${col} \\(${mentionText.length} selected\\)`));
    await h.screenshot('navigation-2-mention-opened-dark');
  });

  it('looks right in the light theme too', async function () {
    this.timeout(60000);
    await setMode('light');
    assert.ok(await entitiesRows().filter({ hasText: /\d+:\d+/ }).count(), 'the mention row is still shown');
    await h.screenshot('navigation-3-light');
  });
});
