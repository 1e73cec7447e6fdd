// People carried to a hospital with injuries (outcome/parsers/hospital-transport.ts): injured
// only when an injury complement follows the place. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

describe("people carried to hospital with injuries", () => {
  it("reads the carried as injured, passive or active, in any verb of carrying", () => {
    expect(counts("Nineteen miners had been taken to hospital with burns, the company said.")).toMatchObject([
      { value: 19, outcome: "injured", trigger: "taken to hospital" },
    ]);
    expect(counts("Six farmers were flown to a hospital in the capital with gunshot wounds.")).toMatchObject([
      { value: 6, outcome: "injured", trigger: "flown to a hospital" },
    ]);
    expect(counts("Ambulances took 12 villagers to the district hospital with bullet wounds.")).toMatchObject(
      [{ value: 12, outcome: "injured", group: "civilians" }],
    );
    expect(counts("Eight guards were brought to a clinic for stab wounds.")).toMatchObject([
      { value: 8, outcome: "injured", group: "security_forces" },
    ]);
  });

  it("reads no injury in a transport without one, nor to another place", () => {
    expect(counts("The 14 miners were taken to hospital for checks.")).toEqual([]);
    expect(counts("Twenty pupils were taken to hospital.")).toEqual([]);
    expect(counts("Nine workers were taken to the camp with burns on their hands.")).toEqual([]);
  });
});
