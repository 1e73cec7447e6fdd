// People added right after the verb that counted the subject: "was killed along with two other
// officers". Sentences written for these tests, in the styles of several conflicts' reporting (none
// taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a figure added after a passive or intransitive verb ('along with', 'together with')", () => {
  it("shares the verb's outcome, with its own group", () => {
    expect(
      counts("The battalion commander was killed along with two other officers near Bakhmut."),
    ).toMatchObject([
      { q: "The", value: 1, outcome: "killed" },
      { q: "two", value: 2, outcome: "killed", group: "security_forces", trigger: "killed" },
    ]);
    expect(
      counts("A peacekeeper died together with three civilians when the convoy hit a mine."),
    ).toMatchObject([
      { q: "A", value: 1, outcome: "killed" },
      { q: "three", value: 3, outcome: "killed", group: "civilians" },
    ]);
    expect(counts("Two policemen were wounded alongside four passengers in Zamboanga.")).toMatchObject([
      { q: "Two", value: 2, outcome: "injured", group: "security_forces" },
      { q: "four", value: 4, outcome: "injured", group: "civilians" },
    ]);
    expect(counts("The parish priest was abducted as well as his two nephews in Enugu.")).toMatchObject([
      { q: "The", value: 1, outcome: "abducted" },
      { q: "two", value: 2, outcome: "abducted", group: "civilians" },
    ]);
  });

  it("gives no outcome to a figure after other words, nor to the agent", () => {
    expect(counts("The commander was killed in a raid with 40 fighters.").map((c) => c.q)).not.toContain(
      "40",
    );
    expect(counts("Three farmers were killed by gunmen along with 20 cattle.").map((c) => c.q)).not.toContain(
      "20",
    );
  });
});

describe("a figure of arrests", () => {
  it("reads 'N arrests' as N people arrested", () => {
    expect(counts("Police made 17 arrests after the riot in Kisumu.")).toMatchObject([
      { q: "17", value: 17, outcome: "arrested", group: "people" },
    ]);
    expect(counts("Nine arrests were reported in Mandalay.")).toMatchObject([
      { q: "Nine", value: 9, outcome: "arrested" },
    ]);
  });
});
