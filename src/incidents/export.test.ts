import { describe, expect, it } from "vitest";
import {
  ACLED_COLUMNS,
  GTD_COLUMNS,
  UCDP_COLUMNS,
  exportRecords,
  incidentRecord,
  type IncidentRecord,
} from "./export.js";
import { validateGeoJson } from "./geojson.js";
import { linkArticle } from "./link.js";
import { BUS_1, BUS_2, ZHOB, storeWith } from "./test-helpers.js";

function records(): IncidentRecord[] {
  const { store, ids } = storeWith([BUS_1, ZHOB, BUS_2]);
  ids.forEach((id) => linkArticle(store, id));
  return store.listIncidents().map((i) => incidentRecord(store, i, "conservative"));
}

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, line breaks in quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe("CSV exports", () => {
  it.each([
    ["acled", ACLED_COLUMNS],
    ["ucdp", UCDP_COLUMNS],
    ["gtd", GTD_COLUMNS],
  ] as const)("%s: the dataset's column names, one width throughout", (format, columns) => {
    const rows = parseCsv(exportRecords(records(), format));
    expect(rows[0]).toEqual([...columns]);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r).toHaveLength(columns.length);
  });

  it("acled: the conservative toll, disputes in notes, quoted where needed", () => {
    const rows = parseCsv(exportRecords(records(), "acled"));
    const head = rows[0]!;
    const bus = rows.find((r) => r[head.indexOf("event_type")] === "Violence against civilians")!;
    const get = (name: string) => bus[head.indexOf(name)];
    expect(get("fatalities")).toBe("6");
    expect(get("notes")).toMatch(
      /killed security_forces contested: Army spokesman 2 vs Baloch Liberation Front \(BLF\) 12/,
    );
    expect(get("actor1")).toBe("BLF: Baloch Liberation Front");
    expect(get("inter1")).toBe("2");
    expect(get("admin1")).toBe("Balochistan");
    expect(get("geo_precision")).toBe("2");
    expect(exportRecords(records(), "acled")).toContain(
      '"Hijacking in Turbat, Balochistan, Pakistan, 2025-06-02.',
    );
  });

  it("acled: a toll over several days is split by day, adds up to the total, and notes say the whole", () => {
    const one = records().find((r) => r.datasets.acled.fatalities > 0)!;
    const start = one.incident.start!;
    const end = new Date(Date.parse(`${start}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const r = { ...one, incident: { ...one.incident, end } };
    const rows = parseCsv(exportRecords([r], "acled"));
    const head = rows[0]!;
    const body = rows.slice(1);
    expect(body.map((x) => x[head.indexOf("event_date")])).toHaveLength(3);
    const total = one.datasets.acled.fatalities;
    expect(body.reduce((a, x) => a + Number(x[head.indexOf("fatalities")]), 0)).toBe(total);
    for (const x of body)
      expect(x[head.indexOf("notes")]).toContain(
        `Fatalities ${total} in all (strategy conservative), split evenly over 3 days`,
      );
    expect(exportRecords([one], "acled")).not.toContain("in all (strategy");
  });

  it("gtd: hostage fields for a hijacking", () => {
    const rows = parseCsv(exportRecords(records(), "gtd"));
    const head = rows[0]!;
    const bus = rows.find((r) => r[head.indexOf("attacktype1_txt")] === "Hijacking")!;
    expect(bus[head.indexOf("ishostkid")]).toBe("1");
    expect(bus[head.indexOf("nreleased")]).toBe("25");
    expect(bus[head.indexOf("hostkidoutcome_txt")]).toBe("Combination");
    expect(bus[head.indexOf("eventid")]).toMatch(/^20250602\d{4}$/);
  });
});

describe("GeoJSON and JSON exports", () => {
  it("geojson: a valid FeatureCollection of Points", () => {
    const doc = JSON.parse(exportRecords(records(), "geojson"));
    expect(validateGeoJson(doc)).toEqual([]);
    expect(doc.features).toHaveLength(2);
    expect(doc.features[0].geometry.type).toBe("Point");
  });

  it("the validator finds what is wrong", () => {
    expect(
      validateGeoJson({
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [200, 10] } }],
      }),
    ).toEqual(["$.features[0].geometry.coordinates[0]: longitude 200 out of range"]);
    expect(validateGeoJson([])).toEqual(["$: not an object"]);
  });

  it("json carries the full model; jsonl one claim a line with its incident", () => {
    const full = JSON.parse(exportRecords(records(), "json"));
    expect(Object.keys(full[0])).toEqual([
      "incident",
      "links",
      "articles",
      "claims",
      "mentions",
      "strategy",
      "totals",
      "tally",
      "datasets",
      "unknownDeaths",
      "timeline",
      "sideTimeline",
      "checks",
    ]);
    const lines = exportRecords(records(), "jsonl")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toHaveProperty("incident");
    expect(lines[0]).toHaveProperty("evidence");
  });
});
