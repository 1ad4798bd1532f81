#!/usr/bin/env node
// `npm run eval`: builds the CLI, runs it on seeds/ with --json, scores the output with ../shared/eval/score.js
// against the seeds gold and prints the table. Exit code: the scorer's, or 1 when the build or the CLI fails.
//   node scripts/eval.js [--skip-build] [--keep <out.json>] [--seeds <dir>] [--gold <gold.json>] [--no-links]
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf('--' + name); return i >= 0 ? args[i + 1] : dflt; };
const has = (name) => args.includes('--' + name);

const shared = path.resolve(root, '..', 'shared');
const scorer = path.join(shared, 'eval', 'score.js');
const gold = path.resolve(opt('gold', path.join(shared, 'eval', 'seeds.gold.json')));
const seeds = path.resolve(opt('seeds', path.join(root, 'seeds')));

for (const [what, p] of [['scorer', scorer], ['gold standard', gold], ['seeds folder', seeds]]) {
  if (!fs.existsSync(p)) {
    console.error(`eval: the ${what} is missing: ${p}\n` +
      'The shared evaluation material is expected in ../shared next to the repository (shared/eval/score.js, shared/eval/seeds.gold.json).');
    process.exit(2);
  }
}

if (!has('skip-build')) {
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) { console.error('eval: build failed'); process.exit(1); }
}

const cli = path.join(root, 'dist', 'cli.js');
const out = opt('keep', path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sa-eval-')), 'seeds.json'));
const cliArgs = [cli, 'analyze', path.relative(root, seeds) || '.', '--json'];
if (has('no-links')) cliArgs.push('--no-links');
const t0 = process.hrtime.bigint();
const run = spawnSync(process.execPath, cliArgs, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (run.stderr) process.stderr.write(run.stderr);
if (run.status !== 0 || !run.stdout) {
  console.error(`eval: the CLI failed (exit ${run.status}${run.error ? ', ' + run.error.message : ''})`);
  process.exit(1);
}
fs.writeFileSync(out, run.stdout);
console.log(`CLI: ${path.relative(root, seeds)} analysed in ${ms.toFixed(0)} ms -> ${out}`);

const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out], { cwd: root, stdio: 'inherit' });
process.exit(score.status === null ? 1 : score.status);
