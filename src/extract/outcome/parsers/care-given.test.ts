// Care given as a noun to people (outcome/parsers/care-given.ts): "gave first aid to 30 residents"
// counts the injured; aid that need not be medical counts no one. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

describe("care given to people", () => {
  it("reads those given medical care as injured, the figure quoted or not", () => {
    expect(counts("Volunteers gave first aid to 30 shoppers near the market.")).toMatchObject([
      { value: 30, outcome: "injured", trigger: "gave first aid to" },
    ]);
    expect(
      counts('Its medics had given first aid to "scores" of villagers, the charity said.'),
    ).toMatchObject([{ q: "scores", hedge: "vague", outcome: "injured", group: "civilians" }]);
    expect(counts("Rescuers provided emergency medical treatment to 45 passengers.")).toMatchObject([
      { value: 45, outcome: "injured" },
    ]);
  });

  it("reads no injury in aid that need not be medical, nor in care only offered", () => {
    expect(counts("The agency provided aid to 3,000 families.")).toEqual([]);
    expect(counts("The army offered medical care to 5 detainees.")).toEqual([]);
  });
});
