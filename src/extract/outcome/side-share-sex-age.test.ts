// A share of a side's whole described only by sex or age ("two Maoists, one of them a woman
// cadre", "six soldiers, two of whom were women") is of its whole's side: "women" or "a boy" names
// no side. A share of people described so stays civilians ("eight people, three of them children").
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a share of a side described by sex or age", () => {
  it("keeps its whole's side", () => {
    // (the share's own figure; the appositive "a young woman" is read as one person besides)
    expect(
      counts("Troops said they shot dead four insurgents, one of them a young woman.").slice(0, 2),
    ).toMatchObject([
      { value: 4, group: "militants" },
      { q: "one", group: "militants" },
    ]);
    expect(counts("The ambush killed seven policemen, two of whom were women.")).toMatchObject([
      { value: 7, group: "security_forces" },
      { value: 2, group: "security_forces" },
    ]);
  });

  it("leaves a share of people civilians, and a share named by a side its own", () => {
    expect(counts("Nine people died in the fire, four of them children.")).toMatchObject([
      { value: 9, group: "people" },
      { value: 4, group: "civilians" },
    ]);
    expect(counts("The blast killed ten soldiers, three of them officers.")).toMatchObject([
      { value: 10, group: "security_forces" },
      { value: 3, group: "security_forces" },
    ]);
  });
});
