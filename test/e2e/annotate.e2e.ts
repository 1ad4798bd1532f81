import * as assert from 'assert';
import * as fs from 'fs';
import { parse } from 'yaml';
import { harness, Harness } from './harness';

// A user selects a name, annotates it through the F1 palette (kind, type and note from the quick picks),
// reloads the window, and finds the annotation again: in the sidecar on disk and at its place in the text.
/**
 * Selects "Jake Sullivan" with click + shift-click. The highlight splits the name over several DOM nodes, and
 * the first client rectangle of the whole range covers only "Jake ", so each end is measured on its own word.
 */
async function selectName(h: Harness): Promise<void> {
  const first = await h.revealText('Jake Sullivan');
  const last = (await h.findText('Sullivan'))!;
  await h.page.mouse.click(first.left + 1, first.y);
  await h.page.keyboard.down('Shift');
  await h.page.mouse.click(last.right - 1, last.y);
  await h.page.keyboard.up('Shift');
  await h.page.locator('.statusbar-item', { hasText: '(13 selected)' }).first().waitFor({ state: 'visible', timeout: 5000 });
}

/** Runs a palette command without pressing Escape first (h.runCommand does, and Escape clears the selection). */
async function runKeepingSelection(h: Harness, title: string): Promise<void> {
  await h.page.keyboard.press('F1');
  const input = h.page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = h.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

describe('annotate (e2e)', () => {
  let h: Harness;
  const article = '001_ef87d567bc0a33a8.txt';
  const name = 'Jake Sullivan';

  before(async function () {
    this.timeout(120000);
    h = await harness();
    fs.rmSync(h.sidecarPath(article), { force: true });
  });

  after(() => {
    if (h) fs.rmSync(h.sidecarPath(article), { force: true });
  });

  it('annotates a selection through the palette and writes the sidecar', async function () {
    this.timeout(90000);
    await h.openFile(article);
    // Let highlights and the summary line above the text settle first: they move the text down.
    await h.waitForDecorations(3, 30000);
    await h.page.waitForTimeout(1500);
    await selectName(h);
    await runKeepingSelection(h, 'Source Annotator: Annotate Selection…');
    // Typing into each quick pick and pressing Enter (rather than clicking a row while the list re-renders).
    await h.quickInput('Entity');
    await h.page.locator('.quick-input-widget', { hasText: 'Entity type' }).waitFor({ state: 'visible' });
    await h.quickInput('PERSON');
    await h.page.locator('.quick-input-widget', { hasText: 'Note (optional)' }).waitFor({ state: 'visible' });
    await h.quickInput('national security adviser');
    const data = await h.until('the sidecar on disk with the annotation', () => {
      const text = h.readSidecar(article);
      const d = text ? parse(text) : undefined;
      return d?.annotations?.find((a: { exact: string }) => a.exact === name) && d;
    }, 20000);
    const item = data.annotations.find((a: { exact: string }) => a.exact === name);
    const text = fs.readFileSync(h.file(article), 'utf8');
    assert.strictEqual(data.version, 1);
    assert.deepStrictEqual([item.kind, item.type, item.note, item.start, item.end], ['entity', 'PERSON', 'national security adviser', text.indexOf(name), text.indexOf(name) + name.length]);
    await h.screenshot('annotate-1-annotated');
  });

  it('finds the annotation again after a window reload', async function () {
    this.timeout(120000);
    await h.reloadWindow();
    await h.openFile(article);
    // Go to Next Annotation selects the stored span: the status bar shows the selection's length.
    await h.page.waitForTimeout(1000);
    await h.runCommand('Source Annotator: Go to Next Annotation');
    await h.page.locator('.statusbar-item', { hasText: `(${name.length} selected)` }).first().waitFor({ state: 'visible', timeout: 20000 });
    const sidecar = h.readSidecar(article);
    assert.ok(sidecar && sidecar.includes(`exact: ${name}`), 'the sidecar is still on disk');
    await h.screenshot('annotate-2-after-reload');
  });
});
