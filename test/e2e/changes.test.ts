// The change log on the dashboard, in Debian's chromium: the incidents list marks the incidents
// that changed since the last visit (and nothing on a first visit), and an incident's page lists
// its changes report by report. Articles written for this test.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncidentSummary, Page as ApiPage } from "../../web/src/api-types.js";
import { launchChromium, watchPage, type PageWatch } from "./browser.js";
import { getJson, SCREENSHOTS, startTestServer, type TestServer } from "./setup.js";

const GWADAR_1 =
  "Gunmen attacked a ferry terminal in Gwadar, Balochistan, on Tuesday, killing 9 people, police said.";
const GWADAR_2 =
  "The death toll from Tuesday's attack on the ferry terminal in Gwadar, Balochistan, rose to 14, police said on Wednesday.";
const KIDAL = "A roadside bomb killed four soldiers near Kidal, Mali, on Sunday, the army said.";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
const watches: PageWatch[] = [];

async function openList(): Promise<Page> {
  const page = await context.newPage();
  watches.push(watchPage(page, new URL(server.url).origin));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="incidents"]');
  return page;
}

describe("changes on the dashboard", () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer("tally-e2e-changes-", [
      { id: "gwadar-1", text: GWADAR_1, published: "2025-03-11", outlet: "Test Wire" },
      { id: "kidal-1", text: KIDAL, published: "2025-06-01", outlet: "Test Wire" },
    ]);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("marks nothing on a first visit, then what changed since it on the next", async () => {
    const first = await openList();
    expect(await first.locator(".changed-mark").count()).toBe(0);
    expect(await first.locator("#visit-status").textContent()).toContain("next one");
    await first.close();

    const res = await fetch(new URL("api/articles", server.url), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: GWADAR_2, published: "2025-03-12", outlet: "Daily Test" }),
    });
    expect(res.status).toBe(201);

    const list = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents");
    const gwadar = list.items.find((i) => i.location?.country === "Pakistan")!;
    const kidal = list.items.find((i) => i.id !== gwadar.id)!;

    const next = await openList(); // a new tab: a new visit
    const marked = await next.$$eval("#incidents-table tbody tr:has(.changed-mark)", (rows) =>
      rows.map((r) => r.getAttribute("data-id")),
    );
    expect(marked).toEqual([gwadar.id]);
    expect(await next.locator(`tr[data-id="${kidal.id}"] .changed-mark`).count()).toBe(0);
    expect(await next.locator(`tr[data-id="${gwadar.id}"] .changed-mark`).textContent()).toContain("9 → 14");
    expect(await next.locator("#visit-status").textContent()).toContain(
      "1 incident changed since your last visit",
    );
    await next.screenshot({ path: join(SCREENSHOTS, "changes-list.png"), fullPage: true });

    // Reloading within the visit keeps the marks.
    await next.reload();
    await next.waitForSelector('body[data-ready="incidents"]');
    expect(await next.locator(".changed-mark").count()).toBe(1);

    // The incident's page: its changes report by report, beside the figures by date.
    await next.click(`tr[data-id="${gwadar.id}"] th a`);
    await next.waitForSelector('body[data-ready="incident"]');
    const entries = await next.$$eval("ol.changes > li", (lis) => lis.map((li) => li.textContent ?? ""));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("new incident");
    expect(entries[0]).toContain("killed, people: 9");
    expect(entries[1]).toContain("killed, people: 9 → 14");
    expect(entries[1]).toContain("Daily Test");
    await next.screenshot({ path: join(SCREENSHOTS, "changes-incident.png"), fullPage: true });
    for (const w of watches) {
      expect(w.errors).toEqual([]);
      expect(w.offsite).toEqual([]);
    }
  }, 60_000);
});
