// People named in a report who are not counted by it: a population in the habitual present ("About
// 800 pupils attend the school"), the outlet's own staff hearing or seeing ("seen by our
// correspondent"), and a speaker placed by a town ("A nurse in Kadugli tells us that …").
// Sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { readCounts as counts } from "../../../test/support/read-counts.js";

describe("a population in the habitual present", () => {
  it("is no count of those present", () => {
    expect(counts("About 800 pupils attend the school, which opened in 1998.")).toEqual([]);
    expect(counts("Some 300 worshippers gather at the shrine every Friday.")).toEqual([]);
  });

  it("is one in the past, at the event", () => {
    expect(counts("About 800 pupils attended the assembly that morning.")).toMatchObject([
      { q: "About 800", outcome: "present" },
    ]);
  });
});

describe("the outlet's staff and a speaker", () => {
  it("are no casualties", () => {
    expect(counts("A ledger seen by our correspondent lists the dead.")).toEqual([]);
    expect(counts("A nurse in Kadugli tells us that a farmer was also killed.")).toMatchObject([
      { q: "a", value: 1, outcome: "killed", trigger: "killed" },
    ]);
    expect(counts("A nurse in Kadugli tells us that a farmer was also killed.")).toHaveLength(1);
  });

  it("leave a journalist harmed counted", () => {
    expect(counts("A journalist was wounded by shrapnel in the blast.")).toMatchObject([
      { value: 1, outcome: "injured" },
    ]);
  });
});
