/**
 * Headless command line over the analysis core.
 *   source-annotator analyze <files-or-folders>... [--json] [--no-links] [--glob "*.txt"] [--max-size-kb N]
 *   source-annotator export <files-or-folders>... --format jsonl|csv
 * Exit codes (docs/cli.md): 0 all analysed, 1 some inputs skipped with a message on stderr, 2 usage error.
 */
import { analyzeArticle, analyzeCorpus, type AnalyzedDocument, type CorpusDocument } from './core/analysis/analyze';
import { buildCliJson } from './core/report/cliJson';
import { formatSummary } from './core/report/summary';
import { exportCsv, exportJsonl, type ExportFormat } from './core/report/exportRows';
import { linkCorpus } from './core/corpus/claimLinks';
import { DEFAULT_MAX_BYTES, readArticles } from './node/readArticles';

const USAGE = `Usage: source-annotator analyze <file-or-folder>... [options]
       source-annotator export <file-or-folder>... --format jsonl|csv [options]

Analyses plain-text news articles: entities, quotes with their speakers, claims, and
claims shared across the articles given together.

Options:
  --json             print the JSON of FORMAT.md (version 1) instead of the summary
  --format <f>       export only: jsonl (one article per line) or csv (one row per
                     entity, quote and claim)
  --no-links         skip cross-article claim links
  --glob <pattern>   files to take inside folders (default "*.txt"; "**" crosses folders)
  --max-size-kb <n>  skip files larger than this (default ${DEFAULT_MAX_BYTES / 1024})
  -h, --help         show this help

Exit codes: 0 ok, 1 some inputs were skipped (reasons on stderr), 2 usage error.`;

interface Args {
  readonly command: string;
  readonly paths: string[];
  readonly json: boolean;
  readonly format?: ExportFormat;
  readonly links: boolean;
  readonly glob?: string;
  readonly maxBytes: number;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' {
  if (argv.length === 0) throw new UsageError('missing command');
  if (argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return 'help';
  const command = argv[0];
  if (command !== 'analyze' && command !== 'export') throw new UsageError(`unknown command "${command}" (expected "analyze" or "export")`);
  let format: ExportFormat | undefined;
  const paths: string[] = [];
  let json = false;
  let links = true;
  let glob: string | undefined;
  let maxBytes = DEFAULT_MAX_BYTES;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--no-links') links = false;
    else if (a === '--glob') glob = value();
    else if (a === '--format') {
      const f = value();
      if (f !== 'jsonl' && f !== 'csv') throw new UsageError(`--format must be jsonl or csv, not "${f}"`);
      format = f;
    }
    else if (a === '--max-size-kb') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-size-kb needs a positive number');
      maxBytes = Math.round(n * 1024);
    } else if (a === '-h' || a === '--help') return 'help';
    else if (a === '--') paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (!paths.length) throw new UsageError('no files or folders given');
  if (command === 'export' && !format) throw new UsageError('export needs --format jsonl or --format csv');
  if (command === 'analyze' && format) throw new UsageError('--format belongs to the export command');
  return { command, paths, json, format, links, glob, maxBytes };
}

/** Analyses the corpus; a document that makes the engine throw is reported and left out instead of failing all. */
function analyseAll(docs: CorpusDocument[], problems: { path: string; message: string }[]): AnalyzedDocument[] {
  try {
    return analyzeCorpus(docs);
  } catch {
    const ok = docs.filter((d) => {
      try {
        analyzeArticle(d.text);
        return true;
      } catch (e) {
        problems.push({ path: d.path, message: `internal error while analysing: ${(e as Error).message}` });
        return false;
      }
    });
    return ok.length ? analyzeCorpus(ok) : [];
  }
}

export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`source-annotator: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    out(USAGE + '\n');
    return 0;
  }
  const { articles, problems } = readArticles(args.paths, { glob: args.glob, maxBytes: args.maxBytes });
  const docs = analyseAll(articles, problems);
  if (args.links && docs.length > 1) {
    try {
      linkCorpus(docs);
    } catch (e) {
      err(`source-annotator: cross-article links skipped: ${(e as Error).message}\n`);
    }
  }
  for (const p of problems) err(`source-annotator: skipped ${p.path}: ${p.message}\n`);
  if (args.format === 'jsonl') out(exportJsonl(docs));
  else if (args.format === 'csv') out(exportCsv(docs));
  else if (args.json) out(JSON.stringify(buildCliJson(docs), null, 1) + '\n');
  else out(docs.length ? formatSummary(docs) : 'No articles analysed.\n');
  return problems.length ? 1 : 0;
}

if (require.main === module) {
  const chunks: string[] = [];
  const code = main(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s));
  // One write, then exit once stdout has drained (a pipe would otherwise cut large JSON short).
  process.stdout.write(chunks.join(''), () => process.exit(code));
}
