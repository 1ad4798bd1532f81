import type * as vscode from 'vscode';

/**
 * VS Code hides a UTF-8 BOM from TextDocument text and offsets, while sidecar offsets count it (they are offsets
 * of the file's exact text). The annotation service records per article whether its file has a BOM.
 */
const documentShifts = new Map<string, number>();

export function setDocumentShift(uri: vscode.Uri, shift: number): void {
  documentShifts.set(uri.toString(), shift);
}

/** 1 when the article's file starts with a BOM that the editor does not show, else 0. */
export function documentShift(uri: vscode.Uri): number {
  return documentShifts.get(uri.toString()) ?? 0;
}

/** Converts a TextDocument offset to the file offset the sidecar uses (they differ only after a BOM). */
export function toFileOffset(uri: vscode.Uri, documentOffset: number): number {
  return documentOffset + documentShift(uri);
}

/** Converts a sidecar/file offset to a TextDocument offset. */
export function toDocumentOffset(uri: vscode.Uri, fileOffset: number): number {
  return Math.max(0, fileOffset - documentShift(uri));
}
