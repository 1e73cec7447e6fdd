// PostgreSQL answered synchronously, so that the PostgreSQL store keeps the Store interface
// (./store.ts), which is synchronous like better-sqlite3 and used so by ingest, linking and the
// server. The pure-JavaScript `pg` driver runs in a worker thread of its own; the calling thread
// posts a batch of statements on a MessageChannel and sleeps on a shared Int32Array with
// Atomics.wait until the worker has answered and notified it, then takes the answer with
// receiveMessageOnPort. This is what `synckit` does; it is written out here because synckit
// wants the worker as a file of its own, which under vitest is TypeScript that a worker cannot
// load (the worker's code below is plain JavaScript, run with `eval`). Why not pg-native's
// querySync: see ARCHITECTURE.md ("PostgreSQL").
//
//   const pg = new SyncPg("postgres://tally@127.0.0.1:5432/tally");
//   const [rows] = pg.run([{ text: "SELECT $1::int AS n", values: [1] }]);
//   pg.close();
import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

export type SqlValue = string | number | boolean | null;
export interface Statement {
  text: string;
  values?: readonly SqlValue[];
}
export type Row = Record<string, unknown>;

/** A failure reported by PostgreSQL (or by the connection), with its SQLSTATE when there is one. */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "PgError";
  }
}

type Answer = { rows: Row[][] } | { error: { message: string; code: string | null } };

/** How long a statement may go unanswered before the caller gives up (ms). */
const ANSWER_TIMEOUT_MS = 10 * 60_000;

// The worker: one pg.Client; each message is a batch of statements run in order (the first
// failure ends the batch); 64-bit integers (count(*), identities) are read as numbers.
const THREAD = `
const { workerData } = require("node:worker_threads");
const { port, signal, url } = workerData;
const flag = new Int32Array(signal);
let client = null;
let broken = null;
let connected = null;
try {
  const pg = require(workerData.driver);
  pg.types.setTypeParser(20, (v) => Number(v));
  client = new pg.Client({ connectionString: url, application_name: "tally" });
  client.on("error", (e) => { broken = e; });
  connected = client.connect();
  connected.catch(() => {});
} catch (e) {
  broken = e;
}
// A statement's parameters written into its text as literals: quoted, as the driver sends them
// (untyped text, so PostgreSQL infers each one's type from where it stands, as for a parameter).
const literal = (v) => (v === null || v === undefined ? "NULL" : client.escapeLiteral(String(v)));
const inline = (s) => (s.values.length === 0 ? s.text : s.text.replace(/\\$(\\d+)/g, (_, n) => literal(s.values[n - 1])));
// Several statements go as one simple query (one message, one answer, run in order, the first
// failure ending it) instead of one exchange each; one statement, or a text that holds several
// already (a migration), goes with its parameters as they are.
const send = async (batch) => {
  if (batch.length < 2 || batch.some((s) => s.text.includes(";"))) {
    const results = [];
    for (const s of batch) results.push(await client.query(s.text, s.values));
    return results;
  }
  const result = await client.query(batch.map(inline).join(";\\n"));
  const results = Array.isArray(result) ? result : [result];
  if (results.length !== batch.length) throw new Error("PostgreSQL answered " + results.length + " of " + batch.length + " statements");
  return results;
};
const answer = (message) => {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
port.on("message", async (batch) => {
  try {
    if (batch === "close") {
      if (client) await client.end().catch(() => {});
      answer({ rows: [] });
      return;
    }
    if (broken) throw broken;
    await connected;
    const results = await send(batch);
    batch.forEach((s, i) => {
      // A COMMIT of a transaction that had failed is answered ROLLBACK, not an error.
      if (s.text === "COMMIT" && results[i].command === "ROLLBACK")
        throw Object.assign(new Error("the transaction had failed and was rolled back, not committed"), { code: "40000" });
    });
    answer({ rows: results.map((r) => r.rows) });
  } catch (e) {
    answer({ error: { message: e && e.message ? e.message : String(e), code: (e && e.code) || null } });
  }
});
`;

export class SyncPg {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  private open = true;

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    this.flag = new Int32Array(signal);
    this.port = port1;
    const driver = createRequire(import.meta.url).resolve("pg");
    this.worker = new Worker(THREAD, {
      eval: true,
      workerData: { driver, port: port2, signal, url },
      transferList: [port2],
    });
    // Neither keeps the process alive: a command that is done exits without closing the store.
    this.worker.unref();
    this.port.unref();
  }

  /** Runs the statements in order, in one round trip; returns each one's rows. */
  run(batch: readonly Statement[]): Row[][] {
    if (!this.open) throw new PgError("the PostgreSQL connection is closed", null);
    const answer = this.ask(batch.map((s) => ({ text: s.text, values: s.values ?? [] })));
    if ("error" in answer) throw new PgError(answer.error.message, answer.error.code);
    return answer.rows;
  }

  /** One statement's rows. */
  query(text: string, values: readonly SqlValue[] = []): Row[] {
    return this.run([{ text, values }])[0]!;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    try {
      this.ask("close");
    } finally {
      void this.worker.terminate();
    }
  }

  private ask(message: unknown): Answer {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(message);
    const started = Date.now();
    for (;;) {
      const got = receiveMessageOnPort(this.port);
      if (got) return got.message as Answer;
      if (Date.now() - started > ANSWER_TIMEOUT_MS) {
        this.open = false;
        void this.worker.terminate();
        throw new PgError(`PostgreSQL did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`, "57014");
      }
      // Woken by the worker's notify (or after a second, to look again).
      Atomics.wait(this.flag, 0, 0, 1000);
    }
  }
}
