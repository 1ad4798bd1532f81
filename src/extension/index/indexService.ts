import * as vscode from 'vscode';
import { CorpusIndex, type CorpusArticle } from '../../core/corpus/corpusIndex';
import type { ArticleAnalysis, Knowledge } from '../../core/analysis/types';
import { AnalysisPool } from '../../node/analysisPool';
import type { AnnotationService, CorpusEntity, IndexedArticle, IndexService, IndexStats, MentionRef } from '../services';
import { indexSettings, matchesArticleGlob, readArticle } from './articleFiles';
import { IndexStatus } from './indexStatus';
import { startsWithBom, withBom } from './documentText';

/** The index service plus the corpus it fronts (hovers and decorations read cross-references from it). */
export interface CorpusIndexService extends IndexService {
  readonly corpus: CorpusIndex;
  uriOf(path: string): vscode.Uri | undefined;
}

export function hasCorpus(index: IndexService): index is CorpusIndexService {
  return (index as Partial<CorpusIndexService>).corpus instanceof CorpusIndex;
}

const EDIT_DEBOUNCE_MS = 300;
const KNOWLEDGE_DEBOUNCE_MS = 500;

/** Thrown out of the pool's result loop when a newer full pass has started. */
const SUPERSEDED = new Error('superseded by a newer indexing pass');

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function knowledgeKey(k: Knowledge | undefined): string {
  if (!k) return '';
  const names = [...k.names.entries()].map(([s, v]) => `${s}=${v.type}/${v.id}/${v.source}`).sort();
  const shown = [...(k.displayNames ?? new Map<string, string>()).entries()].map(([id, n]) => `${id}=${n}`).sort();
  return names.join('\n') + '\n--\n' + [...k.rejected].sort().join('\n') + '\n--\n' + shown.join('\n');
}

