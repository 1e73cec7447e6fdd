// Bodily harm that leaves people alive (torture, flogging, whipping) is an injury; the
// same "… to death" is a killing. Sentences written for these tests (none taken from any report or
// dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const gtd = (s: string) => read(s).datasets.gtd;

describe("bodily harm done to people", () => {
  it("injures them, in the passive or the active", () => {
    expect(gtd("Fighters held three traders overnight. All three traders were tortured.").nwound).toBe(3);
    expect(gtd("Militiamen flogged two farmers in the square.").nwound).toBe(2);
    expect(gtd("Guards whipped four prisoners in the yard.").nwound).toBe(4);
  });

  it("kills them when done to death", () => {
    expect(gtd("Captors tortured to death two aid workers.")).toMatchObject({ nkill: 2, nwound: null });
  });
});
