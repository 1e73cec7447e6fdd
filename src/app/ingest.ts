// The ingest use case (`tally ingest`, later an HTTP upload): read articles from files, folders
// and stdin, keep each in the store, extract its claims and hand it to a hook (the incident
// linker). Each article is one savepoint: article, claims and links are stored together or not
// at all; articles are committed in small batches and reported only once committed, so a run
// killed at any point loses nothing it reported stored, and the next run skips
// what is there by content hash and goes on. A file that cannot be read, a bad line, a page with
// no article or an article that fails its checks is reported with its file and reason while the
// rest go on; only a failure of the database itself (locked, corrupt, unwritable) stops the run.
import { isUtf8 } from "node:buffer";
import type { Dirent } from "node:fs";
import { open, opendir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { message, TallyError } from "../core/errors.js";
import type { Article, ExtractionResult, Message } from "../core/model.js";
import { ENGINE_VERSION } from "../extract/pipeline.js";
import { featuresKey } from "../incidents/kept-features.js";
import {
  BatchWriteFailed,
  type ArticleId,
  type IncidentId,
  type Store,
  type StoredFeatures,
} from "../store/store.js";
import { WriteTurns } from "../store/write-turns.js";
import { extractArticle } from "./extract-articles.js";
import type { ExtractPool } from "./extract-pool.js";
import { readJsonLine, type ReadResult, type Source } from "./read-articles.js";
import { readContentOffThread } from "./read-content.js";
import { batchesOf, linesOf, type NumberedLine } from "./read-lines.js";

/** File names a folder walk takes; other files in folders are skipped (a named file is always read). */
export const INGEST_EXTENSIONS = [".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson"] as const;

export interface IngestOptions {
  /** How long a batch keeps trying while another process holds the database's lock (ms). */
  busyBudgetMs?: number;
  /** Publication date (YYYY-MM-DD) for articles that carry none, such as plain-text files. */
  published?: string;
  /** The engine version the claims are stored under (default: the running engine's). */
  engineVersion?: string;
  /**
   * Called inside the article's transaction once it and its claims are stored (the incident
   * linker plugs in here); returns the incidents it touched. If it throws, the article is not
   * stored and is reported failed.
   */
  onStored?: (article: ArticleId) => readonly IncidentId[] | void;
  /**
   * Called inside a batch's transaction once its articles are stored, with those stored new or
   * read again (input order): the incident linker, one re-link a block for the whole batch;
   * returns the incidents it touched. If it throws (a bug), the batch is stored again article
   * by article, each handed to it alone in its own savepoint, so that only an article it fails
   * on is left out (and reported failed).
   */
  onBatch?: (articles: readonly ArticleId[]) => readonly IncidentId[] | void;
  /** Told of each article and problem as it happens (for output and progress). */
  onEvent?: (event: IngestEvent) => void;
  /** Where "-" reads from (default: process.stdin). */
  stdin?: AsyncIterable<Buffer | string>;
  /**
   * Worker threads that extract a file's articles ahead of storing them, while this thread
   * stores and links (default: extraction here, article by article). What is stored is the same.
   */
  pool?: Pick<ExtractPool, "extract"> & Partial<Pick<ExtractPool, "read" | "extractAhead">>;
  /**
   * With `pool` (and its `extractAhead`): each new article's linking features are read on the
   * pool's workers too and kept with its claims (incidents/features-ahead.ts), so that the batch
   * hook, the linker, reads them back instead of reading the article again on this thread.
   */
  featuresAhead?: boolean;
  /**
   * With `pool`: every article is extracted there, a lone one too, so that this thread (a
   * server's event loop) stays free while an article is read.
   */
  offThread?: boolean;
  /** Once aborted, no further batch is stored (what was committed stays): a server stopping. */
  signal?: AbortSignal;
  /**
   * Where the articles read go instead of the store (a work queue, `tally ingest --queue`): each
   * batch read is handed over as it is read; nothing is extracted or stored here. Returns, per
   * article, "new", "duplicate" (already handed over) or the message of why it was refused.
   */
  sink?: (articles: readonly ReadArticle[]) => Promise<readonly (QueuedStatus | Message)[]>;
}

/** An article read from an input, with where it came from. */
export interface ReadArticle {
  article: Article;
  source: string;
  line: number | null;
}

/** An article handed to a sink: new, or one it already holds. */
export type QueuedStatus = "new" | "duplicate";

/** What became of an article given to `storeArticles`, told once its batch is committed. */
export type Settled =
  | { kind: "stored"; status: ArticleStatus; id: ArticleId }
  /** Its checks failed (error-severity messages): reading it again cannot change that. */
  | { kind: "rejected"; messages: readonly Message[] }
  /** Extraction or linking failed on it (a bug, T011); nothing of it was stored. */
  | { kind: "failed"; message: Message };

/** An article to store that wants to know what became of it (a queue's message, acknowledged). */
export interface ArticleToStore extends ReadArticle {
  settle(outcome: Settled): void;
}

/**
 * What became of an article: stored for the first time; unchanged (its id was stored with the
 * same text, read by this engine version: skipped); a new version (its id was stored with another
 * text, now kept in the article's history); re-extracted (stored, read now by a newer engine).
 */
export type ArticleStatus = "new" | "unchanged" | "version" | "reextracted";

export type IngestEvent =
  | {
      kind: "article";
      status: ArticleStatus;
      id: ArticleId;
      source: string;
      line: number | null;
      claims: number;
      /** The article's version (1 for its first text). */
      version: number;
      /** Other stored articles with the same text (duplicates of each other, counted once). */
      duplicates: readonly ArticleId[];
      /** The incidents the hooks touched with this article, or (batch hook) it is in (committed with it). */
      incidents: readonly IncidentId[];
    }
  /** A problem with an input: `severity: "error"` means that file, line or article failed. */
  | { kind: "problem"; source: string; line: number | null; message: Message }
  /** An article handed to the sink (`options.sink`): new there, or one it already held. */
  | { kind: "queued"; status: QueuedStatus; source: string; line: number | null }
  /** A file (or stdin) is done. */
  | { kind: "file"; source: string };

export interface IngestSummary {
  /** Files read (stdin counts as one). */
  files: number;
  /** Articles stored for the first time. */
  new: number;
  /** Of the new, those whose text another stored article has (kept, counted once in tallies). */
  duplicates: number;
  /** Articles already stored with the same text and read by this engine version: skipped. */
  unchanged: number;
  /** Articles whose id was stored with another text: the new text is their next version. */
  versions: number;
  /** Articles already stored that this engine version read for the first time (claims added). */
  reextracted: number;
  /** Files, lines or articles that could not be stored. */
  failed: number;
  /** Files in folders that are not articles by their name (hidden files are not counted). */
  skipped: number;
  /** Claims stored by this run. */
  claims: number;
  /** Distinct incidents the hook reported touching. */
  incidents: number;
}

/** Reads every input into the store. Throws only a TallyError of the database (T012–T016). */
export async function ingest(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  return readInputs(new Run(store, options), inputs);
}

/**
 * Reads every input and hands its articles, in batches as read, to `options.sink` (a work
 * queue) instead of storing them; the summary's new and duplicate count what the sink said.
 */
export async function readToSink(
  inputs: readonly string[],
  options: IngestOptions & Required<Pick<IngestOptions, "sink">>,
): Promise<IngestSummary> {
  return readInputs(new Run(null, options), inputs);
}

/**
 * Stores, extracts and links articles that were read elsewhere (taken from a work queue) as one
 * batch, as `ingest` stores a file's; each article's `settle` is told its outcome once the batch
 * is committed. Throws only a TallyError of the database, with nothing of the batch settled.
 * The articles are all in hand, so they are cut into transactions by count alone, as a file's
 * are: a worker's batch is one transaction however busy the machine (cut by time as well, a
 * loaded worker committed and re-linked the same blocks every few articles).
 */
export async function storeArticles(
  store: Store,
  articles: readonly ArticleToStore[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const run = new Run(store, options);
  await run.storeItems(articles, false);
  return run.finish();
}

async function readInputs(run: Run, inputs: readonly string[]): Promise<IngestSummary> {
  for (const input of inputs.length ? inputs : ["-"]) {
    if (input === "-") {
      await run.stdin();
      continue;
    }
    for await (const entry of walk(input)) {
      if (entry.kind === "skipped") run.summary.skipped++;
      else if (entry.kind === "missing") run.problem(entry.path, null, message("T009", entry.reason));
      else await run.file(entry.path);
    }
  }
  await run.flush(false);
  return run.finish();
}

/**
 * Reads one body of content that came without a file (an HTTP upload) into the store, as a file
 * named `source.name` with extension `ext` would be read.
 */
export async function ingestContent(
  store: Store,
  source: Source & { content: Buffer },
  ext: string | null,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const run = new Run(store, options);
  await run.read(source, ext, true);
  await run.flush(true);
  return run.finish();
}

/**
 * About how many articles the inputs hold, for a progress bar: a JSON Lines file's non-blank lines
 * (counted by scanning its bytes, without parsing), one for any other file or stdin (a JSON array
 * may hold more; the bar grows when it does).
 */
export async function countArticles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (input === "-") n++;
    else
      for await (const entry of walk(input))
        if (entry.kind === "file")
          n += /\.(jsonl|ndjson)$/i.test(entry.path) ? await countLines(entry.path) : 1;
  }
  return n;
}

