// Members of a body described by its allegiance to a named party ("a pro-Islamic State group", "an
// al-Qaeda-linked faction") are militants; "group" alone names no side. A grid of figures × frames
// × bodies in sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const FIGURES: ReadonlyArray<readonly [string, number]> = [
  ["seven", 7],
  ["12", 12],
  ["at least 30", 30],
];
const FRAMES: ReadonlyArray<readonly [string, string]> = [
  ["Troops killed {N} members of {B} in the hills.", "killed"],
  ["Police said {N} members of {B} were arrested at a checkpoint.", "arrested"],
  ["Police detained {N} members of {B}.", "arrested"],
];
const ALLEGIANT = [
  "a pro-Islamic State group",
  "an al-Qaeda-linked group",
  "an ISIS-affiliated faction",
  "a Wagner-backed unit",
  "a pro-Taliban outfit",
];

describe("members of a body of allegiance", () => {
  for (const [frame, outcome] of FRAMES)
    it(`are militants: ${frame}`, () => {
      for (const [n, value] of FIGURES)
        for (const body of ALLEGIANT) {
          const s = frame.replace("{N}", n).replace("{B}", body);
          expect(counts(s), s).toMatchObject([{ value, outcome, group: "militants" }]);
        }
    });

  it("not a group that tells no allegiance ('a rights group', 'a women's group')", () => {
    expect(counts("Police arrested four members of a rights group.")).toMatchObject([
      { value: 4, outcome: "arrested", group: "civilians" },
    ]);
    expect(counts("Gunmen killed three members of a women's group.")).toMatchObject([
      { value: 3, outcome: "killed", group: "civilians" },
    ]);
  });
});
