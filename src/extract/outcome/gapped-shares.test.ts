// Shares of one whole told in a row, the partitive and the verb said with the first only ("22 of
// the dead were fighters and 11 were SDF members"). A grid of frames × predicate groups in
// sentences written for these tests, in the styles of several conflicts' reporting (none taken
// from any report or dataset): every share is a part of the same whole, with its copula's group.
import { describe, expect, it } from "vitest";
import { extractChecked as read, partRows } from "../../../test/support/extract-checked.js";

const TOTAL = "At least 13 people were killed in the attack on the market, the monitor said.";
/** `{A}`, `{B}`: the shares' predicates; the whole is c1 (the sentence before, or in the frame). */
const FRAMES = [
  `${TOTAL} Of the dead, eight were {A} and five were {B}.`,
  `${TOTAL} Eight of the dead were {A} and five were {B}, it added.`,
  `${TOTAL} It said eight of the dead were {A}, while five were {B}.`,
  `${TOTAL} Eight of them were {A}, and five were {B}.`,
  "Of the 13 people killed in the attack, eight were {A} and five were {B}.",
  "Eight of the 13 people killed in the attack were {A} and five were {B}.",
];
const PREDICATES: ReadonlyArray<readonly [string, string]> = [
  ["soldiers", "security_forces"],
  ["SDF members", "militants"],
  ["members of the militia", "militants"],
  ["women", "civilians"],
  ["off-duty police officers", "security_forces"],
];

describe("a row of shares of one whole", () => {
  for (const frame of FRAMES)
    it(`ties every share to the whole with its own group: ${frame}`, () => {
      for (const [a, ga] of PREDICATES)
        for (const [b, gb] of PREDICATES) {
          if (a === b) continue;
          const s = frame.replace("{A}", a).replace("{B}", b);
          const r = read(s);
          const whole = r.claims.find((c) => c.quantity.value === 13)!;
          const parts = r.claims
            .filter((c) => c.partOf === whole.id)
            .map((c) => [c.quantity.value, c.group, c.outcome]);
          expect(parts, s).toEqual([
            [8, ga, "killed"],
            [5, gb, "killed"],
          ]);
          expect(r.datasets.gtd.nkill, s).toBe(13);
        }
    });

  it("reads a third share: 'eight were soldiers, three were civilians and two were police officers'", () => {
    const r = read(
      `${TOTAL} Of the dead, eight were soldiers, three were civilians and two were police officers.`,
    );
    expect(partRows(r).map((row) => row.slice(1, 5))).toEqual([
      [13, "people", "killed", null],
      [8, "security_forces", "killed", "c1"],
      [3, "civilians", "killed", "c1"],
      [2, "security_forces", "killed", "c1"],
    ]);
  });

  it("leaves a figure with a verb of its own, or with no group after its copula, as it was", () => {
    const freed = read(`${TOTAL} Eight of the dead were soldiers and five were later freed.`);
    expect(freed.claims.map((c) => [c.quantity.value, c.outcome, c.partOf])).toEqual([
      [13, "killed", null],
      [8, "killed", "c1"],
      [5, "released", null],
    ]);
    const there = read(`${TOTAL} Eight of the dead were soldiers and five were in the market.`);
    expect(there.claims.map((c) => c.quantity.value)).toEqual([13, 8]);
  });
});

describe("a share's predicate noun", () => {
  const SHARES = [
    "One of the dead was",
    "One of those killed was",
    "Two of the dead were",
    "Two of those killed were",
  ];
  const PREDICATES: ReadonlyArray<readonly [string, string, string]> = [
    ["a fighter", "fighters", "militants"],
    ["a police officer", "police officers", "security_forces"],
    ["a child", "children", "civilians"],
  ];
  it("is no second person: 'One of the dead was a fighter' counts one share of the total", () => {
    for (const share of SHARES)
      for (const [one, many, group] of PREDICATES) {
        const predicate = share.endsWith("were") ? many : one;
        const s = `${TOTAL} ${share} ${predicate}.`;
        const value = share.startsWith("One") ? 1 : 2;
        expect(
          read(s).claims.map((c) => [c.quantity.value, c.group, c.partOf]),
          s,
        ).toEqual([
          [13, "people", null],
          [value, group, "c1"],
        ]);
      }
  });
});
