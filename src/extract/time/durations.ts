// Durations: "over two days", "for 36 hours", "in the past 24 hours", "during the three-day siege".
// chrono reads these as a point in the future ("for 36 hours" → the day after tomorrow); we keep
// them as spans with no date.
import { allMatches, DURATION, DURATION_GATE } from "./patterns.js";

/** `[start, end)` of each duration in `sentence`, left to right, not overlapping. */
export function findDurations(sentence: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!DURATION_GATE.test(sentence)) return found;
  for (const m of allMatches(DURATION, lowerAscii(sentence)))
    found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

const UPPER = /[A-Z]+/g;

/** `text` with A–Z lowered and nothing else changed (the same length): what DURATION reads. */
export function lowerAscii(text: string): string {
  return text.replace(UPPER, (letters) => letters.toLowerCase());
}
