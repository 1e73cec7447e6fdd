// "claim / take / cost the life of" one person, and "cost the lives of" several: verbs whose object
// "the life of" counts the dead, as "the lives of" does. Sentences written for these tests (none
// taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("'the life of' after a verb of taking", () => {
  it("counts one person killed, or the figure after 'the lives of'", () => {
    expect(counts("Clan fighting in Gode took the life of one herder.")).toMatchObject([
      { q: "one", value: 1, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("The ambush claimed the life of a soldier near Kidal.")).toMatchObject([
      { q: "a", value: 1, outcome: "killed", group: "security_forces" },
    ]);
    expect(counts("The blast cost the lives of nine traders.")).toMatchObject([
      { q: "nine", value: 9, outcome: "killed", group: "civilians" },
    ]);
  });

  it("reads no death after a verb that is not of taking", () => {
    expect(counts("A nurse saved the life of a soldier in Gao.").map((c) => c.outcome)).not.toContain(
      "killed",
    );
  });
});