class WorkspaceIndex implements CorpusIndexService {
  readonly corpus = new CorpusIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly updates = new vscode.EventEmitter<readonly vscode.Uri[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly status = new IndexStatus();
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private knowledgeTimer: ReturnType<typeof setTimeout> | undefined;
  private knowledgeSeen = '';
  /** Bumped by each full pass; an older pass stops when it sees a newer one started. */
  private generation = 0;
  private settings = indexSettings();
  /** Articles whose claim/quote links need refreshing, worked off in the background. */
  private readonly linkQueue = new Set<string>();
  private readonly linkRequested = new Set<string>();
  private linking = false;
  /** Whether each article's file starts with a BOM: the index analyses file text, VS Code's documents hide it. */
  private readonly boms = new Map<string, boolean>();

  readonly onDidUpdate = this.updates.event;
  /** Resolves when the first full pass completes (a pass superseded by a newer one does not count). */
  readonly ready: Promise<void>;
  private markReady!: () => void;

  /** null once creating workers failed. */
  private pool: AnalysisPool | null | undefined;

  constructor(private readonly log: vscode.LogOutputChannel, private readonly annotations: AnnotationService, private readonly workerScript: string) {
    this.applyKnowledge();
    this.disposables.push(
      this.updates,
      this.status,
      vscode.commands.registerCommand('sourceAnnotator.reanalyze', () => this.reindexAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.fromEditor(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.fromEditor(e.document, EDIT_DEBOUNCE_MS); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClosed(d)),
      vscode.workspace.onDidRenameFiles((e) => this.onRenamed(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sourceAnnotator.articleGlob') || e.affectsConfiguration('sourceAnnotator.maxArticleSizeKB')) {
          this.settings = indexSettings();
          this.watch();
          void this.reindexAll();
        }
      }),
      annotations.onDidChange(() => this.scheduleKnowledge()),
    );
    this.watch();
    this.ready = new Promise<void>((resolve) => { this.markReady = resolve; });
    void this.fullIndex(false);
  }

  // ---- IndexService ----

  get(uri: vscode.Uri): IndexedArticle | undefined {
    const d = this.corpus.get(uri.toString());
    return d && this.toIndexed(d);
  }

  all(): readonly IndexedArticle[] {
    return this.corpus.all().map((d) => this.toIndexed(d));
  }

  isArticle(uri: vscode.Uri): boolean {
    return this.corpus.has(uri.toString()) || (uri.scheme !== 'output' && matchesArticleGlob(uri, this.settings.glob));
  }

  async reindexAll(): Promise<IndexStats | undefined> {
    return this.fullIndex(true);
  }

  entities(): readonly CorpusEntity[] {
    return this.corpus.entities();
  }

  entity(id: string): CorpusEntity | undefined {
    return this.corpus.entity(id);
  }

  mentionsOf(id: string): readonly MentionRef[] {
    return this.corpus.mentionsOf(id).map((m) => ({ uri: this.uriOf(m.path)!, mention: m.mention })).filter((m) => m.uri);
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  dispose(): void {
    this.generation++;
    for (const t of this.editTimers.values()) clearTimeout(t);
    if (this.knowledgeTimer) clearTimeout(this.knowledgeTimer);
    for (const d of this.disposables) d.dispose();
    void this.pool?.dispose();
    this.corpus.dispose();
  }

  // ---- work ----

  private toIndexed(d: CorpusArticle): IndexedArticle {
    return { uri: this.uris.get(d.path) ?? vscode.Uri.parse(d.path), text: d.text, analysis: d.analysis, version: d.version };
  }

  private fire(uris: vscode.Uri[]): void {
    void vscode.commands.executeCommand('setContext', 'sourceAnnotator.articleCount', this.corpus.size);
    this.updates.fire(uris);
  }

  /** Finds every article and analyses it in the background (worker threads, results installed one per macrotask). */
  private async fullIndex(force: boolean): Promise<IndexStats | undefined> {
    const generation = ++this.generation;
    const started = Date.now();
    let files: vscode.Uri[] = [];
    try {
      files = await vscode.workspace.findFiles(this.settings.glob, '**/{node_modules,.git}/**');
    } catch (e) {
      this.log.error(`Source Annotator: cannot list articles (${this.settings.glob}): ${e instanceof Error ? e.message : e}`);
    }
    files = files.filter((u) => !u.path.endsWith('.annotations.yaml')).sort((a, b) => a.toString().localeCompare(b.toString()));
    const keep = new Set(files.map((u) => u.toString()));
    for (const path of this.corpus.paths()) {
      // An article no longer on disk stays only while the user has unsaved text of it; VS Code keeps closed and
      // deleted files' documents around for a while, and those must not keep a deleted article indexed.
      const doc = keep.has(path) ? undefined : this.openDocument(path);
      if (!keep.has(path) && !(doc && (doc.isDirty || doc.isUntitled))) { this.corpus.remove(path); this.uris.delete(path); }
    }
    let skipped = 0;
    // Read first (cheap, and the editor's unsaved text wins), then analyse off this thread when workers exist.
    const toAnalyse: { key: string; text: string }[] = [];
    for (let i = 0; i < files.length; i++) {
      if (generation !== this.generation) return;
      const uri = files[i];
      const key = uri.toString();
      this.uris.set(key, uri);
      let text: string | undefined = await this.openText(key);
      if (text === undefined) {
        const read = await readArticle(uri, this.settings.maxBytes);
        if (!read.ok) {
          skipped++;
          this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${read.reason}`);
          if (this.corpus.has(key)) this.corpus.remove(key);
          continue;
        }
        this.boms.set(key, read.text.charCodeAt(0) === 0xfeff);
        // Opened while we read: the editor's (possibly unsaved) text wins, never the disk's.
        text = (await this.openText(key)) ?? read.text;
      }
      if (this.corpus.needsAnalysis(key, text, force)) toAnalyse.push({ key, text });
    }
    skipped += await this.analyseAll(toAnalyse, generation, force);
    if (generation !== this.generation) return;
    try {
      this.corpus.unifyAll({ silent: true });
    } catch (e) {
      this.log.error(`Identity unification failed: ${e instanceof Error ? e.message : e}`);
    }
    const ms = Date.now() - started;
    this.status.done(this.corpus.size, this.corpus.entities().length, skipped);
    const threads = this.pool ? `${this.pool.size} analysis worker threads` : 'analysed on the extension host thread';
    this.log.info(`Indexed ${this.corpus.size} articles in ${ms} ms, ${threads}` + (skipped ? ` (${skipped} skipped)` : ''));
    this.fire(this.corpus.paths().map((p) => this.uris.get(p)!).filter(Boolean));
    this.markReady();
    this.queueLinks(this.corpus.paths());
    return { articles: this.corpus.size, analysed: toAnalyse.length, skipped, workers: this.pool?.size ?? 0, ms };
  }

  /**
   * Analyses and installs the articles, in order, through the worker pool (inline when there is none), yielding
   * to the host between installs. Returns how many failed. Stops quietly when a newer pass has started.
   */
  private async analyseAll(items: readonly { key: string; text: string }[], generation: number, force: boolean): Promise<number> {
    let failed = 0;
    let done = 0;
    const fail = (key: string, e: unknown) => {
      failed++;
      this.log.error(`Analysis failed for ${vscode.workspace.asRelativePath(this.uris.get(key) ?? key)}: ${e instanceof Error ? e.stack ?? e.message : e}`);
    };
    const install = async (item: { key: string; text: string }, analysis: ArticleAnalysis | Error | undefined) => {
      if (generation !== this.generation) throw SUPERSEDED;
      this.status.progress(++done, items.length);
      // Edited in the editor since it was read: analyse what the user sees now, not the stale copy.
      const current = (await this.openText(item.key)) ?? item.text;
      try {
        if (analysis instanceof Error) throw analysis;
        if (analysis && current === item.text) this.corpus.setAnalysed(item.key, item.text, analysis, { silent: true });
        else this.corpus.set(item.key, current, { force, silent: true });
      } catch (e) {
        fail(item.key, e);
      }
      await yieldToHost();
    };
    const pool = this.analysisPool();
    try {
      if (pool) await pool.forEachAnalysed(items, this.corpus.analysisKnowledge, (item, result) => install(item, result));
      else for (const item of items) await install(item, undefined);
    } catch (e) {
      if (e !== SUPERSEDED) throw e;
    }
    return failed;
  }

  /** The worker pool, started on first use; undefined where workers cannot run (then analysis is inline). */
  private analysisPool(): AnalysisPool | undefined {
    if (this.pool === undefined) {
      this.pool = AnalysisPool.create(this.workerScript) ?? null;
      if (!this.pool) this.log.info('Analysis worker threads unavailable: analysing on the extension host thread.');
    }
    return this.pool ?? undefined;
  }

  /**
   * Refreshes `claims[].links` / `quotes[].links` (read by views and code lenses) in the background: the
   * given articles first, then the articles they link to, whose links may now point back.
   */
  private queueLinks(paths: readonly string[]): void {
    for (const p of paths) { this.linkQueue.add(p); this.linkRequested.add(p); }
    if (this.linking) return;
    this.linking = true;
    void (async () => {
      const touched = new Set<string>();
      try {
        let sinceYield = Date.now();
        while (this.linkQueue.size) {
          const path: string = this.linkQueue.values().next().value!;
          this.linkQueue.delete(path);
          const requested = this.linkRequested.delete(path);
          const linked = this.corpus.fillLinks(path);
          touched.add(path);
          // Only a changed article's neighbours are refreshed, never their neighbours in turn.
          if (requested) for (const other of linked) if (!touched.has(other)) this.linkQueue.add(other);
          if (Date.now() - sinceYield > 15) { await yieldToHost(); sinceYield = Date.now(); }
        }
      } catch (e) {
        this.log.error(`Linking claims failed: ${e instanceof Error ? e.message : e}`);
      } finally {
        this.linking = false;
      }
      const uris = [...touched].map((p) => this.uris.get(p)).filter((u): u is vscode.Uri => !!u);
      if (uris.length) this.updates.fire(uris);
    })();
  }

  private openDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** Whether the article's file starts with a BOM (read once, then kept from every read of the file). */
  private async fileHasBom(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    const known = this.boms.get(key);
    if (known !== undefined) return known;
    let bom = false;
    if (uri.scheme !== 'untitled') {
      try { bom = startsWithBom(await vscode.workspace.fs.readFile(uri)); } catch { /* not on disk (yet): no BOM */ }
    }
    this.boms.set(key, bom);
    return bom;
  }

  /** An open article's text in file coordinates (its hidden BOM put back), or undefined when it is not open. */
  private async openText(key: string): Promise<string | undefined> {
    const doc = this.openDocument(key);
    if (!doc) return undefined;
    const bom = await this.fileHasBom(doc.uri);
    return doc.isClosed ? undefined : withBom(doc.getText(), bom);
  }

  /** The open editor's text wins over the disk: analyse it (debounced while typing). */
  private fromEditor(doc: vscode.TextDocument, delay: number): void {
    if (!this.isArticle(doc.uri) || doc.uri.scheme === 'git') return;
    const key = doc.uri.toString();
    const previous = this.editTimers.get(key);
    if (previous) clearTimeout(previous);
    const run = async () => {
      this.editTimers.delete(key);
      if (doc.isClosed) return;
      if (new TextEncoder().encode(doc.getText()).length > this.settings.maxBytes) {
        this.log.warn(`Skipped ${vscode.workspace.asRelativePath(doc.uri)}: over sourceAnnotator.maxArticleSizeKB`);
        return;
      }
      const bom = await this.fileHasBom(doc.uri);
      // A saved document whose file is gone (deleted while VS Code still holds the document) is no article.
      const gone = !doc.isDirty && !doc.isUntitled && !(await this.existsOnDisk(doc.uri));
      // A newer edit rescheduled meanwhile, or the editor closed: that run (or the disk) decides.
      if (doc.isClosed || this.editTimers.has(key)) return;
      if (gone) {
        if (this.corpus.remove(key)) { this.uris.delete(key); this.fire([doc.uri]); }
        return;
      }
      this.uris.set(key, doc.uri);
      const text = withBom(doc.getText(), bom);
      if (!this.corpus.needsAnalysis(key, text)) return;
      // Warm workers analyse the edit (the host thread's copy of the engine would run cold after a pooled index);
      // inline when there are none.
      const pool = this.analysisPool();
      let analysis: ArticleAnalysis | undefined;
      if (pool) {
        try {
          analysis = await pool.analyze(text, this.corpus.analysisKnowledge, { urgent: true });
        } catch (e) {
          this.log.error(`Analysis failed for ${vscode.workspace.asRelativePath(doc.uri)}: ${e instanceof Error ? e.message : e}`);
          return;
        }
        // Edited again or closed while the worker ran: the newer run decides.
        if (doc.isClosed || this.editTimers.has(key) || withBom(doc.getText(), bom) !== text) return;
        this.corpus.setAnalysed(key, text, analysis);
      } else if (!this.corpus.set(key, text)) return;
      this.fire([doc.uri]);
      this.queueLinks([key]);
    };
    if (delay === 0) void run(); else this.editTimers.set(key, setTimeout(() => void run(), delay));
  }

  private async existsOnDisk(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }

  /** A closed editor's unsaved text is gone: fall back to the file on disk. */
  private onClosed(doc: vscode.TextDocument): void {
    if (!this.corpus.has(doc.uri.toString())) return;
    void this.fromDisk(doc.uri);
  }

  private async fromDisk(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (this.openDocument(key)) return;
    const read = await readArticle(uri, this.settings.maxBytes);
    if (!read.ok) {
      this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${read.reason}`);
      if (this.corpus.remove(key)) this.fire([uri]);
      return;
    }
    this.boms.set(key, read.text.charCodeAt(0) === 0xfeff);
    if (this.openDocument(key)) return; // opened while we read: the editor's text wins
    this.uris.set(key, uri);
    if (this.corpus.set(key, read.text)) { this.fire([uri]); this.queueLinks([key]); }
  }

  private onRenamed(e: vscode.FileRenameEvent): void {
    const changed: vscode.Uri[] = [];
    for (const { oldUri, newUri } of e.files) {
      const from = oldUri.toString(), to = newUri.toString();
      const bom = this.boms.get(from);
      this.boms.delete(from);
      if (bom !== undefined) this.boms.set(to, bom);
      if (this.corpus.has(from) && matchesArticleGlob(newUri, this.settings.glob)) {
        this.corpus.rename(from, to);
        this.uris.delete(from);
        this.uris.set(to, newUri);
        changed.push(oldUri, newUri);
      } else if (this.corpus.has(from)) {
        this.corpus.remove(from);
        changed.push(oldUri);
      }
    }
    if (changed.length) this.fire(changed);
  }

  private watcher: vscode.FileSystemWatcher | undefined;

  private watch(): void {
    this.watcher?.dispose();
    const w = vscode.workspace.createFileSystemWatcher(this.settings.glob);
    this.watcher = w;
    w.onDidCreate((uri) => void this.fromDisk(uri));
    w.onDidChange((uri) => void this.fromDisk(uri));
    w.onDidDelete((uri) => {
      const key = uri.toString();
      this.boms.delete(key);
      if (this.corpus.remove(key)) { this.uris.delete(key); this.fire([uri]); }
    });
    this.disposables.push({ dispose: () => w.dispose() });
  }

  private applyKnowledge(): boolean {
    let k: Knowledge | undefined;
    try {
      k = this.annotations.knowledge();
    } catch (e) {
      this.log.warn(`Annotation knowledge unavailable: ${e instanceof Error ? e.message : e}`);
    }
    const key = knowledgeKey(k);
    if (key === this.knowledgeSeen) return false;
    this.knowledgeSeen = key;
    this.corpus.setKnowledge(k);
    return true;
  }

  /** The user's decisions feed the analysis: re-analyse everything when they change (in the background). */
  private scheduleKnowledge(): void {
    if (this.knowledgeTimer) clearTimeout(this.knowledgeTimer);
    this.knowledgeTimer = setTimeout(() => {
      this.knowledgeTimer = undefined;
      if (this.applyKnowledge()) void this.ready.then(() => this.fullIndex(true));
      else this.fire([]); // annotations changed without new knowledge: views still refresh their marks
    }, KNOWLEDGE_DEBOUNCE_MS);
  }
}

export function createIndexService(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, annotations: AnnotationService): IndexService {
  return new WorkspaceIndex(log, annotations, context.asAbsolutePath('dist/analysisWorker.js'));
}
