// A pool of worker threads that extract articles (./extract-worker.ts), so that extraction uses
// every core and stays off the caller's event loop. Each call returns a promise of one article's
// result; callers that write results in input order await them in that order (see `inOrder`).
// The result is exactly what `extractArticle` gives in the calling thread: the same pipeline runs
// on a copy of the article.
//
//   const pool = new ExtractPool({ jobs: 2 });
//   const result = await pool.extract(article, { published: "2025-03-12" });
//   const { json, messages } = await pool.extractJson(article);   // the output record, as JSON text
//   const [line] = await pool.extractLines([{ name: "feed.jsonl", text, n: 7 }], {}, { json: undefined });
//   await pool.close();
//
// Workers start on demand (an idle pool costs nothing; a pool given one article starts one
// worker) and do not keep the process alive while idle. A worker that dies (out of memory, a
// crash in native code) fails the articles it held with an Error; the pool starts a new one for
// the next article.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article, ExtractionResult, Message } from "../core/model.js";
import type { StoredFeatures } from "../store/store.js";
import type { ExtractOptions } from "./extract-articles.js";
import type { ReadResult } from "./read-articles.js";
import { ReaderError } from "./read-content.js";

export interface ExtractPoolOptions {
  /** Worker threads at most (default: the number of cores). */
  jobs?: number;
}

/** One article's output record as JSON text, made in the worker (no object crosses threads). */
export interface ExtractedJson {
  json: string;
  messages: Message[];
  claims: number;
}

/**
 * What the pool sends a worker: an article to extract, lines of JSON Lines to read and extract, or
 * content to read into articles.
 */
export type Task = { id: number } & (
  | ({ article: Article; options: ExtractOptions } & (
      | { as: "result"; linking?: string; gazetteer?: SharedArrayBuffer }
      | { as: "json"; indent: number | undefined }
    ))
  | { as: "lines"; lines: SourceLine[]; options: ExtractOptions; output: LineOutput }
  | { as: "read"; source: ReadSource; ext: string | null; published: string | undefined }
);

/** One line of a JSON Lines input, as `readJsonLine` takes it (`n` 1-based). */
export interface SourceLine {
  name: string;
  text: string;
  n: number;
}

/** What a line's article comes back as: its result and the article (to format), or its record as JSON. */
export type LineOutput = "result" | { json: number | undefined };

/**
 * A line of JSON Lines read and extracted on a worker: the reader's messages (an invalid line,
 * unusable fields) and, when the line held an article, its extraction.
 */
export interface ExtractedLine {
  read: ReadResult["messages"];
  article: { result: ExtractionResult; article: Article } | { json: ExtractedJson } | null;
}

/** Content to read, as it crosses to a worker (a Buffer arrives as a plain Uint8Array). */
export interface ReadSource {
  name: string;
  content: Uint8Array;
}

/** What a worker answers. */
export type Reply = { id: number } & (
  | { result: ExtractionResult; features?: StoredFeatures | null }
  | { json: ExtractedJson }
  | { lines: ExtractedLine[] }
  | { read: ReadResult }
  | { error: string }
);

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Called when the last pending article is answered (set by `close`). */
  drained?: () => void;
}

const WORKER_URL = new URL("./extract-worker.js", import.meta.url);

