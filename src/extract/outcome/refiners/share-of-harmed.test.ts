// A share of the wounded who died takes the group of the wounded counted before it. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";
import { extract } from "../../pipeline.js";

const claims = (text: string) =>
  extract({ id: "t", text, published: "2025-05-02" }).claims.map((c) => [
    c.outcome,
    c.group,
    c.quantity.text,
  ]);

describe("a share of the harmed who came to another outcome", () => {
  it("takes the group of the total of the harmed in the sentences before", () => {
    expect(
      claims("Eleven police officers were wounded in the raid. Several of the wounded later died."),
    ).toEqual([
      ["injured", "security_forces", "Eleven"],
      ["killed", "security_forces", "Several"],
    ]);
  });

  it("takes it from its own sentence too", () => {
    expect(counts("Nine guards were injured, and two of the injured died overnight.")).toMatchObject([
      { outcome: "injured", group: "security_forces" },
      { q: "two", outcome: "killed", group: "security_forces" },
    ]);
  });

  it("keeps people where the harmed before were of several groups", () => {
    expect(counts("Four rangers and six herders were wounded; two of the wounded died.")).toMatchObject([
      { group: "security_forces" },
      { group: "civilians" },
      { q: "two", outcome: "killed", group: "people" },
    ]);
  });
});