/** The lines of a file that hold something other than white space. */
async function countLines(path: string): Promise<number> {
  const handle = await open(path, "r");
  let lines = 0;
  let filled = false;
  try {
    for await (const chunk of handle.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>) {
      for (const byte of chunk) {
        if (byte === 10) {
          if (filled) lines++;
          filled = false;
        } else if (byte !== 32 && byte !== 9 && byte !== 13) filled = true;
      }
    }
  } finally {
    await handle.close();
  }
  return lines + (filled ? 1 : 0);
}

// --- one run ----------------------------------------------------------------------------------

/**
 * Articles are committed (and linked) in batches of at most BATCH_ARTICLES — a large file's in
 * several, small files' read one after another in one: a commit per article rewrote the same index
 * pages for each, and cost a tenth of an ingest. A run killed mid-batch loses only that batch, none
 * of which was reported stored. Files are cut into batches by count alone, so that the same files
 * always make the same batches and link the same way however busy the machine is; what arrives over
 * time (stdin, an upload) also closes a batch open BATCH_MS, so that it is stored
 * within a second and one transaction never holds the store for long.
 */
export const BATCH_ARTICLES = 100;
const BATCH_MS = 250;
/** A batch of streamed lines is committed when no line has come for this long. */
const IDLE_MS = 200;
/**
 * The head of a file or stdin looked at before streaming it as JSON Lines (UTF-8, a first line
 * holding one JSON object); a first line longer than this is read whole.
 */
