// Counted people grouped by the class of their noun, not by a word list of one conflict: criminals
// by their crime and a perpetrator's accomplices are perpetrators (militants); members of a
// pro-government auxiliary of volunteers are counted as vigilantes are (civilians). Sentences
// written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked, partRows } from "../../../test/support/extract-checked.js";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("criminals and accomplices", () => {
  it("counts criminals named by their crime as perpetrators, like 'criminals'", () => {
    expect(counts("Officers shot dead three gangsters in a shootout in Mombasa.")).toMatchObject([
      { q: "three", outcome: "killed", group: "militants" },
    ]);
    expect(counts("Two suspected murderers were lynched by a mob in Kisii.")).toMatchObject([
      { q: "Two", outcome: "killed", group: "militants" },
    ]);
  });

  it("counts a perpetrator's accomplices, added by 'with' right after the verb, as arrested", () => {
    expect(counts("The gang leader was arrested with four accomplices in Eldoret.")).toMatchObject([
      { q: "The", value: 1, outcome: "arrested" },
      { q: "four", value: 4, outcome: "arrested", group: "militants" },
    ]);
    expect(counts("A herder was killed with his three sons near Djibo.")).toMatchObject([
      { q: "A", value: 1, outcome: "killed" },
      { q: "three", value: 3, outcome: "killed", group: "civilians" },
    ]);
  });

  it("adds no one by 'with' before a state or a thing", () => {
    // (The 4 in critical condition are a part of the nine: health-states.ts.)
    const r = extractChecked("Nine traders were injured with 4 in critical condition.");
    expect(partRows(r)).toEqual([
      ["c1", 9, "civilians", "injured", null, "Nine traders were injured"],
      ["c2", 4, "civilians", "injured", "c1", "4 in critical condition"],
    ]);
    expect(counts("The courier was arrested with two rifles.").map((c) => c.q)).toEqual(["The"]);
  });
});

describe("pro-government auxiliaries of volunteers", () => {
  it("counts their members as vigilantes are counted: civilians", () => {
    expect(counts("Insurgents killed seven CJTF members near Monguno.")).toMatchObject([
      { q: "seven", group: "civilians" },
    ]);
    expect(counts("Eleven VDP fighters died in the ambush.")).toMatchObject([
      { q: "Eleven", group: "civilians" },
    ]);
    expect(counts("Six vigilantes were killed in Zamfara.")).toMatchObject([
      { q: "Six", group: "civilians" },
    ]);
  });
});
