// The year a counted figure gives back must be the one chrono gives the day and month alone.
import { describe, expect, it } from "vitest";
import { addDays, localNoon, type Day } from "./calendar.js";
import { TIME_PARSER } from "./chrono.js";
import { yearNearest } from "./count-after-date.js";
import { MONTHS } from "./lexicon.js";

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe("yearNearest", () => {
  it("gives the year chrono implies for a day and month, whatever the reference", () => {
    let compared = 0;
    for (let k = 0; k < 366 * 2; k += 7) {
      const ref: Day = addDays({ year: 2023, month: 1, day: 3 }, k);
      for (const [i, month] of MONTHS.entries())
        for (const day of [1, 14, 28]) {
          const [r] = TIME_PARSER.parse(`Police said on ${day} ${capital(month)} that`, localNoon(ref));
          expect(r!.start.isCertain("year")).toBe(false);
          expect(
            yearNearest(localNoon(ref), day, i + 1),
            `${day} ${month} from ${ref.year}-${ref.month}-${ref.day}`,
          ).toBe(r!.start.get("year"));
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(3_000);
  });

  it("leaves the counting figure out and implies the year, with or without the comma", () => {
    for (const sentence of ["On 12 March, 30 people died.", "On 12 March 30 people died."]) {
      const [r] = TIME_PARSER.parse(sentence, localNoon({ year: 2025, month: 9, day: 1 }));
      expect(r!.text.trim()).toBe("On 12 March");
      expect([r!.start.get("year"), r!.start.isCertain("year")]).toEqual([2025, false]);
    }
  });
});

describe("a month, a comma and a figure", () => {
  it("keeps the month alone, the figure out, whether chrono read the digits as a day or a year", () => {
    const ref = localNoon({ year: 2026, month: 3, day: 16 });
    for (const [sentence, month] of [
      ["In January, 20 villagers were abducted.", 1],
      ["In February, 12 soldiers were killed.", 2],
    ] as const) {
      const [r, ...more] = TIME_PARSER.parse(sentence, ref);
      expect(more).toEqual([]);
      expect(r!.text.trim()).toBe(sentence.slice(3, sentence.indexOf(",")));
      expect([r!.start.get("month"), r!.start.get("year"), r!.start.isCertain("day")]).toEqual([
        month,
        2026,
        false,
      ]);
    }
  });
});
