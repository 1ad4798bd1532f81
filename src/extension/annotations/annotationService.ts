import * as vscode from 'vscode';
import type { Knowledge } from '../../core/analysis/types';
import { buildKnowledge } from '../../core/annotations/knowledge';
import type { Annotation } from '../../core/annotations/model';
import type { SidecarProblem } from '../../core/annotations/problems';
import { MAX_SIDECAR_BYTES, parseSidecar, tooLargeProblem, type ParsedSidecar } from '../../core/annotations/sidecarParse';
import { ArticleAnnotations, type AnchoredAnnotation } from '../../core/annotations/store';
import type { AnnotationDraft, AnnotationPatch, AnnotationService, ResolvedAnnotation } from '../services';
import { documentShift, setDocumentShift } from './documentOffsets';
export { toDocumentOffset, toFileOffset } from './documentOffsets';
import { publishDiagnostics } from './sidecarDiagnostics';
import { articleUriFor, baseName, isSidecar, readArticleText, readText, sidecarUriFor, statOrUndefined, writeAtomically } from './sidecarFiles';

/** One article's annotations and what the service knows about its files. */
interface Entry {
  readonly article: vscode.Uri;
  readonly sidecar: vscode.Uri;
  readonly store: ArticleAnnotations;
  /** The article text the anchors refer to, in file coordinates (a BOM counts). */
  anchoredText?: string;
  /** Why the article cannot be annotated (missing, binary, too large). */
  unusable?: string;
  articleMissing: boolean;
  /** What is on disk as far as we know (last read or written) and what we are writing now: watcher events for our own writes are ignored. */
  diskContent?: string;
  readonly ownWrites: string[];
  /** Writes started so far: a sidecar read that a write overtook is older than what we hold, and is not reloaded. */
  writesStarted: number;
  /** Annotations added since the last successful write: carried over if the sidecar is reloaded meanwhile. */
  readonly pendingNew: Set<string>;
  /** Live edits moved annotations: the sidecar is rewritten when the article is saved. */
  movedSinceWrite: boolean;
  writeChain: Promise<void>;
  saveFailed: boolean;
  anchorProblems: SidecarProblem[];
  sidecarSource?: string;
  /** The error already notified (so a reload with the same error does not notify again). */
  notified?: string;
  /** Orphans already reported to the user. */
  knownOrphans: Set<string>;
}

const IGNORED_SCHEMES = new Set(['git', 'output', 'debug', 'vscode-userdata', 'untitled', 'walkThrough', 'vscode-settings', 'comment']);

