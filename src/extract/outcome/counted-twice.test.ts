// Figures of records counted twice: the reason a toll is lowered ("after two bodies were found to
// have been counted twice", "three victims had been double-counted") tells of the register, not of
// people harmed, and is no count; a count of people harmed beside it in the sentence stays one.
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a figure counted twice", () => {
  it("is no count, whatever the verb of counting or its word for twice", () => {
    expect(counts("The office cut its toll after two bodies were found to have been counted twice.")).toEqual(
      [],
    );
    expect(counts("Three of the dead had been double-counted, the ministry said.")).toEqual([]);
    expect(counts("Four victims were registered twice by the morgue.")).toEqual([]);
    expect(counts("Five deaths had been counted more than once.")).toEqual([]);
    expect(counts("The agency said six names on the list of the dead were duplicates.")).toEqual([]);
  });

  it("leaves the toll it corrects, and a count that merely holds the word twice", () => {
    expect(
      claimRows(
        "The mayor said 17 people were killed. The police had earlier given a toll of 19, which they lowered after two bodies were found to have been counted twice.",
      ),
    ).toEqual([
      ["killed", "people", 17, "17 people were killed"],
      ["killed", "people", 19, "toll of 19"],
    ]);
    expect(counts("Two soldiers were wounded twice in the same week.")).toMatchObject([
      { value: 2, outcome: "injured" },
    ]);
    expect(counts("The village was shelled twice and 12 people were killed.")).toMatchObject([
      { value: 12, outcome: "killed" },
    ]);
  });
});