const HEAD_BYTES = 1 << 20;
/** Articles extracted ahead on the pool's workers, at most. */
const AHEAD = 2 * BATCH_ARTICLES;

/** An article read, to be stored: where it came from; told its outcome when it wants to be. */
type Item = ReadArticle & { settle?: (outcome: Settled) => void };

/** A batch of lines read: their reading problems, their articles, and those extracted ahead. */
interface Batch {
  messages: ReadResult["messages"];
  items: Item[];
  ahead: Ahead | null;
}

/** An article stored in a batch, and the incidents it is in once the batch hook ran. */
interface Linked {
  id: ArticleId;
  incidents: readonly IncidentId[];
}

/** The batch hook failed (not the database): the batch is stored again article by article. */
class BatchHookFailed extends Error {
  constructor() {
    super("the batch hook failed");
  }
}

/** An article whose checks failed: its transaction is rolled back. */
class Rejected extends Error {
  constructor(readonly messages: Message[]) {
    super("rejected");
  }
}

/** An article stored in its transaction: what is reported of it once the batch is committed. */
interface Stored {
  status: ArticleStatus;
  id: ArticleId;
  claims: number;
  version: number;
  duplicates: readonly ArticleId[];
  warnings: Message[];
  incidents: readonly IncidentId[];
  linked: Linked | null;
}

/** The summary's count of each status. */
const STATUS_COUNT = {
  new: "new",
  unchanged: "unchanged",
  version: "versions",
  reextracted: "reextracted",
} as const satisfies Record<ArticleStatus, keyof IngestSummary>;

