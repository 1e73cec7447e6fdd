// A headline's source named by a body's initials and a noun of its kind is the body the lede names
// in full (claims/initials-source.ts). Articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";
import { initialsNamed } from "./initials-source.js";

describe("a headline's source by initials and a kind noun", () => {
  it("reads initials of consecutive capitalised words and kind nouns only", () => {
    expect(initialsNamed("AU force", "African Union mission in Somalia")).toBe(true);
    expect(initialsNamed("UN agency", "the United Nations refugee agency")).toBe(true);
    expect(initialsNamed("AU force", "Kessa Liberation Army")).toBe(false);
    expect(initialsNamed("AU villagers", "African Union mission in Somalia")).toBe(false);
    expect(initialsNamed("force", "African Union mission in Somalia")).toBe(false);
  });

  it("makes the headline's figure one claim with the lede's of the body named in full", () => {
    const r = extractChecked(
      "AU force says 30 fighters killed in attack on Kessa base\n\n" +
        "The African Union mission in Kessa said on Wednesday that its troops had killed 30 fighters who attacked a base.",
    );
    expect(r.claims.map((c) => [c.quantity.value, c.claimant.name, c.evidence.length])).toEqual([
      [30, "African Union mission in Kessa", 2],
    ]);
  });
});
