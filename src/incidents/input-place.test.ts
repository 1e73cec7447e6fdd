// The input's own facts (issue 10 §2): a report that names its place and coordinates keeps them
// through the reader, the SQLite store, linking (they win over the place read from the text) and
// every export. Reports written for this test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticles } from "../app/read-articles.js";
import { extract } from "../extract/pipeline.js";
import { openSqliteStore } from "../store/sqlite-store.js";
import { exportRecords, incidentRecord } from "./export.js";
import { linkArticle } from "./link.js";
import { givenLocation } from "./places.js";

const dir = mkdtempSync(join(tmpdir(), "tally-place-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The text names Quetta; the input says where the event was.
const TEXT =
  "Gunmen killed five workers at a brick kiln on Monday, police in Quetta said. Two others were wounded.";
const ROW = {
  id: "kiln-1",
  text: TEXT,
  published: "2025-05-06",
  title: "Kiln attack",
  outlet: "Example Wire",
  url: "https://example.org/kiln",
  country: "Pakistan",
  admin1: "Balochistan",
  location: "Turbat",
  latitude: 26.0023,
  longitude: 63.044,
  language: "en",
};

describe("the input's own place", () => {
  it("is read from JSON Lines with the article's other fields; bad coordinates are named and dropped", () => {
    const r = readArticles({ name: "in.jsonl", content: `${JSON.stringify(ROW)}\n` });
    expect(r.articles[0]).toMatchObject({
      id: "kiln-1",
      title: "Kiln attack",
      outlet: "Example Wire",
      language: "en",
      place: {
        location: "Turbat",
        admin2: null,
        admin1: "Balochistan",
        country: "Pakistan",
        latitude: 26.0023,
      },
    });
    const bad = readArticles({
      name: "in.jsonl",
      content: `${JSON.stringify({ ...ROW, latitude: 126, longitude: "63.0" })}\n${JSON.stringify({ id: "x", text: TEXT })}\n`,
    });
    expect(bad.messages.map((m) => [m.code, m.line])).toEqual([["T020", 1]]);
    expect(bad.articles[0]!.place).toMatchObject({ location: "Turbat", latitude: null, longitude: null });
    expect(bad.articles[1]).not.toHaveProperty("place");
  });

  it("names a country it cannot place (kept as written), and takes names and two-letter codes", () => {
    const rows = [
      { ...ROW, id: "a", country: "PK" },
      { ...ROW, id: "b", country: "pakistan" },
      { ...ROW, id: "c", country: "Pakistn" },
      { ...ROW, id: "d", country: "XQ" },
    ];
    const r = readArticles({ name: "in.jsonl", content: rows.map((x) => JSON.stringify(x)).join("\n") });
    expect(r.messages.map((m) => [m.code, m.line])).toEqual([
      ["T022", 3],
      ["T022", 4],
    ]);
    expect(r.messages[0]!.message).toContain('country "Pakistn"');
    expect(r.articles.map((a) => a.place?.country)).toEqual(["PK", "pakistan", "Pakistn", "XQ"]);
  });

  it("wins over the text's place, is kept by the store and carried by every export", () => {
    const store = openSqliteStore(join(dir, "t.db"));
    const [article] = readArticles({ name: "in.jsonl", content: JSON.stringify(ROW) }).articles;
    const { article: stored } = store.putArticle(article!, "in.jsonl");
    store.putClaims(stored.id, "test-1", extract(article!).claims);
    const [id] = linkArticle(store, stored.id);
    store.close();

    const again = openSqliteStore(join(dir, "t.db"));
    expect(again.getArticle(stored.id)).toMatchObject({
      place: { location: "Turbat" },
      language: "en",
    });
    const inc = again.getIncident(id!)!;
    expect(inc.location).toMatchObject({
      name: "Turbat",
      admin1: "Balochistan",
      country: "Pakistan",
      iso: "PK",
      lat: 26.0023,
      lon: 63.044,
      wherePrec: 1,
    });
    const r = incidentRecord(again, inc, "ucdp");
    for (const format of ["acled", "ucdp", "gtd"] as const) {
      const csv = exportRecords([r], format);
      expect(csv).toContain("26.0023,63.044");
      expect(csv).toContain("Pakistan");
    }
    const geo = JSON.parse(exportRecords([r], "geojson")) as {
      features: { geometry: { coordinates: number[] } }[];
    };
    expect(geo.features[0]!.geometry.coordinates).toEqual([63.044, 26.0023]);
    const json = exportRecords([r], "json");
    expect(json).toContain('"language": "en"');
    again.close();
  });

  it("fills what the input leaves out from the gazetteer, within the given country", () => {
    const named = givenLocation({
      location: null,
      admin2: null,
      admin1: "Balochistan",
      country: "PK",
      latitude: null,
      longitude: null,
    })!;
    expect(named).toMatchObject({ name: "Balochistan", country: "Pakistan", iso: "PK", wherePrec: 4 });
    expect(named.lat).not.toBeNull();
    const country = givenLocation({
      location: null,
      admin2: null,
      admin1: null,
      country: "Kenya",
      latitude: null,
      longitude: null,
    })!;
    expect(country).toMatchObject({ name: "Kenya", iso: "KE", wherePrec: 6 });
    expect(
      givenLocation({
        location: null,
        admin2: null,
        admin1: null,
        country: null,
        latitude: null,
        longitude: null,
      }),
    ).toBeNull();
  });
});
