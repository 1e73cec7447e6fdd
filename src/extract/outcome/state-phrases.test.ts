// Outcome phrases of a state or a search: "had fallen as martyrs" (killed), "N of our people are in
// their hands" (held), "still searching for five people" and "the fate of 40 people is unknown"
// (missing), "to rescue the remaining 25 victims" (held, a stock the purpose would end); and what
// they do not count ("still searching for two suspects"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("states and searches", () => {
  it.each([
    ["Six policemen had fallen as martyrs, the statement said.", "Six", "killed", "fallen as martyrs"],
    ["Forty of our people are in their hands, a villager said.", "Forty", "held", "in their hands"],
    [
      "Divers are still searching for at least four fishermen.",
      "at least four",
      "missing",
      "still searching for",
    ],
    ["The fate of more than 40 migrants is unknown.", "more than 40", "missing", "fate of"],
    ["The whereabouts of nine students remain unclear.", "nine", "missing", "whereabouts of"],
  ])("%s", (text, q, outcome, trigger) => {
    expect(counts(text)).toMatchObject([{ q, outcome, trigger }]);
  });

  it("reads the remaining people a purpose clause would free as held", () => {
    expect(counts("Troops are working to free the remaining 18 captives.")).toMatchObject([
      { q: "18", outcome: "held", group: "hostages" },
    ]);
    // (Freed, not intended: a release.)
    expect(counts("Troops freed the remaining 18 captives on Friday.")).toMatchObject([
      { q: "18", outcome: "released" },
    ]);
  });

  it("counts no one hunted or of a fate not unknown", () => {
    expect(counts("Police were still searching for two suspects.")).toEqual([]);
    expect(counts("The fate of 3 hostages was sealed by the ultimatum.")).toEqual([]);
  });
});
