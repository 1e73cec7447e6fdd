// Bodily harm that leaves people alive (torture, flogging, whipping, beating) is an injury; the
// same "… to death" is a killing. Sentences written for these tests (none taken from any report or
// dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const gtd = (s: string) => read(s).datasets.gtd;

describe("bodily harm done to people", () => {
  it("injures them, in the passive or the active", () => {
    expect(gtd("Fighters held three traders overnight. All three traders were tortured.").nwound).toBe(3);
    expect(gtd("Militiamen flogged two farmers in the square.").nwound).toBe(2);
    expect(gtd("Police beat 12 protesters outside the court.").nwound).toBe(12);
    expect(gtd("Guards whipped four prisoners in the yard.").nwound).toBe(4);
  });

  it("kills them when done to death", () => {
    expect(gtd("Captors tortured to death two aid workers.")).toMatchObject({ nkill: 2, nwound: null });
  });
});

describe("a death after harm told in a clause of its own", () => {
  it("is the death, not an injury", () => {
    for (const harm of ["beaten", "stabbed", "injured", "tortured"]) {
      expect(gtd(`A shopkeeper died after he was ${harm} by a mob in the bazaar.`)).toMatchObject({
        nkill: 1,
        nwound: null,
      });
    }
    expect(gtd("Two guards died after they were shot at the gate.")).toMatchObject({
      nkill: 2,
      nwound: null,
    });
  });
});
