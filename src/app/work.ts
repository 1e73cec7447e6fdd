// The worker's use case (`tally worker`): take articles from the work queue in batches, extract,
// store and link each batch as `tally ingest` stores a file's (one transaction, linked at once),
// and acknowledge a message only once its article is committed. A worker killed at any point
// leaves its unacknowledged messages to be given out again; an article stored already is found by
// its content hash and acknowledged as a duplicate, so nothing is lost and nothing doubled. An
// article whose checks fail, or whose message is not an article, goes to the dead-letter subject
// at once; one that fails for another reason (a bug) is tried again, and dead-lettered at its
// `maxDeliveries`-th delivery. A batch that meets another worker's locks (T013) is stored again;
// any other failure of the database stops the worker, its batch unacknowledged. A NATS server that
// stops answering (an acknowledgement, a fetch, a dead letter) stops it with Q004: what was
// committed is kept, and its unacknowledged messages come back after the ack wait.
import type { JsMsg } from "nats";
import { TallyError } from "../core/errors.js";
import type { Article, Message } from "../core/model.js";
import type { QueuedArticle, Queue } from "../queue/nats-queue.js";
import type { ArticleId, IncidentId, Store } from "../store/store.js";
import type { ExtractPool } from "./extract-pool.js";
import { BATCH_ARTICLES, storeArticles, type ArticleToStore, type Settled } from "./ingest.js";

export interface WorkOptions {
  /** Messages taken (and stored in one transaction) at a time, at most. */
  batch?: number;
  /**
   * The queue's ack wait (ms): a batch that took more than half of it is followed by one half its
   * size, so that a slow machine never holds a batch past its ack wait (it would be given out
   * again and done twice); batches grow back to `batch` while quick.
   */
  ackWaitMs?: number;
  /** How long a fetch waits for messages (ms). */
  waitMs?: number;
  /** The delivery at which an article that keeps failing goes to the dead-letter subject. */
  maxDeliveries?: number;
  /** A message given back after a failure returns after this, times its deliveries so far (ms). */
  retryDelayMs?: number;
  /** Runs on each batch of stored articles inside its transaction (the incident linker). */
  onBatch?: (articles: readonly ArticleId[]) => readonly IncidentId[] | void;
  pool?: Pick<ExtractPool, "extract">;
  /**
   * Once aborted, the batch being stored (or being taken) is finished and acknowledged, and the
   * worker returns; what it had not taken stays pending.
   */
  signal?: AbortSignal;
  /** Return once the queue holds nothing pending or in flight. */
  untilEmpty?: boolean;
  /** Told of each batch once it is settled (for the log and the metrics). */
  onBatchDone?: (report: BatchReport) => void;
}

export interface BatchReport {
  stored: number;
  duplicate: number;
  /** Sent to the dead-letter subject in this batch. */
  deadLettered: number;
  /** Given back to be tried again (a failure that was not the article's checks). */
  retried: number;
  /** Wall time of the batch's transaction, extraction included (ms). */
  storeMs: number;
  /** Of which the linker took (ms). */
  linkMs: number;
  /** How long the oldest message of the batch had waited on the stream (ms). */
  lagMs: number;
}

export interface WorkSummary {
  batches: number;
  stored: number;
  duplicate: number;
  deadLettered: number;
  retried: number;
}

const DEFAULT_BATCH = 100;
const DEFAULT_WAIT_MS = 1000;
export const DEFAULT_MAX_DELIVERIES = 5;
const RETRY_DELAY_MS = 2000;
/** A batch that met a lock held by another worker is tried again, this many times in all. */
const LOCKED_TRIES = 8;
const LOCKED_PAUSE_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes and stores articles until `signal` is aborted (or, `untilEmpty`, the queue is empty). */
export async function work(store: Store, queue: Queue, options: WorkOptions = {}): Promise<WorkSummary> {
  const summary: WorkSummary = { batches: 0, stored: 0, duplicate: 0, deadLettered: 0, retried: 0 };
  const batch = options.batch ?? DEFAULT_BATCH;
  let size = batch;
  while (!options.signal?.aborted) {
    // A stop that comes while this waits is seen after the batch is stored (the loop's test):
    // what was taken is finished and acknowledged, not given back. JetStream counts a message
    // given back (`nak`) as in flight until it is given out again, so a worker that gave back its
    // fetch on stopping would leave the queue showing work in flight with no worker to do it.
    const messages = await take(queue, size, options.waitMs ?? DEFAULT_WAIT_MS);
    if (messages.length === 0) {
      if (options.untilEmpty) {
        const status = await queue.status();
        if (status.pending === 0 && status.inFlight === 0) break;
      }
      continue;
    }
    // A fetch larger than one transaction (BATCH_ARTICLES) is stored as several, each settled and
    // acknowledged once committed: a later one's failure or length leaves no committed article
    // unacknowledged until the ack wait. What is left when one fails is given back, not begun.
    for (let at = 0; at < messages.length; at += BATCH_ARTICLES) {
      const part = messages.slice(at, at + BATCH_ARTICLES);
      let report: BatchReport;
      try {
        report = await storeBatch(store, queue, part, options);
      } catch (e) {
        for (const m of messages.slice(at + BATCH_ARTICLES)) queue.giveBack(m);
        throw e;
      }
      if (options.ackWaitMs !== undefined)
        size = nextBatchSize(size, batch, report.storeMs, options.ackWaitMs);
      summary.batches++;
      summary.stored += report.stored;
      summary.duplicate += report.duplicate;
      summary.deadLettered += report.deadLettered;
      summary.retried += report.retried;
      options.onBatchDone?.(report);
    }
  }
  return summary;
}

/**
 * The next batch's size after one of `size` took `ms`: half when it took more than half the ack
 * wait, double (up to `max`) when it took less than an eighth.
 */
