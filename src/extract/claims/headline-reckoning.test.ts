// A headline whose subject puts a toll at its figure names its source ("Zamfara govt puts death
// toll … at 18"): the figure is one more span of that source's claim in the body, a short form of
// its name spelt out (claims/headline.ts, lexicon TOLL_RECKONING_VERBS, HEADLINE_SHORT_FORMS).
// Reports written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string) =>
  extractChecked(text, "2026-02-25").claims.map((c) => [
    c.quantity.value,
    c.claimant.type,
    c.evidence.map((e) => e.text),
  ]);

describe("the subject that puts a toll at its figure", () => {
  it.each([
    [
      "Zamfara govt puts death toll from Tsafe attack at 18, village head says 32 buried\n\n" +
        "The Zamfara State Government has said 18 people were killed when bandits attacked a village on Sunday.",
      [18, "government", ["death toll from Tsafe attack at 18", "18 people were killed"]],
    ],
    [
      "Army raises toll from base attack to 30\n\nThe army said on Monday that 30 soldiers had been killed in the attack.",
      [30, "state_military", ["toll from base attack to 30", "30 soldiers had been killed"]],
    ],
  ])("%s", (text, claim) => {
    expect(read(text)).toContainEqual(claim);
  });
});

describe("a subject that is no source", () => {
  it("leaves the headline's figure the outlet's ('Market attack raises toll to 30')", () => {
    const claims = read(
      "Market attack raises toll to 30\n\nPolice said 30 people were killed in the attack on Sunday.",
    );
    expect(claims.find(([, , ev]) => (ev as string[])[0] === "toll to 30")?.[1]).toBe("media");
  });
});
