// The care of casualties as their outcome: medical and burial verbs whose object is a figure of
// people (outcome/parsers/care.ts, lexicon/care.ts).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../../test/support/read-counts.js";

describe("care of casualties: burial", () => {
  it("reads the buried as dead, in every form of the verb", () => {
    expect(counts("Mourners buried 31 people on Sunday.")).toMatchObject([
      { value: 31, outcome: "killed", trigger: "buried" },
    ]);
    expect(counts("Families are burying some 12 villagers today.")).toMatchObject([
      { value: 12, outcome: "killed", group: "civilians", trigger: "burying" },
    ]);
    expect(counts("Fourteen victims were buried in a mass grave.")).toMatchObject([
      { value: 14, outcome: "killed", trigger: "buried" },
    ]);
    expect(counts("Villagers reburied 9 policemen.")).toMatchObject([
      { value: 9, outcome: "killed", group: "security_forces" },
    ]);
  });

  it("does not read the buried alive or trapped under rubble as dead", () => {
    expect(counts("Ten people were buried under the rubble.")).toEqual([]);
    expect(counts("Rescuers said 6 miners were buried alive.")).toEqual([]);
  });
});

describe("care of casualties: medical care", () => {
  it("reads people treated for injuries as injured", () => {
    expect(counts("Doctors treated 25 people for gunshot wounds.")).toMatchObject([
      { value: 25, outcome: "injured", trigger: "treated" },
    ]);
    expect(counts("Medics are treating 8 children for burns.")).toMatchObject([
      { value: 8, outcome: "injured", group: "civilians" },
    ]);
  });

  it("reads the people a team treated as injured, whoever treats them ('its crews had treated 19 people')", () => {
    expect(
      counts("The charity said its volunteers had treated 23 people near the checkpoint."),
    ).toMatchObject([{ value: 23, outcome: "injured", trigger: "treated" }]);
    expect(counts("Rescue teams treated 14 villagers, most of them for smoke.")).toMatchObject([
      { value: 14, outcome: "injured", group: "civilians" },
    ]);
  });

  it("reads people admitted with injuries as injured", () => {
    expect(counts("The clinic in the town admitted 9 farmers with stab wounds.")).toMatchObject([
      { value: 9, outcome: "injured" },
    ]);
    expect(counts("Staff admitted 11 men with burns overnight.")).toMatchObject([
      { value: 11, outcome: "injured" },
    ]);
  });

  it("reads no care in a manner or a role after the treated, nor one more treated in the passive", () => {
    expect(counts("The guards treated 40 detainees as suspects.")).toEqual([]);
    expect(counts("The rebels treated 12 captives well, one of them said.")).toEqual([]);
    expect(
      counts("Two were shot; a third person had been treated for shock and sent home."),
    ).not.toContainEqual(expect.objectContaining({ q: "a third person", outcome: "injured" }));
  });

  it("reads people a hospital received or admitted as injured", () => {
    expect(counts("Two hospitals received 40 people after the blast.")).toMatchObject([
      { value: 40, outcome: "injured", trigger: "received" },
    ]);
    expect(counts("The district hospital has admitted 17 passengers.")).toMatchObject([
      { value: 17, outcome: "injured" },
    ]);
  });

  it("keeps a casualty noun's own outcome", () => {
    expect(counts("Doctors treated 60 wounded.")).toMatchObject([{ value: 60, outcome: "injured" }]);
    expect(counts("The morgue received 9 bodies.")).toMatchObject([{ value: 9, outcome: "killed" }]);
  });

  it("reads no outcome from care verbs that are about something else", () => {
    expect(counts("The army received 200 recruits.")).toEqual([]);
    expect(counts("Police treated 30 protesters harshly.")).toEqual([]);
    expect(counts("The school admitted 50 students.")).toEqual([]);
  });
});
