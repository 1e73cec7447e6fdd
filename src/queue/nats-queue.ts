// The work stream on NATS JetStream (`--queue nats://host:port`): `tally ingest --queue` publishes
// each article read to the stream TALLY_ARTICLES; `tally worker`s take them through one durable
// pull consumer with explicit acknowledgement; an article that cannot be stored goes to the
// dead-letter stream TALLY_DEAD (subject tally.dead) with the reason. The stream keeps a message
// until a worker acknowledges it (work-queue retention), and drops a second publication of the
// same article (its content hash as the message id) within the server's duplicate window.
import {
  AckPolicy,
  connect,
  DeliverPolicy,
  headers,
  RetentionPolicy,
  StorageType,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from "nats";
import { CATALOGUE, message, TallyError } from "../core/errors.js";
import type { Article, Message } from "../core/model.js";
import { contentHash } from "../store/versions.js";

export const ARTICLES_STREAM = "TALLY_ARTICLES";
export const ARTICLES_SUBJECT = "tally.articles";
export const DEAD_STREAM = "TALLY_DEAD";
export const DEAD_SUBJECT = "tally.dead";
/** The one durable consumer every worker shares: each message goes to one worker. */
export const WORKERS = "tally-workers";
/** How long a worker may hold a message before the server gives it to another (default). */
export const DEFAULT_ACK_WAIT_MS = 60_000;
const CONNECT_TIMEOUT_MS = 5_000;
/** How long the server may take to answer (as the client's requests wait). */
const ANSWER_TIMEOUT_MS = 5_000;
/** How long acknowledgements dropped with a stale connection wait for it to be made again. */
const REACK_WAIT_MS = 10_000;
const ACK = new TextEncoder().encode("+ACK");

/** An article on the stream: as read, with the file (and line) it came from. */
export interface QueuedArticle {
  article: Article;
  source: string;
  line: number | null;
}

export interface QueueStatus {
  /** Published and not yet given to any worker. */
  pending: number;
  /** Given to a worker and not yet acknowledged (being stored, or held by a worker that died). */
  inFlight: number;
  /** Given out more than once (a worker died, or storing failed and it was tried again). */
  redelivered: number;
  /** On the dead-letter subject: articles that could not be stored. */
  failed: number;
  /** Messages on the stream (pending and in flight: acknowledged ones are removed). */
  stored: number;
}

/** A dead-letter entry: the article's message as published, and why it could not be stored. */
export interface DeadLetter {
  reason: string;
  deliveries: number;
  payload: string;
}

function isQueueUrl(url: string): boolean {
  return /^nats:\/\/[^/]+/i.test(url);
}

/** Connects to the NATS server at `url` and makes the streams and the consumer if missing. */
export async function openQueue(url: string, options: { ackWaitMs?: number } = {}): Promise<Queue> {
  if (!isQueueUrl(url))
    throw new TallyError("USAGE", `--queue ${url} is not a NATS address: give nats://host:port.`);
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: url,
      name: `tally ${process.pid}`,
      timeout: CONNECT_TIMEOUT_MS,
      maxReconnectAttempts: 10,
    });
  } catch (e) {
    throw queueError("Q001", url, describe(e));
  }
  try {
    const jsm = await nc.jetstreamManager();
    await ensureStreams(jsm, options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS);
    return new Queue(nc, jsm, url);
  } catch (e) {
    await nc.close();
    if (e instanceof TallyError) throw e;
    throw queueError("Q002", url, describe(e));
  }
}

