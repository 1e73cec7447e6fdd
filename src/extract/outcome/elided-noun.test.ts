// One noun for two coordinated clauses (refiners/elided-noun.ts): "Two soldiers were killed and
// five wounded", "killed five and wounded 12 soldiers". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a participle after a second figure, its noun left to the first clause", () => {
  it("counts the second figure with the first's group", () => {
    expect(counts("Three policemen were killed and eight wounded near the checkpoint.")).toMatchObject([
      { q: "Three", outcome: "killed", group: "security_forces", trigger: "killed" },
      { q: "eight", outcome: "injured", group: "security_forces", trigger: "wounded" },
    ]);
    expect(counts("Two rebels died, at least nine injured and four missing after the raid.")).toMatchObject([
      { q: "Two", outcome: "killed", group: "militants" },
      { q: "at least nine", value: 9, hedge: "at_least", outcome: "injured", group: "militants" },
      { q: "four", outcome: "missing", group: "militants" },
    ]);
    expect(counts("A bus carrying pilgrims overturned; 14 pilgrims died and 30 injured.")).toMatchObject([
      { q: "14", group: "civilians" },
      { q: "30", outcome: "injured", group: "civilians" },
    ]);
  });

  it("takes people when the first clause counted two groups, and reads a noun of its own as such", () => {
    expect(
      counts("Six soldiers and two herders were killed and 15 wounded in the ambush.").map((c) => c.group),
    ).toEqual(["security_forces", "civilians", "people"]);
    expect(counts("Four soldiers were killed and nine wounded civilians were evacuated.")).toMatchObject([
      { q: "Four", group: "security_forces" },
      { q: "nine", outcome: "injured", group: "civilians" },
    ]);
    // (No clause before it: "the wounded" are people.)
    expect(counts("The 12 wounded were flown to the capital.")).toMatchObject([
      { q: "12", outcome: "injured", group: "people" },
    ]);
  });
});

describe("a figure before a second verb whose figure has the noun", () => {
  it("counts the first figure with the second's group", () => {
    expect(counts("The militants killed five and wounded 12 soldiers at the post.")).toMatchObject([
      { q: "five", outcome: "killed", group: "security_forces", trigger: "killed" },
      { q: "12", outcome: "injured", group: "security_forces", trigger: "wounded" },
    ]);
  });

  it("leaves people when the second verb counts two groups, and a single person as it is", () => {
    expect(
      counts("The militants killed five and wounded 12 soldiers and three farmers.").map((c) => c.group),
    ).toEqual(["people", "security_forces", "civilians"]);
    expect(counts("The bomber blew up, killing himself and injuring four guards.")).toMatchObject([
      { q: "himself", outcome: "killed", group: "militants" },
      { q: "four", outcome: "injured", group: "security_forces" },
    ]);
  });
});
