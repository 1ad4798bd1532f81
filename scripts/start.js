#!/usr/bin/env node
// `npm start`: build, then open seeds/ in a real VS Code with this extension loaded.
//  - desktop: `code --extensionDevelopmentPath=<repo> seeds` when a `code` binary is on PATH;
//  - otherwise (or with --server): code-server on 127.0.0.1:$PORT (default 8080) from .vscode-test/
//    (installed on first use by scripts/install-host.sh), with the repo linked into its extensions dir.
//    Prints the URL; Ctrl+C / SIGTERM stops the whole code-server process group.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const cs = require('./lib/code-server');

const root = cs.root;
const seeds = path.join(root, 'seeds');
const forceServer = process.argv.includes('--server');

function onPath(bin) {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;
}

async function main() {
  console.log('[start] npm run build');
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) { console.error('[start] build failed'); process.exit(1); }

  if (!forceServer && onPath('code')) {
    console.log(`[start] code --extensionDevelopmentPath=${root} ${seeds}`);
    const r = spawnSync('code', [`--extensionDevelopmentPath=${root}`, seeds], { stdio: 'inherit' });
    process.exit(r.status ?? 0);
  }

  console.log('[start] no `code` on PATH: using code-server (scripts/install-host.sh, cached in .vscode-test/)');
  cs.ensureHost();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // The extension is the repo itself (dist/ from the build above), linked as an unpacked extension folder
  // (<publisher>.<name>-<version>); the profile is fresh per run (a temp dir removed on stop).
  const home = path.join(cs.cache, 'start');
  const extensionsDir = path.join(home, 'extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(root, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');

  const port = Number(process.env.PORT || 8080);
  const server = await cs.startCodeServer({
    port, extensionsDir, workspace: seeds, logFile: path.join(home, 'code-server.log'),
    settings: { 'editor.wordWrap': 'on' },
  }).catch((e) => {
    console.error(`[start] code-server did not start on 127.0.0.1:${port}: ${e.message.split('\n')[0]}`);
    console.error('[start] is the port taken? Try e.g. PORT=8081 npm start');
    process.exit(1);
  });
  const url = `${server.url}/?folder=${encodeURI(seeds)}`;
  console.log(`\n  Source Annotator is running in code-server (VS Code ${codeVersion()}):\n\n    ${url}\n`);
  console.log(`  Open it in a browser; Ctrl+C stops the server. Log: ${path.relative(root, server.logFile)}\n`);

  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${sig}: stopping code-server (process group ${server.pid})`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  server.process.on('exit', (code) => {
    if (stopping) return;
    console.error(`[start] code-server exited (${code}); see ${server.logFile}`);
    void server.stop().then(() => process.exit(code || 1));
  });
}

function codeVersion() {
  try {
    const p = path.join(cs.cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
    return JSON.parse(fs.readFileSync(p, 'utf8')).version;
  } catch { return '?'; }
}

main().catch((e) => { console.error(e); process.exit(1); });
