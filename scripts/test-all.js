#!/usr/bin/env node
// `npm test`: every test layer, one command, one final line `N passed, N failed`.
//   node scripts/test-all.js [--only unit|integration|e2e] [--skip-install] [--keep] [--shared-host]
// Steps: host install (cached, scripts/install-host.sh) -> npm run build -> tsc -p . (compile the tests)
// -> unit (mocha in Node) -> integration (mocha inside a real VS Code extension host: code-server with the
// smoke-test driver, driven by chromium) -> e2e (package the .vsix, install it into a fresh extensions dir,
// mocha over out/test/e2e/**/*.e2e.js with playwright-core driving the workbench).
// Exits non-zero when any test fails, when a layer cannot run or runs 0 tests, or when tsc reports errors.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const cs = require('./lib/code-server');

const root = cs.root;
const args = process.argv.slice(2);
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : (args.find((a) => a.startsWith('--only=')) || '').slice(7) || undefined;
const LAYERS = ['unit', 'integration', 'e2e'];
if (only && !LAYERS.includes(only)) {
  console.error(`--only takes one of ${LAYERS.join(', ')}`);
  process.exit(2);
}
const layers = only ? [only] : LAYERS;
const skipInstall = args.includes('--skip-install');
const keep = args.includes('--keep');

// Bounded everything: a hung workbench or test never hangs CI.
const TIMEOUT = {
  unit: Number(process.env.SA_UNIT_TIMEOUT_MS || 10 * 60e3),
  integration: Number(process.env.SA_INTEGRATION_TIMEOUT_MS || 10 * 60e3),
  e2e: Number(process.env.SA_E2E_TIMEOUT_MS || 25 * 60e3),
};

const t0 = Date.now();
// Every code-server started by this run (in-process or by the e2e mocha) records its process group here;
// leftovers are killed after each layer and on exit, whatever killed the process that started them.
const pgidDir = cs.mkTemp('sa-pgids-');
process.env.SA_CS_PGID_DIR = pgidDir;
function reapServers(when) {
  const n = cs.killRecordedServers(pgidDir);
  if (n) console.log(`[cleanup] killed ${n} code-server process group(s) left ${when}`);
}
const activeGroups = new Set(); // process groups of running child commands
process.on('exit', () => {
  for (const pgid of activeGroups) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }
  reapServers('at exit');
  fs.rmSync(pgidDir, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { console.log(`\n[test-all] ${sig}: stopping`); process.exit(130); });
}
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
function banner(text) { console.log(`\n=== ${text} ===`); }

/** Runs a command in its own process group, streaming output; kills the whole group on timeout. */
function run(cmd, argv, { env, timeoutMs = 10 * 60e3, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    activeGroups.add(child.pid);
    let output = '';
    const onData = (stream) => (d) => { output += d; if (!quiet) stream.write(d); };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    let timedOut = false;
    let killer;
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`[timeout] ${path.basename(String(argv[0] || cmd))} exceeded ${secs(timeoutMs)}: stopping it`);
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      killer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 15000);
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearTimeout(killer);
      activeGroups.delete(child.pid);
      // Whatever the command left in its group (e.g. a code-server it failed to stop) goes too.
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      resolve({ code: timedOut ? 124 : code, output, timedOut });
    });
  });
}

/** Deletes compiled files whose source is gone, so a removed test never runs from a stale out/. */
function pruneStaleOut() {
  const outDir = path.join(root, 'out');
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      const m = /^(.*)\.js(\.map)?$/.exec(p);
      if (!m) continue;
      const src = path.join(root, path.relative(outDir, m[1]) + '.ts');
      if (!fs.existsSync(src)) fs.rmSync(p, { force: true });
    }
  };
  walk(path.join(outDir, 'test'));
  walk(path.join(outDir, 'src'));
}

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
}

const results = []; // { layer, passed, failed, pending, seconds, note }

function record(layer, r, started, note) {
  const entry = { layer, passed: r.passed || 0, failed: r.failed || 0, pending: r.pending || 0, seconds: (Date.now() - started) / 1000, note };
  if (entry.passed + entry.failed === 0 && !note) entry.note = 'ran 0 tests';
  if (entry.note) entry.failed = Math.max(entry.failed, 1);
  results.push(entry);
  // Layer lines say `passed: N, failed: N` so the only `N passed, N failed` line is the final one.
  console.log(`[${layer}] passed: ${entry.passed}, failed: ${entry.failed}${entry.pending ? `, pending: ${entry.pending}` : ''} in ${secs(Date.now() - started)}${entry.note ? ` (${entry.note})` : ''}`);
}

