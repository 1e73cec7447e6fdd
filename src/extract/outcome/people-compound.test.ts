// A people's name before a compound role ("one Nepali border guard", "three Uzbek border guards"):
// the compound's head counts. Sentences written for these tests (none taken from any report).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a people's name before a compound role", () => {
  it("modifies the compound, whose head counts", () => {
    expect(counts("Officials said one Nepali border guard had been killed.")).toMatchObject([
      { q: "one", outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("Three Uzbek border guards were wounded.")).toMatchObject([
      { q: "Three", outcome: "injured", group: "security_forces" },
    ]);
  });
});
