/**
 * Node-only adapter of the CLI: turns file and folder arguments into article texts, refusing what cannot be an
 * article (missing paths, unreadable, binary or oversized files) with one clear message each. The text is the
 * file's exact content decoded as UTF-8 (BOM and CRLF kept) so offsets match the editor and the gold.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface ReadOptions {
  /** Glob for files inside folders: "*.txt" (default), "**\/*.md", "*.{txt,md}". */
  readonly glob?: string;
  readonly maxBytes?: number;
}

export interface ReadProblem {
  readonly path: string;
  readonly message: string;
}

export interface ReadResult {
  readonly articles: { path: string; text: string }[];
  readonly problems: ReadProblem[];
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export function readArticles(args: readonly string[], options: ReadOptions = {}): ReadResult {
  const matcher = globMatcher(options.glob ?? '*.txt');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const articles: { path: string; text: string }[] = [];
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();

  const addFile = (p: string) => {
    const key = path.resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    const r = readOne(p, maxBytes);
    if ('text' in r) articles.push({ path: p, text: r.text });
    else problems.push({ path: p, message: r.message });
  };

  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ path: arg, message: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot access (${code ?? String(e)})` });
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      walk(arg, arg, matcher, files, problems);
      files.sort();
      if (!files.length) problems.push({ path: arg, message: `folder holds no files matching ${options.glob ?? '*.txt'}` });
      files.forEach(addFile);
    } else if (st.isFile()) addFile(arg);
    else problems.push({ path: arg, message: 'not a regular file or folder' });
  }
  return { articles, problems };
}

function walk(root: string, dir: string, matcher: (rel: string) => boolean, out: string[], problems: ReadProblem[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
    return;
  }
  for (const ent of entries) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!ent.name.startsWith('.') && !SKIPPED_DIRS.has(ent.name)) walk(root, full, matcher, out, problems);
    } else if (ent.isFile() && matcher(path.relative(root, full).split(path.sep).join('/'))) out.push(full);
  }
}

/** Reads one file, or says why it is not an article. */
export function readOne(p: string, maxBytes: number = DEFAULT_MAX_BYTES): { text: string } | { message: string } {
  let buf: Buffer;
  try {
    const size = fs.statSync(p).size;
    if (size > maxBytes) return { message: `too large (${Math.round(size / 1024)} KB > ${Math.round(maxBytes / 1024)} KB limit; use --max-size-kb)` };
    buf = fs.readFileSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { message: code === 'EACCES' ? 'unreadable: permission denied' : `unreadable (${code ?? String(e)})` };
  }
  const binary = binaryReason(buf);
  if (binary) return { message: binary };
  return { text: buf.toString('utf8') };
}

/** A NUL byte, or a tail of bytes that are not UTF-8, marks a file that is not plain text. */
export function binaryReason(buf: Uint8Array): string | null {
  const n = Math.min(buf.length, 1 << 20);
  let invalid = 0;
  for (let i = 0; i < n; ) {
    const b = buf[i];
    if (b === 0) return 'binary file (contains NUL bytes), not a text article';
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) if ((buf[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) i += len;
    else {
      invalid++;
      i++;
    }
  }
  if (invalid > 8 && invalid > n / 200) return `not UTF-8 text (${invalid} invalid byte sequences); convert it to UTF-8 first`;
  return null;
}

/** A small glob: "*" within a name, "**" across folders, "{a,b}" alternatives, matched on the path relative to the folder argument. */
export function globMatcher(glob: string): (rel: string) => boolean {
  const toRe = (g: string): string => {
    let re = '';
    for (let i = 0; i < g.length; i++) {
      const c = g[i];
      if (c === '*' && g[i + 1] === '*') {
        re += '.*';
        i++;
        if (g[i + 1] === '/') i++;
      } else if (c === '*') re += '[^/]*';
      else if (c === '?') re += '[^/]';
      else if (c === '{') {
        const close = g.indexOf('}', i);
        if (close < 0) re += '\\{';
        else {
          re += '(?:' + g.slice(i + 1, close).split(',').map(toRe).join('|') + ')';
          i = close;
        }
      } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
    return re;
  };
  const re = new RegExp('^' + toRe(glob) + '$');
  const anyDepth = !glob.includes('/');
  return (rel) => re.test(rel) || (anyDepth && re.test(rel.split('/').pop() ?? rel));
}
