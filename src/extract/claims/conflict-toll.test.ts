// A whole conflict's toll in sentences written for this project: a perfect-tense outcome placed in
// the conflict ("have been killed in the insurgency") or with the conflict as its subject ("The war
// has killed …") is cumulative and another incident than the report's; a toll of one event's
// fighting or clashes, and a past-tense count of one day, are not. Every span slices back.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

/** [evidence, scope, otherIncident] of each claim of a short report. */
function read(text: string): Array<[string, string, boolean]> {
  return extract({ id: "t", text, published: "2025-03-10" }).claims.map((c) => {
    const e = c.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, c.scope, c.otherIncident];
  });
}

describe("a whole conflict's toll is cumulative background", () => {
  it.each([
    [
      "More than 7,000 people have been killed in the conflict, according to a monitoring group.",
      "More than 7,000 people have been killed",
    ],
    [
      "Some 3,500 soldiers have died in the insurgency, the defence ministry says.",
      "Some 3,500 soldiers have died",
    ],
    [
      "At least 150,000 people have been killed in Sudan's civil war, aid agencies estimate.",
      "At least 150,000 people have been killed",
    ],
    [
      "Over 900 police officers have been killed during the decades-long rebellion, officials say.",
      "Over 900 police officers have been killed",
    ],
    [
      "The war has killed more than 20,000 civilians, the United Nations says.",
      "killed more than 20,000 civilians",
    ],
    ["The uprising has claimed 600 lives, rights groups say.", "claimed 600 lives"],
    [
      "The insurgency in the north, which began in 2019, has killed more than 4,000 people, a monitor says.",
      "killed more than 4,000 people",
    ],
  ])("%s", (text, evidence) => {
    expect(read(text)).toEqual([[evidence, "cumulative", true]]);
  });
});

describe("a toll of the report's own event stays its own", () => {
  it.each([
    [
      "At least 12 people have been killed in the fighting, a hospital official said.",
      "At least 12 people have been killed",
    ],
    ["Five soldiers were killed in the war zone on Tuesday, the army said.", "Five soldiers were killed"],
    ["Three villagers have been killed in the clashes, police said.", "Three villagers have been killed"],
    ["Four civilians were killed in the conflict's latest flare-up on Monday.", "Four civilians were killed"],
    [
      "Two journalists have been killed in a war-torn district of the province, their employer said.",
      "Two journalists have been killed",
    ],
    [
      "The raid on the war museum, which lasted an hour, has killed nine guards, police said.",
      "killed nine guards",
    ],
  ])("%s", (text, evidence) => {
    const [claim] = read(text);
    expect(claim?.[0]).toBe(evidence);
    expect(claim?.[2]).toBe(false);
  });
});