async function unitLayer() {
  banner('unit: mocha in Node (out/test/unit/**/*.test.js)');
  const started = Date.now();
  const resultsFile = path.join(cs.mkTemp('sa-unit-'), 'results.json');
  const r = await run(process.execPath, [
    path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--config', path.join(root, '.mocharc.json'),
    '--reporter', path.join(__dirname, 'lib', 'counting-reporter.js'),
  ], { env: { SA_TEST_RESULTS: resultsFile }, timeoutMs: TIMEOUT.unit });
  const counts = readJson(resultsFile);
  fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
  if (!counts) return record('unit', {}, started, r.timedOut ? 'timed out' : `mocha exited ${r.code} without results`);
  record('unit', counts, started, r.timedOut ? 'timed out' : undefined);
}

/** The compiled in-host test files, relative to out/test/integration. */
function integrationFiles() {
  const dir = path.join(root, 'out', 'test', 'integration');
  const walk = (d) => (fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.test.js') ? [path.join(d, e.name)] : []);
  return walk(dir).map((f) => path.relative(dir, f)).sort();
}

/**
 * Runs out/test/integration/index.js inside code-server's extension host via the smoke-test driver.
 * By default each test file gets its own workbench, extension host and copy of seeds/ (files cannot break
 * each other through leftovers; ~10-20 s per file); --shared-host (or SA_INTEGRATION_SHARED=1) runs all
 * files in one host, faster.
 */
async function integrationLayer() {
  banner('integration: mocha inside a real VS Code extension host (code-server)');
  const started = Date.now();
  const index = path.join(root, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(index)) return record('integration', {}, started, 'out/test/integration/index.js missing');
  const files = integrationFiles();
  if (files.length === 0) return record('integration', {}, started, 'no out/test/integration/**/*.test.js');
  const shared = args.includes('--shared-host') || process.env.SA_INTEGRATION_SHARED === '1';
  const groups = shared ? [files] : files.map((f) => [f]);
  const deadline = started + TIMEOUT.integration;
  const total = { passed: 0, failed: 0, pending: 0 };
  const problems = [];
  let browser;
  try {
    browser = await cs.launchChromium();
    for (const group of groups) {
      if (!shared) console.log(`  -- ${group[0]} (own workbench)`);
      const r = await integrationRun(browser, index, group, deadline - Date.now());
      total.passed += r.passed || 0;
      total.failed += r.note ? Math.max(1, r.failed || 0) : r.failed || 0; // a file that cannot run counts as a failure
      total.pending += r.pending || 0;
      if (r.note) { problems.push(`${group.join(',')}: ${r.note}`); console.log(`  !! ${group.join(', ')}: ${r.note}`); }
      if (Date.now() > deadline) { problems.push('layer time limit reached'); break; }
    }
  } catch (e) {
    problems.push(`cannot run: ${e && e.message}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  record('integration', total, started, problems.length ? problems.join('; ').split('\n')[0] : undefined);
}

/** One workbench session running the given test files; resolves to their counts (and a note on trouble). */
async function integrationRun(browser, index, files, timeoutMs) {
  const tmp = cs.mkTemp('sa-int-');
  const resultsFile = path.join(tmp, 'results.json');
  const workspace = cs.copyWorkspace(path.join(root, 'seeds'));
  let server, page, timer;
  try {
    server = await cs.startCodeServer({
      smokeTest: true, keepDirs: keep,
      env: {
        SA_TEST_RESULTS: resultsFile, SA_TEST_FILES: files.join(','),
        ...(process.env.SA_TEST_GREP ? { SA_TEST_GREP: process.env.SA_TEST_GREP } : {}),
      },
    });
    const authority = await cs.remoteAuthority(server.url);
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${root}`],
      ['extensionTestsPath', `vscode-remote://${authority}${index}`],
    ];
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exitCode = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))).catch(() => resolve(99));
    });
    page.on('console', (msg) => {
      const text = msg.text();
      const i = text.indexOf('[sa-test]');
      if (i >= 0) console.log(`  ${text.slice(i + '[sa-test]'.length + 1)}`);
    });
    page.on('pageerror', (e) => console.log(`  [page error] ${e.message}`));
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), Math.max(timeoutMs, 1000)); });
    const code = await Promise.race([exitCode, timeout]);
    const counts = readJson(resultsFile);
    if (code === 'timeout') return { ...(counts || {}), note: `timed out (layer limit ${secs(TIMEOUT.integration)})` };
    if (!counts) {
      const log = server.log().split('\n').filter((l) => /error|fail/i.test(l)).slice(-20).join('\n');
      return { note: `the extension host exited ${code} without results${log ? `; code-server log:\n${log}` : ''}` };
    }
    if (counts.passed + counts.failed === 0 && !process.env.SA_TEST_GREP) return { ...counts, note: 'ran 0 tests' };
    return { ...counts, note: code !== 0 && counts.failed === 0 ? `exit code ${code}` : undefined };
  } catch (e) {
    return { ...(readJson(resultsFile) || {}), note: `cannot run: ${e && e.message}` };
  } finally {
    clearTimeout(timer);
    if (page) await page.close().catch(() => {});
    if (server) await server.stop({ keep });
    if (!keep) {
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
    }
  }
}

