// The day-month anchor must hold every match of chrono's day-month pattern: the pattern is made
// of the pieces the anchor assumes, and a text chrono's pattern matches is matched by the anchor.
import * as chrono from "chrono-node/en";
import type { ParsingContext } from "chrono-node";
import { describe, expect, it } from "vitest";
import { findTimes } from "./find-times.js";
import { CHRONO_DAY_MONTH_SEPARATOR, CHRONO_MONTHS, DAY_MONTH } from "./month-anchors.js";

const LITTLE_ENDIAN = (() => {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === "ENMonthNameLittleEndianParser");
  return parser!.pattern({ text: "", option: {} } as unknown as ParsingContext) as RegExp;
})();

describe("day-month anchor", () => {
  it("is built from the pieces of chrono's own pattern", () => {
    const source = LITTLE_ENDIAN.source;
    // Its ordinal: chrono's ordinal words, or one or two digits with an ending or none.
    const ordinal =
      /^\(\\W\|\^\)\(\?:on\\s\{0,3\}\)\?\(\(\?:\(\?:([a-z |-]+)\)\|\[0-9\]\{1,2\}\(\?:st\|nd\|rd\|th\)\?\)\)/.exec(
        source,
      );
    expect(ordinal, source.slice(0, 80)).not.toBeNull();
    const words = ordinal![1]!.split("|");
    expect(words.length).toBeGreaterThan(30);
    for (const w of words) expect(w).toMatch(/(?:st|nd|rd|th)$/);
    const ord = ordinal![0].slice("(\\W|^)(?:on\\s{0,3})?(".length, -1);
    const head =
      `(\\W|^)(?:on\\s{0,3})?(${ord})(?:\\s{0,3}(?:to|\\-|\\–|until|through|till)\\s{0,3}(${ord}))?` +
      `${CHRONO_DAY_MONTH_SEPARATOR}(${CHRONO_MONTHS})`;
    expect(source.startsWith(head)).toBe(true);
  });

  it("matches every text chrono's pattern matches", () => {
    const befores = ["", "on ", "On ", "from ", "the "];
    const days = [
      "12",
      "1st",
      "2ND",
      "twenty-third",
      "first",
      "Fourth",
      "3 to 5",
      "3-5",
      "31st until 2nd",
      "12.",
      "north",
      "fifth",
    ];
    const seps = [" ", "", "-", "/", " of ", "of", "  ", ", "];
    const months = ["March", "may", "Sept.", "sept", "DEC", "jun.", "Mayor", "Marines", "morning"];
    const afters = ["", " 2016", ", 2016", "-16", "2016", "'s", " AD", ":", "x"];
    let matched = 0;
    for (const b of befores)
      for (const d of days)
        for (const s of seps)
          for (const m of months)
            for (const a of afters) {
              const text = `Police said ${b}${d}${s}${m}${a} was calm.`;
              if (!LITTLE_ENDIAN.test(text)) continue;
              matched++;
              if (!DAY_MONTH.test(text)) expect.fail(`"${text}" matches chrono but not the anchor`);
            }
    expect(matched).toBeGreaterThan(2_000);
  });

  it("lets a capitalised word that only starts like a month pass without the parser", () => {
    for (const text of ["The Mayor said 12 Marines died.", "On March 3, 2016, 12 were killed."])
      expect(DAY_MONTH.test(text), text).toBe(false);
  });

  it("leaves day-month dates to chrono", () => {
    const times = (s: string) => findTimes(s, { start: 0, end: s.length }, "2024-03-15").map((m) => m.text);
    expect(times("On 12 March, police said 30 people were killed.")).toEqual(["On 12 March"]);
    expect(times("Fighting on the 3rd of March killed 12.")).toEqual(["on the 3rd of March"]);
  });
});
