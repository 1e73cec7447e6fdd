// One figure everywhere (CODEBOOK §3b, issue 10): for generated claim sets stored as incidents,
// the incidents list (API and `tally incidents`), the incident page's API record, `tally show`,
// and every export (ACLED, UCDP, GTD, GeoJSON, JSON) give the same killed total under each
// strategy, and UCDP's four death fields add up to its best. Deaths stated with no figure are
// marked alike on each ("?" alone, "+?" beside the figure), exactly where ACLED's fatalities
// count them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STRATEGY_NAMES, type StrategyName } from "../src/core/tally/index.js";
import { claim, claimSets, mention, q } from "../src/core/tally/test-helpers.js";
import { exportRecords, incidentRecord } from "../src/incidents/export.js";
import { formatIncident } from "../src/cli/commands/show.js";
import { listTable } from "../src/cli/commands/incidents.js";
import { linkArticle } from "../src/incidents/link.js";
import { createApi } from "../src/server/app.js";
import { MemoryStore } from "../src/store/memory-store.js";
import type { Claim, Mention } from "../src/core/model.js";

/** A store with one report per generated article, its claims, linked into incidents. */
function storeOf(claims: readonly Claim[]): MemoryStore {
  const store = new MemoryStore();
  for (const id of [...new Set(claims.map((c) => c.article))]) {
    const text = `Report ${id}: fighting near Quetta, Balochistan, Pakistan, on Tuesday. ${".".repeat(600)}`;
    const { article } = store.putArticle({ id, text, published: "2025-03-12" }, "test");
    store.putClaims(
      article.id,
      "test-1",
      claims.filter((c) => c.article === id),
    );
    linkArticle(store, article.id);
  }
  return store;
}

const csvColumn = (csv: string, column: string): string[] => {
  const [head, ...rows] = csv.trim().split("\n");
  const k = head!.split(",").indexOf(column);
  return rows.map((r) => r.split(",").at(k - head!.split(",").length)!);
};

