// A correction notice's people first reported dead are no claim of that outcome
// (claims/first-reported.ts); outside a notice, an earlier toll so described stays a claim.
// Reports written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const LEDE = "Gunmen killed five people and wounded nine at a bus station on Sunday, the governor said.\n\n";
const read = (text: string) =>
  extractChecked(LEDE + text, "2026-11-03").claims.map((c) => [
    c.outcome,
    c.quantity.value,
    c.evidence[0]!.text,
  ]);
const lede = [
  ["killed", 5, "killed five people"],
  ["injured", 9, "wounded nine"],
];

describe("in a correction notice", () => {
  it.each([
    "Correction, Nov 3: An earlier version of this story said seven people were killed. The governor gave the toll as five; two of those first reported dead are among the wounded.",
    "Correction: An earlier version of this article said seven people died. Two of those initially reported killed survived.",
    "An earlier version of this story said seven were killed. Two people wrongly listed as dead are in hospital.",
  ])("%s", (text) => {
    expect(read(text).filter(([, v]) => v === 2)).toEqual([]);
  });
});

describe("outside a correction notice", () => {
  it.each([
    [
      "Police said the 12 initially reported killed in the first hours included three children.",
      ["killed", 12, "12 initially reported killed"],
    ],
  ])("%s", (text, claim) => {
    expect(read(text)).toContainEqual(claim);
  });

  it("the lede's figures stay", () => {
    expect(read("Correction: An earlier version of this article said seven people died.")).toEqual(lede);
  });
});
