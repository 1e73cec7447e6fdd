// The HTTP API in process (Hono's app.request: no socket) over a real SQLite file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ACLED_COLUMNS } from "../incidents/export.js";
import { openSqliteStore, type SqliteStore } from "../store/sqlite-store.js";
import { createApi } from "./app.js";
import {
  articleList,
  articleView,
  errorResponse,
  extractResponse,
  health,
  incidentList,
  incidentView,
  storedResponse,
} from "./schemas.js";
import { isLoopback, startServer } from "./serve.js";
import { staticFiles } from "./static-files.js";

let dir: string;
let store: SqliteStore;
let api: ReturnType<typeof createApi>;

const QUETTA_1 =
  "Gunmen attacked a police checkpoint in Quetta, Balochistan, on Tuesday, killing 12 people, police said. " +
  "At least 20 others were wounded, officials at the Civil Hospital said. The Sky Front said it killed 30 people.";
const QUETTA_2 =
  "The death toll from Tuesday's attack on a police checkpoint in Quetta, Balochistan, rose to 15, police said on Wednesday. " +
  "The Sky Front said its fighters had killed 40 people at the checkpoint in Quetta.";
const MAIDUGURI =
  "A suicide bomber killed seven people at a market in Maiduguri, Borno, Nigeria, on Sunday, police said. " +
  "Twenty-one others were wounded, a spokesman for the emergency agency said.";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-api-"));
  store = openSqliteStore(join(dir, "tally.db"));
  api = createApi({ store });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<S extends z.ZodType>(
  schema: S,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: z.infer<S> }> {
  const res = await api.request(path, init);
  const body: unknown = await res.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { status: res.status, body: parsed.data };
}

