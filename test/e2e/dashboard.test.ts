// The dashboard end to end, in Debian's chromium: the incidents list (rows, sorting, search), an
// incident (its tally against the API's, a contested row marked, the charts and map drawn), an
// article (every evidence span highlighted as `text.slice(start, end)`, the claim shown on focus),
// adding an article through the form, the stored reports page, an analyst splitting a report off an
// incident and merging it back, keyboard use, and no request leaving 127.0.0.1.
// Screenshots go to test-results/screenshots/.
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleMeta,
  ArticleView,
  IncidentSummary,
  IncidentView,
  Page as ApiPage,
  StoredResponse,
} from "../../web/src/api-types.js";
import { openSession, type BrowserSession, type PageWatch } from "./browser.js";
import { fixtureArticles, getJson, SCREENSHOTS, startTestServer, type TestServer } from "./setup.js";

const numbers = new Intl.NumberFormat("en");
const shown = (n: number | null) => (n === null ? "–" : numbers.format(n));

/**
 * A report of a real town, so that an incident has coordinates for the map (the fixtures' places
 * are made up; "Col. Hassan Bello" is a person, not Hassan in India).
 */
const PLACED = {
  id: "placed-quetta",
  text: "Gunmen killed three policemen at a checkpoint in Quetta, Pakistan, on Tuesday, police said.",
  published: "2025-03-12",
};

let server: TestServer;
let session: BrowserSession;
let page: Page;
let watch: PageWatch;

