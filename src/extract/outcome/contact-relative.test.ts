// A relative clause with its own subject and no "who" after the counted noun: "the names of 30
// villagers they said had been killed", "12 soldiers it claimed were wounded". Sentences written
// for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a contact relative clause with a speaker's verb", () => {
  it("gives the noun the outcome it reports", () => {
    expect(
      counts("A church group listed the names of 30 villagers they said had been killed."),
    ).toMatchObject([{ q: "30", outcome: "killed", group: "civilians", trigger: "killed" }]);
    expect(counts("The rebels named 12 soldiers it claimed were wounded.")).toMatchObject([
      { q: "12", outcome: "injured", group: "security_forces" },
    ]);
  });

  it("gives none where no outcome follows the speaker's verb", () => {
    expect(counts("The monitor named 30 villagers they said had fled.")).toEqual([]);
  });
});