const post = (body: unknown, type = "application/json"): RequestInit => ({
  method: "POST",
  headers: { "content-type": type },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** A file posted as the dashboard's form posts it: multipart/form-data with a `file` field. */
function upload(content: string, name: string, fields: Record<string, string> = {}): RequestInit {
  const form = new FormData();
  form.set("file", new File([content], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return { method: "POST", body: form };
}

async function seed(): Promise<void> {
  for (const [text, published, outlet] of [
    [QUETTA_1, "2025-03-11", "Wire"],
    [QUETTA_2, "2025-03-12", "Daily"],
    [MAIDUGURI, "2025-08-03", "Herald"],
  ] as const) {
    const { status } = await call(storedResponse, "/api/articles", post({ text, published, outlet }));
    expect(status).toBe(201);
  }
}

describe("HTTP API", () => {
  it("stores a posted article once, links it, and gives back its claims and incident", async () => {
    const first = await call(
      storedResponse,
      "/api/articles",
      post({ text: QUETTA_1, published: "2025-03-11" }),
    );
    expect(first.status).toBe(201);
    expect(first.body.created).toBe(true);
    expect(first.body.claims.length).toBeGreaterThan(0);
    expect(first.body.incidents).toHaveLength(1);
    const again = await call(
      storedResponse,
      "/api/articles",
      post({ text: QUETTA_1, published: "2025-03-11" }),
    );
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    expect(again.body.article.id).toBe(first.body.article.id);
    expect(store.counts().articles).toBe(1);

    const { body } = await call(articleView, `/api/articles/${first.body.article.id}`);
    for (const c of body.claims)
      for (const ev of c.evidence) expect(body.article.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(body.incidents.map((i) => i.id)).toEqual(first.body.incidents.map((i) => i.id));
  });

  it("takes a file as the dashboard uploads it (multipart), with the date as a form field", async () => {
    const page = `<!doctype html><html><head><title>Checkpoint attack</title></head><body><article><h1>Checkpoint attack</h1><p>${QUETTA_1}</p><p>${QUETTA_1.replace(/Tuesday/g, "Monday")}</p></article></body></html>`;
    const html = await call(
      storedResponse,
      "/api/articles",
      upload(page, "page.html", { published: "2025-03-11" }),
    );
    expect(html.status).toBe(201);
    expect(html.body.article.published).toBe("2025-03-11");
    expect(html.body.claims.length).toBeGreaterThan(0);
    const text = await call(
      storedResponse,
      "/api/articles?outlet=Herald",
      upload(MAIDUGURI, "report.txt", { published: "2025-08-03" }),
    );
    expect(text.status).toBe(201);
    expect(text.body.article).toMatchObject({ published: "2025-08-03" });
  });

  it("lists incidents with figures, searches, sorts and pages them", async () => {
    await seed();
    const all = await call(incidentList, "/api/incidents");
    expect(all.body.total).toBe(2);
    const quetta = all.body.items.find((i) => i.location?.name === "Quetta")!;
    expect(quetta.reports).toBe(2);
    expect(quetta.figures.killed?.contested).toBe(true);
    // Newest first by default; by reports ascending on request.
    expect(all.body.items[0]!.start! >= all.body.items[1]!.start!).toBe(true);
    const byReports = await call(incidentList, "/api/incidents?sort=reports&order=asc");
    expect(byReports.body.items.map((i) => i.reports)).toEqual([1, 2]);
    const searched = await call(incidentList, "/api/incidents?q=maiduguri");
    expect(searched.body.items.map((i) => i.location?.name)).toEqual(["Maiduguri"]);
    const paged = await call(incidentList, "/api/incidents?limit=1&offset=1&sort=killed");
    expect(paged.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(paged.body.items).toHaveLength(1);
    const filtered = await call(incidentList, "/api/incidents?outcome=killed&min=10");
    expect(filtered.body.items.map((i) => i.location?.name)).toEqual(["Quetta"]);
    const contested = await call(incidentList, "/api/incidents?grade=contested&country=PK");
    expect(contested.body.total).toBe(1);
    // Summaries and whole views are kept until the store changes: a later report shows at once,
    // in a view asked for before it came.
    const before = await call(incidentList, "/api/incidents?q=quetta");
    expect(before.body.items[0]!.reports).toBe(2);
    const later = QUETTA_2.replace("rose to 15", "rose to 18").replace("on Wednesday", "on Thursday");
    await call(storedResponse, "/api/articles", post({ text: later, published: "2025-03-13" }));
    const after = await call(incidentList, "/api/incidents?q=quetta");
    expect(after.body.items[0]!.reports).toBe(3);
  });

  it("filters by event type and by an actor's or claimant's name; exports exactly the view", async () => {
    await seed();
    const names = async (query: string) =>
      (await call(incidentList, `/api/incidents?${query}`)).body.items.map((i) => i.location?.name);
    const all = (await call(incidentList, "/api/incidents")).body.items;
    const bombing = all.find((i) => i.location?.name === "Maiduguri")!;
    const word = bombing.eventType!.split(/\W+/)[0]!.toLowerCase();
    expect(await names(`type=${word}`)).toEqual(["Maiduguri"]);
    expect(await names("actor=sky%20front")).toEqual(["Quetta"]);
    expect(await names("actor=civil%20hospital")).toEqual(["Quetta"]);
    expect(await names("actor=nobody%20named%20so")).toEqual([]);
    const csv = async (query: string) => {
      const lines = (await (await api.request(`/api/export?format=ucdp&${query}`)).text()).trim().split("\n");
      return lines.slice(1).map((l) => l.split(",")[0]);
    };
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    expect(await csv("q=maiduguri")).toEqual([bombing.id]);
    expect(await csv("actor=civil%20hospital")).toEqual(ids(all.filter((i) => i.id !== bombing.id)));
    const byKilled = (await call(incidentList, "/api/incidents?sort=killed&order=asc")).body.items;
    expect(await csv("sort=killed&order=asc")).toEqual(ids(byKilled));
    expect(await csv("min=10&strategy=conservative")).toEqual(
      ids((await call(incidentList, "/api/incidents?min=10&strategy=conservative")).body.items),
    );
  });

  it("gives each incident's figure per outcome without adding a total to its own parts", async () => {
    const text =
      "Fighting near Kidal, Mali, killed 14 people on Saturday, local officials said. " +
      "The army said it lost three soldiers and killed 11 fighters.";
    await call(storedResponse, "/api/articles", post({ text, published: "2025-09-21" }));
    const { body } = await call(incidentList, "/api/incidents");
    expect(body.items[0]!.figures.killed?.best).toBe(14);
  });

  it("gives an incident's tally, claims with their sentences, timeline and reports", async () => {
    await seed();
    const list = await call(incidentList, "/api/incidents?q=quetta");
    const id = list.body.items[0]!.id;
    const { body } = await call(incidentView, `/api/incidents/${id}?strategy=range`);
    expect(body.articles).toHaveLength(2);
    expect(body.articles[0]).not.toHaveProperty("text");
    const killed = body.tally.filter((t) => t.outcome === "killed");
    expect(killed.some((t) => t.grade === "contested")).toBe(true);
    const ids = new Set(body.claims.map((c) => c.id));
    for (const t of body.tally) for (const c of t.claims) expect(ids.has(c)).toBe(true);
    const sky = body.claims.find((c) => c.quantity.text === "40")!;
    expect(sky.sentence).toBe(
      "The Sky Front said its fighters had killed 40 people at the checkpoint in Quetta.",
    );
    expect(body.timeline.length).toBeGreaterThan(0);
  });

  it("gives the outcomes stated with no figure: an incident of a report that states only those, and an article's history", async () => {
    // A report written for this test: deaths said with no number, no figure anywhere.
    const text =
      "Militants stormed a military base near Bama, Borno State, Nigeria, on Monday. " +
      "An unspecified number of soldiers were killed in the attack, a security source said.";
    const first = await call(
      storedResponse,
      "/api/articles",
      post({ id: "bama-1", text, published: "2025-02-10" }),
    );
    expect(first.body.claims).toEqual([]);
    expect(first.body.incidents).toHaveLength(1);
    const list = await call(incidentList, "/api/incidents");
    expect(list.body.items.map((i) => i.id)).toEqual([first.body.incidents[0]!.id]);
    const { body } = await call(incidentView, `/api/incidents/${first.body.incidents[0]!.id}`);
    expect(body.claims).toEqual([]);
    expect(body.mentions.map((m) => [m.id, m.kind, m.outcome, m.group, m.claimant.name])).toEqual([
      ["bama-1#m1", "unknown_number", "killed", "security_forces", "security source"],
    ]);
    const [m] = body.mentions;
    expect(text.slice(m!.evidence[0]!.start, m!.evidence[0]!.end)).toBe(m!.evidence[0]!.text);
    expect(m!.evidence[0]!.text).toBe("An unspecified number of soldiers were killed");
    expect(m!.sentence).toBe(
      "An unspecified number of soldiers were killed in the attack, a security source said.",
    );
    expect(body.datasets).toMatchObject({ acled: { fatalities: 10 }, gtd: { nkill: null } });
    // The article's view, and its history once a later text replaces it, keep them too.
    expect((await call(articleView, "/api/articles/bama-1")).body.mentions.map((x) => x.id)).toEqual(["m1"]);
    await call(
      storedResponse,
      "/api/articles",
      post({ id: "bama-1", text: `${text} The army said 9 soldiers died.` }),
    );
    const after = await call(articleView, "/api/articles/bama-1");
    expect(after.body.history.map((h) => h.mentions.map((x) => x.evidence[0]!.text))).toEqual([
      ["An unspecified number of soldiers were killed"],
    ]);
  });

  it("extracts a posted text without storing it", async () => {
    const { status, body } = await call(
      extractResponse,
      "/api/extract",
      post({ text: MAIDUGURI, published: "2025-08-03" }),
    );
    expect(status).toBe(200);
    expect(body.claims.map((c) => c.outcome).sort()).toEqual(["injured", "killed"]);
    for (const c of body.claims)
      for (const ev of c.evidence) expect(body.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(store.counts().articles).toBe(0);
  });

  it("pages articles and exports incidents in the datasets' shapes", async () => {
    await seed();
    const { body } = await call(articleList, "/api/articles?limit=2");
    expect(body).toMatchObject({ total: 3, limit: 2 });
    expect(body.items).toHaveLength(2);
    const acled = await api.request("/api/export?format=acled");
    expect(acled.headers.get("content-type")).toContain("text/csv");
    expect((await acled.text()).split("\n")[0]).toBe(ACLED_COLUMNS.join(","));
    const geo = await api.request("/api/export?format=geojson");
    const fc = (await geo.json()) as { type: string; features: { geometry: { type: string } }[] };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBe(2);
  });

  it("merges and splits incidents", async () => {
    await seed();
    const list = await call(incidentList, "/api/incidents?sort=start&order=asc");
    const [quetta, maiduguri] = list.body.items;
    const merged = await call(
      incidentView,
      "/api/incidents/merge",
      post({ into: quetta!.id, from: maiduguri!.id }),
    );
    expect(merged.body.articles).toHaveLength(3);
    const moving = merged.body.articles.find((a) => a.outlet === "Herald")!.id;
    const res = await api.request(`/api/incidents/${quetta!.id}/split`, post({ articles: [moving] }));
    expect(res.status).toBe(200);
    expect((await call(incidentList, "/api/incidents")).body.total).toBe(2);
  });

  it("rejects a claim with a reason and restores it, undoes a merge, each kept in a visible history", async () => {
    await seed();
    const list = await call(incidentList, "/api/incidents?sort=start&order=asc");
    const [quetta, maiduguri] = list.body.items;
    const before = await call(incidentView, `/api/incidents/${quetta!.id}`);
    const claim = before.body.claims.findLast((c) => c.claimant.name.includes("Sky Front"))!;
    const killed = async () => {
      const raw = (await (await api.request(`/api/incidents/${quetta!.id}`)).json()) as {
        totals: { outcome: string; best: number | null; high: number | null; grade: string }[];
      };
      return raw.totals.find((t) => t.outcome === "killed")!;
    };
    const killedBefore = await killed();
    const rejected = await call(
      incidentView,
      `/api/incidents/${quetta!.id}/claims/reject`,
      post({ claim: claim.id, reason: "the group's boast, not a count" }),
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body.claims.map((c) => c.id)).not.toContain(claim.id);
    expect(rejected.body.rejected).toMatchObject([
      { claim: { id: claim.id }, reason: "the group's boast, not a count" },
    ]);
    expect(rejected.body.corrections.map((c) => c.text)).toEqual([
      `claim ${claim.id} rejected as misread: the group's boast, not a count`,
    ]);
    // Every surface at once: the list and the export read the same claims.
    const listed = (await call(incidentList, "/api/incidents?sort=start&order=asc")).body.items[0]!;
    const killedAfter = await killed();
    expect(killedAfter).not.toEqual(killedBefore);
    expect(listed.figures.killed).toMatchObject({ best: killedAfter.best, high: killedAfter.high });
    expect(rejected.body.tally).not.toEqual(before.body.tally);
    const again = await call(
      errorResponse,
      `/api/incidents/${quetta!.id}/claims/reject`,
      post({ claim: claim.id, reason: "x" }),
    );
    expect([again.status, again.body.error.code]).toEqual([409, "CONFLICT"]);
    const noReason = await call(
      errorResponse,
      `/api/incidents/${quetta!.id}/claims/reject`,
      post({ claim: claim.id }),
    );
    expect(noReason.status).toBe(400);
    const restored = await call(
      incidentView,
      `/api/incidents/${quetta!.id}/claims/restore`,
      post({ claim: claim.id }),
    );
    expect(restored.body.rejected).toEqual([]);
    expect(restored.body.tally).toEqual(before.body.tally);
    expect(await killed()).toEqual(killedBefore);

    const merged = await call(
      incidentView,
      "/api/incidents/merge",
      post({ into: quetta!.id, from: maiduguri!.id }),
    );
    const merge = merged.body.corrections.at(-1)!;
    expect(merge).toMatchObject({ action: { kind: "merge", from: maiduguri!.id }, undone: false });
    const undo = await api.request(`/api/corrections/${merge.seq}/undo`, post({ reason: "two cities" }));
    expect(undo.status).toBe(200);
    expect((await call(incidentView, `/api/incidents/${maiduguri!.id}`)).body.articles).toHaveLength(1);
    const history = (await (await api.request("/api/corrections")).json()) as {
      items: { undone: boolean; text: string }[];
    };
    expect(history.items.map((c) => c.undone)).toEqual([false, false, true, false]);
    expect(history.items.at(-1)!.text).toMatch(/^correction \d+ undone \(.*merged into.*\): two cities$/);
    expect((await call(errorResponse, `/api/corrections/${merge.seq}/undo`, post({}))).status).toBe(409);
    // The server's rules hold for corrections too: JSON only, same origin, the token off loopback.
    const guarded = createApi({ store, token: "s3cret" });
    const path = `/api/incidents/${quetta!.id}/claims/reject`;
    const body = { claim: claim.id, reason: "x" };
    expect((await guarded.request(path, post(body))).status).toBe(401);
    const auth = { authorization: "Bearer s3cret" };
    const form = await guarded.request(path, {
      method: "POST",
      headers: { ...auth, "content-type": "application/x-www-form-urlencoded" },
      body: "claim=x",
    });
    expect(form.status).toBe(415);
    const cross = await guarded.request(path, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify(body),
    });
    expect(cross.status).toBe(403);
    expect(store.listCorrections()).toHaveLength(4);
  });

  it("answers every mistake with a JSON error that has a stable code and says what to do", async () => {
    const cases: [string, RequestInit | undefined, number, string][] = [
      ["/api/incidents?limit=0", undefined, 400, "BAD_REQUEST"],
      ["/api/incidents?from=2025-13-40", undefined, 400, "BAD_REQUEST"],
      ["/api/incidents?sort=colour", undefined, 400, "BAD_REQUEST"],
      ["/api/incidents/nope", undefined, 404, "NOT_FOUND"],
      ["/api/articles/nope", undefined, 404, "NOT_FOUND"],
      ["/api/nothing", undefined, 404, "NOT_FOUND"],
      ["/api/articles", post("{not json"), 400, "BAD_JSON"],
      ["/api/articles", post({ text: "x", colour: "red" }), 400, "BAD_REQUEST"],
      ["/api/articles", post({ text: "" }), 400, "BAD_REQUEST"],
      ["/api/articles", post("a,b", "text/csv"), 415, "UNSUPPORTED_MEDIA"],
      ["/api/articles", post(MAIDUGURI, "text/plain"), 415, "UNSUPPORTED_MEDIA"],
      ["/api/articles", post({ text: "   " }), 422, "T001"],
      ["/api/articles", upload("<html><body><nav>Home</nav></body></html>", "a.html"), 422, "T015"],
      ["/api/articles", { method: "POST", body: new FormData() }, 400, "BAD_REQUEST"],
      ["/api/export?format=xls", undefined, 400, "BAD_REQUEST"],
    ];
    for (const [path, init, status, code] of cases) {
      const { status: got, body } = await call(errorResponse, path, init);
      expect([path, got, body.error.code]).toEqual([path, status, code]);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    expect(store.counts().articles).toBe(0);
  });

  it("refuses bodies over the limit, and writes and reads without the token when one is set", async () => {
    const small = createApi({ store, maxBodyBytes: 1000, token: "s3cret" });
    const big = await small.request("/api/extract", {
      ...post({ text: "x".repeat(5000) }),
      headers: { "content-type": "application/json", authorization: "Bearer s3cret" },
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe("TOO_LARGE");
    const denied = await small.request("/api/articles", post({ text: MAIDUGURI, published: "2025-08-03" }));
    expect(denied.status).toBe(401);
    const allowed = await small.request("/api/articles", {
      ...post({ text: MAIDUGURI, published: "2025-08-03" }),
      headers: { "content-type": "application/json", authorization: "Bearer s3cret" },
    });
    expect(allowed.status).toBe(201);
    expect((await small.request("/api/incidents")).status).toBe(401);
    const auth = { headers: { authorization: "Bearer s3cret" } };
    expect((await small.request("/api/incidents", auth)).status).toBe(200);
    const publicRead = createApi({ store, token: "s3cret", publicRead: true });
    expect((await publicRead.request("/api/incidents")).status).toBe(200);
    expect((await publicRead.request("/api/articles", post({ text: QUETTA_1 }))).status).toBe(401);
  });

  it("documents every route it serves in /openapi.json", async () => {
    const doc = (await (await api.request("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    const routes = api.routes
      .filter(
        (r) =>
          (r.path.startsWith("/api/") || r.path === "/feed.atom") &&
          r.path !== "/api/*" &&
          r.method !== "ALL",
      )
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p}`),
    );
    expect(new Set(routes)).toEqual(new Set(documented));
    const h = await call(health, "/api/health");
    expect(h.body.tokenRequired).toBe(false);
  });
});

describe("serving", () => {
  it("serves the dashboard's files, never one outside its folder", async () => {
    const web = join(dir, "web");
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Tally</title>");
    writeFileSync(join(web, "assets", "app-1.js"), "console.log(1)");
    writeFileSync(join(dir, "secret.txt"), "no");
    api.get("*", staticFiles(web));
    const index = await api.request("/");
    expect(index.headers.get("content-type")).toContain("text/html");
    expect(await index.text()).toContain("<title>Tally</title>");
    const js = await api.request("/assets/app-1.js");
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect((await api.request("/../secret.txt")).status).toBe(404);
    expect((await api.request("/%2e%2e/secret.txt")).status).toBe(404);
  });

  it("listens on loopback by default, and makes a token for any other address", async () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("0.0.0.0")).toBe(false);
    const server = await startServer({ db: join(dir, "served.db"), port: 0, webRoot: dir });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(server.token).toBeNull();
      const res = await fetch(new URL("api/health", server.url));
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      await server.close();
    }
  });
});