function maxArticleBytes(): number {
  return Math.max(1, vscode.workspace.getConfiguration('sourceAnnotator').get<number>('maxArticleSizeKB', 2048)) * 1024;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class SidecarAnnotationService implements AnnotationService {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sourceAnnotator.sidecars');
  private readonly disposables: vscode.Disposable[] = [];
  private cachedKnowledge: Knowledge | undefined;
  readonly onDidChange = this.emitter.event;
  /** Resolves when every sidecar found in the workspace at start-up is loaded. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const sidecars = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    sidecars.onDidCreate((u) => void this.sidecarChangedOnDisk(u));
    sidecars.onDidChange((u) => void this.sidecarChangedOnDisk(u));
    sidecars.onDidDelete((u) => void this.sidecarChangedOnDisk(u));
    const glob = vscode.workspace.getConfiguration('sourceAnnotator').get<string>('articleGlob', '**/*.txt');
    const articles = vscode.workspace.createFileSystemWatcher(glob);
    articles.onDidCreate((u) => void this.articleChangedOnDisk(u));
    articles.onDidChange((u) => void this.articleChangedOnDisk(u));
    articles.onDidDelete((u) => void this.articleChangedOnDisk(u));
    this.disposables.push(
      sidecars,
      articles,
      this.emitter,
      this.diagnostics,
      vscode.workspace.onDidChangeTextDocument((e) => this.documentChanged(e)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.documentOpenedOrClosed(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => void this.documentOpenedOrClosed(d.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.documentSaved(d)),
    );
    this.ready = this.loadAll().catch((e) => this.log.error(`Loading sidecars failed: ${message(e)}`));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  // ---- the AnnotationService contract ----

  forArticle(uri: vscode.Uri): readonly ResolvedAnnotation[] {
    const entry = this.entries.get(uri.toString());
    if (!entry) {
      if (this.isCandidate(uri) && !this.loading.has(uri.toString())) void this.ensure(uri).then((e) => e.store.size > 0 && this.emitter.fire(uri));
      return [];
    }
    return entry.store.list().map(resolve);
  }

  articles(): readonly vscode.Uri[] {
    return [...this.entries.values()].filter((e) => e.store.size > 0).map((e) => e.article);
  }

  knowledge(): Knowledge {
    if (!this.cachedKnowledge) {
      const all: Annotation[] = [];
      for (const e of this.entries.values()) for (const a of e.store.all()) all.push(a);
      this.cachedKnowledge = buildKnowledge(all);
    }
    return this.cachedKnowledge;
  }

  async add(uri: vscode.Uri, draft: AnnotationDraft): Promise<ResolvedAnnotation> {
    const entry = await this.ensure(uri);
    const text = this.currentText(entry);
    if (text === undefined) throw new Error(`${vscode.workspace.asRelativePath(uri)} ${entry.unusable ?? 'cannot be read'}; it cannot be annotated.`);
    if (!(draft.end > draft.start) || draft.start < 0 || draft.end > text.length) {
      throw new Error(`Cannot annotate ${draft.start}–${draft.end}: the article has ${text.length} characters (UTF-16) and the span must not be empty.`);
    }
    const a = entry.store.add(text, draft);
    entry.pendingNew.add(a.id);
    await this.changed(entry);
    return resolve(entry.store.list().find((x) => x.annotation.id === a.id)!);
  }

  async update(uri: vscode.Uri, id: string, patch: AnnotationPatch): Promise<ResolvedAnnotation | undefined> {
    const entry = await this.ensure(uri);
    if (!entry.store.update(id, patch)) return undefined;
    await this.changed(entry);
    return entry.store.list().map(resolve).find((r) => r.id === id);
  }

  async remove(uri: vscode.Uri, id: string): Promise<boolean> {
    const entry = await this.ensure(uri);
    if (!entry.store.remove(id)) return false;
    entry.pendingNew.delete(id);
    await this.changed(entry);
    return true;
  }

  // ---- extras for commands and tests ----

  /** Loads the article's sidecar (if not yet) and resolves when its annotations are anchored. */
  async whenLoaded(uri: vscode.Uri): Promise<readonly ResolvedAnnotation[]> {
    await this.ensure(uri);
    return this.forArticle(uri);
  }

  /** Orphans of every loaded article. */
  orphans(): { uri: vscode.Uri; sidecar: vscode.Uri; annotation: Annotation }[] {
    return [...this.entries.values()].flatMap((e) => e.store.orphans().map((annotation) => ({ uri: e.article, sidecar: e.sidecar, annotation })));
  }

  /** The sidecar problems of an article (parse and anchoring), for tests and views. */
  problems(uri: vscode.Uri): readonly SidecarProblem[] {
    const e = this.entries.get(uri.toString());
    return e ? [...e.store.problems, ...e.anchorProblems] : [];
  }

  /** Whether the article's sidecar can be written (false while it has errors on disk). */
  isWritable(uri: vscode.Uri): boolean {
    return this.entries.get(uri.toString())?.store.writable ?? true;
  }

  /** Writes pending changes now (e.g. to retry after a failed write). */
  async flush(uri?: vscode.Uri): Promise<void> {
    const targets = uri ? [this.entries.get(uri.toString())].filter((e): e is Entry => !!e) : [...this.entries.values()];
    await Promise.all(targets.map((e) => this.save(e)));
  }

  // ---- loading ----

  private isCandidate(uri: vscode.Uri): boolean {
    return !IGNORED_SCHEMES.has(uri.scheme) && !isSidecar(uri);
  }

  private async loadAll(): Promise<void> {
    const found = await vscode.workspace.findFiles('**/*.annotations.yaml', '**/node_modules/**');
    await Promise.all(found.map((s) => this.ensure(articleUriFor(s)).catch((e) => this.log.error(`${s.toString()}: ${message(e)}`))));
    this.emitter.fire(undefined);
  }

  private ensure(article: vscode.Uri): Promise<Entry> {
    const key = article.toString();
    const have = this.entries.get(key);
    if (have) return Promise.resolve(have);
    let p = this.loading.get(key);
    if (!p) {
      p = this.load(article).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  private async load(article: vscode.Uri): Promise<Entry> {
    const entry: Entry = {
      article,
      sidecar: sidecarUriFor(article),
      store: new ArticleAnnotations(baseName(article)),
      articleMissing: false,
      pendingNew: new Set(),
      movedSinceWrite: false,
      writeChain: Promise.resolve(),
      saveFailed: false,
      anchorProblems: [],
      ownWrites: [],
      writesStarted: 0,
      knownOrphans: new Set(),
    };
    await this.readArticle(entry);
    const read = await this.readSidecar(entry);
    if (read) this.apply(entry, read);
    this.entries.set(article.toString(), entry);
    this.anchor(entry);
    return entry;
  }

  /** Reads and parses the sidecar; undefined when the disk holds what we read or wrote last (nothing to reload). */
  private async readSidecar(entry: Entry): Promise<{ parsed: ParsedSidecar; source?: string } | undefined> {
    const name = baseName(entry.article);
    const stat = await statOrUndefined(entry.sidecar);
    if (!stat) return { parsed: { annotations: [], problems: [], lines: new Map(), writable: true } };
    if (stat.size > MAX_SIDECAR_BYTES) return { parsed: { annotations: [], problems: [tooLargeProblem(stat.size)], lines: new Map(), writable: false } };
    let source: string;
    try {
      source = await readText(entry.sidecar);
    } catch (e) {
      return { parsed: { annotations: [], problems: [{ severity: 'error', line: 1, column: 1, message: `Cannot read the sidecar: ${message(e)}` }], lines: new Map(), writable: false } };
    }
    if (source === entry.diskContent || entry.ownWrites.includes(source)) return undefined;
    return { parsed: parseSidecar(source, name), source };
  }

  /** Replaces the entry's records with a parsed sidecar (synchronously, so nobody sees a half-loaded store). */
  private apply(entry: Entry, read: { parsed: ParsedSidecar; source?: string }): void {
    // Work not saved yet (e.g. added while the sidecar was broken) survives the reload.
    const pending = [...entry.pendingNew].map((id) => entry.store.get(id)).filter((a): a is Annotation => !!a);
    entry.store.load(read.parsed);
    for (const a of pending) entry.store.adopt(a);
    entry.diskContent = read.source;
    entry.sidecarSource = read.source;
  }

  private async readArticle(entry: Entry): Promise<void> {
    const stat = await statOrUndefined(entry.article);
    entry.articleMissing = !stat;
    if (!stat) {
      entry.anchoredText = undefined;
      entry.unusable = 'does not exist';
      return;
    }
    const r = await readArticleText(entry.article, maxArticleBytes());
    if ('reason' in r) {
      entry.unusable = r.reason;
      entry.anchoredText = undefined;
      return;
    }
    entry.unusable = undefined;
    setDocumentShift(entry.article, r.text.startsWith('\uFEFF') ? 1 : 0);
    entry.anchoredText = r.text;
  }

  /** The article as the user sees it now (the open editor's text, unsaved edits included), in file coordinates. */
  private currentText(entry: Entry): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.article.toString());
    if (!doc) return entry.anchoredText;
    const shift = documentShift(entry.article);
    const t = doc.getText();
    return shift && !t.startsWith('\uFEFF') ? '\uFEFF' + t : t;
  }

  private anchor(entry: Entry): void {
    const text = this.currentText(entry);
    if (text === undefined) {
      entry.store.reanchor('');
      entry.anchorProblems = entry.store.size
        ? [{ severity: 'warning', line: 1, column: 1, message: `The article ${baseName(entry.article)} ${entry.unusable ?? 'cannot be read'}; its ${entry.store.size} annotation(s) are kept, not anchored.` }]
        : [];
    } else {
      entry.anchoredText = text;
      const report = entry.store.reanchor(text);
      entry.anchorProblems = report.problems;
      const fresh = report.orphans.filter((a) => !entry.knownOrphans.has(a.id));
      entry.knownOrphans = new Set(report.orphans.map((a) => a.id));
      if (fresh.length) {
        const rel = vscode.workspace.asRelativePath(entry.article);
        this.log.warn(`${rel}: ${fresh.length} annotation(s) not found in the text (orphans)`);
        void vscode.window
          .showWarningMessage(`Source Annotator: ${fresh.length} annotation(s) of ${rel} could not be found in its current text. They are kept as orphans.`, 'Show Orphans')
          .then((c) => c && vscode.commands.executeCommand('sourceAnnotator.showOrphans'));
      }
    }
    this.publish(entry);
  }

  private publish(entry: Entry): void {
    const problems = [...entry.store.problems, ...entry.anchorProblems];
    publishDiagnostics(this.diagnostics, entry.sidecar, entry.sidecarSource, problems);
    const errors = entry.store.problems.filter((p) => p.severity === 'error');
    const key = errors.map((p) => `${p.line}:${p.message}`).join('\n');
    if (errors.length && entry.notified !== key) {
      entry.notified = key;
      const first = errors[0];
      void vscode.window.showWarningMessage(
        `Source Annotator: ${vscode.workspace.asRelativePath(entry.sidecar)} line ${first.line}: ${first.message} The file is not loaded${errors.length > 1 ? ` (${errors.length} problems)` : ''} and will not be overwritten; new annotations for this article stay in memory until it is fixed.`,
      );
    }
    if (!errors.length) entry.notified = undefined;
  }

  // ---- changes ----

  private async changed(entry: Entry): Promise<void> {
    this.cachedKnowledge = undefined;
    if (this.batching > 0) {
      this.batched.add(entry);
      return;
    }
    this.emitter.fire(entry.article);
    await this.save(entry);
  }

  private batching = 0;
  private readonly batched = new Set<Entry>();

  /** Runs many changes with one write and one change event per article at the end (apply to every mention). */
  async batch<T>(fn: () => Promise<T>): Promise<T> {
    this.batching++;
    try {
      return await fn();
    } finally {
      if (--this.batching === 0) {
        const entries = [...this.batched];
        this.batched.clear();
        for (const e of entries) this.emitter.fire(e.article);
        await Promise.all(entries.map((e) => this.save(e)));
      }
    }
  }

  private save(entry: Entry): Promise<void> {
    entry.writeChain = entry.writeChain.then(() => this.write(entry));
    return entry.writeChain;
  }

  private async write(entry: Entry): Promise<void> {
    const { store } = entry;
    if (!store.dirty) return;
    const rel = vscode.workspace.asRelativePath(entry.sidecar);
    if (!store.writable) {
      void vscode.window.showWarningMessage(
        `Source Annotator: ${rel} has errors and is not overwritten. Your change is kept in memory and saved once the file is fixed (see the Problems panel).`,
      );
      return;
    }
    let content: string;
    try {
      content = store.serialize(this.currentText(entry));
    } catch (e) {
      this.log.error(`${rel}: ${message(e)}`);
      return;
    }
    entry.ownWrites.push(content);
    entry.writesStarted++;
    try {
      await writeAtomically(entry.sidecar, content);
      entry.diskContent = content;
      entry.sidecarSource = content;
      store.markSaved();
      entry.pendingNew.clear();
      entry.movedSinceWrite = false;
      if (entry.saveFailed) {
        entry.saveFailed = false;
        void vscode.window.showInformationMessage(`Source Annotator: annotations saved to ${rel}.`);
      }
    } catch (e) {
      entry.saveFailed = true;
      this.log.error(`Writing ${rel} failed: ${message(e)}`);
      void vscode.window.showWarningMessage(
        `Source Annotator: could not save annotations to ${rel} (${message(e)}). They are kept in memory; saving is retried on the next change or save.`,
      );
    } finally {
      entry.ownWrites.splice(entry.ownWrites.indexOf(content), 1);
    }
  }

  private async sidecarChangedOnDisk(sidecar: vscode.Uri): Promise<void> {
    const article = articleUriFor(sidecar);
    if (!this.isCandidate(article)) return;
    // A load in progress may have read the sidecar before this change: wait for it, then read again below.
    await this.loading.get(article.toString())?.catch(() => undefined);
    const entry = this.entries.get(article.toString());
    if (!entry) {
      if (await statOrUndefined(sidecar)) {
        await this.ensure(article);
        this.cachedKnowledge = undefined;
        this.emitter.fire(article);
      }
      return;
    }
    await entry.writeChain; // never interleave with our own write
    const writes = entry.writesStarted;
    const read = await this.readSidecar(entry);
    if (!read) return; // our own write
    // A write of ours began while the file was read (a slow machine): what was read is older than the annotations
    // in memory, and our write has replaced it on disk. Reloading it would undo the user's latest change.
    if (entry.writesStarted !== writes || entry.ownWrites.length > 0) return;
    this.apply(entry, read);
    this.anchor(entry);
    this.log.info(`${vscode.workspace.asRelativePath(sidecar)} changed on disk; reloaded`);
    this.cachedKnowledge = undefined;
    this.emitter.fire(entry.article);
    if (entry.store.dirty) await this.save(entry); // pending work can be saved now that the file is fixed
  }

  private async articleChangedOnDisk(article: vscode.Uri): Promise<void> {
    await this.loading.get(article.toString())?.catch(() => undefined);
    const entry = this.entries.get(article.toString());
    if (!entry) return;
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString());
    const before = entry.anchoredText;
    await this.readArticle(entry);
    if (open && !entry.articleMissing) return; // the editor's text is what anchors follow
    if (entry.anchoredText === before && !entry.articleMissing) return;
    this.anchor(entry);
    this.emitter.fire(entry.article);
  }

  private async documentOpenedOrClosed(uri: vscode.Uri): Promise<void> {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    const closed = !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (closed) await this.readArticle(entry); // unsaved edits were discarded: the file is the truth again
    const text = this.currentText(entry);
    if (text !== undefined && text === entry.anchoredText && !closed) return;
    this.anchor(entry);
    this.emitter.fire(entry.article);
  }

  private documentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || entry.store.size === 0) {
      if (entry) entry.anchoredText = this.currentText(entry);
      return;
    }
    const shift = documentShift(entry.article);
    const edits = e.contentChanges.map((c) => ({ start: c.rangeOffset + shift, end: c.rangeOffset + c.rangeLength + shift, text: c.text }));
    const text = this.currentText(entry)!;
    const r = entry.store.applyEdits(edits, text);
    entry.anchoredText = text;
    if (r.moved) {
      entry.movedSinceWrite = true;
      this.emitter.fire(entry.article);
    }
  }

  private documentSaved(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry) return;
    if (entry.movedSinceWrite && entry.store.size > 0) entry.store.dirty = true;
    if (entry.store.dirty) void this.save(entry);
  }
}

function resolve(x: AnchoredAnnotation): ResolvedAnnotation {
  const a = x.annotation;
  return {
    id: a.id,
    kind: a.kind,
    ...(a.status ? { status: a.status } : {}),
    ...(x.span ? { span: x.span } : {}),
    exact: a.exact,
    ...(a.type ? { type: a.type } : {}),
    ...(a.entity ? { entity: a.entity } : {}),
    ...(a.name ? { name: a.name } : {}),
    ...(a.speaker ? { speaker: a.speaker } : {}),
    ...(a.note ? { note: a.note } : {}),
  };
}

export function createAnnotationService(_context: vscode.ExtensionContext, log: vscode.LogOutputChannel): AnnotationService {
  return new SidecarAnnotationService(log);
}
