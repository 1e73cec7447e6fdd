// A bare figure and a copula that names a group, after a total: "Twelve people were killed. Five
// were children." (the next sentence, parsers/bare-share.ts) and "Twelve people were killed; five
// were children" (right after it, refiners/gapped-shares.ts). A grid of totals × ways of joining
// × predicates in sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const TOTALS: ReadonlyArray<readonly [string, string]> = [
  ["Twelve people were killed in the raid on the village", "killed"],
  ["Gunmen killed 12 people at a checkpoint on Sunday", "killed"],
  ["Bandits abducted 12 travellers on the highway", "abducted"],
  ["At least 12 people were wounded in the blast", "injured"],
];
/** `{T}`: the total's clause; `{S}`: the share's words. */
const JOINS = [
  "{T}. {S}.",
  "{T}. {S}, police said.",
  "{T}; {S}.",
  "{T}, police said. {S}, an official added.",
];
const SHARES: ReadonlyArray<readonly [string, string]> = [
  ["Five were children", "civilians"],
  ["Three were soldiers", "security_forces"],
  ["Two were members of the militia", "militants"],
  ["Four were off-duty police officers", "security_forces"],
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

describe("a bare share after a total", () => {
  for (const join of JOINS)
    it(`is a part of the total with the predicate's group: "${join}"`, () => {
      for (const [total, outcome] of TOTALS)
        for (const [share, group] of SHARES) {
          const s = join
            .replace("{T}", total)
            .replace("{S}", join.startsWith("{T};") ? share.toLowerCase() : cap(share));
          const r = read(s);
          expect(
            r.claims.map((c) => [c.outcome, c.group === "people" ? "people" : c.group, c.partOf]),
            s,
          ).toEqual([
            [outcome, expect.anything(), null],
            [outcome, group, "c1"],
          ]);
        }
    });

  it("reads a row of bare shares: 'Three were soldiers and two were police officers'", () => {
    const r = read(
      "Twelve people were killed in the raid. Three were soldiers and two were police officers.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.group, c.partOf])).toEqual([
      [12, "people", null],
      [3, "security_forces", "c1"],
      [2, "security_forces", "c1"],
    ]);
    expect(r.datasets.gtd.nkill).toBe(12);
  });

  it("reads no share from a figure with a verb of its own, no group, more people than the total, or no total", () => {
    const rows = (s: string) => read(s).claims.map((c) => [c.quantity.value, c.outcome, c.partOf]);
    expect(rows("Twelve people were killed in the raid. Five were arrested.")).toEqual([
      [12, "killed", null],
      [5, "arrested", null],
    ]);
    expect(rows("Twelve people were killed in the raid. Five were in the market.")).toEqual([
      [12, "killed", null],
    ]);
    expect(rows("Twelve people were killed in the raid; 30 were children.")).toEqual([[12, "killed", null]]);
    expect(rows("Five were children.")).toEqual([]);
  });
});
