import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';

/**
 * The shared end-to-end harness: one code-server (the real VS Code 1.139 workbench) + one Debian chromium
 * for the whole mocha run, on a temp copy of seeds/, with helpers that act like a user.
 *
 * Use it from a test file:
 *   import { harness, Harness } from './harness';
 *   let h: Harness;
 *   before(async () => { h = await harness(); });
 *   it('...', async () => { await h.openFile('000_898282c6cd83c07b.txt'); ... });
 *
 * The extension: `npm run test:e2e` (scripts/test-all.js) packages the .vsix, installs it into a fresh
 * extensions dir and passes it in SA_E2E_EXTENSIONS_DIR. Run alone (faster, uses the repo's dist/ through a
 * symlinked extension folder):
 *   npm run build && npx tsc -p . && npx mocha --no-config --timeout 90000 --require out/test/e2e/harness.js out/test/e2e/hover.e2e.js
 *   (--no-config: the repo's .mocharc.json would add every unit test). Or: SA_TEST_GREP=hover npm run test:e2e
 * Env: SA_E2E_PORT_FROM/SA_E2E_PORT_TO (port range, default 8100-8199: use your own), SA_E2E_KEEP=1 (keep
 * temp dirs), SA_E2E_SETTINGS='{"json":"settings"}' (extra user settings).
 *
 * The workspace and its sidecars persist across test files in one run: use unique articles or clean up the
 * sidecars you create (h.removeSidecars()). Workbench selectors are internals of the pinned code-server.
 */

const root = path.resolve(__dirname, '..', '..', '..');
const screenshotsDir = path.join(root, 'test-results', 'screenshots');

interface CodeServer {
  url: string;
  port: number;
  base: string;
  extensionsDir: string;
  logFile: string;
  stop(opts?: { keep?: boolean }): Promise<void>;
  log(): string;
}
interface CodeServerLib {
  startCodeServer(opts: Record<string, unknown>): Promise<CodeServer>;
  launchChromium(opts?: { headless?: boolean }): Promise<Browser>;
  copyWorkspace(src?: string, prefix?: string): string;
  mkTemp(prefix: string): string;
  hostReady(): boolean;
}
// Plain JS shared with scripts/test-all.js and scripts/start.js, so all routes launch the workbench alike.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cs = require(path.join(root, 'scripts', 'lib', 'code-server.js')) as CodeServerLib;

/** Selector of the active editor's text area (only rendered, i.e. visible, lines exist in the DOM). */
const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';
const DECORATION = '[class*="TextEditorDecorationType"]';

export interface TextRect { x: number; y: number; left: number; right: number; top: number; bottom: number }

export class Harness {
  private constructor(
    /** The Playwright page showing the workbench (for anything the helpers do not cover). */
    readonly page: Page,
    /** The browser (one per run). */
    readonly browser: Browser,
    /** The running code-server (url, log()). */
    readonly server: CodeServer,
    /** Absolute path of the workspace on disk (a temp copy of seeds/): read sidecars from here. */
    readonly workspaceDir: string,
    private readonly tmpExtensions: string | undefined,
  ) {}

