// Figures where the codebook is silent (ARCHITECTURE.md, "Where the codebook is silent"): a
// disjunctive figure of harm, and people shot or stabbed with no word of death. Sentences written
// for these tests, in the styles of several conflicts' reporting (none taken from any report or
// dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a disjunctive figure of harm ('killed or injured')", () => {
  it("is one injured figure of at most the number, never a death", () => {
    expect(
      counts("Eighteen people were killed or injured when the shell hit the bus station."),
    ).toMatchObject([
      { q: "Eighteen", value: 18, hedge: "at_most", outcome: "injured", trigger: "killed or injured" },
    ]);
    expect(counts("The drone strike killed or wounded 40 fighters, the monitor said.")).toMatchObject([
      { q: "40", value: 40, hedge: "at_most", outcome: "injured", group: "militants" },
    ]);
    expect(counts("At least 25 civilians were injured or killed in the shelling of Kherson.")).toMatchObject([
      { q: "At least 25", value: 25, hedge: "vague", outcome: "injured" },
    ]);
  });

  it("leaves a statement of none of either as it was", () => {
    expect(counts("No one was killed or injured in the blast.").map((c) => [c.outcome, c.hedge])).toEqual([
      ["killed", "none"],
      ["injured", "none"],
    ]);
  });
});

describe("people shot or stabbed with no word of death", () => {
  it("are wounded when the sentence tells no death", () => {
    expect(counts("Four protesters were shot by soldiers in Hirna on Friday.")).toMatchObject([
      { q: "Four", value: 4, outcome: "injured", group: "civilians" },
    ]);
    expect(counts("A man armed with a knife stabbed five commuters at the station.")).toMatchObject([
      { q: "five", value: 5, outcome: "injured" },
    ]);
  });

  it("are no count where the sentence tells deaths among them, or of one person", () => {
    expect(
      counts("The gunman shot seven shoppers at the mall, killing three.").map((c) => [c.q, c.outcome]),
    ).toEqual([["three", "killed"]]);
    expect(counts("Six people were shot, two of them fatally.").map((c) => [c.q, c.outcome])).toEqual([
      ["two", "killed"],
    ]);
    expect(counts("They shot him on the spot, the survivor said.")).toEqual([]);
  });
});
