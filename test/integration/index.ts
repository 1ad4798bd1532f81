import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

/**
 * The in-host test entry (the @vscode/test-electron contract: the workbench loads this module as
 * `extensionTestsPath` and calls run()). It runs every out/test/integration/**\/*.test.js with mocha.
 *
 * Both `describe/it` (bdd) and `suite/test` (tdd) work; keep one style per file, as the two interfaces
 * keep separate nesting stacks.
 *
 * Extension-host console.log reaches the browser console with format strings unexpanded, so every line is
 * formatted here and tagged with TAG; scripts/test-all.js prints only tagged lines. When SA_TEST_RESULTS
 * names a file, the counts and failures are also written there as JSON after every test (the runner's
 * authoritative count).
 * SA_TEST_GREP (a regexp) narrows the run, e.g. SA_TEST_GREP=annotations; SA_TEST_FILES picks files.
 */
export const TAG = '[sa-test]';

interface Result {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
  files: string[];
}

function say(text: string): void {
  for (const line of text.split('\n')) console.log(`${TAG} ${line}`);
}

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.js') ? [p] : [];
  }).sort();
}

/** A reporter that prints plain, tagged, already-formatted lines and collects the result. */
function taggedReporter(result: Result, changed: () => void) {
  return class TaggedReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      runner.on('suite', (s: Mocha.Suite) => { if (s.title) say(`suite: ${s.fullTitle()}`); });
      runner.on('pass', (t: Mocha.Test) => { result.passed++; say(`  pass: ${t.fullTitle()} (${t.duration ?? 0} ms)`); changed(); });
      runner.on('pending', (t: Mocha.Test) => { result.pending++; say(`  pending: ${t.fullTitle()}`); changed(); });
      runner.on('fail', (t: Mocha.Test | Mocha.Hook, err: Error) => {
        result.failed++;
        const error = (err && (err.stack || err.message)) || String(err);
        result.failures.push({ title: t.fullTitle(), error });
        say(`  FAIL: ${t.fullTitle()}\n    ${error.split('\n').slice(0, 12).join('\n    ')}`);
        changed();
      });
    }
  };
}

export function run(): Promise<void> {
  const testsRoot = __dirname;
  // SA_TEST_FILES (comma-separated, relative to this folder) runs only those files: the runner gives each
  // test file its own workbench and workspace copy this way.
  const only = (process.env.SA_TEST_FILES || '').split(',').map((f) => f.trim()).filter(Boolean);
  const files = testFiles(testsRoot).filter((f) => only.length === 0 || only.includes(path.relative(testsRoot, f)));
  const result: Result = { passed: 0, failed: 0, pending: 0, failures: [], files: files.map((f) => path.relative(testsRoot, f)) };
  const grep = process.env.SA_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, slow: 5000, ...(grep ? { grep: new RegExp(grep) } : {}) });
  // Also expose suite/test/setup/teardown for tdd-style files.
  (Mocha.interfaces.tdd as unknown as (s: Mocha.Suite) => void)(mocha.suite);
  for (const f of files) mocha.addFile(f);
  say(`start: ${files.length} test file(s): ${result.files.join(', ')}`);

  const write = () => {
    const out = process.env.SA_TEST_RESULTS;
    if (out) {
      try { fs.writeFileSync(out, JSON.stringify(result, null, 2)); } catch (e) { say(`cannot write ${out}: ${String(e)}`); }
    }
  };
  // Written after every test too, so a run stopped on timeout still reports what it did.
  mocha.reporter(taggedReporter(result, write));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        say(`result: passed: ${result.passed}, failed: ${result.failed}, pending: ${result.pending}`);
        write();
        if (failures > 0 || result.passed === 0) reject(new Error(`${failures} integration test(s) failed, ${result.passed} passed`));
        else resolve();
      });
    } catch (e) {
      result.failed++;
      result.failures.push({ title: 'loading the test files', error: String((e as Error)?.stack || e) });
      say(`FAIL: loading the test files: ${String((e as Error)?.stack || e)}`);
      write();
      reject(e);
    }
  });
}
