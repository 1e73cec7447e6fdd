// A suicide bomber dies by the act also past a phrase of how it came ("A suicide bomber riding a
// motorcycle detonated"). Sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const gtd = (s: string) => read(s).datasets.gtd;

describe("a suicide bomber with a phrase of its means before the act", () => {
  it("is a militant killed", () => {
    expect(gtd("A suicide bomber riding a motorcycle detonated at a market in Gwoza.")).toMatchObject({
      nkill: 1,
      nkillter: 1,
    });
    expect(
      gtd("A suicide bomber on an explosives-laden cart detonated near the gate, killing four guards."),
    ).toMatchObject({
      nkill: 5,
      nkillter: 1,
    });
    expect(
      gtd("Two suicide bombers wearing explosive vests blew themselves up outside the mosque."),
    ).toMatchObject({ nkillter: 2 });
  });

  it("is no death where another verb comes first, or the phrase runs long", () => {
    expect(gtd("A suicide bomber in a car was arrested before he detonated.").nkill).toBeNull();
    expect(
      gtd("A suicide bomber riding a motorcycle through the crowded market of the old town detonated.").nkill,
    ).toBeNull();
  });
});