async function ensureStreams(jsm: JetStreamManager, ackWaitMs: number): Promise<void> {
  const streams = new Set<string>();
  for await (const s of jsm.streams.list()) streams.add(s.config.name);
  if (!streams.has(ARTICLES_STREAM))
    await jsm.streams.add({
      name: ARTICLES_STREAM,
      subjects: [ARTICLES_SUBJECT],
      retention: RetentionPolicy.Workqueue,
      storage: StorageType.File,
    });
  if (!streams.has(DEAD_STREAM))
    await jsm.streams.add({ name: DEAD_STREAM, subjects: [DEAD_SUBJECT], storage: StorageType.File });
  const ackWait = ackWaitMs * 1_000_000;
  const config = {
    durable_name: WORKERS,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: ackWait,
    max_ack_pending: 10_000,
  };
  try {
    const info = await jsm.consumers.info(ARTICLES_STREAM, WORKERS);
    if (info.config.ack_wait !== ackWait)
      await jsm.consumers.update(ARTICLES_STREAM, WORKERS, { ack_wait: ackWait });
  } catch (e) {
    if (!/consumer not found/i.test(describe(e))) throw e;
    await jsm.consumers.add(ARTICLES_STREAM, config);
  }
}

function queueError(code: "Q001" | "Q002" | "Q004", url: string, detail: string): TallyError {
  return new TallyError(code, `${url}: ${CATALOGUE[code].text} (${detail})`);
}

/** A failure of the connection while at work (`doing`), as Q004; a TallyError stays as it is. */
function lostQueue(url: string, doing: string, e: unknown): TallyError {
  return e instanceof TallyError ? e : queueError("Q004", url, `${doing}: ${describe(e)}`);
}

/**
 * The subject a message is acknowledged on. nats.js 2.29's JsMsg has it (`reply`, the message's
 * own) without declaring it on the interface; null should a later client drop it.
 */
function replyOf(m: JsMsg): string | null {
  const reply = (m as unknown as { reply?: unknown }).reply;
  return typeof reply === "string" && reply.length > 0 ? reply : null;
}

/** `p`, or a timeout error once `ms` have passed. */
async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: string }).code;
  const text = e instanceof Error ? e.message : String(e);
  if (code === "CONNECTION_REFUSED" || /ECONNREFUSED/.test(text))
    return "connection refused (no NATS server listening there)";
  if (code === "TIMEOUT" || /timeout/i.test(text)) return "no answer in time";
  if (code === "503" || /no responders|jetstream not enabled/i.test(text))
    return "the server has no JetStream (start it with `nats-server -js`)";
  return text;
}

