// Report phrasings written for these tests in the styles of several outlets and conflicts (not
// taken from any report or dataset): an event that "left" people dead or injured, with a figure or
// a single person ("The attack left a policeman dead"), coordinated ("left four soldiers and a
// civilian dead"), with a second outcome ("left a soldier dead and two others wounded"); and the
// other phrasings of a toll with no verb of harm by the figure ("claimed 14 lives", "took the
// lives of", "bodies were recovered").
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";

/** Each claim as [outcome, group, value, first evidence's words]. */
const rows = (text: string) => claimRows(text);

describe("'left' people dead or injured", () => {
  it("reads one person: 'The attack left a policeman dead' (Kenyan daily)", () => {
    expect(rows("The attack in Mandera left a policeman dead, residents said.")).toEqual([
      ["killed", "security_forces", 1, "a policeman dead"],
    ]);
  });

  it("reads one person injured: 'left a soldier injured' (Ukrainian regional bulletin)", () => {
    expect(rows("Russian shelling of Nikopol overnight left a rescuer injured, the governor said.")).toEqual([
      ["injured", "civilians", 1, "a rescuer injured"],
    ]);
  });

  it("reads coordinated people: 'left four soldiers and a civilian dead' (Sahel wire copy)", () => {
    expect(rows("The ambush near Djibo left four soldiers and a civilian dead, the army said.")).toEqual([
      ["killed", "security_forces", 4, "four soldiers and a civilian dead"],
      ["killed", "civilians", 1, "a civilian dead"],
    ]);
  });

  it("reads two outcomes: 'left a teenager dead and three people injured' (US local TV)", () => {
    expect(rows("A shooting at a park in Houston left a teenager dead and three people injured.")).toEqual([
      ["killed", "civilians", 1, "a teenager dead"],
      ["injured", "people", 3, "three people injured"],
    ]);
  });

  it("reads figures: 'leaving at least 9 dead', 'left dozens wounded' (AP, Somali radio)", () => {
    expect(rows("A car bomb exploded outside a market in Mogadishu, leaving at least 9 dead.")).toEqual([
      ["killed", "people", 9, "at least 9 dead"],
    ]);
    expect(rows("The blast left dozens wounded, hospital officials said.")).toEqual([
      ["injured", "people", null, "dozens wounded"],
    ]);
  });

  it("reads no one where nothing befell: 'The convoy left a soldier behind'", () => {
    expect(rows("The convoy left a soldier behind at the checkpoint in Kupwara.")).toEqual([]);
  });
});

describe("tolls with no verb of harm by the figure", () => {
  it("reads 'claimed 14 lives', 'claimed the lives of', 'took the lives of'", () => {
    expect(rows("The clashes in Ituri claimed 14 lives, a local official said.")).toEqual([
      ["killed", "people", 14, "claimed 14 lives"],
    ]);
    expect(rows("The fighting in El Fasher has claimed the lives of 27 civilians since Friday.")).toEqual([
      ["killed", "civilians", 27, "claimed the lives of 27 civilians"],
    ]);
    expect(rows("The airstrike took the lives of five children, according to the health ministry.")).toEqual([
      ["killed", "civilians", 5, "took the lives of five children"],
    ]);
  });

  it("reads bodies recovered or found as killed", () => {
    expect(rows("Eleven bodies were recovered from the river near Tumaco, police said.")).toEqual([
      ["killed", "people", 11, "Eleven bodies were recovered"],
    ]);
  });

  it("reads the body of one person as killed: 'recovered the body of a kidnapped businessman'", () => {
    expect(rows("Police recovered the body of a kidnapped businessman in Enugu on Monday.")).toEqual([
      ["killed", "civilians", 1, "body of a kidnapped businessman"],
    ]);
    expect(rows("Rescuers pulled the body of a soldier from the rubble in Bakhmut.")).toEqual([
      ["killed", "security_forces", 1, "body of a soldier"],
    ]);
  });
});
