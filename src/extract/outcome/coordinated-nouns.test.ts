// A figure before coordinated person nouns (coordinated-nouns.ts): "11 soldiers and auxiliaries
// were killed", "47 men, women and children died". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a figure before a list of bare person nouns and the outcome after them", () => {
  it("counts the figure once, with the group the nouns share", () => {
    expect(counts("Nine men, women and children drowned when the boat capsized.")).toMatchObject([
      { q: "Nine", value: 9, outcome: "killed", group: "civilians", trigger: "drowned" },
    ]);
    expect(counts("At least 14 soldiers and police officers were wounded in the ambush.")).toMatchObject([
      {
        q: "At least 14",
        hedge: "at_least",
        outcome: "injured",
        group: "security_forces",
        trigger: "wounded",
      },
    ]);
    expect(counts("Thirty villagers or herders were abducted overnight.")).toMatchObject([
      { q: "Thirty", outcome: "abducted", group: "civilians" },
    ]);
  });

  it("counts people when the nouns are of two groups", () => {
    expect(counts("Twelve policemen and farmers were killed in the attack.")).toMatchObject([
      { q: "Twelve", outcome: "killed", group: "people" },
    ]);
  });

  it("leaves a conjunct with a figure or a determiner to itself, and a list of two closed by a comma", () => {
    expect(counts("Two guards and four gunmen were killed.").map((c) => [c.q, c.group])).toEqual([
      ["Two", "security_forces"],
      ["four", "militants"],
    ]);
    // (A conjunct with a determiner is one more person of its own: outcome/last-conjunct.test.ts.)
    expect(
      counts("Seven soldiers and the interpreter were killed.").map((c) => [c.q, c.value, c.group]),
    ).toEqual([
      ["Seven", 7, "security_forces"],
      ["the", 1, "civilians"],
    ]);
    expect(counts("Seven soldiers, and police officers said the road was closed.")).toEqual([]);
    // (A singular noun is no conjunct of a bare list: "and son" is another clause's subject.)
    expect(counts("Three gunmen and son were killed.")).toEqual([]);
  });

  it("reads no presence from such a list", () => {
    expect(counts("Hundreds of pilgrims and clerics had gathered at the shrine.")).toEqual([]);
  });
});
