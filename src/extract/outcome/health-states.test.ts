// States of health only the injured are in, in sentences written for these tests: read as injured,
// a part of the injured the article counted before them, and no one counted again when the state
// is one named person's or a share's of those in it.
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a state of health after its people", () => {
  it("is injured ('three others are in critical condition', 'two were in a serious condition')", () => {
    for (const [s, q] of [
      ["Two guards died and three others are in critical condition.", "three"],
      ["Doctors said four villagers were in a serious condition.", "four"],
      ["At least 12 people are in critical condition, the clinic said.", "At least 12"],
      ["Five miners were in stable condition on Sunday.", "Five"],
    ] as const)
      expect(
        counts(s).filter((c) => c.outcome === "injured"),
        s,
      ).toMatchObject([{ q, outcome: "injured" }]);
  });

  it("stands alone where no injured were counted before ('three others are in critical condition')", () => {
    const r = extractChecked("Four miners were killed in the blast. Three others are in critical condition.");
    expect(partRows(r)).toEqual([
      ["c1", 4, "civilians", "killed", null, "Four miners were killed"],
      ["c2", 3, "civilians", "injured", null, "Three others are in critical condition"],
    ]);
  });

  it("is a part of the injured counted before, in its sentence or the ones before", () => {
    const r = extractChecked(
      "Eighteen people were hurt when the roof fell. Doctors said seven of them were in a critical condition.",
    );
    expect(partRows(r)).toEqual([
      ["c1", 18, "people", "injured", null, "Eighteen people were hurt"],
      ["c2", 7, "people", "injured", "c1", "seven of them were in a critical condition"],
    ]);
    const same = extractChecked(
      "A nurse said 40 people were treated for burns, nine of them in serious condition.",
    );
    expect(partRows(same).map((row) => row[4])).toEqual([null, "c1"]);
  });

  it("counts no one again for one person named before, or a share of those in the state", () => {
    const one = extractChecked(
      "Three passengers were wounded in the stabbing. The driver was in a critical condition, police said.",
    );
    expect(partRows(one)).toEqual([["c1", 3, "civilians", "injured", null, "Three passengers were wounded"]]);
    const share = extractChecked(
      "Six officers were wounded. Two of them were in a serious condition, one of them with a head wound.",
    );
    expect(partRows(share).map((row) => row[1])).toEqual([6, 2]);
  });
});

describe("a verb of bodily harm with an adverb of gravity", () => {
  it("is injured ('were slightly cut', 'was badly beaten'); the verb alone is not", () => {
    expect(counts("Two passers-by who stopped the man were slightly cut on their arms.")).toMatchObject([
      { q: "Two", outcome: "injured", group: "civilians" },
    ]);
    expect(counts("Three students were badly beaten by the mob.")).toMatchObject([
      { q: "Three", outcome: "injured" },
    ]);
    expect(counts("Three cables were cut.")).toEqual([]);
  });
});
