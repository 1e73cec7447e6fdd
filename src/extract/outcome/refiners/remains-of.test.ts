// Bodies and remains of people: "21 bodies of soldiers", "the corpses of nine migrants", "the
// remains of 30 villagers" count the dead of the group named after "of". A grid of figures ×
// frames × groups in sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

const FIGURES: ReadonlyArray<readonly [string, number]> = [
  ["21", 21],
  ["twenty-one", 21],
  ["at least 21", 21],
  ["about 21", 21],
];
const FRAMES = [
  "Rescuers recovered {N} bodies of {G} from the river.",
  "{N} bodies of {G} were found near the border post.",
  "We have counted {N} bodies of {G} so far, the official said.",
  "Villagers buried the remains of {N} {G} on Sunday.",
  "Police found the corpses of {N} {G} in a truck.",
  "Medics recovered the bodies of {N} {G}.",
];
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ["soldiers", "security_forces"],
  ["police officers", "security_forces"],
  ["migrants", "civilians"],
  ["villagers", "civilians"],
  ["rebels", "militants"],
  ["hostages", "hostages"],
];

describe("the bodies or remains of a group", () => {
  for (const frame of FRAMES)
    it(`count that group's dead: ${frame}`, () => {
      for (const [n, value] of FIGURES)
        for (const [noun, group] of GROUPS) {
          const s = frame.replace("{N}", n).replace("{G}", noun);
          expect(counts(s), s).toMatchObject([{ value, outcome: "killed", group }]);
        }
    });

  it("keep people when the noun after 'of' names none ('bodies of the victims')", () => {
    expect(counts("Rescuers recovered 12 bodies of the victims.")).toMatchObject([
      { value: 12, outcome: "killed", group: "people" },
    ]);
  });
});
