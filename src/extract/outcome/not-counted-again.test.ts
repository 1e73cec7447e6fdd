// Figures that count no one the report has not counted: "all" of a whole counted before with no
// verb of its own ("…, all of them farmers", "All of the dead were civilians"), and a document's
// paragraph or page numbers ("the toll in paragraphs 2-4"), and a person's noun as the first word
// of a hyphened compound ("a human-rights group"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const rows = (text: string) =>
  extractChecked(text).claims.map((c) => [c.outcome, c.group, c.quantity.value, c.evidence[0]!.text]);

describe("'all' of a whole counted before, with no verb of its own", () => {
  it("is no claim after the figure ('…, all of them farmers')", () => {
    expect(rows("Raiders shot dead 14 people, all of them farmers, near the well.")).toEqual([
      ["killed", "people", 14, "shot dead 14 people"],
    ]);
  });

  it("is no claim in the next sentence ('All of the dead were civilians')", () => {
    expect(rows("Eleven people died in the blast and 30 were hurt. All of the dead were civilians.")).toEqual(
      [
        ["killed", "people", 11, "Eleven people died"],
        ["injured", "people", 30, "30 were hurt"],
      ],
    );
  });

  it("is still a claim with a verb of its own, or with no whole ('and all the gunmen were killed')", () => {
    const freed = rows("Bandits seized 12 traders on Monday. All of them were freed on Friday.");
    expect(freed.map((r) => r[0])).toEqual(["abducted", "released"]);
    const all = rows("Six guards, a cook and all the gunmen were killed in the siege.");
    expect(all.some(([outcome, group]) => outcome === "killed" && group === "militants")).toBe(true);
  });
});

describe("a document's paragraph or page numbers", () => {
  it("are no figure ('adds the governor's toll in paragraphs 2-4')", () => {
    expect(rows("(Adds the governor's new toll in paragraphs 2-4, see pages 5-6)")).toEqual([]);
  });
});

describe("a person's noun as the first word of a hyphened compound", () => {
  it("is no person ('a local human-rights group said', 'a soldier-run checkpoint')", () => {
    expect(rows("Nine people died in the raid, a local human-rights group said.")).toEqual([
      ["killed", "people", 9, "Nine people died"],
    ]);
    expect(rows("A villager was shot dead at a soldier-run checkpoint.")).toEqual([
      ["killed", "civilians", 1, "A villager was shot dead"],
    ]);
  });
});
