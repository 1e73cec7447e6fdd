import { describe, expect, it } from "vitest";
import { pluralPhrase, targetKinds } from "./targets.js";

describe("kinds of target", () => {
  it("are read from nouns and their generated plurals, in any case", () => {
    expect(targetKinds("A bomb tore through the Monday Market.")).toEqual(["market"]);
    expect(targetKinds("Gunmen fired on worshippers leaving two mosques.")).toEqual(["worship"]);
    expect(targetKinds("The convoy of buses and the checkpoint")).toEqual(["checkpoint", "road"]);
    expect(pluralPhrase("bus")).toBe("buses");
    expect(pluralPhrase("police station")).toBe("police stations");
    expect(targetKinds("Two police stations and a refugee camp")).toEqual(["displaced", "police"]);
  });

  it("leave out words that name the wounded's care or the speaker, and parts of other words", () => {
    expect(targetKinds("The wounded were taken to hospital, the ministry's office said in March.")).toEqual(
      [],
    );
    expect(targetKinds("Supermarkets and barbers")).toEqual([]);
  });
});
