// How a figure is printed for people: "33", "21 (21–28)", an open range as "21+" (never "21–-"),
// nothing known as "-"; deaths stated with no figure as "?" alone, "33 +?" beside a figure.
import type { UnknownDeaths } from "../core/tally/index.js";

export interface Figure {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** A range: "21–28", "21" when both ends agree, "21+" when open above, "≤ 9" with no low, or "-". */
function rangeText(low: number | null, high: number | null): string {
  if (low === null) return high === null ? "-" : `≤ ${high}`;
  if (high === null) return `${low}+`;
  return high === low ? String(low) : `${low}–${high}`;
}

/** A figure as its best, else (the `range` strategy gives no best) as its range. */
export function pointText(f: Figure): string {
  return f.best !== null ? String(f.best) : rangeText(f.low, f.high);
}

/** The best figure with its range where the range is wider: "58 (25–226)", "21 (21+)", "33". */
export function figureText(f: Figure): string {
  if (f.best === null) return rangeText(f.low, f.high);
  if (f.low !== null && f.low === f.best && f.high === f.best) return String(f.best);
  if (f.low === null && f.high === null) return String(f.best);
  return `${f.best} (${rangeText(f.low ?? f.best, f.high)})`;
}

/**
 * A killed total with the deaths its reports state with no figure (datasets.ts UnknownDeaths):
 * "?" where no figure is given ("heavy casualties"), "4 +?" where they come beside the figure.
 */
export function withUnknownDeaths(text: string, unknown: UnknownDeaths): string {
  if (unknown === "alone") return "?";
  return unknown === "beside" ? `${text} +?` : text;
}

/** What the lists and `show` say of "?" and "+?". */
export const UNKNOWN_DEATHS_NOTE = "? = deaths stated with no figure, which ACLED codes as 10";
