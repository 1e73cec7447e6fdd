// A named force before a hyphen and a participle is a compound modifier of the counted noun, not
// its head: "RSF-affiliated fighters", "SDF-led militiamen", "al-Shabaab-linked gunmen". A grid of
// forces × participles × heads × verbs in sentences written for these tests (none taken from any
// report or dataset): the figure is counted, by its head noun's group, with the verb's outcome.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const FORCES = ["RSF", "SDF", "M23", "ELN", "Wagner", "al-Shabaab", "Hezbollah"];
const PARTICIPLES = ["affiliated", "led", "backed", "linked", "aligned", "allied"];
const HEADS: ReadonlyArray<readonly [string, string]> = [
  ["fighters", "militants"],
  ["militiamen", "militants"],
  ["gunmen", "militants"],
  ["civilians", "civilians"],
];
const FRAMES: ReadonlyArray<readonly [string, string]> = [
  ["Twelve {F} {H} were killed in the clash.", "killed"],
  ["The army said it had captured 12 {F} {H}.", "abducted"],
  ["Twelve {F} {H} were wounded, officials said.", "injured"],
];

describe("a named force in a hyphened modifier", () => {
  for (const force of FORCES)
    it(`leaves the head noun the head: "${force}-…"`, () => {
      for (const p of PARTICIPLES)
        for (const [head, group] of HEADS)
          for (const [frame, outcome] of FRAMES) {
            const s = frame.replace("{F}", `${force}-${p}`).replace("{H}", head);
            expect(counts(s), s).toMatchObject([{ value: 12, outcome, group }]);
          }
    });

  it("still reads a force alone as its members: 'killed 12 RSF', 'Twelve SDF were killed'", () => {
    expect(counts("Soldiers killed 12 RSF near the town.")).toMatchObject([
      { value: 12, outcome: "killed", group: "militants" },
    ]);
    expect(counts("Twelve SDF were killed in the clash.")).toMatchObject([
      { value: 12, outcome: "killed", group: "militants" },
    ]);
  });

  it("reads a coordination of two such phrases: 'Five Turkish-backed fighters and two SDF-led militiamen'", () => {
    expect(
      counts("Five Turkish-backed fighters and two SDF-led militiamen were killed.").map((c) => [
        c.value,
        c.outcome,
        c.group,
      ]),
    ).toEqual([
      [5, "killed", "militants"],
      [2, "killed", "militants"],
    ]);
  });
});
