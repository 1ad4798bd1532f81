import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// src/core must run in plain Node, the CLI and a web worker: no `vscode` import, no import from the
// extension layer. This test reads the sources so a violation fails here, not at run time in a worker.
const root = path.resolve(__dirname, '../../../..');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

export function forbiddenImports(source: string): string[] {
  const found: string[] = [];
  const re = /(?:import\s[^'"]*?from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const spec = m[1];
    if (spec === 'vscode' || spec.startsWith('vscode/') || /(^|\/)extension(\/|$)/.test(spec)) found.push(spec);
  }
  return found;
}

describe('architecture: src/core is pure', () => {
  it('detects a vscode import (the check can fail)', () => {
    assert.deepStrictEqual(forbiddenImports("import * as vscode from 'vscode';"), ['vscode']);
    assert.deepStrictEqual(forbiddenImports("const x = require('../extension/services');"), ['../extension/services']);
    assert.deepStrictEqual(forbiddenImports("import type { A } from './types';"), []);
  });

  it('no file under src/core imports vscode or the extension layer', () => {
    const files = tsFiles(path.join(root, 'src/core'));
    assert.ok(files.length > 0, 'src/core has sources');
    const offenders = files
      .map((f) => ({ f: path.relative(root, f), bad: forbiddenImports(fs.readFileSync(f, 'utf8')) }))
      .filter((x) => x.bad.length > 0);
    assert.deepStrictEqual(offenders, []);
  });
});
