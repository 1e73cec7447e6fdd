// A verb in scare quotes before a name ('had "liberated" Kalemba'): the quotes mark the speaker's
// word, not a person's name, so a verb that takes places as well as people takes a place after
// them as it does without them; a name with a person's mark after a quoted verb is still one person.
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";

describe("a name after a verb in scare quotes", () => {
  it("is a place after a verb that takes places, whatever the quote marks", () => {
    expect(claimRows('The rebels said they had "liberated" Kalemba and the hills around it.')).toEqual([]);
    expect(claimRows("The militia claimed it had ‘liberated’ Ruzizi on Friday.")).toEqual([]);
    expect(claimRows("The rebels said they had “liberated” Mweso.")).toEqual([]);
    // (as without the quotes)
    expect(claimRows("The rebels said they had liberated Mweso.")).toEqual([]);
  });

  it("leaves a person's name after a quoted verb of release one person", () => {
    expect(claimRows('Police said they had "rescued" Mr Tomas Okoro from the gang.')).toEqual([
      ["released", "people", 1, 'rescued" Mr Tomas Okoro'],
    ]);
  });
});
