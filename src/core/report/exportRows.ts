/**
 * Flat exports of an analysis for spreadsheets and pipelines: JSON Lines (one article per line, the CLI JSON
 * article shape) and CSV (one row per entity, quote and claim). CSV cells are quoted per RFC 4180, and cells
 * that a spreadsheet would run as a formula (= + - @ first) get a leading apostrophe.
 */
import type { AnalyzedDocument } from '../analysis/analyze';
import { buildCliJson } from './cliJson';

export type ExportFormat = 'jsonl' | 'csv';

export function exportJsonl(docs: readonly AnalyzedDocument[]): string {
  return buildCliJson(docs).articles.map((a) => JSON.stringify(a)).join('\n') + (docs.length ? '\n' : '');
}

const HEADER = ['record', 'path', 'start', 'end', 'type', 'id', 'speaker', 'speaker_name', 'channel', 'attributed', 'links', 'text'];

export function exportCsv(docs: readonly AnalyzedDocument[]): string {
  const rows: (string | number)[][] = [HEADER];
  for (const a of buildCliJson(docs).articles) {
    for (const e of a.entities) rows.push(['entity', a.path, e.start, e.end, e.type, e.id, '', '', '', '', '', e.text]);
    for (const q of a.quotes) rows.push(['quote', a.path, q.start, q.end, q.kind, '', q.speaker?.id ?? '', q.speaker?.name ?? '', q.channel ?? '', '', q.links.length, q.text]);
    for (const c of a.claims) rows.push(['claim', a.path, c.start, c.end, c.polarity, '', c.speakers.join(' '), '', '', String(c.attributed), c.links.length, c.text]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
  return /[",\r\n']/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}
