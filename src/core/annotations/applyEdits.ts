/** A replacement of [start, end) of the old text by `text`, like a VS Code content change. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface MappedSpan {
  start: number;
  end: number;
  /** The edit overlapped the span: its text must be checked again. */
  touched: boolean;
}

/**
 * Moves a span through one edit. Spans before the edit stay, spans after it shift, and a span the edit
 * overlaps gets a best guess (to check against the new text) and is marked touched. An insertion exactly at
 * a span's start or end lands outside the span.
 */
export function mapSpan(span: { start: number; end: number }, edit: TextEdit): MappedSpan {
  const delta = edit.text.length - (edit.end - edit.start);
  if (edit.end <= span.start && !(edit.start === edit.end && edit.start === span.end)) {
    return { start: span.start + delta, end: span.end + delta, touched: false };
  }
  if (edit.start >= span.end) return { start: span.start, end: span.end, touched: false };
  const start = span.start < edit.start ? span.start : span.start >= edit.end ? span.start + delta : edit.start;
  const end = span.end > edit.end ? span.end + delta : edit.start + edit.text.length;
  return { start, end: Math.max(start, end), touched: true };
}

/** Applies edits in sequence (each relative to the text after the previous one) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
