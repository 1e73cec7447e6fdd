import { describe, expect, it } from "vitest";
import { isNationality } from "./nationalities.js";

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
