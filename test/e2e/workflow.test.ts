// An analyst's day on the dashboard, in Debian's chromium against a real `tally serve` on
// 127.0.0.1 (issue 10 §3): narrowing the incidents list by country, dates and claimant with the
// filter kept in the address; downloading exactly that view, the input's country and coordinates
// kept; rejecting a misread claim with a reason and restoring it; undoing a split and a merge from
// an incident's history; an article's earlier text shown when its id comes again with a new one;
// and the list and an incident's page on a 390 px phone. The reports are invented events in real
// places, written for this test.
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleView,
  IncidentSummary,
  IncidentView,
  Page as ApiPage,
  StoredResponse,
} from "../../web/src/api-types.js";
import { openSession, watchPage, type BrowserSession, type PageWatch } from "./browser.js";
import { getJson, SCREENSHOTS, startTestServer, type JsonArticle, type TestServer } from "./setup.js";

const KIDAL_1: JsonArticle = {
  id: "wf-kidal-1",
  title: "Army post attacked near Kidal",
  outlet: "Test Wire",
  published: "2025-06-02",
  text:
    "Army post attacked near Kidal\n\n" +
    "Gunmen attacked an army post near Kidal, Mali, on Sunday, killing 6 soldiers, the army said. " +
    "The Azawad Liberation Front said in a statement that its fighters had killed 30 soldiers at the post.",
};
const KIDAL_2: JsonArticle = {
  id: "wf-kidal-2",
  title: "Toll of Kidal army post attack rises",
  outlet: "Sahel Courier",
  published: "2025-06-03",
  text:
    "Toll of Kidal army post attack rises\n\n" +
    "The number of soldiers killed when gunmen attacked an army post near Kidal, Mali, on Sunday rose to 8, " +
    "the army said on Monday. A nurse at the hospital in Kidal said 11 soldiers were wounded.",
};
const MAIDUGURI: JsonArticle = {
  id: "wf-maiduguri-1",
  title: "Market bombing in Maiduguri",
  outlet: "Test Wire",
  published: "2025-08-02",
  text:
    "Market bombing in Maiduguri\n\n" +
    "A suicide bomber killed 12 people at a market in Maiduguri, Nigeria, on Friday, police said. " +
    "A hospital official said 40 people were injured.",
};
/** A report that gives its own place and coordinates (issue 10 §2). */
const MARDAN = {
  id: "wf-mardan-1",
  title: "Checkpoint attack outside Mardan",
  outlet: "Frontier Test",
  published: "2025-10-14",
  country: "PK",
  admin1: "Khyber Pakhtunkhwa",
  location: "Mardan",
  latitude: 34.1986,
  longitude: 72.0404,
  text: "Gunmen killed four policemen at a checkpoint outside the town on Tuesday, police said.",
};

let server: TestServer;
let session: BrowserSession;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

