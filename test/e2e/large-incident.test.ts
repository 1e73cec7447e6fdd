// The page of an incident with 100 reports (~700 claims) draws whole: tally, map, no console
// errors, nothing fetched from outside; its reports table pages (50, then all). How fast is
// measured by bench/serve.mjs, never here. The reports are generated here: one attack in Quetta
// told by different voices with different figures over five days.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncidentSummary, IncidentView, Page as ApiPage } from "../../web/src/api-types.js";
import { launchChromium, watchPage } from "./browser.js";
import { getJson, SCREENSHOTS, startTestServer, type JsonArticle, type TestServer } from "./setup.js";

const REPORTS = 100;

const VOICES: ((n: number) => string)[] = [
  (n) => `Police said ${n} officers were killed in the attack on the Saryab police station in Quetta.`,
  (n) =>
    `A spokesman for the provincial government said ${n} policemen had been killed and ${n + 7} people injured.`,
  (n) => `"We lost ${n} of our men," a senior police official told reporters in Quetta.`,
  (n) =>
    `The Baloch Liberation Army said in a statement that its fighters had killed more than ${n * 4} security personnel.`,
  (n) =>
    `A doctor at the Civil Hospital in Quetta said ${n + 3} bodies had been brought in and ${n + 12} wounded people were being treated.`,
  (n) => `Residents said at least ${n + 2} people died when gunmen stormed the police station.`,
  (n) => `The military said ${Math.max(2, n - 5)} attackers were killed in the operation that followed.`,
  (n) => `The group claimed that ${n * 2} soldiers were killed and dozens injured.`,
];
const DAYS = ["2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14", "2025-03-15"];

function reports(): JsonArticle[] {
  return Array.from({ length: REPORTS }, (_, i) => {
    const n = 10 + (i % 9);
    const said = VOICES.filter((_, k) => (i + k) % 3 !== 0).map((v, k) => v(n + (k % 3)));
    return {
      id: `bench-${String(i + 1).padStart(3, "0")}`,
      title: `Quetta police station attack, report ${i + 1}`,
      outlet: `Outlet ${(i % 12) + 1}`,
      published: DAYS[i % DAYS.length]!,
      text:
        "Gunmen attack police station in Quetta, Balochistan\n\n" +
        "Gunmen attacked the Saryab police station in Quetta, the capital of Balochistan province, on Monday night, officials said.\n\n" +
        `${said.join(" ")}\n\n` +
        `The attack on the police station in Quetta was the deadliest in the province this year. Report ${i + 1}.`,
    };
  });
}

let server: TestServer;
let browser: Browser;

describe("a 100-report incident's page", () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer("tally-e2e-bench-", reports());
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws its tally, map and claims", async () => {
    const list = await getJson<ApiPage<IncidentSummary>>(
      server.url,
      "api/incidents?sort=reports&order=desc&limit=1",
    );
    const incident = list.items[0]!;
    expect(incident.reports).toBe(REPORTS);
    const view = await getJson<IncidentView>(server.url, `api/incidents/${encodeURIComponent(incident.id)}`);
    expect(view.claims.length).toBeGreaterThan(500);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}#/incidents/${encodeURIComponent(incident.id)}`);
    await page.waitForSelector('body[data-ready="incident"]');
    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
    await expect(page.locator("#tally-table tbody tr").count()).resolves.toBe(view.tally.length);
    await expect(page.locator("#map-host svg circle.marker").count()).resolves.toBe(1);
    // A long table pages: the first 50 reports, then all of them on request.
    await expect(page.locator("#reports-table tbody tr").count()).resolves.toBe(50);
    await page.getByRole("button", { name: `Show all ${REPORTS} reports` }).click();
    await expect(page.locator("#reports-table tbody tr").count()).resolves.toBe(REPORTS);
    await page.screenshot({ path: join(SCREENSHOTS, "large-incident.png") });
    await context.close();
  });
});