class Run {
  readonly summary: IngestSummary = {
    files: 0,
    new: 0,
    duplicates: 0,
    unchanged: 0,
    versions: 0,
    reextracted: 0,
    failed: 0,
    skipped: 0,
    claims: 0,
    incidents: 0,
  };
  private readonly touched = new Set<IncidentId>();
  private readonly version: string;
  private readonly turns: WriteTurns;
  /** Articles read from files and not stored yet, and the files they came from. */
  private pending: Item[] = [];
  private pendingFiles: string[] = [];

  /** `db` is null when the articles go to a sink, not to a store. */
  constructor(
    private readonly db: Store | null,
    private readonly options: IngestOptions,
  ) {
    this.version = options.engineVersion ?? ENGINE_VERSION;
    const path = db && "path" in db && typeof db.path === "string" ? db.path : null;
    this.turns = new WriteTurns(path, options.busyBudgetMs);
  }

  finish(): IngestSummary {
    return { ...this.summary, incidents: this.touched.size };
  }

  problem(source: string, line: number | null, m: Message): void {
    if (m.severity === "error") this.summary.failed++;
    this.options.onEvent?.({ kind: "problem", source, line, message: m });
  }

  /**
   * Reads stdin: JSON Lines (a first line that is a JSON object) are stored as they arrive, in
   * batches; anything else (text, a page, a JSON document) is read whole first.
   */
  async stdin(): Promise<void> {
    const it = (this.options.stdin ?? process.stdin)[Symbol.asyncIterator]();
    const head: Buffer[] = [];
    let size = 0;
    let ended = false;
    for (;;) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      const chunk = typeof r.value === "string" ? Buffer.from(r.value) : r.value;
      head.push(chunk);
      size += chunk.length;
      if (chunk.includes(0x0a) || size > HEAD_BYTES) break;
    }
    const start = Buffer.concat(head);
    if (!ended && plainUtf8Lines(start) && startsJsonLines(start)) {
      await this.stream("stdin", linesOf(prepend(start, it)), true);
      return;
    }
    const chunks = [start];
    if (!ended)
      for (let r = await it.next(); !r.done; r = await it.next())
        chunks.push(typeof r.value === "string" ? Buffer.from(r.value) : r.value);
    await this.read({ name: "stdin", content: Buffer.concat(chunks) }, null, true);
  }

  /**
   * Stores JSON Lines as they come: a batch is committed when full or, for lines that come over
   * time (`timed`: stdin), open BATCH_MS or idle IDLE_MS.
   */
  async stream(name: string, lines: AsyncIterable<NumberedLine>, timed: boolean): Promise<void> {
    await this.flush(false);
    this.summary.files++;
    const [open, idle] = timed ? [BATCH_MS, IDLE_MS] : [Infinity, Infinity];
    // Lines read from a file: the next batch is read and its extraction started on the pool
    // before the batch before it is stored, so the workers extract while this thread stores.
    // (Lines that come over time are stored as they come, never held for the next batch.)
    let held: Batch | null = null;
    for await (const batch of batchesOf(lines, BATCH_ARTICLES, open, idle)) {
      const read: ReadResult = { articles: [], messages: [], lines: [] };
      for (const line of batch) {
        const one = readJsonLine(name, line.text, line.n, this.options.published);
        read.articles.push(...one.articles);
        read.messages.push(...one.messages);
        read.lines.push(...one.lines);
      }
      const next = this.batch(name, read);
      if (timed) await this.commitBatch(next, timed);
      else {
        if (held) await this.commitBatch(held, timed);
        held = next;
      }
    }
    if (held) await this.commitBatch(held, timed);
    this.options.onEvent?.({ kind: "file", source: name });
  }

  /** A batch of read articles to store, their extraction started on the pool. */
  private batch(source: string, read: ReadResult): Batch {
    const items = itemsOf(source, read);
    return { messages: read.messages, items, ahead: this.options.sink ? null : this.ahead(items) };
  }

  /** Reports a batch's reading problems, then stores its articles. */
  private async commitBatch(b: Batch, timed: boolean): Promise<void> {
    for (const m of b.messages) this.problem(m.source, m.line ?? null, m);
    await this.commit(b.items, timed, b.ahead);
  }

  async file(path: string): Promise<void> {
    const ext = extension(path);
    if (ext === ".jsonl" || ext === ".ndjson") {
      let handle;
      try {
        handle = await open(path);
      } catch (e) {
        this.summary.files++;
        this.problem(path, null, message("T009", (e as NodeJS.ErrnoException).message));
        this.options.onEvent?.({ kind: "file", source: path });
        return;
      }
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
        if (plainUtf8Lines(buffer.subarray(0, bytesRead))) {
          await this.stream(path, linesOf(handle.createReadStream({ autoClose: false, start: 0 })), false);
          return;
        }
      } finally {
        await handle.close();
      }
    }
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch (e) {
      this.summary.files++;
      this.problem(path, null, message("T009", (e as NodeJS.ErrnoException).message));
      this.options.onEvent?.({ kind: "file", source: path });
      return;
    }
    await this.read({ name: path, content }, extension(path), false);
  }

  /** Reads one body of content whole; `timed` as for stream, for content that did not come from a file. */
  async read(source: Source & { content: Buffer }, ext: string | null, timed: boolean): Promise<void> {
    this.summary.files++;
    let read: ReadResult;
    try {
      read = await readContentOffThread(
        this.options.offThread ? this.options.pool : undefined,
        source,
        ext,
        this.options.published,
      );
    } catch (e) {
      // A reader's bug on this content fails this file only; the run goes on.
      this.problem(source.name, null, message("T011", e instanceof Error ? e.message : String(e)));
      this.options.onEvent?.({ kind: "file", source: source.name });
      return;
    }
    this.pending.push(...this.items(source.name, read));
    this.pendingFiles.push(source.name);
    if (this.pending.length >= BATCH_ARTICLES) await this.flush(timed);
  }

  /**
   * Stores the articles read and not yet stored (of files read whole: several small files make
   * one batch, linked at once), then says their files are done. `timed` as for stream: files
   * are cut into batches by count alone, so the same files always make the same batches.
   */
  async flush(timed: boolean): Promise<void> {
    const [items, files] = [this.pending, this.pendingFiles];
    [this.pending, this.pendingFiles] = [[], []];
    await this.commit(items, timed);
    for (const source of files) this.options.onEvent?.({ kind: "file", source });
  }

  /** A source's articles to store, its reading problems reported now. */
  private items(source: string, read: ReadResult): Item[] {
    for (const m of read.messages) this.problem(m.source, m.line ?? null, m);
    return itemsOf(source, read);
  }

  /** Stores articles read elsewhere (`storeArticles`: a queue's, which come over time). */
  async storeItems(items: readonly ArticleToStore[], timed: boolean): Promise<void> {
    await this.commit(items, timed);
  }

  private get store(): Store {
    if (!this.db) throw new Error("articles going to a sink are not stored");
    return this.db;
  }

  /** Hands articles to the sink, counting and reporting what it said of each. */
  private async send(items: readonly Item[]): Promise<void> {
    if (items.length === 0) return;
    const said = await this.options.sink!(items);
    items.forEach(({ source, line }, i) => {
      const status = said[i]!;
      if (typeof status === "string") {
        // An article the queue holds already is counted as unchanged.
        this.summary[status === "duplicate" ? "unchanged" : "new"]++;
        this.options.onEvent?.({ kind: "queued", status, source, line });
      } else this.problem(source, line, status);
    });
  }

  /** Stores articles in batches (or hands them to the sink); `timed`: a batch also closes after BATCH_MS. */
  private async commit(
    items: readonly Item[],
    timed: boolean,
    ahead: Ahead | null = this.options.sink ? null : this.ahead(items),
  ): Promise<void> {
    if (this.options.sink) return this.send(items);
    for (let next = 0; next < items.length;) {
      // Extractions made ahead are awaited before the (synchronous) transaction.
      await ahead?.ready(next, next + BATCH_ARTICLES);
      this.options.signal?.throwIfAborted();
      // One transaction a batch: each article in it a savepoint of its own (one that fails rolls
      // back alone), and nothing reported until the batch is committed.
      // Another process holding the write lock: the batch is tried again, whole (./write-turns).
      const first = next;
      let reports: (() => void)[] = [];
      let touched: readonly IncidentId[] = [];
      try {
        await this.turns.write(() => {
          next = first;
          reports = [];
          const started = Date.now();
          this.store.transaction(() => {
            const stored: Linked[] = [];
            do {
              const i = next++;
              // (a retried batch extracts again what its first try took from `ahead`)
              reports.push(this.article(items[i]!, ahead?.take(i) ?? null, stored));
            } while (
              next < items.length &&
              reports.length < BATCH_ARTICLES &&
              (!timed || Date.now() - started < BATCH_MS)
            );
            touched = this.linkBatch(stored);
          });
        });
      } catch (e) {
        // (a write the store sent late, with a later article's, failed: it cannot say whose)
        if (!(e instanceof BatchHookFailed || e instanceof BatchWriteFailed)) throw e;
        const end = next;
        await this.turns.write(() => {
          reports = this.oneByOne(items.slice(first, end));
        });
      }
      for (const incident of touched) this.touched.add(incident);
      for (const report of reports) report();
    }
  }

  /**
   * Hands a batch's stored articles to the batch hook, in a savepoint (a bug in it fails the
   * batch); notes the incidents each is in now; returns the incidents the hook touched.
   */
  private linkBatch(stored: readonly Linked[]): readonly IncidentId[] {
    const hook = this.options.onBatch;
    if (!hook || stored.length === 0) return [];
    let touched: readonly IncidentId[] | void;
    try {
      touched = this.store.transaction(() => hook(stored.map((l) => l.id)));
    } catch (e) {
      if (e instanceof TallyError) throw e;
      throw new BatchHookFailed();
    }
    for (const l of stored) l.incidents = this.store.incidentsOf(l.id);
    return touched ?? [];
  }

  /** Stores a batch again in one transaction, each article linked alone in its own savepoint. */
  private oneByOne(items: readonly Item[]): (() => void)[] {
    const reports: (() => void)[] = [];
    this.store.transaction(() => {
      for (const item of items) reports.push(this.article(item, null, null));
    });
    return reports;
  }

  /**
   * The articles extracted ahead on the pool, when there is one and more than one article: every
   * one this run may have to read (`mayRead`), none it will find stored and read already.
   */
  private ahead(items: readonly Item[]): Ahead | null {
    const pool = this.options.pool;
    if (!pool || items.length < (this.options.offThread ? 1 : 2)) return null;
    const options = { published: this.options.published ?? null };
    const { extractAhead } = pool;
    const extract: (a: Article) => Promise<Early> =
      this.options.featuresAhead && extractAhead
        ? (a) => extractAhead.call(pool, a, options, this.version)
        : (a) => pool.extract(a, options).then((result) => ({ result, features: null }));
    return new Ahead(this.mayRead(items.map((i) => i.article)), extract);
  }

  /**
   * Each article that storing it may read (else null): all but those the store holds under their
   * own id, every field alike, with claims of this engine version (found unchanged). The stored
   * ones are asked for together (one round trip on PostgreSQL, not one an article). A hint: what
   * is stored and read is decided in the article's transaction whatever it says.
   */
  private mayRead(articles: readonly Article[]): (Article | null)[] {
    const db = this.db;
    if (!db) return [...articles];
    const ids = articles.map(
      (a) => (a.idGiven === false ? "" : a.id.trim() || a.url?.trim() || "") as ArticleId,
    );
    const named = ids.filter((id) => id !== "");
    const stored = new Map(named.length > 0 ? db.getArticles(named).map((s, i) => [named[i]!, s]) : []);
    return articles.map((article, i) => {
      const known = ids[i] ? stored.get(ids[i]) : null;
      const unchanged =
        known && sameArticle(article, known) && db.claimVersions(known.id).includes(this.version);
      return unchanged ? null : article;
    });
  }

  /**
   * Stores an article in a savepoint of its own; returns what to report once it is committed.
   * `early` is the article's extraction made ahead on the pool, used when the stored article
   * is the one that was extracted. A stored article joins `batch` for the batch hook; with no
   * batch (stored again alone) it is handed to the batch hook alone.
   */
  private article(item: Item, early: Early | null, batch: Linked[] | null): () => void {
    let outcome: Stored;
    try {
      outcome = this.store.transaction(() => this.storeArticle(item, early, batch));
    } catch (e) {
      return this.failed(item, e);
    }
    return () => this.reportStored(item, outcome);
  }

  /** In the article's transaction: the article stored, its claims extracted and stored unless they are already. */
  private storeArticle(item: Item, early: Early | null, batch: Linked[] | null): Stored {
    const { article: stored, created, status } = this.store.putArticle(item.article, item.source);
    const duplicates = this.store.duplicatesOf(stored.id);
    const version = stored.version;
    if (!created && this.store.claimVersions(stored.id).includes(this.version)) {
      return {
        status: "unchanged",
        id: stored.id,
        version,
        duplicates,
        claims: 0,
        warnings: [],
        incidents: [],
        linked: null,
      };
    }
    // The stored article is read (a re-extraction reads what was kept, whatever came in now).
    const same = early !== null && sameArticle(item.article, stored);
    const result = same
      ? early.result
      : extractArticle(stored, { published: this.options.published ?? null });
    const errors = result.messages.filter((m) => m.severity === "error");
    if (errors.length) throw new Rejected(errors);
    this.store.putClaims(stored.id, this.version, result.claims, result.mentions);
    // The linking features read ahead, kept under the key they were read for: that of this text
    // stored under this id and read by this engine (else the linker reads the article itself).
    const features = same && created ? early.features : null;
    if (features && features.key === featuresKey(stored, this.version))
      this.store.putLinkFeatures(stored.id, features);
    // (reported, and counted as touched, only once the batch is committed: a batch tried
    // again runs the hook again)
    const incidents = [...(this.options.onStored?.(stored.id) ?? [])];
    // The batch hook takes the batch at its end; an article stored again alone takes it alone.
    let linked: Linked | null = null;
    if (batch) batch.push((linked = { id: stored.id, incidents: [] }));
    else incidents.push(...(this.options.onBatch?.([stored.id]) ?? []));
    return {
      incidents,
      linked,
      status: !created ? "reextracted" : status === "version" ? "version" : "new",
      id: stored.id,
      version,
      duplicates,
      claims: result.claims.length,
      warnings: result.messages,
    };
  }

  /**
   * What to report of an article whose transaction failed: rejected by its checks, or a bug (in the
   * hook or the store) reported for this article only. A failure of the database stops the run
   * (what was committed stays); one the store cannot tell whose it is fails the batch, which is
   * stored again article by article: both are thrown on.
   */
  private failed(item: Item, e: unknown): () => void {
    const { source, line, settle } = item;
    if (e instanceof Rejected) {
      const { messages } = e;
      return () => {
        settle?.({ kind: "rejected", messages });
        this.summary.failed++;
        for (const m of messages) this.options.onEvent?.({ kind: "problem", source, line, message: m });
      };
    }
    if (e instanceof TallyError || e instanceof BatchWriteFailed) throw e;
    const m = message("T011", e instanceof Error ? e.message : String(e));
    return () => {
      settle?.({ kind: "failed", message: m });
      this.problem(source, line, m);
    };
  }

  /** Reports a stored article, once its batch is committed: counts, its warnings and its event. */
  private reportStored(item: Item, outcome: Stored): void {
    const { source, line, settle } = item;
    settle?.({ kind: "stored", status: outcome.status, id: outcome.id });
    this.summary[STATUS_COUNT[outcome.status]]++;
    if (outcome.status === "new" && outcome.duplicates.length > 0) this.summary.duplicates++;
    this.summary.claims += outcome.claims;
    for (const incident of outcome.incidents) this.touched.add(incident);
    const incidents = outcome.linked
      ? [...new Set([...outcome.incidents, ...outcome.linked.incidents])]
      : outcome.incidents;
    for (const m of outcome.warnings) this.options.onEvent?.({ kind: "problem", source, line, message: m });
    this.options.onEvent?.({
      kind: "article",
      status: outcome.status,
      id: outcome.id,
      source,
      line,
      claims: outcome.claims,
      version: outcome.version,
      duplicates: outcome.duplicates,
      incidents,
    });
  }
}

