// Mocha's spec output for people, plus the counts as JSON for scripts/test-all.js (written to the file named
// by SA_TEST_RESULTS), so the runner never parses human-readable text.
'use strict';
const fs = require('fs');
const Mocha = require('mocha');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const result = { passed: 0, failed: 0, pending: 0, failures: [] };
    // Written after every test, so a run killed on timeout still reports what it did.
    const write = () => {
      const out = process.env.SA_TEST_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
    };
    runner.on('pass', () => { result.passed++; write(); });
    runner.on('pending', () => { result.pending++; write(); });
    runner.on('fail', (t, err) => {
      result.failed++;
      result.failures.push({ title: t.fullTitle(), error: String((err && err.message) || err) });
      write();
    });
    runner.once('end', write);
  }
}

module.exports = CountingReporter;
