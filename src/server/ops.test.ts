// /healthz and /metrics on the API (`tally serve`) and on a worker's own port: health says when the
// database stops answering or the process is stopping; metrics count what a post stored, time the
// linker, and report the queue's figures when there is a queue.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Metrics } from "../app/metrics.js";
import { openSqliteStore, type SqliteStore } from "../store/sqlite-store.js";
import { createApi } from "./app.js";
import { startOpsServer } from "./ops.js";

const REPORT =
  "A suicide bomber killed seven people at a market in Maiduguri, Borno, Nigeria, on Sunday, police said. " +
  "Twenty-one others were wounded, a spokesman for the emergency agency said.";

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-ops-"));
  store = openSqliteStore(join(dir, "tally.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One metric's value (no labels, or the labels given) from Prometheus's text format. */
function value(text: string, name: string, labels = ""): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels} `));
  if (!line) throw new Error(`no ${name}${labels} in the metrics`);
  return Number(line.slice(line.lastIndexOf(" ") + 1));
}

describe("/healthz and /metrics of tally serve", () => {
  it("counts an article posted, its rate and its linking, in Prometheus's text format", async () => {
    const api = createApi({ store, metrics: new Metrics() });
    const posted = await api.request("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "m1", text: REPORT, published: "2025-06-01" }),
    });
    expect(posted.status).toBe(201);
    const res = await api.request("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(value(text, "tally_articles_total", '{status="new"}')).toBe(1);
    expect(value(text, "tally_articles_per_second")).toBeCloseTo(1 / 60, 5);
    expect(value(text, "tally_link_seconds_count")).toBe(1);
    expect(text).toContain("# TYPE tally_process_cpu_seconds_total counter");
    // A server with no queue says nothing of one.
    expect(text).not.toContain("tally_queue_pending");
  });

  it("is healthy while the database answers, and says why not once it does not or the server stops", async () => {
    const stopping = new AbortController();
    const api = createApi({ store, metrics: new Metrics(), signal: stopping.signal });
    const ok = await api.request("/healthz");
    expect([ok.status, await ok.json()]).toEqual([200, { ok: true }]);
    stopping.abort();
    const stopped = await api.request("/healthz");
    expect([stopped.status, await stopped.json()]).toEqual([503, { ok: false, problem: "stopping" }]);
    const closed = createApi({ store, metrics: new Metrics() });
    store.close();
    const down = await closed.request("/healthz");
    expect(down.status).toBe(503);
    expect(((await down.json()) as { problem: string }).problem).toMatch(/\S/);
    store = openSqliteStore(join(dir, "tally.db"));
  });

  it("asks for the token on /metrics when reads need one, not on /healthz", async () => {
    const api = createApi({ store, metrics: new Metrics(), token: "s3cret-token-of-the-test" });
    expect((await api.request("/metrics")).status).toBe(401);
    expect((await api.request("/healthz")).status).toBe(200);
    const res = await api.request("/metrics", {
      headers: { authorization: "Bearer s3cret-token-of-the-test" },
    });
    expect(res.status).toBe(200);
  });
});

describe("a worker's /healthz and /metrics", () => {
  it("serves the queue's figures, read at each scrape, and the last batch's lag, on a port of its own", async () => {
    let pending = 7;
    const metrics = new Metrics({
      queueStatus: () => Promise.resolve({ pending, inFlight: 2, redelivered: 0, failed: 1, stored: 9 }),
    });
    metrics.stored("new", 90);
    metrics.stored("duplicate", 10);
    metrics.batchDone(1.5, 4.25);
    metrics.linked(0.5);
    let problem: string | null = null;
    const server = await startOpsServer("127.0.0.1", 0, metrics, () => problem);
    try {
      const text = await (await fetch(`${server.url}metrics`)).text();
      expect(value(text, "tally_queue_pending")).toBe(7);
      expect(value(text, "tally_queue_in_flight")).toBe(2);
      expect(value(text, "tally_queue_failed")).toBe(1);
      expect(value(text, "tally_queue_lag_seconds")).toBe(4.25);
      expect(value(text, "tally_articles_total", '{status="duplicate"}')).toBe(10);
      expect(value(text, "tally_articles_per_second")).toBe(1.5);
      expect(value(text, "tally_batch_seconds_sum")).toBe(1.5);
      pending = 3;
      await new Promise((r) => setTimeout(r, 600));
      expect(value(await (await fetch(`${server.url}metrics`)).text(), "tally_queue_pending")).toBe(3);
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
      problem = "reconnecting to nats://127.0.0.1:4222";
      const down = await fetch(`${server.url}healthz`);
      expect([down.status, await down.json()]).toEqual([503, { ok: false, problem }]);
      expect((await fetch(`${server.url}api/incidents`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
