// findDurations runs the duration pattern, written in lower case without the `i` flag, on the
// sentence with its ASCII letters lowered. It must find exactly what the pattern with the `i` flag
// finds on the sentence as written: in every case, beside letters that fold onto ASCII ones only
// with the `u` flag ("ſ", the Kelvin sign) or change length when lowered ("İ").
import { describe, expect, it } from "vitest";
import { findDurations, lowerAscii } from "./durations.js";
import * as L from "./lexicon.js";
import { allMatches, DURATION } from "./patterns.js";

const CASELESS = new RegExp(DURATION.source, "gi");

const spans = (text: string) => allMatches(CASELESS, text).map((m) => [m.index, m.index + m[0].length]);

/** The same text in lower, upper and title case, and with every other letter upper. */
function cases(text: string): string[] {
  const title = text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const alternating = [...text].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("");
  return [text, text.toUpperCase(), title, alternating];
}

/** Phrases of our own around every lead, count, unit and closing word of the pattern. */
function gridTexts(): string[] {
  const out: string[] = [];
  const counts = ["36", "1.5", "twenty-four", ...L.NUMBER_WORDS.slice(0, 6), "a", "an", "one", "a few"];
  for (const unit of [...L.DURATION_UNITS, ...L.PLURAL_ONLY_UNITS]) {
    for (const count of counts) {
      out.push(`Police said ${count} ${unit}s ago the town fell, over ${count} ${unit}s.`);
      out.push(`During the ${count}-${unit} siege, a ${unit}-long curfew held; ${count}-${unit}-old.`);
    }
    for (const lead of L.DURATION_LEADS)
      for (const approx of ["", ...L.DURATION_APPROXIMATORS.slice(0, 5)])
        out.push(`It lasted ${lead} ${approx} the past ${unit}s of age, ${lead} the last ${unit} of it.`);
    for (const q of L.DURATION_QUALIFIERS)
      out.push(`In the ${q} several ${unit}s, the ${q} 48 ${unit}s old.`);
    for (const stop of L.DURATION_STOPPERS)
      out.push(`Two ${unit}s ${stop}, 3 ${unit} - ${stop} and 4 ${unit}s of age.`);
  }
  return out;
}

/** Letters that look like ASCII ones: only the `u` flag folds the first two onto them. */
const CONFUSABLES = [
  "two dayſ ago, over 3 weeKs, for ſeveral hours",
  "İN THE PAST 24 HOURS, ın two days, over two DAYS",
  "for 36\u00a0hours, during the\u2009three-day siege, within\tan hour",
  "",
  "days",
];

describe("findDurations", () => {
  it("finds what the pattern with the i flag finds, in every case", () => {
    let found = 0;
    for (const text of [...gridTexts(), ...CONFUSABLES])
      for (const variant of cases(text)) {
        const expected = spans(variant);
        found += expected.length;
        expect(
          findDurations(variant).map((d) => [d.start, d.end]),
          variant,
        ).toEqual(expected);
      }
    expect(found).toBeGreaterThan(1_500);
  });

  it("reads text lowered only in its ASCII letters, at the same length", () => {
    expect(lowerAscii("İN THE PAST ſ DAYS, Ünal")).toBe("İn the past ſ days, Ünal");
  });
});
