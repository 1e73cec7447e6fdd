// Another web page cannot drive the server (issue 12 §1), in Debian's chromium against a real
// `tally serve` (startServer from dist/) on 127.0.0.1:
// - a page served by a second server on another loopback origin (http://localhost:A and
//   http://127.0.0.1:A: cross-site and same-site to the dashboard) tries every write a page can
//   send without asking (text/plain and multipart no-cors fetches, a submitted form), a JSON write
//   (needs a preflight) and a read: the server answers 403 (or the browser refuses) and nothing is
//   stored;
// - DNS rebinding: chromium resolves evil.test to 127.0.0.1 (--host-resolver-rules); the attacker's
//   page at http://evil.test:<the server's port>/ is handed over by page.route (what the attacker's
//   own server would send before the name is rebound), and its same-origin reads and writes then
//   reach Tally naming evil.test: refused with BAD_HOST;
// - the dashboard's own requests work under its Content-Security-Policy: pages, charts, a page
//   uploaded as a file (multipart) and stored, with no CSP violation or console error.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncidentSummary, Page as ApiPage } from "../../web/src/api-types.js";
import { CHROMIUM_ARGS, watchPage } from "./browser.js";
import { fixtureArticles, getJson, startTestServer, type TestServer } from "./setup.js";

const EVIL = "evil.test";
const TEXT = "Gunmen killed 12 people near Quetta on Tuesday, police said. Twenty others were wounded.";

let server: TestServer;
let attacker: Server;
let attackerPort: number;
let browser: Browser;
let context: BrowserContext;

/** The attacker's page: each attempt's outcome as seen by the page, in `window.results`. */
function attackPage(target: string, merge: { into: string; from: string }): string {
  const write = JSON.stringify({ text: TEXT, published: "2025-03-11" });
  return `<!doctype html><html><body><h1>Win a prize</h1>
<form id="f" method="POST" enctype="multipart/form-data" action="${target}api/articles" target="sink">
  <input name="published" value="2025-03-11"><textarea name="text">${TEXT}</textarea></form>
<iframe name="sink"></iframe>
<script>
window.results = {};
const t = ${JSON.stringify(target)};
const note = (k) => (r) => { window.results[k] = r && r.status !== undefined ? (r.type === "opaque" ? "opaque" : r.status) : String(r); };
const file = () => { const f = new FormData(); f.set("file", new Blob([${JSON.stringify(TEXT)}]), "a.txt"); return f; };
Promise.allSettled([
  fetch(t + "api/articles", { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: ${JSON.stringify(write)} }).then(note("textPlain"), note("textPlain")),
  fetch(t + "api/articles", { method: "POST", mode: "no-cors", body: file() }).then(note("multipart"), note("multipart")),
  fetch(t + "api/incidents/merge", { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: ${JSON.stringify(JSON.stringify(merge))} }).then(note("merge"), note("merge")),
  fetch(t + "api/articles", { method: "POST", headers: { "Content-Type": "application/json" }, body: ${JSON.stringify(write)} }).then(note("json"), note("json")),
  fetch(t + "api/incidents").then(note("read"), note("read")),
]).then(() => { document.getElementById("f").submit(); window.done = true; });
</script></body></html>`;
}

/** The responses the page got from the Tally server (status as sent, even for opaque ones). */
function tallyResponses(page: Page, origin: string): Response[] {
  const seen: Response[] = [];
  page.on("response", (r) => {
    if (r.url().startsWith(`${origin}/api/`) && r.request().method() !== "OPTIONS") seen.push(r);
  });
  return seen;
}

let mergeTarget: { into: string; from: string };

/** What is stored: a refused write changes neither count. */
async function counts(): Promise<{ articles: number; incidents: number }> {
  return (await getJson<{ counts: { articles: number; incidents: number } }>(server.url, "api/health"))
    .counts;
}

