import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexGazetteer } from "./geonames-index.js";
import { gazetteerIndexPath, openGazetteer } from "./geonames.js";

/** A line of a GeoNames dump (cities500's 19 tab-separated columns). */
function line(f: {
  name: string;
  ascii?: string;
  alternates?: string;
  lat: string;
  lon: string;
  code?: string;
  iso: string;
  a1: string;
  a2?: string;
  pop: number;
}): string {
  const cols = [
    "1",
    f.name,
    f.ascii ?? f.name,
    f.alternates ?? "",
    f.lat,
    f.lon,
    "P",
    f.code ?? "PPL",
    f.iso,
    "",
    f.a1,
    f.a2 ?? "",
    "",
    "",
    String(f.pop),
    "",
    "100",
    "Asia/Karachi",
    "2020-01-01",
  ];
  return cols.join("\t");
}

const dump = [
  line({ name: "Mach", lat: "29.86", lon: "67.33", iso: "PK", a1: "02", a2: "1", pop: 20_000 }),
  line({ name: "Sibi", lat: "29.54", lon: "67.87", iso: "PK", a1: "02", a2: "2", pop: 60_000 }),
  line({
    name: "Kandahār",
    ascii: "Kandahar",
    alternates: "Qandahar,坎大哈",
    lat: "31.61",
    lon: "65.71",
    iso: "AF",
    a1: "23",
    pop: 400_000,
  }),
  line({ name: "Old Fort", lat: "30", lon: "66", code: "PPLH", iso: "PK", a1: "02", pop: 900 }),
  line({ name: "Sibi", lat: "10.0", lon: "20.0", iso: "TD", a1: "01", pop: 700 }),
].join("\n");
const admin1 = [
  { code: "PK.02", name: "Balochistan" },
  { code: "AF.23", name: "Kandahar" },
];
const admin2 = [
  { code: "PK.02.1", name: "Kachhi District" },
  { code: "PK.02.9", name: "Empty District" },
];

describe("the gazetteer's index", () => {
  const geo = openGazetteer(indexGazetteer(dump, admin1, admin2));

  it("finds towns by folded ASCII name and Latin-script alternates, in the dump's order", () => {
    expect(geo.towns("sibi").map((t) => t.iso)).toEqual(["PK", "TD"]);
    expect(geo.towns("mach")).toEqual([
      {
        name: "Mach",
        iso: "PK",
        featureCode: "PPL",
        admin1Code: "PK.02",
        admin2Code: "PK.02.1",
        lat: 29.86,
        lon: 67.33,
        population: 20_000,
      },
    ]);
    expect(geo.towns("qandahar").map((t) => t.name)).toEqual(["Kandahār"]);
    expect(geo.towns("坎大哈")).toEqual([]);
    expect(geo.towns("old fort")).toEqual([]);
    expect(geo.has("nowhere")).toBe(false);
  });

  it("finds divisions by name with and without their suffix, placed at their towns' mean", () => {
    expect(geo.divisions("kachhi")).toEqual(geo.divisions("kachhi district"));
    expect(geo.divisions("kachhi")[0]).toMatchObject({ code: "PK.02.1", level: 2, lat: 29.86, lon: 67.33 });
    expect(geo.division("PK.02")).toMatchObject({ level: 1, population: 80_000, lat: 29.7, lon: 67.6 });
    expect(geo.division("PK.02.9")).toMatchObject({ lat: null, lon: null, population: 0 });
    expect(geo.divisions("kandahar").map((d) => d.code)).toEqual(["AF.23"]);
    expect(geo.towns("kandahar").map((t) => t.iso)).toEqual(["AF"]);
    expect([geo.admin1Name("PK.02"), geo.admin1Name("PK.02.1"), geo.admin2Name("PK.02.1")]).toEqual([
      "Balochistan",
      null,
      "Kachhi District",
    ]);
    expect(geo.division("XX.01")).toBeNull();
  });

  it("is kept in the cache folder named by the packages' versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "tally-gaz-"));
    const was = process.env.TALLY_CACHE_DIR;
    process.env.TALLY_CACHE_DIR = dir;
    try {
      expect(gazetteerIndexPath()).toMatch(new RegExp(`^${dir}/gazetteer-[0-9a-f]{12}\\.bin$`));
    } finally {
      if (was === undefined) delete process.env.TALLY_CACHE_DIR;
      else process.env.TALLY_CACHE_DIR = was;
      rmSync(dir, { recursive: true });
    }
    expect(readFileSync(gazetteerIndexPath()).toString("latin1", 0, 4)).toBe("TGZ1");
  });
});