/** The number of jobs when none is asked for: the cores the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

export class ExtractPool {
  readonly size: number;
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closed = false;
  /** The gazetteer's bytes, read once on this thread and shared with the workers that link. */
  private gazetteer: Promise<SharedArrayBuffer | null> | null = null;

  constructor(options: ExtractPoolOptions = {}) {
    const jobs = options.jobs ?? defaultJobs();
    if (!Number.isInteger(jobs) || jobs < 1)
      throw new RangeError(`jobs must be a whole number ≥ 1, not ${jobs}`);
    this.size = jobs;
  }

  /** Extracts one article on a worker: the result `extractArticle` would give. */
  async extract(article: Article, options: ExtractOptions = {}): Promise<ExtractionResult> {
    const reply = await this.send({ id: 0, article, options, as: "result" });
    if (!("result" in reply)) throw new Error("extract worker: answered without a result");
    return reply.result;
  }

  /**
   * Extracts one article on a worker and reads its linking features there too, as the store
   * keeps them once the article is stored under its own id and read by `engineVersion`
   * (incidents/features-ahead.ts); null features when reading them failed.
   */
  async extractAhead(
    article: Article,
    options: ExtractOptions,
    engineVersion: string,
  ): Promise<{ result: ExtractionResult; features: StoredFeatures | null }> {
    // The workers read the new reports' places from this thread's copy of the gazetteer (geonames.ts
    // `gazetteerBytes`): each holding its own cost the process its 23 MB once more a worker.
    // (None when it cannot be read: each worker then reads its own, as its features say.)
    const gazetteer = await (this.gazetteer ??= import("../incidents/geonames.js")
      .then((g) => g.gazetteerBytes())
      .catch(() => null));
    const reply = await this.send({
      id: 0,
      article,
      options,
      as: "result",
      linking: engineVersion,
      ...(gazetteer ? { gazetteer } : {}),
    });
    if (!("result" in reply)) throw new Error("extract worker: answered without a result");
    return { result: reply.result, features: reply.features ?? null };
  }

  /**
   * Extracts one article on a worker and returns its output record (`outputRecord`) as
   * `JSON.stringify(record, null, indent)`, with its messages: what `tally extract` writes.
   */
  async extractJson(article: Article, options: ExtractOptions = {}, indent?: number): Promise<ExtractedJson> {
    const reply = await this.send({ id: 0, article, options, as: "json", indent });
    if (!("json" in reply)) throw new Error("extract worker: answered without JSON");
    return reply.json;
  }

  /**
   * Reads lines of JSON Lines on one worker (`readJsonLine`) and extracts the article each holds,
   * answering once for them all: the main thread only cuts the input into lines, so the workers
   * start on the first lines while the rest is still to be handed out (no JSON is parsed, no
   * article object crosses), and one message carries many articles (each message, and the
   * promises around it, costs the main thread more than the copy of its text).
   */
  async extractLines(
    lines: SourceLine[],
    options: ExtractOptions,
    output: LineOutput,
  ): Promise<ExtractedLine[]> {
    const reply = await this.send({ id: 0, as: "lines", lines, options, output });
    if (!("lines" in reply)) throw new Error("extract worker: answered without the lines");
    return reply.lines;
  }

  /**
   * Reads one body of content into articles on a worker (`readContent`): an HTML page of
   * megabytes takes seconds to parse, which a server must not spend on its event loop. A reader's
   * error is thrown here as an Error with its message.
   */
  async read(source: ReadSource, ext: string | null, published?: string): Promise<ReadResult> {
    const reply = await this.send({ id: 0, as: "read", source, ext, published });
    if ("error" in reply) throw new ReaderError(reply.error);
    if (!("read" in reply)) throw new Error("extract worker: answered without articles");
    return reply.read;
  }

  /** Stops the workers once the articles they hold are done; the pool takes no more. */
  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads.splice(0);
    await Promise.all(
      threads.map(async (t) => {
        if (t.pending.size) await new Promise<void>((resolve) => (t.drained = resolve));
        await t.worker.terminate();
      }),
    );
  }

  /** Stops the workers now: the articles they hold fail (a server stopping). */
  async terminate(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private send(task: Task): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error("the extract pool is closed"));
    const thread = this.pick();
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      if (thread.pending.size === 1) thread.worker.ref();
      thread.worker.postMessage({ ...task, id });
    });
  }

  /** An idle worker, else a new one while there is room, else the least busy. */
  private pick(): Thread {
    const idle = this.threads.find((t) => t.pending.size === 0);
    if (idle) return idle;
    if (this.threads.length < this.size) return this.start();
    return this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_URL), pending: new Map() };
    thread.worker.on("message", (reply: Reply) => {
      const p = thread.pending.get(reply.id);
      if (!p) return;
      thread.pending.delete(reply.id);
      p.resolve(reply);
      if (thread.pending.size === 0) {
        thread.worker.unref();
        thread.drained?.();
      }
    });
    const fail = (error: Error) => {
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      for (const p of thread.pending.values()) p.reject(error);
      thread.pending.clear();
      thread.drained?.();
    };
    thread.worker.on("error", (e: Error) => fail(new Error(`extract worker failed: ${e.message}`)));
    thread.worker.on("exit", (code) => fail(new Error(`extract worker stopped (exit code ${code})`)));
    this.threads.push(thread);
    return thread;
  }
}

/**
 * `fn` over `items`, yielding the results in the items' order while at most `window` calls are
 * under way: the pool stays busy and memory stays bounded however many items there are.
 */
export async function* inOrder<T, R>(
  items: Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  // Settled wrappers: a call that fails while earlier ones are awaited is no unhandled rejection.
  type Settled = { ok: true; value: R } | { ok: false; error: unknown };
  const queue: Promise<Settled>[] = [];
  const it = items[Symbol.iterator]();
  let next = it.next();
  const fill = () => {
    while (!next.done && queue.length < window) {
      queue.push(
        fn(next.value).then(
          (value): Settled => ({ ok: true, value }),
          (error: unknown): Settled => ({ ok: false, error }),
        ),
      );
      next = it.next();
    }
  };
  fill();
  while (queue.length) {
    const settled = await queue.shift()!;
    fill();
    if (!settled.ok) throw settled.error;
    yield settled.value;
  }
}