/** The articles of a source read, each with its source and line. */
function itemsOf(source: string, read: ReadResult): Item[] {
  return read.articles.map((article, i) => ({ article, source, line: read.lines[i] ?? null }));
}

/** Whether extracting `a` and `b` reads the same: every field of an article alike. */
function sameArticle(a: Article, b: Article): boolean {
  return (
    a.id === b.id &&
    a.text === b.text &&
    (a.published ?? null) === (b.published ?? null) &&
    (a.outlet ?? null) === (b.outlet ?? null) &&
    (a.url ?? null) === (b.url ?? null) &&
    (a.title ?? null) === (b.title ?? null)
  );
}

/** An article's extraction made ahead on the pool, with its linking features when asked for. */
interface Early {
  result: ExtractionResult;
  features: StoredFeatures | null;
}

/**
 * A batch's (or a file's) articles extracted ahead on the pool, in order, at most AHEAD at a time
 * past the one being stored; those the run will not read (null) are not extracted.
 */
class Ahead {
  private readonly started = new Map<number, Promise<Early | null>>();
  private readonly done = new Map<number, Early | null>();
  private submitted = 0;

  constructor(
    private readonly articles: readonly (Article | null)[],
    private readonly extract: (article: Article) => Promise<Early>,
  ) {
    this.start(0);
  }

