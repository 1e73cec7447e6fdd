// "claim / take / cost the life of" one person, and "cost the lives of" several: verbs whose object
// "the life of" counts the dead, as "the lives of" does. Sentences written for these tests (none
// taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("'the life of' after a verb of taking", () => {
  it.each([
    ["Clan fighting in Gode took the life of one herder.", "one", 1, "civilians"],
    ["The ambush claimed the life of a soldier near Kidal.", "a", 1, "security_forces"],
    ["The blast cost the lives of nine traders.", "nine", 9, "civilians"],
  ])("counts one person killed, or the figure after 'the lives of' (%s)", (text, q, value, group) => {
    expect(counts(text)).toMatchObject([{ q, value, outcome: "killed", group }]);
  });

  it("reads no death after a verb that is not of taking", () => {
    expect(counts("A nurse saved the life of a soldier in Gao.").map((c) => c.outcome)).not.toContain(
      "killed",
    );
  });
});
