// A count before "bringing the toll to N": the count is the new dead, the later figure the running
// total (claims/context.ts cumulativeAfter); and "have now died", a count as it stands (lexicon
// CUMULATIVE_CUES). Sentences written for these tests; spans slice back.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [figure, scope] of each claim of a short report. */
function scopes(text: string): Array<[string, string]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => {
    const e = c.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [c.quantity.text, c.scope];
  });
}

describe("a count followed by a participle that brings a toll to a later figure", () => {
  it.each([
    ["Bandits killed six herders on Friday, bringing the toll of the week's raids to 19.", "six", "19"],
    ["A second blast killed four people, raising the total to eleven.", "four", "eleven"],
    ["The strike killed 14 fighters, bringing the total dead so far to 60.", "14", "60"],
  ])("%s", (text, count, total) => {
    expect(scopes(text)).toEqual([
      [count, "single"],
      [total, "cumulative"],
    ]);
  });

  it("keeps a running cue of the count's own ('in all') and a bringing with no later figure", () => {
    expect(scopes("Troops killed 12 rebels in all, bringing the total to 40.")[0]).toEqual([
      "12",
      "cumulative",
    ]);
    expect(scopes("Troops have killed 12 rebels so far, bringing the operation to a close.")[0]).toEqual([
      "12",
      "cumulative",
    ]);
  });
});

describe("a count in the perfect with 'now'", () => {
  it("is the count as it stands, a running total", () => {
    expect(scopes("Nine people have now died after the ferry capsized.")).toEqual([["Nine", "cumulative"]]);
    expect(scopes("The number of wounded has now risen to 31.")).toEqual([["31", "cumulative"]]);
    // (No "now": one count of the day.)
    expect(scopes("Nine people have died after the ferry capsized.")).toEqual([["Nine", "single"]]);
  });
});
