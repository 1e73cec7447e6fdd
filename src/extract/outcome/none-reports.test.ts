// A none told by reports ("there were no reports of casualties"): none of the outcome its noun
// names, as "there were no casualties" is. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("'no reports of' an outcome noun", () => {
  it("reads none of the noun's outcome", () => {
    expect(counts("There were no reports of casualties after the shelling.")).toMatchObject([
      { q: "no", hedge: "none", value: 0, outcome: "killed", trigger: "casualties" },
    ]);
    expect(counts("The army said there was no immediate report of injuries.")).toMatchObject([
      { q: "no", hedge: "none", outcome: "injured", trigger: "injuries" },
    ]);
  });

  it("reads nothing from reports of something else", () => {
    expect(counts("There were no reports of the attack in the local press.")).toEqual([]);
    expect(counts("No reports of looting were received.")).toEqual([]);
  });
});
