// Groups and outcomes taken from the wrong word, in sentences written for these tests: a person in
// a predicate read as a toll, a share executed read as captives, the agent of an active perfect read
// as one harmed, a noun of attackers, and a nationality noun with auxiliaries before its verb.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a person in the predicate of 'the dead … was believed to be'", () => {
  it("is no toll ('one of the dead gunmen was thought to be their leader')", () => {
    expect(counts("Police said one of the dead gunmen was thought to be a gang leader.")).toEqual([]);
    expect(counts("The death toll was believed to be 40.")).toMatchObject([{ q: "40", outcome: "killed" }]);
  });
});

describe("a share of those its sentence counted, told by a verb of execution", () => {
  it("keeps the whole's group and is its part ('killed nine people, beheading three of them')", () => {
    expect(counts("Raiders killed nine farmers, beheading three of them.")).toMatchObject([
      { q: "nine", outcome: "killed", group: "civilians" },
      { q: "three", outcome: "killed", group: "civilians" },
    ]);
    expect(counts("The militants executed 12 soldiers.")).toMatchObject([{ q: "12", group: "hostages" }]);
  });

  it("takes no captives from a manner of death of a share of the dead ('three of the dead had been beheaded')", () => {
    const [c] = counts("Three of the dead had been beheaded, a nurse said.");
    expect(c).toMatchObject({ q: "Three", outcome: "killed" });
    expect(c!.group).not.toBe("hostages");
    expect(counts("Two of the hostages were beheaded.")).toMatchObject([{ q: "Two", group: "hostages" }]);
  });
});

describe("the subject of an active perfect", () => {
  it("is the agent, not one harmed ('one of its fighters had killed or wounded 80 people')", () => {
    expect(counts("The group said one of its fighters had killed or wounded 80 people.")).toMatchObject([
      { q: "80", outcome: "injured" },
    ]);
    expect(counts("Ten soldiers had died and five have been wounded.")).toMatchObject([
      { q: "Ten", outcome: "killed" },
      { q: "five", outcome: "injured" },
    ]);
  });
});

describe("nouns of who was counted", () => {
  it("reads aggressors as attackers ('three aggressors lost their lives')", () => {
    expect(counts("Two aggressors lost their lives and four were detained.")).toMatchObject([
      { q: "Two", outcome: "killed", group: "militants" },
      { q: "four", outcome: "arrested", group: "militants" },
    ]);
  });

  it("reads one person by a nationality noun before auxiliaries and an adverb", () => {
    expect(counts("Medics said one Kenyan had been lightly wounded.")).toMatchObject([
      { q: "one", value: 1, outcome: "injured" },
    ]);
  });
});

describe("a share of a whole counted by a relative clause with a pronoun for its subject", () => {
  it("reads the whole's outcome too ('freed 40 of the 65 pupils they abducted')", () => {
    expect(counts("Troops freed 40 of the 65 pupils they abducted.")).toMatchObject([
      { q: "40", outcome: "released" },
      { q: "65", outcome: "abducted" },
    ]);
    expect(counts("Soldiers freed 40 of the 65 pupils they kidnapped in March.")).toMatchObject([
      { q: "40", outcome: "released" },
      { q: "65", outcome: "abducted" },
    ]);
    expect(counts("Troops rescued 12 of the 40 passengers.")).toMatchObject([
      { q: "12", outcome: "released" },
    ]);
  });
});