export class Queue {
  private readonly js: JetStreamClient;
  private reconnecting = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    readonly url: string,
  ) {
    this.js = nc.jetstream();
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === "disconnect" || s.type === "reconnecting") this.reconnecting = true;
        else if (s.type === "reconnect") this.reconnecting = false;
      }
    })();
  }

  /** The most a message may hold (the server's max_payload). */
  get maxPayload(): number {
    return this.nc.info?.max_payload ?? 1024 * 1024;
  }

  /**
   * Publishes articles and waits for the stream to hold each; per article, whether the stream
   * already had it (the same text published within the duplicate window).
   */
  async publish(items: readonly QueuedArticle[]): Promise<("new" | "duplicate" | Message)[]> {
    const limit = this.maxPayload;
    const sent = items.map(async (item) => {
      const data = new TextEncoder().encode(JSON.stringify(item));
      // (a little of the limit is the protocol's and the headers')
      if (data.length > limit - 1024)
        return message("Q003", `${data.length} bytes; the server takes ${limit}`);
      const ack = await this.js.publish(ARTICLES_SUBJECT, data, { msgID: contentHash(item.article.text) });
      return ack.duplicate ? ("duplicate" as const) : ("new" as const);
    });
    return this.guard("publishing articles", () => Promise.all(sent));
  }

  /** Up to `max` messages for this worker, waiting at most `expiresMs` for the first. */
  async fetch(max: number, expiresMs: number): Promise<ConsumerMessages> {
    return this.guard("taking articles", async () => {
      const consumer = await this.js.consumers.get(ARTICLES_STREAM, WORKERS);
      // (the client takes no shorter wait than a second)
      return consumer.fetch({ max_messages: max, expires: Math.max(1000, expiresMs) });
    });
  }

  /**
   * Acknowledges messages (their articles are committed) and waits until the server has read them
   * all: one round trip (a ping after the acknowledgements), not one request each. An
   * acknowledgement the server read but lost (it died at once) only brings the article back, to
   * be found stored.
   */
  async ack(msgs: readonly JsMsg[]): Promise<void> {
    if (msgs.length === 0) return;
    await this.guard("acknowledging a stored article", async () => {
      for (const m of msgs) m.ack();
      try {
        await withTimeout(this.nc.flush(), ANSWER_TIMEOUT_MS);
      } catch (e) {
        // A batch holds the event loop while it is stored, so the server's pings go unanswered;
        // one held long enough (twice the server's ping interval, 2 min by default) finds the
        // connection closed as stale and its acknowledgements dropped. The client connects
        // again; the acknowledgements, which name their message and not the connection, are sent
        // again once it has. A server that does not answer or come back is Q004 as before.
        const replies = msgs.map(replyOf);
        const dropped = (e as { code?: string }).code === "DISCONNECT";
        if (!dropped || this.nc.isClosed() || replies.some((r) => r === null)) throw e;
        for (const r of replies) this.nc.publish(r!, ACK);
        await withTimeout(this.nc.flush(), REACK_WAIT_MS).catch(() => Promise.reject(e));
      }
    });
  }

  /**
   * Gives a message back, to be given out again after `delayMs`. With the connection gone nothing
   * can be sent, and nothing need be: the server gives it out again after the ack wait.
   */
  giveBack(msg: JsMsg, delayMs?: number): void {
    try {
      msg.nak(delayMs);
    } catch {
      // given out again after the ack wait
    }
  }

  /** Puts a message on the dead-letter subject with its reason, then drops it from the stream. */
  async deadLetter(msg: JsMsg, reason: string): Promise<void> {
    const h = headers();
    h.set("Tally-Reason", reason.replace(/[\r\n]+/g, " "));
    h.set("Tally-Deliveries", String(msg.info.redeliveryCount));
    h.set("Tally-Stream-Seq", String(msg.seq));
    await this.guard("dead-lettering an article", async () => {
      await this.js.publish(DEAD_SUBJECT, msg.data, { headers: h });
      await msg.ackAck();
    });
  }

  async status(): Promise<QueueStatus> {
    const [articles, consumer, dead] = await this.guard("reading the queue's figures", () =>
      Promise.all([
        this.jsm.streams.info(ARTICLES_STREAM),
        this.jsm.consumers.info(ARTICLES_STREAM, WORKERS),
        this.jsm.streams.info(DEAD_STREAM),
      ]),
    );
    return {
      pending: consumer.num_pending,
      inFlight: consumer.num_ack_pending,
      redelivered: consumer.num_redelivered,
      failed: dead.state.messages,
      stored: articles.state.messages,
    };
  }

  /** The dead-letter entries, oldest first (at most `limit`). */
  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const info = await this.guard("reading the failed articles", () => this.jsm.streams.info(DEAD_STREAM));
    const out: DeadLetter[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && out.length < limit; seq++) {
      let m;
      try {
        m = await this.jsm.streams.getMessage(DEAD_STREAM, { seq });
      } catch {
        continue;
      }
      out.push({
        reason: m.header?.get("Tally-Reason") ?? "",
        deliveries: Number(m.header?.get("Tally-Deliveries") ?? 0),
        payload: new TextDecoder().decode(m.data),
      });
    }
    return out;
  }

  /** Why the connection cannot be used now (closed, or reconnecting to the server), or null. */
  problem(): string | null {
    if (this.nc.isClosed()) return `the connection to ${this.url} is closed`;
    if (this.reconnecting) return `reconnecting to ${this.url}`;
    return null;
  }

  /** What `doing` gives, its failure (the server went away, no answer in time) as Q004. */
  async guard<T>(doing: string, act: () => Promise<T>): Promise<T> {
    try {
      return await act();
    } catch (e) {
      throw lostQueue(this.url, doing, e);
    }
  }

  /** Sends what is buffered and closes the connection; with the server away, closes at once. */
  async close(): Promise<void> {
    if (this.nc.isClosed()) return;
    if (this.reconnecting) return this.nc.close();
    await this.nc.drain().catch(() => this.nc.close());
  }
}
