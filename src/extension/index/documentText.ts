import type * as vscode from 'vscode';

/**
 * The index analyses an article's exact file text — a UTF-8 BOM included — so its offsets are the sidecar's
 * and the CLI's. VS Code hides the BOM from a TextDocument, so an open article's text is the document's text
 * with the BOM put back.
 */
export function withBom(documentText: string, fileHasBom: boolean): string {
  return fileHasBom && documentText.charCodeAt(0) !== 0xfeff ? '\ufeff' + documentText : documentText;
}

/**
 * How many code units the analysed text has before the document's first character (1 for a hidden BOM, else
 * 0), or undefined when the analysis is not of the document's current text (stale while the user types):
 * its offsets would then land on the wrong words.
 */
export function analysedShift(analysedText: string, document: vscode.TextDocument): number | undefined {
  const text = document.getText();
  if (analysedText === text) return 0;
  if (analysedText.length === text.length + 1 && analysedText.charCodeAt(0) === 0xfeff && analysedText.endsWith(text)) return 1;
  return undefined;
}

/** Whether bytes start with the UTF-8 BOM (EF BB BF). */
export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
