// Numeric dates (issue 11 §2): which number is the day, and what is no date. Sentences written
// for these tests; 2025-09-08 is the publication day.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find-times.js";

const read = (text: string, published: string | null = "2025-09-08") =>
  findTimes(text, { start: 0, end: text.length }, published).map((t) => {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    return [t.text, t.date];
  });

describe("numeric dates", () => {
  it("reads a number over 12 as the day, whichever comes first", () => {
    expect(read("Gunmen killed 12 people on 13/6 in the town.")).toEqual([["on 13/6", "2025-06-13"]]);
    expect(read("Gunmen killed 12 people on 6/13 in the town.")).toEqual([["on 6/13", "2025-06-13"]]);
  });

  it("reads a dotted date day first, with or without a year", () => {
    expect(read("Gunmen killed 12 people on 06.09.2025 in the town.")).toEqual([
      ["on 06.09.2025", "2025-09-06"],
    ]);
    expect(read("The attack of 06.09.2025 killed 12 people.")).toEqual([["06.09.2025", "2025-09-06"]]);
    expect(read("Gunmen killed 12 people on 13.6 in the town.")).toEqual([["on 13.6", "2025-06-13"]]);
  });

  it("reads an ambiguous slashed day and month as the reading nearest before publication", () => {
    // 6 September is two days before publication; 9 June three months.
    expect(read("Gunmen killed 12 people on 9/6 in the town.")).toEqual([["on 9/6", "2025-09-06"]]);
    expect(read("Gunmen killed 12 people on 6/9 in the town.")).toEqual([["on 6/9", "2025-09-06"]]);
    // A day after publication is last year's.
    expect(read("Gunmen killed 12 people on 20/12 in the town.")).toEqual([["on 20/12", "2024-12-20"]]);
  });

  it("reads no date in fractions, '24/7', a day and month with no 'on', or with no publication day", () => {
    expect(read("About 3/4 of the 12 people killed were women.")).toEqual([]);
    expect(read("Patrols run 24/7 since the attack.")).toEqual([]);
    expect(read("Gunmen killed 12 people on 9/6 in the town.", null).map(([, d]) => d)).toEqual([null]);
    expect(read("Gunmen killed 12 people on 31.02 in the town.")).toEqual([]);
  });
});
