import * as assert from 'assert';
import type * as vscode from 'vscode';
import { analysedShift, startsWithBom, withBom } from '../../../src/extension/index/documentText';

const doc = (text: string) => ({ getText: () => text }) as unknown as vscode.TextDocument;

describe('corpus: the index analyses file text (BOM included) of open documents', () => {
  it('puts a hidden BOM back, never twice', () => {
    assert.strictEqual(withBom('a\r\nb', true), '\ufeffa\r\nb');
    assert.strictEqual(withBom('\ufeffa', true), '\ufeffa');
    assert.strictEqual(withBom('a', false), 'a');
  });

  it('knows the shift from analysed text to document text, or that the analysis is stale', () => {
    assert.strictEqual(analysedShift('Kim \u{1F680}\r\n', doc('Kim \u{1F680}\r\n')), 0);
    assert.strictEqual(analysedShift('\ufeffKim \u{1F680}\r\n', doc('Kim \u{1F680}\r\n')), 1);
    assert.strictEqual(analysedShift('\ufeffKim', doc('Kin')), undefined, 'stale analysis');
    assert.strictEqual(analysedShift('xKim', doc('Kim')), undefined, 'only a BOM may differ');
  });

  it('detects the UTF-8 BOM bytes', () => {
    assert.strictEqual(startsWithBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), true);
    assert.strictEqual(startsWithBom(new Uint8Array([0x41, 0xef, 0xbb, 0xbf])), false);
    assert.strictEqual(startsWithBom(new Uint8Array([0xef, 0xbb])), false);
  });
});
