// The work queue end to end on a real NATS JetStream server (TALLY_TEST_NATS, ../queue/test-server.ts)
// and a SQLite store: what `ingest --queue` publishes is stored once by `work`, acknowledged only
// once committed; a message given out again is found stored; what cannot be stored is
// dead-lettered with its reason. The server that cannot be reached needs no server.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "nats";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TallyError } from "../core/errors.js";
import { ARTICLES_SUBJECT, openQueue, type Queue } from "../queue/nats-queue.js";
import { NATS_SKIPPED, startNats, TEST_NATS, type TestNats } from "../queue/test-server.js";
import { freshSqliteDb, type TestDb } from "../store/test-engines.js";
import type { ArticleId, Store } from "../store/store.js";
import { readToSink, storeArticles, type ArticleToStore } from "./ingest.js";
import { nextBatchSize, work } from "./work.js";

const REPORT = (town: string, n: number) =>
  `Gunmen killed ${n} villagers in ${town} on Monday, police said. Officials said ${n + 2} people were wounded.`;

describe("the work queue without a server", () => {
  it("reports a NATS server that cannot be reached as Q001, saying how to start one", async () => {
    const error: unknown = await openQueue("nats://127.0.0.1:1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TallyError);
    expect(error).toMatchObject({ code: "Q001" });
    expect((error as Error).message).toContain("nats://127.0.0.1:1");
    expect((error as Error).message).toContain("nats-server -js");
    expect((error as Error).message).toContain("connection refused");
  });

  it("refuses an address that is not nats://", async () => {
    await expect(openQueue("http://127.0.0.1:4222")).rejects.toMatchObject({ code: "USAGE" });
  });

  it("halves a batch that took more than half the ack wait, and grows it back to the most while quick", () => {
    expect(nextBatchSize(100, 100, 31_000, 60_000)).toBe(50);
    expect(nextBatchSize(1, 100, 59_000, 60_000)).toBe(1);
    expect(nextBatchSize(50, 100, 20_000, 60_000)).toBe(50);
    expect(nextBatchSize(50, 100, 7_000, 60_000)).toBe(100);
    expect(nextBatchSize(100, 100, 1_000, 60_000)).toBe(100);
  });
});

describe.skipIf(!TEST_NATS)(TEST_NATS ? "the work queue on NATS JetStream" : NATS_SKIPPED, () => {
  let nats: TestNats;
  let queue: Queue;
  let db: TestDb;
  let store: Store;
  let dir: string;

  beforeEach(async () => {
    nats = await startNats();
    queue = await openQueue(nats.url, { ackWaitMs: 2000 });
    db = freshSqliteDb();
    store = db.open();
    dir = mkdtempSync(join(tmpdir(), "tally-work-"));
  });
  afterEach(async () => {
    await queue.close();
    await nats.stop();
    db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes reports as .txt files and publishes them; returns the summary. */
  async function publish(towns: string[]) {
    const paths = towns.map((town, i) => {
      const path = join(dir, `${town.toLowerCase()}.txt`);
      writeFileSync(path, REPORT(town, i + 3));
      return path;
    });
    return readToSink(paths, { published: "2025-05-05", sink: (items) => queue.publish(items) });
  }

  it("stores each article published once, acknowledging it; the same text published again is not queued twice", async () => {
    expect(await publish(["Kadir", "Boran", "Selu"])).toMatchObject({ files: 3, new: 3, unchanged: 0 });
    expect(await publish(["Kadir", "Boran", "Selu"])).toMatchObject({ new: 0, unchanged: 3 });
    expect(await queue.status()).toMatchObject({ pending: 3, inFlight: 0, failed: 0 });

    const summary = await work(store, queue, { untilEmpty: true, waitMs: 1000 });
    expect(summary).toMatchObject({ stored: 3, duplicate: 0, deadLettered: 0 });
    expect(store.counts().articles).toBe(3);
    const ids = store.listArticles().map((a) => a.id);
    expect(ids.sort()).toEqual(["boran.txt", "kadir.txt", "selu.txt"]);
    expect(store.getClaims("kadir.txt" as ArticleId).map((c) => c.outcome)).toEqual(["killed", "injured"]);
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 0, failed: 0, stored: 0 });
  });

  it("finds stored an article given out again (its worker died after the commit) and stores it once", async () => {
    await publish(["Kadir", "Boran"]);
    // A worker takes both, commits them, and dies before acknowledging: they come back.
    const taken = [];
    for await (const m of await queue.fetch(10, 500)) taken.push(m);
    expect(taken).toHaveLength(2);
    const items: ArticleToStore[] = taken.map((m) => ({
      ...m.json<Omit<ArticleToStore, "settle">>(),
      settle() {},
    }));
    await storeArticles(store, items);
    expect(store.counts().articles).toBe(2);
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 2 });

    // After the ack wait (2 s here) the server gives them out again.
    const summary = await work(store, queue, { untilEmpty: true, waitMs: 1000 });
    expect(summary).toMatchObject({ stored: 0, duplicate: 2, deadLettered: 0 });
    expect(store.counts().articles).toBe(2);
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 0, redelivered: 0 });
  });

  it("dead-letters an article whose checks fail and a message that is no article, with the reasons", async () => {
    await queue.publish([{ article: { id: "empty", text: "   " }, source: "feed.jsonl", line: 7 }]);
    const nc = await connect({ servers: nats.url });
    await nc.jetstream().publish(ARTICLES_SUBJECT, new TextEncoder().encode("not json"));
    await nc.close();
    await publish(["Kadir"]);

    const summary = await work(store, queue, { untilEmpty: true, waitMs: 1000 });
    expect(summary).toMatchObject({ stored: 1, deadLettered: 2 });
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 0, failed: 2 });
    const dead = await queue.deadLetters(10);
    // (the message that is no article is dead-lettered before the batch is stored)
    expect(dead.map((d) => d.reason)).toEqual([
      expect.stringMatching(/^not a Tally article message: not JSON/),
      expect.stringMatching(/^T001 /),
    ]);
    expect(JSON.parse(dead[1]!.payload)).toMatchObject({ source: "feed.jsonl", line: 7 });
  });

  it("stops with Q004 when the server goes away before a committed batch is acknowledged; the articles come back and are found stored", async () => {
    await publish(["Kadir", "Boran"]);
    // The server stops answering while the batch is being stored: the commit succeeds, its
    // acknowledgements cannot. (Frozen at once rather than asked to stop, which on a loaded machine
    // could still answer the acknowledgements and fail the next take instead.)
    const error: unknown = await work(store, queue, {
      untilEmpty: true,
      waitMs: 1000,
      onBatch: () => nats.freeze(),
    }).catch((e: unknown) => e);
    await nats.stop({ keepStore: true });
    expect(error).toBeInstanceOf(TallyError);
    expect(error).toMatchObject({ code: "Q004" });
    expect((error as Error).message).toContain(nats.url);
    expect((error as Error).message).toMatch(/acknowledging a stored article: no answer in time/);
    expect((error as Error).message).toContain("nothing is lost or doubled");
    expect(store.counts().articles).toBe(2);
    await queue.close();

    // The server back with its store: the batch comes back after the ack wait, found stored.
    nats = await nats.restart();
    queue = await openQueue(nats.url, { ackWaitMs: 2000 });
    const summary = await work(store, queue, { untilEmpty: true, waitMs: 1000 });
    expect(summary).toMatchObject({ stored: 0, duplicate: 2, deadLettered: 0 });
    expect(store.counts().articles).toBe(2);
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 0, failed: 0 });
  }, 30_000);

  it("acknowledges a batch stored while the server closed the connection as stale (its pings unanswered)", async () => {
    await queue.close();
    await nats.stop();
    nats = await startNats(TEST_NATS, { pingSeconds: 1 });
    queue = await openQueue(nats.url, { ackWaitMs: 30_000 });
    await publish(["Kadir", "Boran"]);
    // A store holds the event loop while it stores a batch (PostgreSQL is reached synchronously):
    // here 4 s, past the server's allowance of one unanswered ping a second.
    const hold = () => {
      const until = Date.now() + 4000;
      while (Date.now() < until);
    };
    const summary = await work(store, queue, { untilEmpty: true, waitMs: 1000, onBatch: hold });
    expect(summary).toMatchObject({ stored: 2, duplicate: 0 });
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 0, failed: 0 });
  }, 30_000);

  it("reports the queue's figures with Q004 when the server has gone away", async () => {
    await nats.stop({ keepStore: true });
    const error: unknown = await queue.status().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "Q004" });
    expect((error as Error).message).toContain("reading the queue's figures");
    nats = await nats.restart();
  }, 30_000);

  it("gives back an article that fails for another reason, and dead-letters it at the last try", async () => {
    await publish(["Kadir", "Boran"]);
    const failing = (ids: readonly string[]) => {
      if (ids.includes("boran.txt")) throw new Error("linker bug");
    };
    const summary = await work(store, queue, {
      untilEmpty: true,
      waitMs: 1000,
      maxDeliveries: 2,
      retryDelayMs: 100,
      onBatch: failing,
    });
    expect(summary).toMatchObject({ stored: 1, retried: 1, deadLettered: 1 });
    expect(store.listArticles().map((a) => a.id)).toEqual(["kadir.txt"]);
    const [dead] = await queue.deadLetters(10);
    expect(dead?.reason).toMatch(/^T011 .*linker bug.*\(tried 2 times\)$/);
  });

  it("stores and acknowledges what a fetch under way brings when the stop comes, leaving nothing in flight", async () => {
    const stopping = new AbortController();
    // The worker is waiting on an empty queue when the articles arrive and the stop comes.
    const running = work(store, queue, { batch: 10, waitMs: 1500, signal: stopping.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await publish(["Kadir", "Boran", "Selu"]);
    stopping.abort();
    expect(await running).toMatchObject({ batches: 1, stored: 3 });
    expect(
      store
        .listArticles()
        .map((a) => a.id)
        .sort(),
    ).toEqual(["boran.txt", "kadir.txt", "selu.txt"]);
    expect(await queue.status()).toMatchObject({ pending: 0, inFlight: 0 });
  });

  it("acknowledges each committed transaction of a fetch larger than one, though a later one fails", async () => {
    await publish(Array.from({ length: 105 }, (_, i) => `Town${i}`));
    let transactions = 0;
    const failSecond = () => {
      if (++transactions === 2) throw new TallyError("T012", "the database failed");
    };
    const failed = work(store, queue, { batch: 200, waitMs: 1000, retryDelayMs: 0, onBatch: failSecond });
    await expect(failed).rejects.toMatchObject({ code: "T012" });
    expect(store.listArticles()).toHaveLength(100);
    // The first 100 are committed and acknowledged (they were left in flight until the ack wait);
    // only the other 5, given back, are still the queue's.
    const status = await queue.status();
    expect(status.pending + status.inFlight).toBe(5);
  }, 20_000);
});