  /** Starts code-server with the extension and opens the workbench on a fresh copy of seeds/ (use harness()). */
  static async start(): Promise<Harness> {
    if (!cs.hostReady()) throw new Error('code-server/chromium missing: run scripts/install-host.sh first');
    let extensionsDir = process.env.SA_E2E_EXTENSIONS_DIR;
    let tmpExtensions: string | undefined;
    if (!extensionsDir) {
      // Unpacked-extension route: a folder named <publisher>.<name>-<version> pointing at the repo (dist/).
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
      tmpExtensions = cs.mkTemp('sa-e2e-ext-');
      extensionsDir = tmpExtensions;
      fs.symlinkSync(root, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
    }
    const workspaceDir = cs.copyWorkspace(path.join(root, 'seeds'), 'sa-e2e-ws-');
    const extra = process.env.SA_E2E_SETTINGS ? (JSON.parse(process.env.SA_E2E_SETTINGS) as Record<string, unknown>) : {};
    const server = await cs.startCodeServer({
      extensionsDir,
      portFrom: Number(process.env.SA_E2E_PORT_FROM || 8100),
      portTo: Number(process.env.SA_E2E_PORT_TO || 8199),
      // Word wrap keeps whole paragraphs on screen, so any word can be hovered or selected with the mouse.
      settings: { 'workbench.editor.enablePreview': false, 'editor.hover.delay': 300, 'breadcrumbs.enabled': false, 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, ...extra },
    });
    let browser: Browser | undefined;
    try {
      browser = await cs.launchChromium();
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.setDefaultTimeout(30000);
      const h = new Harness(page, browser, server, workspaceDir, tmpExtensions);
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspaceDir)}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
      await h.waitForWorkbench();
      return h;
    } catch (e) {
      await browser?.close().catch(() => undefined);
      await server.stop();
      throw e;
    }
  }

  /** Waits until the workbench shows the workspace in the explorer (after start or reload). */
  async waitForWorkbench(timeoutMs = 60000): Promise<void> {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
    await this.page.locator('.part.activitybar, .part.sidebar').first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Opens a file by name: 'quickOpen' (default, Ctrl+P-like via F1) or 'explorer' (clicks its row). */
  async openFile(name: string, via: 'quickOpen' | 'explorer' = 'quickOpen'): Promise<void> {
    if (via === 'explorer') {
      await this.showExplorer();
      const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible' });
      await row.click();
    } else {
      await this.page.keyboard.press('F1');
      const input = this.page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill(name);
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible' });
      await row.click();
    }
    await this.page.locator('.part.editor .tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
    await this.page.locator(`${EDITOR} .view-lines .view-line`).first().waitFor({ state: 'visible' });
  }

  /** Shows the Explorer view (without toggling it closed when it is already visible). */
  async showExplorer(): Promise<void> {
    if (await this.page.locator('.explorer-folders-view').isVisible()) return;
    await this.page.locator('.part.activitybar .action-item a[aria-label^="Explorer"]').first().click();
    await this.page.locator('.explorer-folders-view').waitFor({ state: 'visible' });
  }

  /** Waits until the active editor shows at least `min` decoration elements; resolves to their count. */
  async waitForDecorations(min = 1, timeoutMs = 30000): Promise<number> {
    const loc = this.page.locator(`${EDITOR} ${DECORATION}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = await loc.count();
      if (n >= min) return n;
      if (Date.now() > deadline) throw new Error(`expected >= ${min} decoration elements (class *TextEditorDecorationType*) in the active editor, found ${n} after ${timeoutMs} ms`);
      await this.page.waitForTimeout(200);
    }
  }

  /**
   * The rendered decoration elements of the active editor: text (empty for background/border decorations,
   * which are drawn as overlay divs; set for inline ones) and class (one class per decoration type).
   */
  async decorations(): Promise<{ text: string; className: string }[]> {
    return this.page.locator(`${EDITOR} ${DECORATION}`).evaluateAll((els) =>
      els.map((e) => ({ text: (e.textContent || '').replace(/\u00a0/g, ' '), className: String(e.getAttribute('class')) })));
  }

  /**
   * Classes of the decoration elements drawn over `text` (its `occurrence`-th visible occurrence); [] when none.
   * With `waitMs`, looks again until something is drawn there or the time is up: the extension sets one
   * decoration type per highlight kind, and the renderer may paint between them.
   */
  async decorationsAt(text: string, occurrence = 0, waitMs = 0): Promise<string[]> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const classes = await this.decorationsAtOnce(text, occurrence);
      if (classes.length > 0 || Date.now() >= deadline) return classes;
      await this.page.waitForTimeout(250);
    }
  }

  private async decorationsAtOnce(text: string, occurrence: number): Promise<string[]> {
    const r = await this.revealText(text, occurrence);
    const boxes = await this.page.locator(`${EDITOR} ${DECORATION}`).evaluateAll((els) => els.map((e) => {
      const b = e.getBoundingClientRect();
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, className: String(e.getAttribute('class')) };
    }));
    const midY = (r.top + r.bottom) / 2;
    return boxes
      .filter((b) => b.right - b.left > 0 && b.top <= midY && b.bottom >= midY && b.left < r.right - 1 && b.right > r.left + 1)
      .map((b) => b.className);
  }

  /** Screen rectangle of the `occurrence`-th (0-based) visible occurrence of `text` in the active editor, or undefined. */
  async findText(text: string, occurrence = 0): Promise<TextRect | undefined> {
    return this.page.evaluate(({ sel, text, occurrence }) => {
      // Runs in the page; typed loosely because the project compiles without the DOM lib.
      /* eslint-disable @typescript-eslint/no-explicit-any */
      const doc = (globalThis as any).document;
      let seen = 0;
      const lines: any[] = Array.from(doc.querySelectorAll(`${sel} .view-lines .view-line`));
      lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const line of lines) {
        const nodes: any[] = [];
        const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        const full = nodes.map((n) => n.data as string).join('').replace(/\u00a0/g, ' ');
        for (let i = full.indexOf(text); i >= 0; i = full.indexOf(text, i + 1)) {
          if (seen++ !== occurrence) continue;
          const at = (off: number, end: boolean): [any, number] => {
            let acc = 0;
            for (const n of nodes) {
              if (off < acc + n.data.length || (end && off === acc + n.data.length)) return [n, off - acc];
              acc += n.data.length;
            }
            const last = nodes[nodes.length - 1];
            return [last, last.data.length];
          };
          const range = doc.createRange();
          range.setStart(...at(i, false));
          range.setEnd(...at(i + text.length, true));
          const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, right: r.right, top: r.top, bottom: r.bottom } as TextRect;
        }
      }
      return undefined;
    }, { sel: EDITOR, text, occurrence });
  }

  /** Scrolls the active editor until `text` is rendered (uses the Find widget), then returns its rectangle. */
  async revealText(text: string, occurrence = 0): Promise<TextRect> {
    let rect = await this.findText(text, occurrence);
    if (rect) return rect;
    await this.page.locator(`${EDITOR} .view-lines`).first().click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator(`${EDITOR} .find-widget textarea, ${EDITOR} .find-widget input`).first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text);
    for (let i = 0; i <= occurrence; i++) await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
    await this.page.waitForTimeout(200);
    rect = await this.findText(text, 0);
    if (!rect) throw new Error(`text not found in the active editor: ${JSON.stringify(text)}`);
    return rect;
  }

  /** Hovers `text` in the active editor and resolves to the visible `.monaco-hover` text. */
  async hover(text: string, occurrence = 0, timeoutMs = 15000): Promise<string> {
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    // A hover that misses the first mouse-over (the workbench was still busy) is tried again, as a user moves the
    // mouse off and back: up to the whole timeout, five seconds per try.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.mouse.move(2, 2);
      await this.page.waitForTimeout(150);
      const rect = await this.revealText(text, occurrence);
      await this.page.mouse.move(rect.x, rect.y, { steps: 3 });
      const left = deadline - Date.now();
      try {
        await hover.waitFor({ state: 'visible', timeout: Math.max(1000, Math.min(5000, left)) });
        break;
      } catch (e) {
        if (Date.now() + 1000 >= deadline) throw e;
      }
    }
    await this.page.waitForTimeout(300); // let async hover parts render
    return (await this.page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
  }

  /** The visible hover widget (e.g. to click a command link inside it). */
  hoverWidget(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden)').first();
  }

  /** Selects `text` (its `occurrence`-th visible occurrence) in the active editor with click + shift-click. */
  async selectText(text: string, occurrence = 0): Promise<void> {
    const r = await this.revealText(text, occurrence);
    await this.page.mouse.click(r.left + 1, r.y);
    await this.page.keyboard.down('Shift');
    await this.page.mouse.click(r.right - 1, r.y);
    await this.page.keyboard.up('Shift');
    await this.page.locator('.statusbar-item', { hasText: `(${text.length} selected)` }).first()
      .waitFor({ state: 'visible', timeout: 5000 })
      .catch(() => { throw new Error(`selecting ${JSON.stringify(text)} did not select ${text.length} characters`); });
  }

  /** Runs a command by its palette title (e.g. 'Source Annotator: Re-analyse All Articles') through F1. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const rows = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title });
    try {
      await rows.first().waitFor({ state: 'visible', timeout: 15000 });
    } catch {
      const offered = await this.page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      await this.page.keyboard.press('Escape');
      throw new Error(`command "${title}" is not in the F1 palette; it offers: ${offered.map((t) => t.replace(/\s+/g, ' ')).slice(0, 8).join(' | ') || '(nothing)'}`);
    }
    // Prefer the row whose label is exactly the title (fuzzy matching may rank others first).
    const labels = await rows.evaluateAll((els) => els.map((e) => (e.querySelector('.label-name')?.textContent || e.textContent || '').trim()));
    const i = Math.max(0, labels.findIndex((l) => l === title));
    await rows.nth(i).click();
  }

  /** Picks the item with `label` in the open quick pick (e.g. an entity type offered by a command). */
  async quickPick(label: string): Promise<void> {
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
  }

  /** Types into the open input box / quick pick filter and presses Enter. */
  async quickInput(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Opens an activity-bar view container by title (no toggling when already open); resolves to the sidebar. */
  async openViewContainer(title: string): Promise<Locator> {
    const sidebar = this.page.locator('.part.sidebar');
    const header = sidebar.locator('.composite.title');
    const isOpen = async () => (await sidebar.isVisible()) && ((await header.innerText().catch(() => '')).toLowerCase().includes(title.toLowerCase()));
    if (!(await isOpen())) {
      await this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first().click();
      const deadline = Date.now() + 15000;
      while (!(await isOpen())) {
        if (Date.now() > deadline) throw new Error(`view container ${title} did not open`);
        await this.page.waitForTimeout(100);
      }
    }
    return sidebar;
  }

  /** A tree row in the side bar by its label text (optionally inside the view whose header says `view`). */
  treeItem(label: string, view?: string): Locator {
    const scope = view
      ? this.page.locator('.part.sidebar .pane', { has: this.page.locator('.pane-header', { hasText: view }) })
      : this.page.locator('.part.sidebar');
    return scope.locator('.monaco-list-row', { hasText: label }).first();
  }

  /** Texts of the notification toasts currently shown (info, warnings, errors). */
  async notifications(): Promise<string[]> {
    return this.page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
  }

  /** Closes every editor (a clean slate between tests). */
  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
  }

  /** Reloads the window (as Developer: Reload Window does) and waits for the workbench. */
  async reloadWindow(): Promise<void> {
    await this.page.reload({ waitUntil: 'domcontentloaded' });
    await this.waitForWorkbench();
  }

  /** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Absolute path of a workspace file. */
  file(name: string): string {
    return path.join(this.workspaceDir, name);
  }

  /** Path of an article's sidecar (`<article file name>.annotations.yaml`). */
  sidecarPath(article: string): string {
    return this.file(`${article}.annotations.yaml`);
  }

  /** The sidecar's text, or undefined when it does not exist. */
  readSidecar(article: string): string | undefined {
    const p = this.sidecarPath(article);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
  }

  /** Waits until `probe` returns a truthy value (e.g. a sidecar appears on disk). */
  async until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await probe();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Deletes every sidecar in the workspace. */
  removeSidecars(): void {
    for (const f of fs.readdirSync(this.workspaceDir)) if (f.endsWith('.annotations.yaml')) fs.rmSync(this.file(f));
  }

  /** The .txt articles of the workspace, sorted. */
  articles(): string[] {
    return fs.readdirSync(this.workspaceDir).filter((f) => f.endsWith('.txt')).sort();
  }

  /** Stops chromium and code-server (whole process group) and removes temp dirs; keeps the server log in test-results/. */
  async teardown(): Promise<void> {
    const keep = process.env.SA_E2E_KEEP === '1';
    await this.browser.close().catch(() => undefined);
    try {
      fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
      fs.writeFileSync(path.join(root, 'test-results', 'e2e-code-server.log'), this.server.log());
    } catch { /* best effort */ }
    await this.server.stop({ keep });
    if (!keep) {
      fs.rmSync(path.dirname(this.workspaceDir), { recursive: true, force: true });
      if (this.tmpExtensions) fs.rmSync(this.tmpExtensions, { recursive: true, force: true });
    }
  }
}

let shared: Promise<Harness> | undefined;

/** The run's shared harness: started on first call, reused by every test file, stopped by teardown(). */
export function harness(): Promise<Harness> {
  shared ??= Harness.start();
  return shared;
}

/** Stops the shared harness if it was started (registered as a mocha root hook below). */
export async function teardown(): Promise<void> {
  const s = shared;
  shared = undefined;
  if (s) await (await s.catch(() => undefined))?.teardown();
}

/** Mocha root hooks: with `--require out/test/e2e/harness.js` the harness is stopped after all files. */
export const mochaHooks = {
  /** A failed test leaves a screenshot named after it in test-results/screenshots/. */
  async afterEach(this: Mocha.Context) {
    const t = this.currentTest;
    if (t?.state !== 'failed' || !shared) return;
    const h = await shared.catch(() => undefined);
    await h?.screenshot(`FAILED-${t.fullTitle()}`.slice(0, 120)).catch(() => undefined);
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(30000);
    await teardown();
  },
};

// A Ctrl+C during a run still stops code-server's process group.
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    void teardown().finally(() => process.exit(130));
  });
}
