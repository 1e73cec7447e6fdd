// Four phrasing classes from our own world fixtures' gaps, each in sentences written for these
// tests (none taken from any report or dataset): a removal verb before its people ("took away 30
// villagers"), a share in a relative clause ("nine crew members, one of whom was injured"), a
// share that speaks ("One of them said …"), scare quotes around a figure's noun, and an adverb
// between a postmodifier's auxiliary and the outcome ("living near the base was also wounded").
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";
import { extract } from "../pipeline.js";

const FIGURES: ReadonlyArray<readonly [string, number, string]> = [
  ["30", 30, "exact"],
  ["over 50", 50, "more_than"],
  ["about 20", 20, "about"],
];

describe("a verb of taking away before its people", () => {
  const frames = [
    "Gunmen took away {N} villagers.",
    "The bandits carried away {N} of our people.",
    "They are taking away {N} women.",
  ];
  for (const frame of frames)
    it(`is an abduction: ${frame}`, () => {
      for (const [n, value, hedge] of FIGURES) {
        const s = frame.replace("{N}", n);
        expect(counts(s), s).toMatchObject([{ value, hedge, outcome: "abducted" }]);
      }
    });

  it("keeps a casualty noun's own outcome ('took away 12 bodies', 'the 23 wounded were carried away')", () => {
    expect(counts("Rescuers took away 12 bodies.")).toMatchObject([{ value: 12, outcome: "killed" }]);
    expect(counts("The 23 wounded were carried away to a clinic.")).toMatchObject([
      { value: 23, outcome: "injured" },
    ]);
  });
});

describe("a share in a relative clause of a figure", () => {
  it("tells what befell the share, not the whole", () => {
    for (const [verb, outcome] of [
      ["injured", "injured"],
      ["killed", "killed"],
      ["abducted", "abducted"],
    ]) {
      const s = `The remaining nine crew members, one of whom was ${verb} during the attack, reached the port.`;
      expect(counts(s), s).toMatchObject([{ q: "one", value: 1, outcome }]);
    }
  });
});

describe("a share that speaks", () => {
  it("is no casualty ('One of them said the clinic was treating 55 wounded')", () => {
    for (const verb of ["said", "says", "told reporters"]) {
      const s = `One of them ${verb} the clinic was treating 55 wounded.`;
      expect(counts(s), s).toMatchObject([{ value: 55, outcome: "injured" }]);
    }
  });

  it("still reads a share said to have been harmed", () => {
    expect(counts("Eleven people, two of them said to be children, were killed.")).toMatchObject([
      { value: 11, outcome: "killed" },
      { value: 2, outcome: "killed" },
    ]);
  });
});

describe("scare quotes around a figure's noun", () => {
  const nouns: ReadonlyArray<readonly [string, string]> = [
    ['"terrorists"', "militants"],
    ['"PKK terrorists"', "militants"],
    ["“insurgents”", "militants"],
    ['"suspects"', "militants"],
  ];
  it("keep the noun with its figure", () => {
    for (const [noun, group] of nouns)
      for (const [n, value] of FIGURES) {
        const s = `The ministry said its forces had "neutralised" ${n} ${noun} in the north.`;
        expect(counts(s), s).toMatchObject([{ value, outcome: "killed", group }]);
      }
  });
});

describe("an adverb after a postmodifier's auxiliary", () => {
  it("does not cut the figure from its outcome", () => {
    for (const adverb of ["also", "later", "reportedly"])
      for (const [who, group] of [
        ["A boy living near the base was", "civilians"],
        ["Three soldiers posted at the gate were", "security_forces"],
      ]) {
        const s = `${who} ${adverb} wounded.`;
        expect(counts(s), s).toMatchObject([{ outcome: "injured", group }]);
      }
  });
});

describe("a share of an earlier total that speaks", () => {
  it("is no part of that total ('… 55 wounded. One of them said …')", () => {
    for (const verb of ["said", "told reporters"]) {
      const text = `A strike on a market wounded 55 people, two nurses said. One of them ${verb} the clinic had run out of blood.`;
      const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
      expect(
        claims.map((c) => [c.outcome, c.quantity.value]),
        text,
      ).toEqual([["injured", 55]]);
    }
  });

  it("still reads a share of it that tells no speech ('One of them died')", () => {
    const text = "A strike on a market wounded 55 people, two nurses said. One of them later died.";
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.outcome, c.quantity.value])).toContainEqual(["killed", 1]);
  });
});
