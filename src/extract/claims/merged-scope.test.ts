// Restatements by one voice, one bare and one the count so far, in reports written for this
// project: the merged claim is cumulative when a mention of the same incident is a running count;
// a bare figure stays single, and a background toll lends its scope to nothing.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [evidence texts, scope] of each claim of a short report. */
function read(text: string): Array<[string[], string]> {
  return extract({ id: "t", text, published: "2026-05-27" }).claims.map((c) => {
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    return [c.evidence.map((e) => e.text), c.scope];
  });
}

describe("a figure restated as the count so far is one running claim", () => {
  it.each([
    [
      "Clan fighting claims 26 lives, police say\n\nFighting in the district has claimed at least 26 lives since Friday, the provincial police commander said.",
      [[["claims 26 lives", "claimed at least 26 lives"], "cumulative"]],
    ],
    [
      'Raid leaves 14 killed, police say\n\nPolice said 14 people were killed in the raid. "We have recovered 14 bodies so far," the police chief said.',
      [[["14 killed", "14 people were killed", "recovered 14 bodies"], "cumulative"]],
    ],
    [
      "Police said seven people were killed in the attack. Seven bodies have been recovered so far, police said.",
      [[["seven people were killed", "Seven bodies have been recovered"], "cumulative"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a bare figure restated bare stays single", () => {
  it.each([
    [
      "Gunmen kill 12 in market attack, police say\n\nGunmen killed 12 people at a market on Sunday, police said.",
      [[["kill 12", "killed 12 people"], "single"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
