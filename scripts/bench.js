#!/usr/bin/env node
// `npm run bench`: compiles the TypeScript (tsc -p .) and runs every out/test/bench/*.bench.js in its own node
// process (with --expose-gc for memory figures). Benchmarks print their own tables; exit 1 if one fails.
//   node scripts/bench.js [name-filter]
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const filter = process.argv[2];

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'], { cwd: root, encoding: 'utf8' });
if (tsc.status !== 0) {
  // tsc still emits when files outside the benchmarks have type errors; only say so.
  const benchErrors = (tsc.stdout || '').split('\n').filter((l) => /^test\/bench\//.test(l));
  console.error(`bench: tsc reported type errors${benchErrors.length ? ' in the benchmarks:\n' + benchErrors.join('\n') : ' (outside the benchmarks)'}`);
}

const dir = path.join(root, 'out', 'test', 'bench');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bench.js') && (!filter || f.includes(filter))).sort() : [];
if (!files.length) {
  console.error(`bench: no compiled benchmarks in ${path.relative(root, dir)}`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(dir, f)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${f} failed (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
