// Bare figures read with the group their subject names: "40 civilian casualties …: 12 killed and
// 28 wounded", and a list under it that goes on with the same outcome's bare totals. Sentences
// written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";
import { extract } from "../pipeline.js";

describe("bare figures after casualties of a group", () => {
  it("count that group", () => {
    expect(
      counts(
        "The mission recorded 40 civilian casualties in the district last month: 12 killed and 28 wounded.",
      ),
    ).toMatchObject([
      { q: "12", outcome: "killed", group: "civilians" },
      { q: "28", outcome: "injured", group: "civilians" },
    ]);
  });

  it("count people where the casualties name no group", () => {
    expect(counts("The clinic recorded 40 casualties last month: 12 killed and 28 wounded.")).toMatchObject([
      { q: "12", group: "people" },
      { q: "28", group: "people" },
    ]);
  });
});

describe("a list under such a breakdown", () => {
  const text = [
    "The mission recorded 40 civilian casualties last month: 12 killed and 28 wounded.",
    "",
    "By district:",
    "- North: 7 killed, 20 wounded",
    "- South: 5 killed, 8 wounded",
  ].join("\n");

  it("goes on counting the group of the same outcome's bare total before it", () => {
    const claims = extract({ id: "t", text, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.quantity.value, c.outcome, c.group])).toEqual([
      [12, "killed", "civilians"],
      [28, "injured", "civilians"],
      [7, "killed", "civilians"],
      [20, "injured", "civilians"],
      [5, "killed", "civilians"],
      [8, "injured", "civilians"],
    ]);
    for (const c of claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("does not lend a noun's group to a bare figure after it", () => {
    const other = "Twelve soldiers were killed on Monday.\n\n- Tuesday: 3 killed";
    const claims = extract({ id: "t", text: other, published: "2025-03-10" }).claims;
    expect(claims.map((c) => [c.quantity.value, c.group])).toEqual([
      [12, "security_forces"],
      [3, "people"],
    ]);
  });
});
