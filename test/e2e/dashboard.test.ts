// The dashboard end to end, in Debian's chromium: the incidents list (rows, sorting, search), an
// incident (its tally against the API's, a contested row marked, the charts and map drawn), an
// article (every evidence span highlighted as `text.slice(start, end)`, the claim shown on focus),
// adding an article through the form, keyboard use, and no request leaving 127.0.0.1.
// Screenshots go to test-results/screenshots/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleView, IncidentSummary, IncidentView, Page as ApiPage } from "../../web/src/api-types.js";
import { launchChromium, watchPage, type PageWatch } from "./browser.js";
import { fixtureArticles, getJson, SCREENSHOTS, startTestServer, type TestServer } from "./setup.js";

const numbers = new Intl.NumberFormat("en");
const shown = (n: number | null) => (n === null ? "–" : numbers.format(n));

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

async function open(hash: string, ready: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector(`body[data-ready="${ready}"]`);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The ids of the incident rows on screen, in order. */
function rowIds(): Promise<string[]> {
  return page.$$eval("#incidents-table tbody tr[data-id]", (rows) =>
    rows.map((r) => r.getAttribute("data-id") ?? ""),
  );
}

describe("dashboard", () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer("tally-e2e-", fixtureArticles());
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    watch = watchPage(page, new URL(server.url).origin);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("lists the incidents", async () => {
    const api = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?limit=50");
    expect(api.total).toBeGreaterThan(10);
    await open("#/", "incidents");
    expect(await rowIds()).toEqual(api.items.map((i) => i.id));
    await expect(page.locator("#list-status").textContent()).resolves.toContain(`of ${api.total} incidents`);
    await shot("incidents");
  });

  it("sorts by a column and searches", async () => {
    await open("#/", "incidents");
    const killed = page.locator("#incidents-table thead th", {
      has: page.getByRole("button", { name: "Killed" }),
    });
    await killed.getByRole("button").click();
    await page.waitForSelector('#incidents-table th[aria-sort="descending"] button[data-sort="killed"]');
    await page.waitForSelector('body[data-ready="incidents"]');
    const desc = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?sort=killed&order=desc");
    expect(await rowIds()).toEqual(desc.items.map((i) => i.id));
    const first = desc.items[0]!.figures.killed?.best ?? 0;
    const second = desc.items[1]!.figures.killed?.best ?? 0;
    expect(first).toBeGreaterThanOrEqual(second);

    await killed.getByRole("button").click();
    await page.waitForSelector('#incidents-table th[aria-sort="ascending"] button[data-sort="killed"]');
    await page.waitForSelector('body[data-ready="incidents"]');
    const asc = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?sort=killed&order=asc");
    expect(await rowIds()).toEqual(asc.items.map((i) => i.id));
    expect(page.url()).toContain("sort=killed");

    await page.getByRole("searchbox", { name: "Search incidents" }).fill("dam camp");
    await expect.poll(() => page.locator("#incidents-table tbody tr[data-id]").count()).toBe(1);
    await page.waitForSelector('body[data-ready="incidents"]');
    await expect(page.locator("#incidents-table tbody tr").first().textContent()).resolves.toContain(
      "dam camp",
    );
    await shot("incidents-search");
  });

  it("shows an incident's tally with the contested figure marked, its charts and claims", async () => {
    await open("#/?q=dam%20camp", "incidents");
    await page.locator("#incidents-table tbody tr").first().getByRole("link").click();
    await page.waitForSelector('body[data-ready="incident"]');
    const id = decodeURIComponent(page.url().split("#/incidents/")[1]!.split("?")[0]!);
    const view = await getJson<IncidentView>(server.url, `api/incidents/${encodeURIComponent(id)}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(view.incident.title);

    // Every tally row as the API gives it.
    expect(view.tally.length).toBeGreaterThan(0);
    for (const row of view.tally) {
      const tr = page.locator(`#tally-table tr[data-outcome="${row.outcome}"][data-group="${row.group}"]`);
      await expect(tr.locator('[data-figure="low"]').textContent()).resolves.toBe(shown(row.low));
      await expect(tr.locator('[data-figure="best"]').textContent()).resolves.toBe(shown(row.best));
      await expect(tr.locator('[data-figure="high"]').textContent()).resolves.toBe(shown(row.high));
      await expect(tr.getAttribute("data-grade")).resolves.toBe(row.grade);
    }
    // Checked by hand in test/fixtures/articles/04-dam-camp-siege-contested.txt: the army killed
    // "all 19 rebels"; the army says six soldiers died, the movement "64 over two days".
    const militants = page.locator('#tally-table tr[data-outcome="killed"][data-group="militants"]');
    await expect(militants.locator('[data-figure="best"]').textContent()).resolves.toBe("19");
    const soldiers = page.locator('#tally-table tr[data-outcome="killed"][data-group="security_forces"]');
    await expect(soldiers.locator('[data-figure="low"]').textContent()).resolves.toBe("6");
    await expect(soldiers.locator('[data-figure="high"]').textContent()).resolves.toBe("64");
    await expect(soldiers.getAttribute("class")).resolves.toContain("contested");
    await expect(soldiers.textContent()).resolves.toContain("Contested");

    // One claimant chart per category, with a bar per claimant; the timeline and map are drawn.
    const withClaimants = view.tally.filter((r) => r.claimants.length > 0);
    await expect(page.locator("figure.claimant-chart").count()).resolves.toBe(withClaimants.length);
    const chart = page.locator('figure.claimant-chart[data-outcome="killed"][data-group="security_forces"]');
    await expect(chart.locator("g.claimant").count()).resolves.toBe(
      view.tally.find((r) => r.outcome === "killed" && r.group === "security_forces")!.claimants.length,
    );
    await expect(page.locator("#timeline-host svg circle").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#map-host").textContent()).resolves.toBeTruthy();
    await expect(page.locator("#claims-table tbody tr[data-claim]").count()).resolves.toBe(
      Math.min(100, view.claims.length),
    );
    await shot("incident");
  });

  it("places an incident with coordinates on the offline map", async () => {
    const list = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?limit=500");
    const placed = list.items.find((i) => i.location?.lat != null && i.location.lon != null);
    expect(placed, "an incident with coordinates among the fixtures").toBeTruthy();
    await open(`#/incidents/${encodeURIComponent(placed!.id)}`, "incident");
    await expect(page.locator("#map-host svg path.country").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#map-host svg circle.marker").count()).resolves.toBe(1);
    await expect(page.locator("#map-host figcaption").textContent()).resolves.toContain(
      `where_prec ${placed!.location!.wherePrec}`,
    );
    await page.locator("#map").screenshot({ path: join(SCREENSHOTS, "incident-map.png") });
  });

  it("highlights every claim's evidence in an article and shows the claim on focus", async () => {
    const id = "04-dam-camp-siege-contested";
    const api = await getJson<ArticleView>(server.url, `api/articles/${encodeURIComponent(id)}`);
    expect(api.claims.length).toBeGreaterThan(3);
    await open(`#/articles/${encodeURIComponent(id)}`, "article");
    await expect(page.locator(".article-text").textContent()).resolves.toBe(api.article.text);

    const marks = await page.$$eval("mark.ev", (els) =>
      els.map((e) => ({ spans: e.getAttribute("data-spans") ?? "", text: e.textContent ?? "" })),
    );
    for (const claim of api.claims) {
      claim.evidence.forEach((ev, i) => {
        const key = `${claim.id}:${i}`;
        const text = marks
          .filter((m) => m.spans.split(" ").includes(key))
          .map((m) => m.text)
          .join("");
        expect(text, `evidence ${key}`).toBe(api.article.text.slice(ev.start, ev.end));
      });
    }

    const claim = api.claims[0]!;
    const mark = page.locator(`mark.ev[data-claims~="${claim.id}"]`).first();
    await mark.focus();
    const tip = page.locator("#claim-tip");
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toContain(claim.claimant.name);
    const describedBy = (await mark.getAttribute("aria-describedby")) ?? "";
    const descriptions = await Promise.all(
      describedBy.split(" ").map((i) => page.locator(`[id="${i}"]`).textContent()),
    );
    const description = descriptions.join(" ");
    expect(description).toContain(claim.claimant.name);
    await expect(page.getByRole("link", { name: /dam camp/i }).count()).resolves.toBeGreaterThan(0);
    await shot("article");
  });

  it("adds an article through the form", async () => {
    const text =
      "Gunmen stormed a bus depot in Kalat on Tuesday, killing 7 passengers, police said. " +
      "A spokesman for the Kalat Liberation Front said its fighters had killed 12 guards. " +
      "A doctor at the district hospital said 15 people were being treated for wounds.";
    await open("#/add", "add");
    await page.getByLabel("Article text").fill(text);
    await page.getByLabel("Published").fill("2025-03-12");
    await page.getByLabel("Title").fill("Gunmen storm bus depot in Kalat");
    await page.getByRole("button", { name: "Read claims" }).click();
    await page.waitForSelector("#add-result:not([hidden]) mark.ev");
    await page.waitForSelector('body[data-ready="add"]');
    const claims = await page.locator("#add-result table.claims tbody tr[data-claim]").count();
    expect(claims).toBeGreaterThanOrEqual(2);
    await expect(page.locator("#add-result .article-text").textContent()).resolves.toBe(text);
    await expect(page.locator("#add-result mark.ev").first().textContent()).resolves.toBeTruthy();
    await shot("add-read");

    await page.getByRole("button", { name: "Store article" }).click();
    const link = page.locator("#stored-article-link");
    await link.waitFor();
    await expect(page.locator("#add-stored a.incident-link").count()).resolves.toBeGreaterThan(0);
    await shot("add-stored");
    await link.click();
    await page.waitForSelector('body[data-ready="article"]');
    await expect(page.locator("h1").textContent()).resolves.toBe("Gunmen storm bus depot in Kalat");
    await expect(page.locator(".article-text").textContent()).resolves.toBe(text);
    await expect(page.locator("mark.ev").count()).resolves.toBeGreaterThan(0);
    await shot("added-article");
  });

  it("can be used with the keyboard", async () => {
    await open("#/", "incidents");
    const reach = async (selector: string, max: number): Promise<boolean> => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if ((await page.locator(`${selector}:focus`).count()) > 0) return true;
      }
      return false;
    };
    expect(await reach("button.sort", 20)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#incidents-table th[aria-sort]");
    await page.waitForSelector('body[data-ready="incidents"]');

    await open(`#/articles/${encodeURIComponent("04-dam-camp-siege-contested")}`, "article");
    expect(await reach("mark.ev", 40)).toBe(true);
    await expect(page.locator("#claim-tip").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.locator("#claim-tip").isVisible()).resolves.toBe(false);
    await shot("keyboard-article");
  });

  it("shows the server's message when an incident does not exist", async () => {
    watch.allowNotFound = true;
    try {
      await open("#/incidents/no-such-incident", "error");
      await expect(page.getByRole("alert").textContent()).resolves.toContain("no-such-incident");
    } finally {
      watch.allowNotFound = false;
    }
  });

  it("made no request beyond the local server and logged no errors", () => {
    expect(watch.offsite).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
