// The owner of a headline's toll speaks for its figure (claims/headline-possessive.ts). Articles
// written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const voices = (text: string) =>
  extractChecked(text).claims.map((c) => [
    c.quantity.value,
    c.claimant.name,
    c.claimant.type,
    c.evidence.length,
  ]);

describe("a headline's toll named by its owner", () => {
  it("is the owner's, not the subject of a later clause ('monitor's toll rises to 38 as ministry announces …')", () => {
    expect(
      voices(
        "Kessa killings: monitor's toll rises to 38 as interior ministry announces arrests\n\n" +
          "The Kessa Rights Monitor raised its toll to 38 on Wednesday.",
      ),
    ).toEqual([[38, "Kessa Rights Monitor", "official", 2]]);
  });

  it("takes the body's name of the owner where the body names it with the same words", () => {
    expect(
      voices(
        "Kessa health ministry's toll rises to 52 as army says it hit militants\n\n" +
          "The health ministry in Kessa said on Tuesday that 52 people had been killed in the strikes.",
      ),
    ).toEqual([[52, "health ministry in Kessa", "government", 2]]);
  });

  it("leaves a toll whose owner is a place, named by no source, as it was", () => {
    expect(
      voices("Kessa's toll rises to 12 after market blast\n\nThe blast hit the market on Monday."),
    ).toEqual([[12, "media", "media", 1]]);
  });
});
