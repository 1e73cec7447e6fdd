import { describe, expect, it } from "vitest";
import { isNationality, nationalityIso } from "./nationalities.js";

describe("isNationality", () => {
  it("reads countries' names and their nationality adjectives", () => {
    for (const w of [
      "kenya",
      "sudanese",
      "israeli",
      "ukrainian",
      "colombian",
      "afghan",
      "philippine",
      "burmese",
    ])
      expect(isNationality(w), w).toBe(true);
  });

  it("reads no other word as one", () => {
    for (const w of [
      "arakan",
      "rapid",
      "allied",
      "liberation",
      "national",
      "state",
      "new",
      "democratic",
      "kachin",
    ])
      expect(isNationality(w), w).toBe(false);
  });
});

describe("nationalityIso", () => {
  it("gives the country of a nationality adjective, the shortest name and longest stem first", () => {
    const isos = ["afghan", "malian", "nigerian", "indian", "sudanese", "mexican"].map(nationalityIso);
    expect(isos).toEqual(["AF", "ML", "NG", "IN", "SD", "MX"]);
    // The two Congos are both "Congo"; "British" is no country's name.
    expect(nationalityIso("congolese")).toBeNull();
    expect(nationalityIso("british")).toBeNull();
  });
});
