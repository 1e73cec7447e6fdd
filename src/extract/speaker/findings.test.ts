// Civil voices by their kind, in reports of our own words: a court's or a panel's finding ("found
// that", "ruled that"), an ombudswoman by her title, a research group that counts, and an outlet
// named by its kind ("the Portuguese-language weekly X"). Each claimant's span is checked.
import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../../core/model.js";
import { extract } from "../pipeline.js";

/** The claimant of the figure `value` as [mention text, type], its span checked against the text. */
function claimant(text: string, value: number): [string | null, ClaimantType] | null {
  const c = extract({ id: "a", text, published: "2025-03-12" }).claims.find(
    (x) => x.quantity.value === value,
  );
  if (!c) return null;
  const m = c.claimant.mention;
  if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  return [m?.text ?? null, c.claimant.type];
}

describe("a finding, an office and a counter as the claimant", () => {
  it("gives a court's or a panel's finding to the bench", () => {
    expect(
      claimant("The three-judge panel found that soldiers killed 35 villagers in the hamlet.", 35),
    ).toEqual(["The three-judge panel", "official"]);
    expect(claimant("The tribunal ruled that the militia had killed 18 farmers.", 18)).toEqual([
      "The tribunal",
      "official",
    ]);
  });

  it("types an ombudswoman by her title", () => {
    expect(claimant("Ombudswoman Lucia Ferro wrote that 12 people were killed.", 12)).toEqual([
      "Ombudswoman Lucia Ferro",
      "official",
    ]);
  });

  it("gives a figure a research group counts to the group", () => {
    expect(
      claimant(
        "The Centre for Sahel Studies, a Niamey-based research group, counts some 900 deaths this year.",
        900,
      ),
    ).toEqual(["The Centre for Sahel Studies, a Niamey-based research group", "official"]);
  });

  it("types an outlet named by its kind and language as media", () => {
    expect(claimant("The French-language weekly Le Phare reported that 6 people were killed.", 6)).toEqual([
      "The French-language weekly Le Phare",
      "media",
    ]);
  });
});
