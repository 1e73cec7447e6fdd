// The change log over HTTP (in process, over a real SQLite file) and the webhook (a real
// receiver on 127.0.0.1): texts written for these tests.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore, type SqliteStore } from "../store/sqlite-store.js";
import { createApi } from "./app.js";
import { changeList } from "./schemas.js";
import { SIGNATURE_HEADER, WebhookSender } from "./webhook.js";

const HARBOUR_1 =
  "Gunmen attacked a ferry terminal in Gwadar, Balochistan, on Tuesday, killing 9 people, police said.";
const HARBOUR_2 =
  "The death toll from Tuesday's attack on the ferry terminal in Gwadar, Balochistan, rose to 14, police said on Wednesday.";
const HARBOUR_3 =
  "The death toll from the attack on a ferry terminal in Gwadar, Balochistan, stood at 14 on Thursday, police said.";
const ELSEWHERE = "A roadside bomb killed four soldiers near Kidal, Mali, on Sunday, the army said.";

let dir: string;
let store: SqliteStore;
let api: ReturnType<typeof createApi>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-changes-"));
  store = openSqliteStore(join(dir, "tally.db"));
  api = createApi({ store });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(text: string, published: string): Promise<void> {
  const res = await api.request("/api/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text, published, outlet: "Test Wire" }),
  });
  expect(res.status).toBe(201);
}

async function changes(query = "") {
  const res = await api.request(`/api/changes${query}`);
  expect(res.status).toBe(200);
  return changeList.parse(await res.json());
}

describe("the change log over HTTP", () => {
  it("lists what each report changed, and nothing for a report that moves nothing", async () => {
    await post(HARBOUR_1, "2025-03-11");
    await post(HARBOUR_2, "2025-03-12");
    await post(HARBOUR_3, "2025-03-13");
    const { items, now } = await changes();
    expect(items.map((c) => c.lines)).toEqual([
      ["new incident", "killed, people: 9 — police"],
      ["killed, people: 9 → 14 — police"],
    ]);
    expect(items[1]!.summary).toContain("after the report");
    expect(Date.parse(now)).not.toBeNaN();
    expect((await changes(`?after=${items[0]!.seq}`)).items).toHaveLength(1);
    expect((await changes(`?since=${encodeURIComponent(now)}`)).items).toEqual([]);
  });

  it("filters like the incidents list, and refuses a bad time", async () => {
    await post(HARBOUR_1, "2025-03-11");
    await post(ELSEWHERE, "2025-06-01");
    expect((await changes()).items).toHaveLength(2);
    const mali = (await changes("?country=ML")).items;
    expect(mali.map((c) => c.lines[1])).toEqual(["killed, security forces: 4 — army"]);
    expect((await api.request("/api/changes?since=yesterday-ish")).status).toBe(400);
  });

  it("publishes a valid Atom feed, newest first, with a link to each incident", async () => {
    await post(HARBOUR_1, "2025-03-11");
    await post(HARBOUR_2, "2025-03-12");
    const res = await api.request("/feed.atom", { headers: { host: "127.0.0.1:8080" } });
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const text = await res.text();
    const doc = new DOMParser().parseFromString(text, "text/xml");
    const feed = doc.documentElement;
    expect(feed.tagName).toBe("feed");
    expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    // RFC 4287 §4.1.1: a feed has id, title, updated, an author; each entry id, title, updated.
    for (const name of ["id", "title", "updated", "author"])
      expect(feed.querySelector(`feed > ${name}`)).not.toBeNull();
    const entries = [...doc.querySelectorAll("entry")];
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      for (const name of ["id", "title", "updated", "summary"])
        expect(e.querySelector(name)?.textContent).toBeTruthy();
      expect(Date.parse(e.querySelector("updated")!.textContent!)).not.toBeNaN();
      expect(e.querySelector("link")!.getAttribute("href")).toMatch(
        /^http:\/\/127\.0\.0\.1:8080\/#\/incidents\//,
      );
    }
    expect(entries[0]!.querySelector("title")!.textContent).toContain("9 → 14");
    expect(new Set(entries.map((e) => e.querySelector("id")!.textContent)).size).toBe(2);
  });
});

describe("the webhook", () => {
  let receiver: Server;
  afterEach(() => new Promise<void>((done) => receiver.close(() => done())));

  /** A receiver on 127.0.0.1 that fails the first `failures` requests with 503. */
  async function listen(failures: number) {
    const got: { body: string; headers: IncomingMessage["headers"] }[] = [];
    let seen = 0;
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen++;
        if (seen <= failures) {
          res.writeHead(503).end();
          return;
        }
        got.push({ body: Buffer.concat(chunks).toString("utf8"), headers: req.headers });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", () => done()));
    return {
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      got,
      tries: () => seen,
    };
  }

  it("POSTs each new change signed with HMAC-SHA256, retrying with backoff until it is taken", async () => {
    await post(HARBOUR_1, "2025-03-11"); // before the sender starts: not sent
    const hook = await listen(2);
    const secret = "a test secret of some length";
    const sender = new WebhookSender(store, { url: hook.url, secret, backoffMs: 20, pollMs: 20 });
    sender.start();
    await post(HARBOUR_2, "2025-03-12");
    for (let i = 0; i < 200 && hook.got.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    await sender.stop();
    expect(hook.tries()).toBe(3);
    expect(hook.got).toHaveLength(1);
    const { body, headers } = hook.got[0]!;
    const expected = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    const given = String(headers[SIGNATURE_HEADER]);
    expect(timingSafeEqual(Buffer.from(given), Buffer.from(expected))).toBe(true);
    expect(headers["x-tally-attempt"]).toBe("3");
    const change = JSON.parse(body) as { type: string; seq: number; lines: string[] };
    expect(change).toMatchObject({
      type: "tally.change",
      seq: 2,
      lines: ["killed, people: 9 → 14 — police"],
    });
    expect(headers["x-tally-delivery"]).toBe("2");
  });

  it("gives up on a change after its attempts, says so, and goes on", async () => {
    const hook = await listen(3);
    const failed: number[] = [];
    const sender = new WebhookSender(store, {
      url: hook.url,
      secret: "another test secret here",
      backoffMs: 5,
      pollMs: 20,
      attempts: 3,
      onFailure: (c) => failed.push(c.seq),
    });
    sender.start();
    await post(HARBOUR_1, "2025-03-11");
    await post(HARBOUR_2, "2025-03-12");
    for (let i = 0; i < 200 && hook.got.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    await sender.stop();
    expect(failed).toEqual([1]);
    expect(hook.got.map((g) => (JSON.parse(g.body) as { seq: number }).seq)).toEqual([2]);
  });
});
