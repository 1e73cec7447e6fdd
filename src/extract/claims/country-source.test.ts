import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

describe("country-source: a headline's country is the body's state voice", () => {
  it("joins 'Chad says …' with the army's figure in the body, in the army's name", () => {
    const text = [
      "Chad says 12 soldiers killed in Boko Haram raid on island base",
      "",
      "N'DJAMENA, May 4 (Reuters) - Twelve Chadian soldiers were killed when Boko Haram fighters raided an army base on an island in Lake Chad, the army said on Sunday.",
    ].join("\n");
    const killed = extract({ id: "cs1", text, published: "2026-05-04" }).claims.filter(
      (c) => c.outcome === "killed",
    );
    expect(killed).toHaveLength(1);
    expect(killed[0]!.evidence).toHaveLength(2);
    expect(killed[0]!.claimant.type).toBe("state_military");
  });

  it("keeps a country's headline apart from an armed group's figure", () => {
    const text = [
      "Chad says 12 soldiers killed in Boko Haram raid",
      "",
      "Boko Haram said in a video that its fighters had killed 12 soldiers at the base on an island in Lake Chad.",
    ].join("\n");
    const killed = extract({ id: "cs2", text, published: "2026-05-04" }).claims.filter(
      (c) => c.outcome === "killed",
    );
    expect(killed).toHaveLength(2);
  });
});