  /** Starts the articles from `from` on as far as AHEAD allows. */
  private start(from: number): void {
    const until = Math.min(this.articles.length, from + AHEAD);
    for (this.submitted = Math.max(this.submitted, from); this.submitted < until; this.submitted++) {
      const i = this.submitted;
      const article = this.articles[i];
      // A worker that died fails its articles: they are extracted here instead.
      if (article)
        this.started.set(
          i,
          this.extract(article).catch(() => null),
        );
    }
  }

  /** Starts the next articles from `from`; waits for [from, to). */
  async ready(from: number, to: number): Promise<void> {
    this.start(from);
    for (let i = from; i < to; i++) {
      const pending = this.started.get(i);
      if (!pending) continue;
      this.started.delete(i);
      this.done.set(i, await pending);
    }
  }

  /** Article `i`'s early result, or null (not extracted ahead, or its worker failed). */
  take(i: number): Early | null {
    const result = this.done.get(i) ?? null;
    this.done.delete(i);
    return result;
  }
}

// --- walking the inputs -----------------------------------------------------------------------

type Entry =
  | { kind: "file"; path: string }
  | { kind: "skipped"; path: string }
  | { kind: "missing"; path: string; reason: string };

/**
 * The files of an input: the file itself, or a folder's files in depth-first order, streamed one
 * directory entry at a time (a folder of many thousands of files is never listed whole). Hidden
 * files and folders are passed over; so are symbolic links to folders (no loops).
 */
