// A figure of "them" after its clause, a verb of taking split around its people and where it took
// them, and "N of them" opening a sentence after a total: sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a figure of 'them' set off after its clause's people", () => {
  it("takes the outcome of the verb split around it ('took our children, about 20 of them, into the bush')", () => {
    expect(counts("The raiders took our wives and children, about 20 of them, into the bush.")).toMatchObject(
      [{ q: "about 20", hedge: "about", outcome: "abducted" }],
    );
  });

  it("takes the outcome of the clause before it ('Some pupils who escaped … returned, at least 9 of them')", () => {
    expect(
      counts("Some pupils who escaped from the camp walked home on Sunday, at least 9 of them."),
    ).toMatchObject([{ q: "at least 9", outcome: "released" }]);
    expect(counts("Traders were wounded in the crush, more than 40 of them, the nurse said.")).toMatchObject([
      { q: "more than 40", outcome: "injured" },
    ]);
  });

  it("reads nothing where the clause tells no outcome ('The gunmen came at night, about 40 of them')", () => {
    expect(counts("The gunmen came at night, about 40 of them, and fired at houses.")).toEqual([]);
  });
});

describe("a verb of taking split around its people and where it took them", () => {
  it("is an abduction ('took 30 villagers into the bush', 'carried 12 farmers away')", () => {
    for (const s of [
      "Gunmen took 30 villagers into the bush.",
      "The militia carried 12 farmers away.",
      "The rebels took 8 aid workers into captivity.",
    ])
      expect(counts(s), s).toMatchObject([{ outcome: "abducted" }]);
    expect(counts("Forty pupils were taken into the bush.")).toMatchObject([
      { q: "Forty", outcome: "abducted" },
    ]);
  });

  it("is an arrest into custody ('took 12 suspects into custody')", () => {
    expect(counts("Police took 12 suspects into custody.")).toMatchObject([{ q: "12", outcome: "arrested" }]);
  });
});

describe("'N of them' opening a sentence after a total of the same outcome", () => {
  it("is a part of that total, with its group", () => {
    const r = extractChecked(
      "Shelling killed at least 20 villagers. The mission has named 11 of the dead. It confirmed the deaths of 9 of them.",
    );
    const rows = partRows(r);
    expect(rows.at(-1)).toEqual(["c3", 9, "civilians", "killed", "c1", "deaths of 9"]);
  });

  it("keeps its own reading under another outcome ('Seven of them escaped')", () => {
    const r = extractChecked("Fourteen herders were abducted. Seven of them escaped on Monday.");
    expect(partRows(r).at(-1)).toEqual(["c2", 7, "people", "released", null, "Seven of them escaped"]);
  });
});
