// What another web page may not do to the API, in process (Hono's app.request) over a real SQLite
// file: name the server by a rebinding domain, write from another origin or with a content type a
// page can send without asking, or read with no token when one is set. The same refusals in a
// real browser are test/e2e/web-security.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore, type SqliteStore } from "../store/sqlite-store.js";
import { createApi } from "./app.js";
import { allowedHost } from "./guard.js";
import { staticFiles } from "./static-files.js";

let dir: string;
let store: SqliteStore;
let api: ReturnType<typeof createApi>;

const TEXT = "Gunmen killed 12 people near Quetta on Tuesday, police said.";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-guard-"));
  store = openSqliteStore(join(dir, "tally.db"));
  api = createApi({ store, hosts: ["tally.example.org"] });
  mkdirSync(join(dir, "web"));
  writeFileSync(join(dir, "web", "index.html"), "<!doctype html><title>Tally</title>");
  api.get("*", staticFiles(join(dir, "web")));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function errorCode(res: Response): Promise<[number, string]> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message.length).toBeGreaterThan(20);
  return [res.status, body.error.code];
}

const write = (
  headers: Record<string, string>,
  body: string = JSON.stringify({ text: TEXT }),
): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body,
});

describe("the Host header (DNS rebinding)", () => {
  it("answers to loopback names, IP addresses and configured names only", async () => {
    for (const host of [
      "127.0.0.1:8080",
      "localhost:8080",
      "LOCALHOST",
      "[::1]:8080",
      "tally.localhost",
      "192.168.1.5:8080",
      "tally.example.org:443",
    ])
      expect([host, (await api.request("/api/incidents", { headers: { host } })).status]).toEqual([
        host,
        200,
      ]);
    for (const host of [
      "evil.example:8080",
      "127.0.0.1.nip.io:8080",
      "localhost.evil.example",
      "tally.example.org.evil",
    ]) {
      const res = await api.request("/api/incidents", { headers: { host } });
      expect([host, ...(await errorCode(res))]).toEqual([host, 403, "BAD_HOST"]);
    }
    // The dashboard's files too: a rebinding page gets nothing, not even the page.
    expect((await api.request("/", { headers: { host: "evil.example:8080" } })).status).toBe(403);
    expect((await api.request("/", { headers: { host: "127.0.0.1:8080" } })).status).toBe(200);
  });

  it("reads names the way browsers send them", () => {
    const none = new Set<string>();
    expect(allowedHost("localhost.", none)).toBe(true);
    expect(allowedHost("[::ffff:127.0.0.1]", none)).toBe(true);
    expect(allowedHost("example.com", none)).toBe(false);
    expect(allowedHost("", none)).toBe(false);
  });
});

describe("writes from another origin (CSRF)", () => {
  it("refuses a write a browser marks as coming from another page", async () => {
    const host = "127.0.0.1:8080";
    const cases: Record<string, string>[] = [
      { host, origin: "http://evil.example", "sec-fetch-site": "cross-site" },
      { host, origin: "http://127.0.0.1:9999", "sec-fetch-site": "same-site" },
      { host, origin: "http://localhost:8080" },
      { host, origin: "null" },
      { host, "sec-fetch-site": "cross-site" },
    ];
    for (const headers of cases) {
      const res = await api.request("/api/articles", write(headers));
      expect([headers, ...(await errorCode(res))]).toEqual([headers, 403, "CROSS_ORIGIN"]);
    }
    expect(store.counts().articles).toBe(0);
  });

  it("takes the dashboard's own writes and programs' writes (no Origin)", async () => {
    const own = await api.request(
      "/api/articles",
      write({ host: "127.0.0.1:8080", origin: "http://127.0.0.1:8080", "sec-fetch-site": "same-origin" }),
    );
    expect(own.status).toBe(201);
    const viaLocalhost = await api.request(
      "/api/extract",
      write({ host: "localhost:8080", origin: "http://localhost:8080", "sec-fetch-site": "same-origin" }),
    );
    expect(viaLocalhost.status).toBe(200);
    expect((await api.request("/api/extract", write({}))).status).toBe(200);
  });

  it("takes only JSON or a multipart upload: what a plain form or no-cors fetch sends is refused", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "text/html", ""]) {
      const res = await api.request(
        "/api/articles",
        write({ "content-type": type }, JSON.stringify({ text: TEXT })),
      );
      expect([type, ...(await errorCode(res))]).toEqual([type, 415, "UNSUPPORTED_MEDIA"]);
    }
    for (const path of ["/api/incidents/merge", "/api/incidents/x/split"]) {
      const res = await api.request(path, write({ "content-type": "text/plain" }, '{"into":"a","from":"b"}'));
      expect([path, res.status]).toEqual([path, 415]);
    }
    expect(store.counts().articles).toBe(0);
  });
});

describe("headers", () => {
  it("sends a strict Content-Security-Policy and the other protections on every answer", async () => {
    for (const path of ["/", "/api/incidents", "/api/nothing", "/openapi.json"]) {
      const res = await api.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
    // A refusal carries them too.
    const refused = await api.request("/api/incidents", { headers: { host: "evil.example" } });
    expect(refused.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
