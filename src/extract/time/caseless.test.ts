import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node/en";
import type { ParsingContext } from "chrono-node";
import { caseless } from "./caseless.js";

/** Every match of `re` in `text` tried from each position: index and groups. */
function matches(re: RegExp, text: string): (string | undefined)[][] {
  const out: (string | undefined)[][] = [];
  for (let from = 0; from < text.length; from++) {
    const m = re.exec(text.slice(from));
    if (m) out.push([String(from + m.index), ...m]);
  }
  return out;
}

const chronoPattern = (name: string): RegExp => {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === name)!;
  return parser.pattern({ text: "" } as unknown as ParsingContext) as RegExp;
};

// Case and letters that fold oddly: the long s (ſ, upper case S), the Kelvin sign (K, lower case
// k), dotted and dotless i (İ ı), and the German sharp s, which `i` without `u` folds onto no ASCII letter.
const TEXTS = [
  "The attack happened two days ago in the town.",
  "Three Hours Later, police arrived; about a couple of weeks BEFORE that, 5 mins, and 2 hrs earlier",
  "TWO DAYS AGO",
  "half an hour after the blast, 1.5 days later and a few weeks from now",
  "two dayſ ago, 3 weeKs ago, 4 weeKs ago, 5 yeİrs ago, ıt was 6 days agO, the 2 days ago, straße",
  "10 days, 3 hours and 20 minutes ago",
  "He said a day earlier and one week out, 2 yrs henceforth, 3 mo forward",
];

describe("caseless", () => {
  it("matches what chrono's 'ago' and 'later' patterns match, with the same groups", () => {
    for (const name of ["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]) {
      const re = chronoPattern(name);
      const own = caseless(re);
      expect(own).not.toBe(re);
      expect(own.flags).not.toContain("i");
      for (const text of TEXTS) expect(matches(own, text), `${name}: ${text}`).toEqual(matches(re, text));
      expect(TEXTS.flatMap((text) => matches(own, text)).length).toBeGreaterThan(5);
    }
  });

  it("rewrites letters outside classes and escapes only", () => {
    expect(caseless(/\bago\d[0-9]+\s/i).source).toBe("\\b[aA][gG][oO]\\d[0-9]+\\s");
    expect(caseless(/a(?:b|c)?/gi).flags).toBe("g");
  });

  it("leaves alone what it cannot rewrite exactly", () => {
    for (const re of [/[a-z]+ago/i, /\u00e9ago/i, /(?<word>ago)/i, /\p{L}ago/iu, /ago/u, /ago/]) {
      expect(caseless(re)).toBe(re);
    }
  });
});