/** Opens a page of the dashboard, drawn anew even when it is the page shown. */
async function open(hash: string, ready: string): Promise<void> {
  const url = `${server.url}${hash}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.waitForSelector(`body[data-ready="${ready}"]`);
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, server.url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await post(path, body);
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const incidentPath = (id: string) => `api/incidents/${encodeURIComponent(id)}`;

function rowIds(): Promise<string[]> {
  return page.$$eval("#incidents-table tbody tr[data-id]", (rows) =>
    rows.map((r) => r.getAttribute("data-id") ?? ""),
  );
}

/** The incident a report of `article` belongs to, as the API lists it. */
async function incidentOf(article: string): Promise<string> {
  const view = await getJson<ArticleView>(server.url, `api/articles/${encodeURIComponent(article)}`);
  return view.incidents[0]!.id;
}

/** The killed total of an incident on the list, as the API and the list's row show it. */
async function listedKilled(id: string): Promise<number | null> {
  const list = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?limit=500");
  return list.items.find((i) => i.id === id)?.figures.killed?.best ?? null;
}

// Each test is a few seconds on a quiet machine; the limit leaves room for a loaded CI runner.
describe("the analyst's workflow", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer("tally-e2e-workflow-", [KIDAL_1, KIDAL_2, MAIDUGURI]);
    const stored = await post("api/articles", MARDAN);
    if (stored.status !== 201) throw new Error(`POST api/articles: ${stored.status} ${await stored.text()}`);
    session = await openSession(new URL(server.url).origin);
    ({ browser, context, page, watch } = session);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("filters by country, dates and claimant typed in the form, and a shared address opens that view", async () => {
    await open("#/", "incidents");
    expect((await rowIds()).length).toBe(3);
    await page.getByLabel("Country").fill("Mali");
    await expect.poll(() => page.url()).toContain("country=Mali");
    await page.getByLabel("From").fill("2025-05-01");
    await page.getByLabel("To", { exact: true }).fill("2025-06-30");
    await page.getByLabel("Actor or claimant").fill("azawad");
    await expect.poll(() => page.url()).toContain("actor=azawad");
    await page.waitForSelector('body[data-ready="incidents"]');
    const url = new URL(page.url());
    const query = new URLSearchParams(url.hash.split("?")[1]);
    expect(Object.fromEntries(query)).toEqual({
      country: "Mali",
      from: "2025-05-01",
      to: "2025-06-30",
      actor: "azawad",
    });
    const kidal = await incidentOf(KIDAL_1.id);
    const api = await getJson<ApiPage<IncidentSummary>>(server.url, `api/incidents?${query}`);
    expect(api.items.map((i) => i.id)).toEqual([kidal]);
    await expect.poll(() => rowIds()).toEqual([kidal]);
    // A window that leaves the incident out, then no filter at all.
    await page.getByLabel("To", { exact: true }).fill("2025-05-31");
    await expect
      .poll(() => page.locator("#incidents-table td.empty").textContent())
      .toContain("No incidents match");
    await page.getByLabel("To", { exact: true }).fill("2025-06-30");
    await expect.poll(() => rowIds()).toEqual([kidal]);

    // The address, opened in another tab, gives the same form and rows.
    const other = await context.newPage();
    const otherWatch = watchPage(other, new URL(server.url).origin);
    await other.goto(page.url());
    await other.waitForSelector('body[data-ready="incidents"]');
    expect(await other.getByLabel("Country").inputValue()).toBe("Mali");
    expect(await other.getByLabel("From").inputValue()).toBe("2025-05-01");
    expect(await other.getByLabel("Actor or claimant").inputValue()).toBe("azawad");
    expect(
      await other.$$eval("#incidents-table tbody tr[data-id]", (rows) => rows.map((r) => r.dataset.id)),
    ).toEqual([kidal]);
    await other.close();
    expect(otherWatch.errors).toEqual([]);
  });

  it("downloads exactly the filtered view, keeping the input's country and coordinates", async () => {
    await open("#/?country=PK", "incidents");
    const mardan = await incidentOf(MARDAN.id);
    await expect.poll(() => rowIds()).toEqual([mardan]);

    const [geo] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "GeoJSON" }).click(),
    ]);
    const saved = await readFile((await geo.path())!, "utf8");
    expect(saved).toBe(
      await (await fetch(new URL("api/export?format=geojson&country=PK", server.url))).text(),
    );
    const doc = JSON.parse(saved) as {
      features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    expect(doc.features).toHaveLength(1);
    expect(doc.features[0]!.geometry.coordinates).toEqual([MARDAN.longitude, MARDAN.latitude]);
    expect(doc.features[0]!.properties).toMatchObject({ id: mardan });

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ACLED CSV" }).click(),
    ]);
    const lines = (await readFile((await csv.path())!, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(2);
    const header = lines[0]!.split(",");
    const cells = lines[1]!.split(",");
    const cell = (name: string) => cells[header.indexOf(name)];
    expect(cell("country")).toBe("Pakistan");
    expect(cell("admin1")).toBe(MARDAN.admin1);
    expect(Number(cell("latitude"))).toBe(MARDAN.latitude);
    expect(Number(cell("longitude"))).toBe(MARDAN.longitude);
    expect(cell("fatalities")).toBe("4");
    await expect(page.locator("#export-status").textContent()).resolves.toContain("Saved tally-acled.csv");
  });

  it("rejects a misread claim with a reason, then restores it, on every surface at once", async () => {
    const id = await incidentOf(KIDAL_1.id);
    const before = await getJson<IncidentView>(server.url, incidentPath(id));
    // The armed group's 30: rejected, the soldiers' figure is the army's alone.
    const claim = before.claims.find((c) => c.claimant.party === "non_state" && c.quantity.value === 30)!;
    expect(claim, "the armed group's claim of 30").toBeTruthy();
    const row = (v: IncidentView) =>
      v.tally.find((r) => r.outcome === "killed" && r.group === "security_forces")!;
    expect(row(before).high).toBe(30);

    await open(`#/incidents/${encodeURIComponent(id)}`, "incident");
    await page.locator("#corrections summary").click();
    await page.getByLabel("Claim", { exact: true }).selectOption(claim.id);
    await page.getByLabel("Why it is misread").fill("the group's figure is of another attack");
    await page.getByRole("button", { name: "Reject the claim" }).click();
    await expect
      .poll(() => page.locator("#correction-notice").textContent())
      .toContain(`Claim ${claim.id} was rejected`);
    await page.waitForSelector('body[data-ready="incident"]');

    const after = await getJson<IncidentView>(server.url, incidentPath(id));
    expect(after.rejected.map((r) => [r.claim.id, r.reason])).toEqual([
      [claim.id, "the group's figure is of another attack"],
    ]);
    expect(row(after).high).toBeLessThan(30);
    const tr = page.locator('#tally-table tr[data-outcome="killed"][data-group="security_forces"]');
    await expect(tr.locator('[data-figure="high"]').textContent()).resolves.toBe(String(row(after).high));
    await expect(page.locator("#rejected-claims li").textContent()).resolves.toContain(
      "the group's figure is of another attack",
    );
    await expect(page.locator("#corrections-list").textContent()).resolves.toContain(claim.id);
    expect(after.claims.map((c) => c.id)).not.toContain(claim.id);
    const killed = after.totals.find((t) => t.outcome === "killed")!.best;
    expect(await listedKilled(id)).toBe(killed);

    await page.getByRole("button", { name: "Restore" }).click();
    await expect
      .poll(() => page.locator("#correction-notice").textContent())
      .toContain(`Claim ${claim.id} was restored`);
    await page.waitForSelector('body[data-ready="incident"]');
    const restored = await getJson<IncidentView>(server.url, incidentPath(id));
    expect(restored.rejected).toEqual([]);
    expect(row(restored).high).toBe(30);
    await expect(tr.locator('[data-figure="high"]').textContent()).resolves.toBe("30");
    await expect(page.locator("#rejected-claims").count()).resolves.toBe(0);
  });

  it("undoes a split and a merge from the incident's history", async () => {
    const id = await incidentOf(KIDAL_1.id);
    const split = await postJson<{ created: { id: string } }>(`${incidentPath(id)}/split`, {
      articles: [KIDAL_2.id],
    });
    expect((await getJson<IncidentView>(server.url, incidentPath(id))).incident.articles).toEqual([
      KIDAL_1.id,
    ]);

    await open(`#/incidents/${encodeURIComponent(id)}`, "incident");
    const undoSplit = page
      .locator("#corrections-list li", { hasText: "split" })
      .getByRole("button", { name: "Undo" });
    await undoSplit.click();
    await expect
      .poll(() => page.locator("#correction-notice").textContent())
      .toMatch(/Correction \d+ was undone/);
    await page.waitForSelector('body[data-ready="incident"]');
    expect([...(await getJson<IncidentView>(server.url, incidentPath(id))).incident.articles].sort()).toEqual(
      [KIDAL_1.id, KIDAL_2.id],
    );
    expect((await fetch(new URL(incidentPath(split.created.id), server.url))).status).toBe(404);
    await expect(page.locator("#reports table tbody tr").count()).resolves.toBe(2);
    await expect(page.locator("#corrections-list").textContent()).resolves.toContain("(undone)");

    // Two events merged by mistake, and the merge undone: each has its own reports again.
    const maiduguri = await incidentOf(MAIDUGURI.id);
    await postJson<IncidentView>("api/incidents/merge", { into: id, from: maiduguri });
    await open(`#/incidents/${encodeURIComponent(id)}`, "incident");
    await expect(page.locator("#reports table tbody tr").count()).resolves.toBe(3);
    await page
      .locator("#corrections-list li", { hasText: "merge" })
      .getByRole("button", { name: "Undo" })
      .click();
    await expect
      .poll(() => page.locator("#correction-notice").textContent())
      .toMatch(/Correction \d+ was undone/);
    await page.waitForSelector('body[data-ready="incident"]');
    await expect(page.locator("#reports table tbody tr").count()).resolves.toBe(2);
    expect([...(await getJson<IncidentView>(server.url, incidentPath(id))).incident.articles].sort()).toEqual(
      [KIDAL_1.id, KIDAL_2.id],
    );
    expect((await getJson<IncidentView>(server.url, incidentPath(maiduguri))).incident.articles).toEqual([
      MAIDUGURI.id,
    ]);
  });

  it("shows an article's earlier text when its id comes again with a new one", async () => {
    const revised = {
      ...MAIDUGURI,
      text: MAIDUGURI.text.replace("killed 12 people", "killed 15 people"),
      published: "2025-08-03",
    };
    const stored = await postJson<StoredResponse>("api/articles", revised);
    expect(stored.status).toBe("version");
    const incident = await incidentOf(MAIDUGURI.id);
    expect(await listedKilled(incident)).toBe(15);

    await open(`#/articles/${encodeURIComponent(MAIDUGURI.id)}`, "article");
    await expect(page.locator(".article-text").textContent()).resolves.toBe(revised.text);
    const version = page.locator("dl.meta > div", { has: page.locator("dt", { hasText: /^Version$/ }) });
    await expect(version.locator("dd").textContent()).resolves.toMatch(/^2 /);
    const earlier = page.locator("#versions li.version");
    await expect(earlier.count()).resolves.toBe(1);
    await earlier.locator("summary").click();
    await expect(earlier.locator("summary").textContent()).resolves.toContain("Version 1");
    await expect(earlier.locator(".version-text").textContent()).resolves.toBe(MAIDUGURI.text);

    await open(`#/incidents/${encodeURIComponent(incident)}`, "incident");
    await expect(page.locator("#reports .identity-note").textContent()).resolves.toContain("version 2");
  });

  it("fits a 390 px phone: no sideways scrolling, tables as cards, chart labels inside their charts", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    const phoneWatch = watchPage(p, new URL(server.url).origin);
    // How far the page, and each table inside its own box, reaches past the screen (0: it fits).
    // Run in the page as text: the tests are not compiled with the DOM's types.
    const fits = () =>
      p.evaluate(`({
        page: document.documentElement.scrollWidth - innerWidth,
        tables: [...document.querySelectorAll(".table-wrap")].map((w) => w.scrollWidth - w.clientWidth),
      })`) as Promise<{ page: number; tables: number[] }>;
    try {
      await p.goto(server.url);
      await p.waitForSelector('body[data-ready="incidents"]');
      const list = await fits();
      expect(list.page).toBeLessThanOrEqual(0);
      expect(list.tables.every((d) => d <= 0)).toBe(true);
      // A row is a card: its cells one under another, each after its column's name.
      const cell = p.locator('#incidents-table tbody tr td[data-label="Killed"]').first();
      const style = (pseudo: string | null) =>
        cell.evaluate((td, pseudo) => {
          const css = (
            globalThis as unknown as {
              getComputedStyle(e: unknown, p: string | null): { display: string; content: string };
            }
          ).getComputedStyle(td, pseudo);
          return { display: css.display, content: css.content };
        }, pseudo);
      await expect(style(null)).resolves.toMatchObject({ display: "flow-root" });
      await expect(style("::before")).resolves.toMatchObject({ content: '"Killed"' });
      await p.screenshot({ path: join(SCREENSHOTS, "phone-incidents.png") });

      const id = await incidentOf(KIDAL_1.id);
      await p.goto(`${server.url}#/incidents/${encodeURIComponent(id)}`);
      await p.waitForSelector('body[data-ready="incident"]');
      await p.locator("#corrections summary").click();
      const incident = await fits();
      expect(incident.page).toBeLessThanOrEqual(0);
      expect(incident.tables.every((d) => d <= 0)).toBe(true);
      const labels = await p.$$eval(".chart svg text, .map svg text", (texts) =>
        texts.map((t) => {
          const svg = t.closest("svg")!.getBoundingClientRect();
          const box = t.getBoundingClientRect();
          return {
            text: t.textContent,
            inside:
              box.left >= svg.left - 0.5 &&
              box.right <= svg.right + 0.5 &&
              box.top >= svg.top - 0.5 &&
              box.bottom <= svg.bottom + 0.5,
            px: box.height,
          };
        }),
      );
      expect(labels.length).toBeGreaterThan(10);
      expect(labels.filter((l) => !l.inside)).toEqual([]);
      // Drawn at the phone's width, not a desktop chart shrunk: labels stay a readable size.
      const chartLabels = await p.$$eval("figure.claimant-chart text.label", (ts) =>
        ts.map((t) => t.getBoundingClientRect().height),
      );
      expect(chartLabels.length).toBeGreaterThan(0);
      expect(Math.min(...chartLabels)).toBeGreaterThanOrEqual(12);
      await p.screenshot({ path: join(SCREENSHOTS, "phone-incident.png") });
      expect(phoneWatch.errors).toEqual([]);
      expect(phoneWatch.offsite).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it("made no request beyond the local server and logged no errors", () => {
    expect(watch.offsite).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