async function open(hash: string, ready: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector(`body[data-ready="${ready}"]`);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Stores an article through the API, as a client other than the dashboard would. */
async function postArticle(body: Record<string, string | number>): Promise<StoredResponse> {
  const res = await fetch(new URL("api/articles", server.url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST api/articles: ${res.status} ${await res.text()}`);
  return (await res.json()) as StoredResponse;
}

/** The incident id in the page's address. */
function incidentInUrl(): string {
  return decodeURIComponent(page.url().split("#/incidents/")[1]!.split("?")[0]!);
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
    server = await startTestServer("tally-e2e-", [...fixtureArticles(), PLACED]);
    session = await openSession(new URL(server.url).origin);
    ({ page, watch } = session);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
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

  it("filters by grade, deaths and strategy in the address, and downloads exactly the view", async () => {
    await open("#/", "incidents");
    await page.getByLabel("Grade").selectOption("contested");
    await page.getByLabel("Deaths at least").fill("2");
    await page.getByLabel("Strategy").selectOption("conservative");
    await expect.poll(() => page.url()).toContain("strategy=conservative");
    await page.waitForSelector('body[data-ready="incidents"]');
    expect(page.url()).toMatch(/grade=contested.*min=2|min=2.*grade=contested/);
    const view = "grade=contested&min=2&strategy=conservative";
    const api = await getJson<ApiPage<IncidentSummary>>(server.url, `api/incidents?${view}&limit=500`);
    expect(api.total).toBeGreaterThan(0);
    await expect.poll(() => rowIds()).toEqual(api.items.slice(0, 50).map((i) => i.id));
    for (const i of api.items)
      expect(i.figures.killed?.best ?? i.figures.killed?.low ?? 0).toBeGreaterThanOrEqual(2);
    // A shared address opens the same view.
    const shared = page.url();
    await open("#/", "incidents");
    await page.goto(shared);
    await page.waitForSelector('body[data-ready="incidents"]');
    expect(await page.getByLabel("Strategy").inputValue()).toBe("conservative");
    expect(await rowIds()).toEqual(api.items.slice(0, 50).map((i) => i.id));

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "UCDP CSV" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("tally-ucdp.csv");
    const saved = await readFile((await file.path())!, "utf8");
    const expected = await (await fetch(new URL(`api/export?format=ucdp&${view}`, server.url))).text();
    expect(saved).toBe(expected);
    const ids = saved
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]);
    expect(ids).toEqual(api.items.map((i) => i.id));
    expect(saved.trim().split("\n")[1]).toMatch(/,conservative$/);
    await expect(page.locator("#export-status").textContent()).resolves.toContain("Saved tally-ucdp.csv");
    await shot("incidents-filtered");
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
    // The fixtures name invented places; a report that gives its own coordinates (issue 10 §2) is placed.
    await postArticle({
      text: "Gunmen killed two guards at a checkpoint outside the town on Sunday, police said.",
      published: "2025-10-12",
      title: "Checkpoint attack near Mardan",
      country: "PK",
      admin1: "Khyber Pakhtunkhwa",
      location: "Mardan",
      latitude: 34.1986,
      longitude: 72.0404,
    });
    const list = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?limit=500");
    // Other fixtures may be placed too (GeoNames knows many towns): this one is found by its name.
    const placed = list.items.find((i) => i.location?.name === "Mardan" && i.location.lat != null);
    expect(placed, "an incident with coordinates").toBeTruthy();
    expect(placed!.location).toMatchObject({
      name: "Mardan",
      country: "Pakistan",
      lat: 34.1986,
      wherePrec: 1,
    });
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
    expect(await reach("button.sort", 40)).toBe(true);
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

  it("lists the stored reports, and a row opens its article", async () => {
    const api = await getJson<ApiPage<ArticleMeta>>(server.url, "api/articles?limit=50&offset=0");
    expect(api.total).toBeGreaterThan(10);
    await open("#/", "incidents");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
    await page.waitForSelector('body[data-ready="articles"]');
    await expect(page.locator('[data-nav="articles"]').getAttribute("aria-current")).resolves.toBe("page");
    const ids = await page.$$eval("#articles-table tbody tr[data-id]", (rows) =>
      rows.map((r) => r.getAttribute("data-id") ?? ""),
    );
    expect(ids).toEqual(api.items.map((a) => a.id));
    await expect(page.locator("#articles-table caption").textContent()).resolves.toContain("Stored reports");
    await expect(page.locator('#articles-table thead th[scope="col"]').count()).resolves.toBe(6);
    await expect(page.locator('#articles-table tbody th[scope="row"]').count()).resolves.toBe(ids.length);
    await expect(page.locator("#list-status").textContent()).resolves.toContain(`of ${api.total} reports`);
    await expect(page.getByRole("button", { name: "Previous page" }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Next page" }).isDisabled()).resolves.toBe(api.total <= 50);
    await shot("articles");

    const id = "04-dam-camp-siege-contested";
    const meta = api.items.find((a) => a.id === id)!;
    await page.locator(`#articles-table tr[data-id="${id}"]`).getByRole("link").click();
    await page.waitForSelector('body[data-ready="article"]');
    expect(page.url()).toContain(`#/articles/${id}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(meta.title ?? meta.id);
  });

  it("splits a report off an incident and merges it back", async () => {
    // Two reports of one invented event, stored as another client would; they share an incident.
    const first = await postArticle({
      id: "e2e-grain-depot-1",
      title: "Gunmen raid grain depot in Tessalit",
      outlet: "Sahel Wire",
      published: "2025-07-06",
      text:
        "Gunmen raid grain depot in Tessalit\n\n" +
        "Gunmen attacked a grain depot in Tessalit, in northern Mali, on Saturday, killing 9 guards, " +
        "the regional governor said. A nurse at the town's clinic said 11 people were wounded in the raid on the depot.",
    });
    const second = await postArticle({
      id: "e2e-grain-depot-2",
      title: "Toll from Tessalit depot raid rises to 12",
      outlet: "Desert Courier",
      published: "2025-07-07",
      text:
        "Toll from Tessalit depot raid rises to 12\n\n" +
        "The number of guards killed when gunmen attacked a grain depot in Tessalit, in northern Mali, on Saturday " +
        "has risen to 12, a local official said on Monday. The army said its soldiers killed 4 of the attackers as they fled the depot.",
    });
    const a1 = first.article.id;
    const a2 = second.article.id;
    const old = first.incidents[0]!.id;
    expect(second.incidents.map((i) => i.id)).toEqual([old]);
    const incidentPath = (id: string) => `api/incidents/${encodeURIComponent(id)}`;
    expect((await getJson<IncidentView>(server.url, incidentPath(old))).incident.articles).toEqual([a1, a2]);

    // Split: the corrections are collapsed until opened; check the second report and move it.
    await open(`#/incidents/${encodeURIComponent(old)}`, "incident");
    const split = page.getByRole("button", { name: "Move the checked reports to a new incident" });
    await expect(split.isVisible()).resolves.toBe(false);
    await page.locator("#corrections summary").click();
    await page.getByRole("checkbox", { name: /Toll from Tessalit depot raid/ }).check();
    await split.click();
    await page.waitForURL((u) => u.hash.startsWith("#/incidents/") && !u.hash.includes(old));
    await page.waitForSelector('body[data-ready="incident"]');
    const created = incidentInUrl();
    await expect(page.locator("#correction-notice").textContent()).resolves.toContain(
      "1 report was moved here",
    );
    await expect(page.locator("#correction-notice:focus").count()).resolves.toBe(1);
    const newView = await getJson<IncidentView>(server.url, incidentPath(created));
    expect(newView.incident.articles).toEqual([a2]);
    expect((await getJson<IncidentView>(server.url, incidentPath(old))).incident.articles).toEqual([a1]);
    await expect(page.locator("h1").textContent()).resolves.toBe(newView.incident.title);
    await shot("incident-split");

    // Merge, with the keyboard: an unknown id is refused with the server's message first.
    await open(`#/incidents/${encodeURIComponent(old)}`, "incident");
    await page.locator("#corrections summary").focus();
    await page.keyboard.press("Enter");
    const mergeInput = page.getByLabel("Merge another incident into this one (its id)");
    watch.allowNotFound = true;
    try {
      await mergeInput.fill("inc-no-such-incident");
      await mergeInput.press("Enter");
      await expect.poll(() => page.getByRole("alert").textContent()).toContain("inc-no-such-incident");
      await page.waitForSelector('body[data-ready="incident"]');
    } finally {
      watch.allowNotFound = false;
    }
    await mergeInput.fill(created);
    await page.getByRole("button", { name: "Merge into this incident" }).click();
    await page.waitForSelector("#correction-notice");
    await page.waitForSelector('body[data-ready="incident"]');
    expect(incidentInUrl()).toBe(old);
    await expect(page.locator("#alert").textContent()).resolves.toBe("");
    await expect(page.locator("#correction-notice").textContent()).resolves.toContain(
      `Incident ${created} was merged into this one`,
    );
    const merged = await getJson<IncidentView>(server.url, incidentPath(old));
    expect([...merged.incident.articles].sort()).toEqual([a1, a2].sort());
    await expect(page.locator("#reports table tbody tr").count()).resolves.toBe(2);
    const gone = await fetch(new URL(incidentPath(created), server.url));
    expect(gone.status).toBe(404);
    await shot("incident-merged");
  });

  it("maps the listed incidents from the input's coordinates, each circle sized by its deaths", async () => {
    // Two reports that give their own place (issue 10 §2), found by a word of their titles.
    const text = (n: string, town: string) =>
      `Gunmen killed ${n} people at a roadside market near ${town} on Tuesday, police said.`;
    await postArticle({
      text: text("three", "Kessel"),
      published: "2025-09-02",
      title: "Zorvane market attack",
      country: "Kenya",
      location: "Garissa",
      latitude: -0.4532,
      longitude: 39.6461,
    });
    await postArticle({
      text: text("twelve", "Dorran"),
      published: "2025-09-09",
      title: "Zorvane road attack",
      country: "Ethiopia",
      location: "Dolo Ado",
      latitude: 4.1745,
      longitude: 42.0611,
    });
    await open("#/?q=zorvane", "incidents");
    await page.waitForSelector("#overview-host svg .overview-incident");
    const api = await getJson<ApiPage<IncidentSummary>>(server.url, "api/incidents?q=zorvane");
    expect(api.items.map((i) => i.location?.name).sort()).toEqual(["Dolo Ado", "Garissa"]);
    const circles = await page.$$eval(".overview-incident", (links) =>
      links.map((a) => ({
        id: a.getAttribute("data-id")!,
        deaths: Number(a.getAttribute("data-deaths")),
        r: Number(a.querySelector("circle")!.getAttribute("r")),
      })),
    );
    const killed = new Map(api.items.map((i) => [i.id, i.figures.killed?.best ?? 0]));
    expect(circles.map((c) => [c.id, c.deaths]).sort()).toEqual([...killed.entries()].sort());
    const [big, small] = [...circles].sort((a, b) => b.deaths - a.deaths);
    expect(big!.deaths).toBe(12);
    expect(big!.r).toBeGreaterThan(small!.r);
    await expect(page.locator("#overview-host figcaption").textContent()).resolves.toContain(
      "2 of the 2 incidents listed",
    );
    await shot("incidents-map");
    await page.locator(`.overview-incident[data-id="${big!.id}"]`).click();
    await page.waitForSelector('body[data-ready="incident"]');
    expect(incidentInUrl()).toBe(big!.id);
  });

  it("made no request beyond the local server and logged no errors", () => {
    expect(watch.offsite).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
