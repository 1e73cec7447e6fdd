// Gapping: a second clause that repeats only a figure and a new adjunct of place or time, its verb
// and noun left to the first ("12 people were killed on Monday and four on Tuesday"). Sentences
// written for these tests, in the styles of several conflicts' reporting (none taken from any
// report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a gapped figure after 'and' with an adjunct of its own", () => {
  it("takes the outcome and the group of the figure before it, as a figure of its own", () => {
    expect(counts("Nine soldiers were killed on Friday and four on Saturday, the army said.")).toMatchObject([
      { q: "Nine", value: 9, outcome: "killed", group: "security_forces" },
      { q: "four", value: 4, outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("Jihadists killed 30 villagers in Gao and 12 near Menaka last week.")).toMatchObject([
      { q: "30", value: 30, outcome: "killed", group: "civilians" },
      { q: "12", value: 12, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Gunmen abducted 15 pupils in Katsina and six in Zamfara.")).toMatchObject([
      { q: "15", value: 15, outcome: "abducted" },
      { q: "six", value: 6, outcome: "abducted" },
    ]);
  });

  it("reads no count from a figure with no adjunct after it, a noun of its own, or a year", () => {
    expect(
      counts("Nine soldiers were killed on Friday and four, the army said, later.").map((c) => c.q),
    ).toEqual(["Nine"]);
    expect(
      counts("Nine soldiers were killed on Friday and four trucks in the convoy were burned.").map(
        (c) => c.q,
      ),
    ).toEqual(["Nine"]);
  });
});
