// The lexicons the bundle holds as data (scripts/build/snapshot-data.mjs) are the ones the modules
// derive, entry for entry and in order; a module that exports more than data is refused.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import * as groups from "../src/extract/lexicon/groups.js";
import * as outcomes from "../src/extract/lexicon/outcomes.js";
import * as countTriggers from "../src/extract/outcome/count-triggers.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const script = pathToFileURL(path.join(root, "scripts/build/snapshot-data.mjs")).href;
const { snapshotModule } = (await import(script)) as {
  snapshotModule: (exports: object, name: string, dataFile: string) => { source: string; json: string };
};
const snapshotSource = (exports: object, name: string) => snapshotModule(exports, name, "m.data.json");
const dir = mkdtempSync(path.join(tmpdir(), "tally-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** The module and data snapshotModule writes for `exports`, loaded. */
async function roundTrip(exports: object): Promise<Record<string, unknown>> {
  const file = path.join(dir, `m${++n}.mjs`);
  const { source, json } = snapshotModule(exports, "test", `m${n}.data.json`);
  writeFileSync(file, source);
  writeFileSync(path.join(dir, `m${n}.data.json`), json);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** A value with its Maps and Sets as arrays of their entries, so that order is compared too. */
function ordered(value: unknown): unknown {
  if (value instanceof Map || value instanceof Set) return [value.constructor.name, [...value]];
  return value;
}

describe("lexicons as build-time data", () => {
  for (const [name, module] of [
    ["groups", groups],
    ["outcomes", outcomes],
    ["count-triggers", countTriggers],
  ] as const)
    it(`${name}: every export the same, in the same order`, async () => {
      const copy = await roundTrip(module);
      expect(Object.keys(copy).sort()).toEqual(Object.keys(module).sort());
      for (const [key, value] of Object.entries(module))
        expect(ordered(copy[key]), key).toEqual(ordered(value));
    });

  it("keeps quotes, backslashes and line separators in strings", async () => {
    const tricky = new Map([
      ["it's", 'a\\b"c'],
      ["x\u2028y", "z\n"],
    ]);
    expect([...((await roundTrip({ tricky })).tricky as Map<string, string>)]).toEqual([...tricky]);
  });

  it("writes its JSON in ASCII, every other character as its escape, and reads it back the same", async () => {
    const curly = new Map([
      ["\u2018quoted\u2019", "caf\u00e9 \u2013 \u201cyes\u201d"],
      ["emoji \u{1F600}", "\u0080\uffff"],
    ]);
    const { json } = snapshotSource({ curly }, "m");
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).toContain("\\u2018quoted\\u2019");
    expect([...((await roundTrip({ curly })).curly as Map<string, string>)]).toEqual([...curly]);
  });

  it("writes a Map of strings to a few strings as columns, one of more values as its entries", async () => {
    const few = new Map([
      ["ferrymen", "civilians"],
      ["gunmen", "militants"],
      ["boatmen", "civilians"],
    ]);
    const many = new Map(Array.from({ length: 30 }, (_, i) => [`k${i}`, `v${i}`] as [string, string]));
    const { json } = snapshotSource({ few, many }, "m");
    expect(JSON.parse(json).few).toEqual([
      ["ferrymen", "gunmen", "boatmen"],
      ["civilians", "militants"],
      "aba",
    ]);
    expect(JSON.parse(json).many[29]).toEqual(["k29", "v29"]);
    const copy = await roundTrip({ few, many });
    expect([...(copy.few as Map<string, string>)]).toEqual([...few]);
    expect([...(copy.many as Map<string, string>)]).toEqual([...many]);
  });

  it("refuses what JSON would not give back", () => {
    expect(() => snapshotSource({ f: () => 1 }, "m")).toThrow("m cannot be kept as data: f is function");
    expect(() => snapshotSource({ a: [1, undefined] }, "m")).toThrow("a[1] is undefined");
    expect(() => snapshotSource({ a: { b: new Set() } }, "m")).toThrow("a.b is Set");
    expect(() => snapshotSource({ a: /x/ }, "m")).toThrow("a is RegExp");
    expect(() => snapshotSource({ a: -0 }, "m")).toThrow("a is the number 0");
    expect(() => snapshotSource({ a: NaN }, "m")).toThrow("a is the number NaN");
  });
});
