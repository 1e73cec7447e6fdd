// Coordinated subjects with one verb for all: a person by role closing the subject ("and the
// gunman were killed": one more, of the role's group), the conjuncts' groups read as noun phrases
// ("and border guard members": the force's), and a community's members as civilians. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const rows = (text: string) =>
  extractChecked(text).claims.map((c) => [c.outcome, c.group, c.quantity.value, c.evidence[0]!.text]);

describe("a person by role closing a coordinated subject before a plural verb", () => {
  it("is one more, of the role's group ('three villagers and the gunman were killed')", () => {
    expect(rows("Three villagers and the gunman were killed on Sunday.")).toEqual([
      ["killed", "civilians", 3, "Three villagers and the gunman were killed"],
      ["killed", "militants", 1, "the gunman were killed"],
    ]);
    expect(
      counts("Five officers and the driver were wounded.").map((c) => [c.value, c.outcome, c.group]),
    ).toEqual([
      [5, "injured", "security_forces"],
      [1, "injured", "civilians"],
    ]);
  });

  it("is no one where the person is not in the subject ('said the gunman were')", () => {
    expect(counts("Witnesses described the gunman, were questioned and went home.")).toEqual([]);
  });
});

describe("the group of coordinated nouns read as noun phrases", () => {
  it("keeps one group where a force's members close the list", () => {
    expect(counts("At least 30 soldiers and Coast Guard members have died since March.")).toMatchObject([
      { q: "At least 30", outcome: "killed", group: "security_forces" },
    ]);
  });

  it("is people where the nouns are of two groups", () => {
    expect(counts("Eight policemen and farmers were killed.")).toMatchObject([
      { q: "Eight", group: "people" },
    ]);
  });
});

describe("a community's members", () => {
  it("are civilians, not a party's fighters ('Hazara community members', 'clan members')", () => {
    expect(counts("Gunmen abducted 9 Oromo community members near the river.")).toMatchObject([
      { q: "9", outcome: "abducted", group: "civilians" },
    ]);
    expect(counts("Six Marehan clan members were killed.")).toMatchObject([{ q: "Six", group: "civilians" }]);
  });

  it("are fighters where an armed word names them ('clan militia members')", () => {
    expect(counts("Troops killed 12 clan militia members.")).toMatchObject([{ q: "12", group: "militants" }]);
  });
});
