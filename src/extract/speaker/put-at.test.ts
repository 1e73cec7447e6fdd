import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

const claimant = (text: string, value: number) =>
  extract({ id: "a", text, published: "2025-03-12", outlet: "The Test Times" }).claims.find(
    (c) => c.quantity.value === value,
  )?.claimant;

describe("a figure put by an agent in the passive (put-at.ts)", () => {
  it("gives the figure to the by-agent past the figure", () => {
    expect(claimant("Deaths were estimated at 140 by the ministry.", 140)).toMatchObject({
      type: "government",
    });
    expect(claimant("The toll was put at 12 by police.", 12)?.name).toBe("police");
    expect(claimant("The number of wounded was given as 30 by the district hospital.", 30)).toMatchObject({
      type: "official",
    });
    expect(claimant("The death toll was later revised to 14 by the army.", 14)).toMatchObject({
      type: "state_military",
    });
    expect(claimant("Casualties were estimated at more than 140 dead by the Red Cross.", 140)?.name).toBe(
      "Red Cross",
    );
  });

  it("reads no agent where no figure stands before it, nor a time", () => {
    expect(claimant("The attack was carried out at 3 pm by gunmen who killed 5 people.", 5)?.type).toBe(
      "media",
    );
  });
});