export function nextBatchSize(size: number, max: number, ms: number, ackWaitMs: number): number {
  if (ms > ackWaitMs / 2) return Math.max(1, Math.floor(size / 2));
  if (ms < ackWaitMs / 8) return Math.min(max, size * 2);
  return size;
}

/**
 * Up to `max` messages, waiting at most `waitMs`. An abort does not cut the wait short: a fetch
 * stopped early drops what the server has already sent it, which then stays in flight until the
 * ack wait, so the worker waits out the fetch and stores all it took.
 */
async function take(queue: Queue, max: number, waitMs: number): Promise<JsMsg[]> {
  const messages = await queue.fetch(max, waitMs);
  const taken: JsMsg[] = [];
  await queue.guard("taking articles", async () => {
    for await (const m of messages) taken.push(m);
  });
  return taken;
}

/** Stores one batch of messages and settles each: acknowledged, dead-lettered or given back. */
async function storeBatch(
  store: Store,
  queue: Queue,
  messages: readonly JsMsg[],
  options: WorkOptions,
): Promise<BatchReport> {
  const report: BatchReport = {
    stored: 0,
    duplicate: 0,
    deadLettered: 0,
    retried: 0,
    storeMs: 0,
    linkMs: 0,
    lagMs: Date.now() - Math.min(...messages.map((m) => m.info.timestampNanos / 1e6)),
  };
  const outcomes = new Map<JsMsg, Settled>();
  const items: ArticleToStore[] = [];
  const settled: Promise<void>[] = [];
  for (const m of messages) {
    const read = readMessage(m);
    if (typeof read === "string") {
      report.deadLettered++;
      settled.push(queue.deadLetter(m, read));
    } else items.push({ ...read, settle: (outcome) => outcomes.set(m, outcome) });
  }
  const started = performance.now();
  try {
    await storeWithRetries(store, items, options, report);
  } catch (e) {
    // The database failed: nothing of the batch is acknowledged; it is given out again.
    for (const m of messages) if (!outcomes.has(m)) queue.giveBack(m, options.retryDelayMs ?? RETRY_DELAY_MS);
    await Promise.allSettled(settled);
    throw e;
  }
  report.storeMs = performance.now() - started;
  settled.push(...settle(queue, messages, outcomes, options, report));
  // Every acknowledgement is tried; a failure of one (the server went away: Q004) is told once all
  // are settled. What was not acknowledged is given out again after the ack wait and found stored.
  const failure = (await Promise.allSettled(settled)).find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return report;
}

/**
 * Stores the batch in one transaction, again after a pause when another worker held the rows or
 * locks it needed (T013: a block lock reached out of order, which the store only tries; or SQLite
 * stayed busy), when nothing of it was committed. The linker's time is added to `report.linkMs`.
 */
async function storeWithRetries(
  store: Store,
  items: ArticleToStore[],
  options: WorkOptions,
  report: BatchReport,
): Promise<void> {
  const hook = options.onBatch;
  const onBatch = hook
    ? (ids: readonly ArticleId[]) => {
        const t = performance.now();
        try {
          return hook(ids);
        } finally {
          report.linkMs += performance.now() - t;
        }
      }
    : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      await storeArticles(store, items, { pool: options.pool, onBatch });
      return;
    } catch (e) {
      if (!(e instanceof TallyError && e.code === "T013" && attempt < LOCKED_TRIES)) throw e;
      await sleep(LOCKED_PAUSE_MS * attempt * (0.5 + Math.random()));
    }
  }
}

/**
 * Settles each stored message by its outcome: committed ones acknowledged together, rejected ones
 * dead-lettered, the others given back with a growing delay or dead-lettered at the last try.
 * Returns the requests under way, counting each in `report`.
 */
function settle(
  queue: Queue,
  messages: readonly JsMsg[],
  outcomes: ReadonlyMap<JsMsg, Settled>,
  options: WorkOptions,
  report: BatchReport,
): Promise<void>[] {
  const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
  const sent: Promise<void>[] = [];
  const committed: JsMsg[] = [];
  for (const m of messages) {
    const outcome = outcomes.get(m);
    if (!outcome) continue;
    if (outcome.kind === "stored") {
      report[outcome.status === "unchanged" ? "duplicate" : "stored"]++;
      committed.push(m);
    } else if (outcome.kind === "rejected") {
      report.deadLettered++;
      sent.push(queue.deadLetter(m, reasons(outcome.messages)));
    } else if (m.info.redeliveryCount >= maxDeliveries) {
      report.deadLettered++;
      sent.push(queue.deadLetter(m, `${reasons([outcome.message])} (tried ${m.info.redeliveryCount} times)`));
    } else {
      report.retried++;
      queue.giveBack(m, (options.retryDelayMs ?? RETRY_DELAY_MS) * m.info.redeliveryCount);
    }
  }
  sent.push(queue.ack(committed));
  return sent;
}

function reasons(messages: readonly Message[]): string {
  return messages.map((m) => `${m.code} ${m.message}`).join("; ");
}

/** The article a message holds, or why it holds none. */
function readMessage(m: JsMsg): QueuedArticle | string {
  let value: unknown;
  try {
    value = m.json();
  } catch (e) {
    return `not a Tally article message: not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const v = value as Partial<QueuedArticle> | null;
  const article = v?.article as Partial<Article> | undefined;
  if (
    typeof v !== "object" ||
    v === null ||
    typeof v.source !== "string" ||
    typeof article !== "object" ||
    article === null ||
    typeof article.id !== "string" ||
    typeof article.text !== "string"
  )
    return "not a Tally article message: it needs {article: {id, text, …}, source, line}";
  return { article: article as Article, source: v.source, line: typeof v.line === "number" ? v.line : null };
}
