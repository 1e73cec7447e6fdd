// A month with a relative year after it is one point of that year (./month-of-year.ts). Sentences
// written for these tests; the reference date is fixed.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find-times.js";

const PUBLISHED = "2026-05-21";
const times = (s: string) =>
  findTimes(s, { start: 0, end: s.length }, PUBLISHED).map((m) => [m.text, m.date, m.precision]);

describe("a month with a relative year after it", () => {
  it("is that month of the year named ('since January last year', 'in March of last year')", () => {
    expect(times("Clashes have killed more than 60 people in the camps since January last year.")).toEqual([
      ["since January last year", "2025-01-01", "month"],
    ]);
    expect(times("He was arrested in March of last year.")).toEqual([
      ["in March of last year", "2025-03-01", "month"],
    ]);
    expect(times("In February this year, 12 people were killed.")).toEqual([
      ["In February this year", "2026-02-01", "month"],
    ]);
  });

  it("leaves a month and a year apart in the sentence as two points", () => {
    expect(times("In January, the council said the toll of last year was the highest.")).toEqual([
      ["In January", "2026-01-01", "month"],
      ["last year", "2025-01-01", "year"],
    ]);
  });
});
