// Table rows of a label and a figure joined by dotted leaders, as press releases and bulletins
// print them ("Soldiers killed ......... 4"): each row is one sentence, its figure read under its
// label as after a colon, with exact spans, indented or not, with leaders of any length.
import { describe, expect, it } from "vitest";
import { sentences } from "../segment/sentences.js";
import { unwrapLines } from "../segment/unwrap.js";
import { claimRows, extractChecked } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

const TABLE = [
  "The brigade listed its losses and the enemy's after the raid:",
  "",
  "   Enemy fighters killed .......... 31",
  "   Enemy fighters captured ........ 5",
  "   Our soldiers killed ............ 4",
  "   Our soldiers wounded ........... 9",
].join("\n");

describe("a row of a dotted-leader table", () => {
  it("is one sentence, not cut at the dots", () => {
    const text = "Police killed .............. 12\nPolice wounded .............. 30";
    const rows = sentences(unwrapLines(text)).map((s) => text.slice(s.start, s.end));
    expect(rows).toEqual(["Police killed .............. 12", "Police wounded .............. 30"]);
  });

  it("keeps a row to its line when the rows are not indented", () => {
    const text =
      "Casualties among the villagers:\nVillagers killed ..... 6\nVillagers hurt ..... 14\nThe count may rise.";
    const rows = sentences(unwrapLines(text)).map((s) => text.slice(s.start, s.end));
    expect(rows).toEqual([
      "Casualties among the villagers:",
      "Villagers killed ..... 6",
      "Villagers hurt ..... 14",
      "The count may rise.",
    ]);
  });

  it("reads the figure under its label, as after a colon", () => {
    expect(counts("Civilians killed ........ 12")).toMatchObject([
      { value: 12, outcome: "killed", group: "civilians", trigger: "Civilians killed" },
    ]);
    expect(counts("Wounded . . . . . . 7")).toMatchObject([
      { value: 7, outcome: "injured", group: "people" },
    ]);
    // (the label's people, not its outcome word read as a noun: "wounded" counts people)
    expect(counts("Soldiers wounded: 9")).toMatchObject([
      { value: 9, outcome: "injured", group: "security_forces" },
    ]);
    // (a named force's side: the state's army, an armed party)
    expect(counts("KDF/SNA wounded ...... 3")).toMatchObject([{ value: 3, group: "security_forces" }]);
    expect(counts("RSF killed: 20")).toMatchObject([{ value: 20, group: "militants" }]);
  });

  it("gives each row of a table its own claim with its row's span", () => {
    expect(claimRows(TABLE)).toEqual([
      ["killed", "militants", 31, "Enemy fighters killed .......... 31"],
      ["abducted", "militants", 5, "Enemy fighters captured ........ 5"],
      ["killed", "security_forces", 4, "Our soldiers killed ............ 4"],
      ["injured", "security_forces", 9, "Our soldiers wounded ........... 9"],
    ]);
  });

  it("gives the rows under a cue that ends with a colon to that cue's speaker", () => {
    const text =
      "The garrison's commander said:\n\n  Soldiers killed ....... 2\n  Raiders killed ........ 15";
    const r = extractChecked(text);
    expect(r.claims.map((c) => [c.quantity.value, c.group, c.claimant.name])).toEqual([
      [2, "security_forces", "garrison's commander"],
      [15, "militants", "garrison's commander"],
    ]);
  });

  it("leaves an ellipsis in prose a break; a none under a leader is a none, as after a colon", () => {
    expect(counts("They killed... 12 of them ran away")).toEqual([]);
    expect(counts("Soldiers killed .......... none")).toMatchObject([
      { hedge: "none", outcome: "killed", group: "security_forces", trigger: "Soldiers killed" },
    ]);
  });
});