async function* walk(path: string): AsyncGenerator<Entry> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { kind: "missing", path, reason: (e as NodeJS.ErrnoException).message };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: "file", path };
    return;
  }
  yield* walkFolder(path);
}

async function* walkFolder(folder: string): AsyncGenerator<Entry> {
  let dir;
  try {
    dir = await opendir(folder, { bufferSize: 64 });
  } catch (e) {
    yield { kind: "missing", path: folder, reason: (e as NodeJS.ErrnoException).message };
    return;
  }
  for await (const entry of dir as AsyncIterable<Dirent>) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) {
      const ext = extension(path);
      yield ext !== null && (INGEST_EXTENSIONS as readonly string[]).includes(ext)
        ? { kind: "file", path }
        : { kind: "skipped", path };
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function extension(path: string): string | null {
  const m = /(\.[^./\\]+)$/.exec(path);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Whether input can be read line by line as UTF-8: its lines so far are valid UTF-8 and it has no
 * UTF-16 mark or NUL bytes. Anything else (another encoding, a binary file) is read whole, where
 * decode.ts names and decodes it.
 */
function plainUtf8Lines(head: Buffer): boolean {
  const end = head.lastIndexOf(0x0a);
  if (end < 0) return false;
  const lines = head.subarray(0, end + 1);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && !lines.includes(0) && isUtf8(lines);
}

/** Whether input starts with a whole line holding one JSON object (JSON Lines, read as it comes). */
function startsJsonLines(head: Buffer): boolean {
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  const first = /^\s*([^\n]*)\n/.exec(text)?.[1];
  if (!first) return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer | string> {
  yield head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}
