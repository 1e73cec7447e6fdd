import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { divisionCore, fold, indexGazetteer, looseKey } from "./geonames-index.js";
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
    expect(readFileSync(gazetteerIndexPath()).toString("latin1", 0, 4)).toBe("TGZ2");
  });
});

describe("names as transliterations and divisions write them (places of our own making)", () => {
  const dump2 = [
    line({
      name: "Dayr az Zawr",
      alternates: "Deir ez-Zor,Deir al-Zor",
      lat: "35.3",
      lon: "40.1",
      iso: "SY",
      a1: "07",
      pop: 240_000,
    }),
    line({
      name: "Mazār-e Sharīf",
      ascii: "Mazar-e Sharif",
      lat: "36.7",
      lon: "67.1",
      iso: "AF",
      a1: "30",
      pop: 500_000,
    }),
    line({ name: "Torbat-e Jam", lat: "35.2", lon: "60.6", iso: "IR", a1: "42", pop: 110_000 }),
    line({ name: "Torbat-e Heydariyeh", lat: "35.3", lon: "59.2", iso: "IR", a1: "42", pop: 140_000 }),
    line({ name: "Gonbad-e Kavus", lat: "37.3", lon: "55.2", iso: "IR", a1: "37", pop: 90_000 }),
    line({
      name: "Ma’rib",
      ascii: "Ma'rib",
      lat: "15.5",
      lon: "45.3",
      iso: "YE",
      a1: "14",
      a2: "3",
      pop: 16_000,
    }),
    line({ name: "Tessaoua", lat: "13.8", lon: "7.9", iso: "NE", a1: "04", a2: "5", pop: 40_000 }),
  ].join("\n");
  const geo = openGazetteer(
    indexGazetteer(
      dump2,
      [{ code: "BF.12", name: "Sahel" }],
      [
        { code: "BF.12.71", name: "Province du Séno" },
        { code: "NE.04.5", name: "Département de Tessaoua" },
        { code: "UA.07.2", name: "Izium Raion" },
        { code: "IR.42.1", name: "Shahrestān-e Zāveh" },
      ],
    ),
  );

  it("folds apostrophes and the marks of ayn and hamza away", () => {
    expect(fold("Ma’rib")).toBe("marib");
    expect(fold("Qaḑā’ Sāmarrā’")).toBe("qada samarra");
    expect(fold("‘Akko")).toBe("akko");
    expect(geo.towns("marib").map((t) => t.name)).toEqual(["Ma’rib"]);
  });

  it("keys a division by its name without the words of its level, before or after it", () => {
    expect(divisionCore("Province du Séno")).toBe("seno");
    expect(divisionCore("Département de Tessaoua")).toBe("tessaoua");
    expect(divisionCore("Shahrestān-e Zāveh")).toBe("zaveh");
    expect(divisionCore("Izium Raion")).toBe("izium");
    expect(divisionCore("Sahel")).toBeNull();
    // Nothing of three letters left: no key of a bare joining word.
    expect(divisionCore("Province de la")).toBeNull();
    expect(geo.divisions("seno").map((d) => d.code)).toEqual(["BF.12.71"]);
    expect(geo.divisions("zaveh").map((d) => d.code)).toEqual(["IR.42.1"]);
    expect(geo.divisions("izium").map((d) => d.code)).toEqual(["UA.07.2"]);
  });

  it("names a division GeoNames gives a former name by its current one, found by both", () => {
    const renamed = openGazetteer(
      indexGazetteer(
        dump2,
        [{ code: "BF.12", name: "Sahel" }],
        [{ code: "BF.12.40", name: "Province du Djelgodji" }],
        {
          "BF.12.40": "Soum Province",
        },
      ),
    );
    for (const key of ["soum", "soum province", "djelgodji", "province du djelgodji"])
      expect(renamed.divisions(key).map((d) => d.name)).toEqual(["Soum Province"]);
    expect(renamed.admin2Name("BF.12.40")).toBe("Soum Province");
    // The project's own table: Burkina Faso's Soum, which GeoNames names "Province du Djelgodji".
    const own = openGazetteer(
      indexGazetteer(dump2, [], [{ code: "BF.12.40", name: "Province du Djelgodji" }]),
    );
    expect(own.divisions("soum").map((d) => d.code)).toEqual(["BF.12.40"]);
  });

  it("gives the ways of writing an Arabic or Persian name of two words one loose key", () => {
    const keys = ["Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr", "Deir al Zor"].map((n) => looseKey(fold(n)));
    expect(new Set(keys)).toEqual(new Set(["~dr zr"]));
    expect(looseKey(fold("Mazar-i-Sharif"))).toBe(looseKey(fold("Mazar-e Sharif")));
    // One word is no loose key: any word of a few consonants would match it.
    expect(looseKey("zour")).toBeNull();
    expect(geo.towns("~dr zr").map((t) => t.name)).toEqual(["Dayr az Zawr"]);
    expect(geo.towns("deir el zour")).toEqual([]);
  });

  it("keys a large town's Persian compound by its head, when no other place has it", () => {
    expect(geo.towns("mazar").map((t) => t.name)).toEqual(["Mazār-e Sharīf"]);
    // Two large Torbats: "Torbat" is neither; Gonbad-e Kavus is under the size.
    expect(geo.has("torbat")).toBe(false);
    expect(geo.has("gonbad")).toBe(false);
  });
});
