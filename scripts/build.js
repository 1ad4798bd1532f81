#!/usr/bin/env node
// Bundles the extension and the CLI with esbuild: one file each, so the .vsix carries no node_modules and
// activation loads a single script. `vscode` stays external (the host provides it).
const esbuild = require('esbuild');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const root = path.join(__dirname, '..');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  absWorkingDir: root,
};

const targets = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Loaded by the extension's analysis pool in worker threads (src/node/analysisPool.ts).
  { ...common, entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
];

async function main() {
  if (watch) {
    for (const t of targets) (await esbuild.context(t)).watch();
    console.log('[build] watching for changes');
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
main().catch((e) => { console.error(e); process.exit(1); });
