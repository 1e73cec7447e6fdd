import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, dayText, weekdayOf } from "./day-numbers.js";
import { addDays, daysBetween } from "./event-time.js";
import { periodDays, periodOf, PERIOD_DAYS } from "./block.js";

const DAY_MS = 86_400_000;
/** What the day functions gave before, by `Date`. */
const byDate = {
  number: (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY_MS,
  text: (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10),
  weekday: (n: number) => new Date(n * DAY_MS).getUTCDay(),
};
/** Any day from 0000-01-01 to 9999-12-31, as text. */
const anyDay = fc.integer({ min: -719_528, max: 2_932_896 }).map(byDate.text);

describe("day numbers", () => {
  it("read and write every day of years 0000-9999 as Date does", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -400, max: 400 }), (day, n) => {
        expect(dayNumber(day)).toBe(byDate.number(day));
        expect(dayText(dayNumber(day))).toBe(day);
        expect(weekdayOf(dayNumber(day))).toBe(byDate.weekday(dayNumber(day)));
        expect(addDays(day, n)).toBe(byDate.text(byDate.number(day) + n));
      }),
      { numRuns: 2000 },
    );
  });

  it("leave what is not a plain date to Date: its answer, NaN or the error", () => {
    for (const odd of [
      "2021-02-30",
      "2021-02-29",
      "2024-02-29",
      "2021-13-01",
      "2021-1-01",
      "x",
      "",
      "20210101",
      "2021-04-31",
    ])
      expect(dayNumber(odd)).toBe(byDate.number(odd));
    // V8 reads the 30th of February as the 2nd of March.
    expect(addDays("2021-02-30", 0)).toBe("2021-03-02");
    expect(daysBetween("2021-02-28", "2021-02-30")).toBe(2);
    expect(daysBetween("2021-13-01", "2021-01-01")).toBeNaN();
    expect(() => addDays("not a day", 1)).toThrow(RangeError);
    // Beyond four-digit years, as toISOString writes them.
    expect(dayText(2_932_897)).toBe("+010000-01");
    expect(dayText(-719_529)).toBe("-000001-12");
  });

  it("keep the periods and the gaps between days", () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(daysBetween(a, b)).toBe(
          Math.round(Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS),
        );
        expect(periodOf(a)).toBe(Math.floor(byDate.number(a) / PERIOD_DAYS));
        // (periods wholly within years 0001-9999, whose days are written with four digits)
        if (a < "0001" || a > "9999-11") return;
        const { from, to } = periodDays(periodOf(a));
        expect(from).toBe(byDate.text(periodOf(a) * PERIOD_DAYS));
        expect(to).toBe(byDate.text(periodOf(a) * PERIOD_DAYS + PERIOD_DAYS - 1));
        expect(from <= a && a <= to).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
