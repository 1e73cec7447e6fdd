// Figures after a label and a colon (issue 9 §1, postposed figures): fact boxes, bulletins and
// infoboxes ("Death toll: 31", "Killed: 5, injured: 12"); and the nominal "martyrdom of".
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a figure after a label and a colon", () => {
  it("takes the outcome of the label's outcome noun or word, with its span", () => {
    expect(counts("Fatalities: 8")).toMatchObject([{ q: "8", outcome: "killed", trigger: "Fatalities" }]);
    expect(counts("Lives lost: 14.")).toMatchObject([{ q: "14", outcome: "killed", trigger: "Lives lost" }]);
    expect(counts("Kidnapped: 20")).toMatchObject([{ value: 20, outcome: "abducted" }]);
  });

  it("reads each label of a list by its own word", () => {
    expect(counts("Killed: 5, injured: 12")).toMatchObject([
      { value: 5, outcome: "killed", trigger: "Killed" },
      { value: 12, outcome: "injured", trigger: "injured" },
    ]);
    expect(counts("Dead: at least 5; wounded: 17")).toMatchObject([
      { q: "at least 5", outcome: "killed" },
      { value: 17, outcome: "injured" },
    ]);
  });

  it("reads a toll as a running count, of deaths unless it is of injuries", () => {
    expect(counts("Death toll: 31")).toMatchObject([
      { value: 31, outcome: "killed", cumulative: true, trigger: "Death toll" },
    ]);
    expect(counts("Injury toll: 40")).toMatchObject([{ value: 40, outcome: "injured", cumulative: true }]);
  });

  it("gives the group of a noun of people in the label", () => {
    expect(counts("Civilians killed: 12, soldiers killed: 3")).toMatchObject([
      { value: 12, outcome: "killed", group: "civilians" },
      { value: 3, outcome: "killed", group: "security_forces" },
    ]);
  });

  it("reads nothing from a label that names no outcome, or a long clause before a colon", () => {
    expect(counts("Date: 12 March")).toEqual([]);
    expect(counts("Casualties: 12")).toEqual([]);
    expect(counts("The rebels who had attacked the army post killed: 7 goats")).toEqual([]);
    // Words holding a figure are no label: the list after the colon is that figure's breakdown.
    expect(counts("killing three policemen: two constables")).toMatchObject([
      { value: 3, outcome: "killed", trigger: "killing" },
      { value: 2, outcome: "killed", trigger: "killing" },
    ]);
  });
});

describe("nouns of the dead and injuries taken", () => {
  it("counts corpses as dead, but not one corpse (it is someone named before)", () => {
    expect(counts("12 corpses were found in the well.")).toMatchObject([
      { value: 12, outcome: "killed", trigger: "corpses" },
    ]);
    expect(counts("Gunmen killed a guard and burned his corpse.")).toMatchObject([{ value: 1 }]);
  });

  it("reads an injury with its kind between verb and noun, with the whole phrase as its span", () => {
    expect(counts("Two people sustained serious injuries.")).toMatchObject([
      { value: 2, outcome: "injured", trigger: "sustained serious injuries" },
    ]);
    expect(counts("Three passengers sustained fatal injuries.")).toMatchObject([
      { value: 3, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("12 people were admitted to hospital.")).toMatchObject([{ value: 12, outcome: "injured" }]);
  });
});

describe("nominal outcomes", () => {
  it("reads 'the martyrdom of N' as N killed", () => {
    expect(counts("Officials mourned the martyrdom of 4 policemen.")).toMatchObject([
      { value: 4, outcome: "killed", group: "security_forces", trigger: "martyrdom of" },
    ]);
  });
});
