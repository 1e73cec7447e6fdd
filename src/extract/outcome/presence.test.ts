// Counts of those present with no verb of their own (parsers/presence.ts): a share of those at a
// place with a copula, a membership ("one of 400 passengers"), a reduced relative ("passengers
// aboard"), an existential ("there were 30 people on board"). Sentences written here.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("presence by a share of those at a place", () => {
  it("reads the share's group from the copula's noun, through 'members of'", () => {
    expect(counts("At least 80 of those on the ferry were members of the security forces.")).toMatchObject([
      {
        q: "At least 80",
        hedge: "at_least",
        outcome: "present",
        group: "security_forces",
        trigger: "of those on the ferry were",
      },
    ]);
    expect(counts("About 60 of the passengers were soldiers.")).toMatchObject([
      { q: "About 60", outcome: "present", group: "security_forces" },
    ]);
  });

  it("leaves a share whose verb says what happened to that verb", () => {
    expect(counts("Five of those on the bus were killed.")).toMatchObject([{ q: "Five", outcome: "killed" }]);
  });
});

describe("presence by membership, reduced relative and existential", () => {
  it("counts the whole of 'one of more than 400 passengers travelling …', with its hedge", () => {
    expect(counts("He was one of more than 400 passengers travelling to the capital.")).toMatchObject([
      {
        q: "more than 400",
        hedge: "more_than",
        outcome: "present",
        group: "civilians",
        trigger: "travelling",
      },
    ]);
  });

  it("reads 'aboard' and 'on board' right after the people", () => {
    expect(counts("The ferry had left port with 120 passengers on board.")).toMatchObject([
      { q: "120", outcome: "present", trigger: "on board" },
    ]);
  });

  it("reads an existential with a place", () => {
    expect(counts("There were 30 worshippers inside the mosque.")).toMatchObject([
      { q: "30", outcome: "present", trigger: "There were 30 worshippers inside" },
    ]);
  });

  it("keeps an outcome verb after a presence word, and counts no one without a place", () => {
    expect(counts("12 soldiers travelling in a convoy were killed.")).toMatchObject([
      { q: "12", outcome: "killed" },
    ]);
    expect(counts("There were 30 reasons to leave.")).toEqual([]);
    expect(counts("He was one of 15 people killed in the blast.")).toMatchObject([
      { q: "15", outcome: "killed" },
    ]);
  });
});

describe("copula groups", () => {
  it("gives a whole no group from a part it includes", () => {
    expect(counts("The 9 dead included two police officers.")).toMatchObject([
      { q: "9", outcome: "killed", group: "people" },
    ]);
  });
});