describe("one killed total on every surface", () => {
  it("list, page, show, incidents and each export agree under each strategy", async () => {
    await fc.assert(
      fc.asyncProperty(claimSets, fc.constantFrom<StrategyName>(...STRATEGY_NAMES), async (claims, s) => {
        const store = storeOf(claims);
        const api = createApi({ store });
        const list = (await (await api.request(`/api/incidents?strategy=${s}&limit=500`)).json()) as {
          items: { id: string; figures: Record<string, { best: number | null; low: number | null }> }[];
        };
        for (const inc of store.listIncidents()) {
          const r = incidentRecord(store, inc, s);
          const t = r.totals.find((x) => x.outcome === "killed") ?? null;
          const best = t?.best ?? null;
          const point = t ? (t.best ?? t.low) : null;
          const row = list.items.find((i) => i.id === inc.id)!;
          expect(row.figures.killed?.best ?? null).toBe(best);
          const page = (await (await api.request(`/api/incidents/${inc.id}?strategy=${s}`)).json()) as {
            totals: { outcome: string; best: number | null }[];
          };
          expect(page.totals.find((x) => x.outcome === "killed")?.best ?? null).toBe(best);
          const shown = formatIncident(r, s).match(/^ {2}killed +(\S+) +(\S+) +(\S+)/m);
          expect(shown?.[2] ?? "-").toBe(best === null ? "-" : String(best));
          if (point !== null) expect(listTable([r])).toContain(` ${point}`);
          const acled = csvColumn(exportRecords([r], "acled"), "fatalities").map(Number);
          expect(acled.reduce((a, b) => a + b, 0)).toBe(point ?? 0);
          const ucdp = exportRecords([r], "ucdp");
          expect(csvColumn(ucdp, "best")[0]).toBe(best === null ? "" : String(best));
          const parts = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"].map(
            (k) => Number(csvColumn(ucdp, k)[0]) || 0,
          );
          if (best !== null) expect(parts.reduce((a, b) => a + b, 0)).toBe(best);
          expect(csvColumn(exportRecords([r], "gtd"), "nkill")[0]).toBe(point === null ? "" : String(point));
          expect(csvColumn(exportRecords([r], "gtd"), "tally_strategy")[0]).toBe(s);
          const geo = JSON.parse(exportRecords([r], "geojson")) as {
            strategy: string;
            features: { properties: { totals: Record<string, { best: number | null }> } }[];
          };
          expect(geo.strategy).toBe(s);
          expect(geo.features[0]!.properties.totals.killed?.best ?? null).toBe(best);
          const json = JSON.parse(exportRecords([r], "json")) as {
            strategy: string;
            totals: { outcome: string; best: number | null }[];
          }[];
          expect(json[0]!.totals.find((x) => x.outcome === "killed")?.best ?? null).toBe(best);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("deaths stated with no figure: one thing on every surface", () => {
  /** One report's claims and mentions, stored and linked. */
  function storeWith(claims: Claim[], mentions: Mention[]): MemoryStore {
    const store = new MemoryStore();
    const text = `Report a1: fighting near Quetta, Balochistan, Pakistan, on Tuesday. ${".".repeat(600)}`;
    const { article } = store.putArticle({ id: "a1", text, published: "2025-03-12" }, "test");
    store.putClaims(article.id, "test-1", claims, mentions);
    linkArticle(store, article.id);
    return store;
  }
  const cases: [string, Claim[], Mention[]][] = [
    ["'heavy casualties' alone", [], [mention()]],
    [
      "four soldiers and an unknown number of villagers",
      [claim({ group: "security_forces", quantity: q.exact(4) })],
      [mention({ kind: "unknown_number", group: "civilians", noun: "of villagers" })],
    ],
    ["'no one was killed' … 'casualties were reported'", [claim({ quantity: q.none() })], [mention()]],
    [
      "'no soldier was killed' … 'the insurgents suffered heavy losses'",
      [claim({ group: "security_forces", quantity: q.none() })],
      [mention()],
    ],
  ];

  it.each(cases)("%s", async (_label, claims, mentions) => {
    const store = storeWith(claims, mentions);
    const api = createApi({ store });
    const [inc] = store.listIncidents();
    for (const s of STRATEGY_NAMES) {
      const r = incidentRecord(store, inc!, s);
      const t = r.totals.find((x) => x.outcome === "killed") ?? null;
      const point = t ? (t.best ?? t.low) : null;
      const acled = csvColumn(exportRecords([r], "acled"), "fatalities").reduce((a, b) => a + Number(b), 0);
      // ACLED's fatalities differ from the total the surfaces show exactly where they are marked.
      expect(acled).toBe(r.datasets.acled.fatalities);
      expect(r.unknownDeaths === null).toBe(acled === (point ?? 0));
      const list = (await (await api.request(`/api/incidents?strategy=${s}`)).json()) as {
        items: { unknownDeaths: string | null }[];
      };
      expect(list.items[0]!.unknownDeaths).toBe(r.unknownDeaths);
      const page = (await (await api.request(`/api/incidents/${inc!.id}?strategy=${s}`)).json()) as {
        unknownDeaths: string | null;
      };
      expect(page.unknownDeaths).toBe(r.unknownDeaths);
      const shown = r.unknownDeaths === "alone" ? "?" : `${point}${r.unknownDeaths ? " +?" : ""}`;
      const row = listTable([r]).split("\n")[1]!;
      expect(row).toMatch(new RegExp(` ${shown.replace(/[?+]/g, "\\$&")}(\\s|$)`));
      const show = formatIncident(r, s);
      if (r.unknownDeaths) expect(show).toContain(`killed as listed: ${shown} `);
      else expect(show).not.toContain("killed as listed");
      const json = JSON.parse(exportRecords([r], "json")) as { unknownDeaths: string | null }[];
      expect(json[0]!.unknownDeaths).toBe(r.unknownDeaths);
      const geo = JSON.parse(exportRecords([r], "geojson")) as {
        features: { properties: { unknown_deaths: string | null } }[];
      };
      expect(geo.features[0]!.properties.unknown_deaths).toBe(r.unknownDeaths);
    }
  });

  it("marks them as the codebook's cases say", () => {
    const of = (k: number, s: StrategyName) => {
      const store = storeWith(cases[k]![1], cases[k]![2]);
      return incidentRecord(store, store.listIncidents()[0]!, s);
    };
    expect([of(0, "ucdp").unknownDeaths, of(0, "ucdp").datasets.acled.fatalities]).toEqual(["alone", 10]);
    // An unknown number beside a figure is marked under every strategy that gives a best (ACLED
    // codes it 10 whichever strategy its fatalities are read under); `range` keeps its low as stated.
    for (const s of ["conservative", "gtd", "ucdp"] as const)
      expect([of(1, s).unknownDeaths, of(1, s).datasets.acled.fatalities]).toEqual(["beside", 14]);
    expect([of(1, "range").unknownDeaths, of(1, "range").datasets.acled.fatalities]).toEqual([null, 4]);
    expect([of(2, "ucdp").unknownDeaths, of(2, "ucdp").datasets.acled.fatalities]).toEqual([null, 0]);
    expect([of(3, "ucdp").unknownDeaths, of(3, "ucdp").datasets.acled.fatalities]).toEqual(["beside", 10]);
  });
});
