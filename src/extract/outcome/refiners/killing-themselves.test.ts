// Attackers' own deaths told by a reflexive in a participle clause after them. Sentences written for
// these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../../test/support/extract-checked.js";

const gtd = (s: string) => read(s).datasets.gtd;

describe("a subject killing themselves and others", () => {
  it("counts the subject killed as attackers, beside the others", () => {
    expect(gtd("Two raiders reached the well and detonated, killing themselves and a herder.")).toMatchObject(
      {
        nkill: 3,
        nkillter: 2,
      },
    );
    expect(gtd("Both gunmen fired into the hall, killing themselves and four guests.")).toMatchObject({
      nkill: 6,
      nkillter: 2,
    });
  });

  it("gives the others no group of the attackers", () => {
    expect(gtd("Three gunmen entered the depot, killing themselves and seven others.")).toMatchObject({
      nkill: 10,
      nkillter: 3,
    });
  });

  it("counts one attacker's own death once", () => {
    expect(gtd("One of the raiders detonated, killing herself and injuring three herders.")).toMatchObject({
      nkill: 1,
      nkillter: 1,
      nwound: 3,
    });
  });

  it("reads nothing where the clause kills others only", () => {
    expect(gtd("Two raiders reached the well and opened fire, killing a herder.")).toMatchObject({
      nkill: 1,
      nkillter: null,
    });
  });
});
