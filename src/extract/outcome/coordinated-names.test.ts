// Counted people named by a word no lexicon knows, joined to counted people; "members of his
// family"; a raising verb between the figure and its outcome ("are known to have been killed").
// Sentences written for these tests, in the styles of several conflicts' reporting (none taken from
// any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a capitalised name of a people joined by 'and' to counted people", () => {
  it("counts both figures with the outcome after the second", () => {
    expect(counts("Eleven Tiv and four Jukun were killed in the clashes in Wukari.")).toMatchObject([
      { q: "Eleven", value: 11, outcome: "killed", group: "people" },
      { q: "four", value: 4, outcome: "killed", group: "people" },
    ]);
    expect(counts("Six Masalit and two traders have been abducted near Geneina.")).toMatchObject([
      { q: "Six", value: 6, outcome: "abducted" },
      { q: "two", value: 2, outcome: "abducted", group: "civilians" },
    ]);
  });

  it("reads nothing from a lowercase unknown noun, or where no outcome follows the second figure", () => {
    expect(counts("Eleven drums and four soldiers were killed.").map((c) => c.q)).not.toContain("Eleven");
    expect(counts("Eleven Tiv and four Jukun attended the peace meeting.")).toEqual([]);
  });
});

describe("an of-phrase with a possessive after the counted noun", () => {
  it("belongs to the noun ('members of his family')", () => {
    expect(
      counts("Five members of his family were killed when the shell hit the house in Rafah."),
    ).toMatchObject([{ q: "Five", value: 5, outcome: "killed", group: "civilians" }]);
  });
});

describe("a raising verb between the figure and its outcome", () => {
  it("reads 'known to have been', 'understood to have been', 'estimated to have been'", () => {
    expect(counts("At least nine miners are known to have been killed in Kamituga.")).toMatchObject([
      { q: "At least nine", value: 9, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Fourteen pilgrims are understood to have been abducted.")).toMatchObject([
      { value: 14, outcome: "abducted" },
    ]);
  });
});
