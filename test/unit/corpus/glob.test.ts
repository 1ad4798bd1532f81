import * as assert from 'assert';
import { matchesGlob } from '../../../src/core/corpus/glob';

describe('corpus: article glob', () => {
  it('matches the default **/*.txt at any depth', () => {
    assert.ok(matchesGlob('**/*.txt', 'a.txt'));
    assert.ok(matchesGlob('**/*.txt', 'seeds/deep/a.txt'));
    assert.ok(!matchesGlob('**/*.txt', 'a.txt.annotations.yaml'));
    assert.ok(!matchesGlob('**/*.txt', 'a.md'));
  });
  it('supports braces, ? and character classes', () => {
    assert.ok(matchesGlob('articles/**/*.{txt,md}', 'articles/x/y.md'));
    assert.ok(!matchesGlob('articles/**/*.{txt,md}', 'other/y.md'));
    assert.ok(matchesGlob('a?.txt', 'ab.txt'));
    assert.ok(matchesGlob('[0-9]*.txt', '001_x.txt'));
    assert.ok(!matchesGlob('*.txt', 'dir/a.txt'), 'a single star stays within one folder');
  });
});
