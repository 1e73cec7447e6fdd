import { describe, expect, it } from "vitest";
import { eventWeekdays, recalledDays } from "./recalled-days.js";

describe("recalledDays", () => {
  it("reads dates written out, with the publication's year (the year before when later)", () => {
    expect(recalledDays("Police arrested two men over the June 9 bombing.", "2025-06-23")).toEqual([
      ["2025-06-09", "2025-06-09"],
    ]);
    expect(recalledDays("the attack of 28th December killed four", "2026-01-10")).toEqual([
      ["2025-12-28", "2025-12-28"],
    ]);
    expect(recalledDays("since Mar. 3, 2024, and on 5 of April 2024", null)).toEqual([
      ["2024-03-03", "2024-03-03"],
      ["2024-04-05", "2024-04-05"],
    ]);
  });

  it("reads spans recalled from the publication day", () => {
    expect(recalledDays("a follow-up to last month's attack", "2025-07-04")).toEqual([
      ["2025-06-01", "2025-06-30"],
    ]);
    expect(recalledDays("the blast earlier this month", "2025-07-20")).toEqual([
      ["2025-07-01", "2025-07-19"],
    ]);
    expect(recalledDays("an ambush three weeks ago", "2025-07-22")).toEqual([["2025-06-28", "2025-07-04"]]);
  });

  it("reads the day a weekday gives an event: 'Saturday's attack', 'the raid late on Saturday'", () => {
    // 2026-04-13 is a Monday.
    expect(eventWeekdays("The raid late on Saturday was the latest.", "2026-04-13")).toEqual(["2026-04-11"]);
    expect(eventWeekdays("victims of Sunday's suicide bombing", "2026-04-13")).toEqual(["2026-04-12"]);
    expect(eventWeekdays("since last Monday's attack", "2026-04-13")).toEqual(["2026-04-06"]);
    expect(eventWeekdays("the attack on Monday", "2026-04-13")).toEqual(["2026-04-13"]);
    // A weekday of no event noun, or of a statement, is no event's day; nor with no publication day.
    expect(eventWeekdays("police said on Saturday", "2026-04-13")).toEqual([]);
    expect(eventWeekdays("Saturday's attack", null)).toEqual([]);
    // They are not the recalled days, which the time score weighs beyond the week.
    expect(recalledDays("Saturday's attack", "2026-04-13")).toEqual([]);
  });

  it("leaves out what is no day: 'may' as a verb, impossible days, a date with no year to take", () => {
    expect(recalledDays("officials said the toll may 20 rise", "2025-06-23")).toEqual([]);
    expect(recalledDays("on February 31", "2025-06-23")).toEqual([]);
    expect(recalledDays("the June 9 bombing", null)).toEqual([]);
    expect(recalledDays("last month's attack", null)).toEqual([]);
  });
});
