// A reduced relative clause of harm after the counted noun and a bare intransitive main verb after
// it ("A fifth soldier wounded in the attack died in hospital"): the people are counted by the main
// verb (killed), not by the participle of the clause (injured). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";
import { extractChecked } from "../../../test/support/extract-checked.js";

describe("a bare main verb after a reduced relative clause of harm", () => {
  it.each([
    ["Two miners injured in the collapse died in hospital on Monday.", "Two", "killed"],
    ["Three guards hurt in the ambush later succumbed to their wounds.", "Three", "killed"],
    ["Two hostages seized in March escaped on Friday.", "Two", "released"],
    ["Teacher wounded in market blast dies", "Teacher", "killed"],
  ])("%s", (text, q, outcome) => {
    expect(counts(text)).toMatchObject([{ q, outcome }]);
  });

  it("counts an ordinal's running total of the dead ('a fifth soldier wounded … died': five)", () => {
    const text = "Four soldiers died in the ambush. A fifth soldier wounded in the attack died on Monday.";
    const r = extractChecked(text);
    expect(r.claims.map((c) => [c.quantity.value, c.outcome, c.scope, c.evidence[0]!.text])).toEqual([
      [4, "killed", "single", "Four soldiers died"],
      [5, "killed", "cumulative", "A fifth soldier wounded in the attack died"],
    ]);
    const q = r.claims[1]!.quantity;
    expect(q.text).toBe("A fifth");
  });

  it("is not the verb of a clause of another subject inside the relative one", () => {
    expect(
      counts("Forty people wounded after a bomber blew himself up were taken to hospital."),
    ).not.toContainEqual(expect.objectContaining({ q: "Forty", outcome: "killed" }));
    expect(counts("Two guards hurt by a man who later died were treated.")).not.toContainEqual(
      expect.objectContaining({ q: "Two", outcome: "killed" }),
    );
  });

  it("still counts the participle where no main verb of an outcome follows", () => {
    expect(counts("Six soldiers wounded in the clash were flown to the capital.")).toMatchObject([
      { q: "Six", outcome: "injured" },
    ]);
  });
});
