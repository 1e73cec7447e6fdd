// People still searched for, told in the past progressive or the passive, and a none of "no member
// of X" with a verb of dying after its of-phrase: sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a search still on", () => {
  it("is missing in any tense ('were still looking for', 'was still searching for')", () => {
    for (const s of [
      "Divers were still looking for six fishermen.",
      "The army was still searching for 14 pupils.",
      "Rescuers are still looking for six fishermen.",
    ])
      expect(counts(s), s).toMatchObject([{ outcome: "missing" }]);
  });

  it("is missing in the passive ('were still being searched for', 'are being sought')", () => {
    expect(counts("Two climbers were still being searched for on Friday.")).toMatchObject([
      { q: "Two", outcome: "missing" },
    ]);
    expect(counts("Nine villagers are being sought by the police.")).toMatchObject([
      { q: "Nine", outcome: "missing" },
    ]);
  });

  it("is missing for people unaccounted for in any tense ('remained unaccounted for', 'remains missing')", () => {
    for (const [s, q] of [
      ["Scores of herders remained unaccounted for on Monday.", "Scores"],
      ["One fisherman remains unaccounted for.", "One"],
      ["One sailor remains missing, the coastguard said.", "One"],
      ["Four guards are still unaccounted for.", "Four"],
    ] as const)
      expect(counts(s), s).toMatchObject([{ q, outcome: "missing" }]);
  });

  it("still reads a passive auxiliary before a past participle as no object ('who were killed 5 days ago')", () => {
    expect(counts("Relatives of those who were killed 5 days ago gathered.")).toEqual([]);
  });
});

describe("a verb of dying after a counted noun's of-phrase", () => {
  it("is the noun's ('No member of the security forces lost his life', 'two members of the crew perished')", () => {
    expect(counts("No member of the security forces lost his life.")).toMatchObject([
      { q: "No", outcome: "killed", group: "security_forces", hedge: "none" },
    ]);
    expect(counts("Two members of the crew lost their lives.")).toMatchObject([
      { q: "Two", outcome: "killed" },
    ]);
    expect(counts("Three residents of the village perished in the flood of fire.")).toMatchObject([
      { q: "Three", outcome: "killed" },
    ]);
  });
});