describe("web security in a browser", () => {
  beforeAll(async () => {
    server = await startTestServer("tally-websec-", fixtureArticles().slice(0, 4));
    // Two real incidents, so that a merge that got through would show.
    const [a, b] = (await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents")).items;
    mergeTarget = { into: a!.id, from: b!.id };
    attacker = createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      const framing = `<!doctype html><iframe src="${server.url}"></iframe>`;
      res.end(req.url === "/frame" ? framing : attackPage(server.url, mergeTarget));
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    attackerPort = (attacker.address() as AddressInfo).port;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        ...CHROMIUM_ARGS,
        `--host-resolver-rules=MAP ${EVIL} 127.0.0.1`,
        // Chromium's own Private Network Access checks would stop the rebound requests before they
        // reach Tally; other browsers (and older ones) have none, so the test turns them off to
        // see what Tally does on its own.
        "--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,LocalNetworkAccessChecks",
      ],
    });
    context = await browser.newContext();
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await server?.close();
  });

  for (const host of ["localhost", "127.0.0.1"]) {
    it(`refuses writes and reads from a page on http://${host}:<other port>`, async () => {
      const before = await counts();
      const page = await context.newPage();
      const tally = new URL(server.url).origin;
      const seen = tallyResponses(page, tally);
      await page.goto(`http://${host}:${attackerPort}/`);
      await page.waitForFunction("window.done === true");
      const results = (await page.evaluate("window.results")) as Record<string, unknown>;
      // The page learns nothing: no-cors answers are withheld (Cross-Origin-Resource-Policy),
      // the JSON write's preflight and the read get no CORS grant.
      for (const k of ["textPlain", "multipart", "merge", "json", "read"])
        expect([k, String(results[k])]).toEqual([k, "TypeError: Failed to fetch"]);
      // Nothing was stored or merged (without the checks, the text/plain write stored an article).
      // The form's navigation into the frame got the server's refusal (its body, framed, is not shown).
      await expect
        .poll(() => seen.filter((r) => r.request().method() === "POST").length, { timeout: 10_000 })
        .toBe(1);
      const form = seen.find((r) => r.request().method() === "POST")!;
      expect(form.status()).toBe(403);
      expect(await counts()).toEqual(before);
      await page.close();
    });
  }

  it("refuses a DNS-rebinding page its same-origin reads and writes", async () => {
    const before = await counts();
    const port = new URL(server.url).port;
    const evil = `http://${EVIL}:${port}/`;
    const page = await context.newPage();
    const seen = tallyResponses(page, evil.slice(0, -1));
    // Before the rebinding: the attacker's server hands out its page under evil.test.
    await page.route(`${evil}prize.html`, (route) =>
      route.fulfill({ contentType: "text/html", body: attackPage(evil, mergeTarget) }),
    );
    await page.goto(`${evil}prize.html`);
    await page.waitForFunction("window.done === true");
    const results = (await page.evaluate("window.results")) as Record<string, unknown>;
    // Same origin now: the page would read every answer, but every one is a refusal.
    expect(results).toEqual({ textPlain: 403, multipart: 403, merge: 403, json: 403, read: 403 });
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    for (const r of seen) expect([r.url(), r.status()]).toEqual([r.url(), 403]);
    const body = (await seen.find((r) => r.url().endsWith("api/incidents"))!.json()) as {
      error: { code: string };
    };
    expect(body.error.code).toBe("BAD_HOST");
    expect(await counts()).toEqual(before);
    // Opened directly under the rebound name, the dashboard itself is refused.
    const direct = await page.goto(evil);
    expect(direct?.status()).toBe(403);
    await page.close();
  });

  it("serves the dashboard's own requests under its Content-Security-Policy", async () => {
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    const watch = watchPage(page, origin);
    await page.addInitScript(
      `window.violations = [];
       document.addEventListener("securitypolicyviolation", (e) =>
         window.violations.push(e.violatedDirective + " " + e.blockedURI));`,
    );
    const before = (await counts()).articles;
    const res = await page.goto(server.url);
    expect(res?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.waitForSelector('body[data-ready="incidents"]');
    const list = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents");
    await page.goto(`${server.url}#/incidents/${encodeURIComponent(list.items[0]!.id)}`);
    await page.waitForSelector('body[data-ready="incident"]');
    await page.waitForSelector(".legend .swatch rect");
    // A page uploaded as a file goes as multipart/form-data, from the dashboard's own origin.
    await page.goto(`${server.url}#/add`);
    await page.waitForSelector('body[data-ready="add"]');
    const html = `<!doctype html><html><head><title>Depot attack</title></head><body><article><h1>Depot attack</h1><p>${TEXT}</p><p>Gunmen stormed a bus depot in Kalat on Tuesday, killing 7 passengers, police said. A doctor said 15 people were treated.</p></article></body></html>`;
    await page.setInputFiles("#add-file", {
      name: "depot.html",
      mimeType: "text/html",
      buffer: Buffer.from(html),
    });
    await page.getByLabel("Published").fill("2025-03-12");
    const stored = page.waitForResponse(
      (r) => r.url().endsWith("/api/articles") && r.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Store article" }).click();
    const answer = await stored;
    expect(answer.status()).toBe(201);
    expect(answer.request().headers()["content-type"]).toMatch(/^multipart\/form-data/);
    await page.locator("#stored-article-link").waitFor();
    expect((await counts()).articles).toBe(before + 1);
    // The claimant colours (a constructed style sheet) apply: a highlighted mark has a background.
    await page.locator("#stored-article-link").click();
    await page.waitForSelector('body[data-ready="article"]');
    const bg = await page
      .locator("mark.ev")
      .first()
      .evaluate(
        (m) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
          ).getComputedStyle(m).backgroundColor,
      );
    expect(bg).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.evaluate("window.violations")).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
    await page.close();
  });

  it("cannot be framed by another page", async () => {
    const page = await context.newPage();
    const refused = page.waitForEvent("console", (m) => /frame-ancestors 'none'/.test(m.text()));
    await page.goto(`http://localhost:${attackerPort}/frame`);
    await refused;
    const framed = page.frames().find((f) => f.url().startsWith(server.url));
    expect(framed ? await framed.locator("body[data-ready]").count() : 0).toBe(0);
    await page.close();
  });
});
