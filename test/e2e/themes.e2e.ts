import * as assert from 'assert';
import { harness, Harness } from './harness';

// A user switches colour themes from the F1 palette: the highlights follow the theme (their colours are theme
// colours with dark, light and high-contrast defaults), and stay on the same words.
describe('themes (e2e)', () => {
  let h: Harness;
  const article = '002_fb83040547a0f67a.txt';

  /** The computed colours of the highlight drawn over `text`, and the workbench's theme class. */
  async function look(text: string): Promise<{ theme: string; colours: string }> {
    const classes = await h.decorationsAt(text, 0, 10000);
    assert.ok(classes.length > 0, `"${text}" is highlighted`);
    const selector = '.' + classes[0].trim().split(/\s+/).join('.');
    const colours = await h.page.locator(selector).first().evaluate((e) => {
      // Runs in the page; the tests compile without the DOM library.
      const s = (globalThis as unknown as { getComputedStyle(el: unknown): Record<string, string> }).getComputedStyle(e);
      return [s.backgroundColor, s.borderColor, s.color, s.textDecorationColor, s.outlineColor].join(' ');
    });
    const theme = await h.page.locator('.monaco-workbench').first().evaluate((e) => ['vs-dark', 'hc-black', 'hc-light', 'vs'].find((c) => e.classList.contains(c)) ?? '');
    return { theme, colours };
  }

  async function pickTheme(name: string): Promise<void> {
    await h.runCommand('Preferences: Color Theme');
    await h.quickInput(name);
    await h.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
    await h.page.waitForTimeout(500);
  }

  before(async function () {
    this.timeout(120000);
    h = await harness();
    await h.openFile(article);
    await h.waitForDecorations(3, 30000);
  });

  it('switches to a high-contrast theme from the palette and the highlights take its colours', async () => {
    // The starting theme follows the browser's preference: start from a known one.
    await pickTheme('Dark Modern');
    const dark = await look('Vladimir Putin');
    assert.strictEqual(dark.theme, 'vs-dark');
    await pickTheme('Dark High Contrast');
    const hc = await look('Vladimir Putin');
    await h.screenshot('theme-high-contrast');
    assert.strictEqual(hc.theme, 'hc-black', 'the workbench is in the high-contrast theme');
    assert.notStrictEqual(hc.colours, dark.colours, 'the highlight is restyled for high contrast');
  });

  it('switches to a light theme and back to dark', async () => {
    await pickTheme('Light Modern');
    const light = await look('Vladimir Putin');
    await h.screenshot('theme-light');
    assert.strictEqual(light.theme, 'vs');
    await pickTheme('Dark Modern');
    const dark = await look('Vladimir Putin');
    assert.strictEqual(dark.theme, 'vs-dark');
    assert.notStrictEqual(light.colours, dark.colours, 'light and dark highlights differ');
  });
});