/** Packages the .vsix, installs it into a fresh extensions dir, then runs the e2e mocha suite against it. */
async function e2eLayer() {
  banner('e2e: the packaged .vsix in code-server, driven by playwright-core + chromium');
  const started = Date.now();
  const files = fs.existsSync(path.join(root, 'out', 'test', 'e2e'))
    ? fs.readdirSync(path.join(root, 'out', 'test', 'e2e')).filter((f) => f.endsWith('.e2e.js')) : [];
  if (files.length === 0) return record('e2e', {}, started, 'no out/test/e2e/*.e2e.js');
  const pkg = await run('npm', ['run', '--silent', 'package'], { timeoutMs: 5 * 60e3, quiet: true });
  const vsix = path.join(root, 'dist', 'source-annotator.vsix');
  if (pkg.code !== 0 || !fs.existsSync(vsix)) {
    process.stdout.write(pkg.output.slice(-4000));
    return record('e2e', {}, started, 'npm run package failed');
  }
  console.log(`[e2e] packaged ${path.relative(root, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KiB)`);
  const tmp = cs.mkTemp('sa-e2e-');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir);
  const inst = cs.codeServerCli(['--install-extension', vsix, '--force'], { extensionsDir });
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('source-annotator.source-annotator-'));
  if (inst.status !== 0 || installed.length === 0) {
    console.log(inst.output);
    fs.rmSync(tmp, { recursive: true, force: true });
    return record('e2e', {}, started, 'code-server --install-extension failed');
  }
  console.log(`[e2e] installed ${installed[0]} into a fresh extensions dir`);
  const resultsFile = path.join(tmp, 'results.json');
  const r = await run(process.execPath, [
    path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--no-config', '--ui', 'bdd', '--timeout', '90000', '--slow', '15000',
    '--require', path.join(root, 'out', 'test', 'e2e', 'harness.js'),
    '--reporter', path.join(__dirname, 'lib', 'counting-reporter.js'),
    ...(process.env.SA_TEST_GREP ? ['--grep', process.env.SA_TEST_GREP] : []),
    ...files.sort().map((f) => path.join(root, 'out', 'test', 'e2e', f)),
  ], { env: { SA_TEST_RESULTS: resultsFile, SA_E2E_EXTENSIONS_DIR: extensionsDir, SA_E2E_KEEP: keep ? '1' : '' }, timeoutMs: TIMEOUT.e2e });
  const counts = readJson(resultsFile);
  if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  if (!counts) return record('e2e', {}, started, r.timedOut ? 'timed out' : `mocha exited ${r.code} without results`);
  record('e2e', counts, started, r.timedOut ? `timed out after ${secs(TIMEOUT.e2e)}` : undefined);
}

async function main() {
  const needHost = layers.some((l) => l !== 'unit');
  let typeErrors = 0;
  if (needHost && !skipInstall) {
    banner('host: scripts/install-host.sh (cached in .vscode-test/)');
    const s = Date.now();
    try { cs.ensureHost(); } catch (e) { console.error(String(e.message)); }
    console.log(`[host] ${secs(Date.now() - s)}`);
  }
  banner('build: npm run build');
  const b = await run('npm', ['run', '--silent', 'build'], { timeoutMs: 5 * 60e3 });
  if (b.code !== 0) console.log('[build] FAILED: integration and e2e run on whatever dist/ holds');
  banner('compile tests: tsc -p .');
  pruneStaleOut();
  const s = Date.now();
  const t = await run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')], { timeoutMs: 5 * 60e3 });
  typeErrors = (t.output.match(/error TS\d+/g) || []).length;
  console.log(`[tsc] ${typeErrors} type error(s) in ${secs(Date.now() - s)}${typeErrors ? ' (files still emitted; the run will exit non-zero)' : ''}`);

  for (const layer of layers) {
    if (needHost && layer !== 'unit' && !cs.hostReady()) { record(layer, {}, Date.now(), 'host not installed (scripts/install-host.sh failed)'); continue; }
    if (layer === 'unit') await unitLayer();
    if (layer === 'integration') await integrationLayer();
    if (layer === 'e2e') await e2eLayer();
    reapServers(`by the ${layer} layer`);
  }

  banner(`summary (${secs(Date.now() - t0)} total)`);
  for (const r of results) {
    console.log(`${r.layer.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed ${r.pending ? `${r.pending} pending ` : ''}${r.seconds.toFixed(1)} s${r.note ? `  ${r.note.split('\n')[0]}` : ''}`);
  }
  if (typeErrors) console.log(`tsc          ${typeErrors} type error(s)`);
  if (b.code !== 0) console.log('build        FAILED');
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || typeErrors > 0 || b.code !== 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
