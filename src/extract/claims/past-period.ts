// A toll of a past period, background to the report (codebook §1c "Other incidents"): a figure
// dated in its own sentence by a year before the article's, whether the year stands alone ("In
// 2025 the bureau recorded 24 crew taken hostage", "since 2021"), with its month ("the military has
// killed more than 6,000 civilians since it seized power in February 2021", "since the war began
// in October 2023") or as "last year" ("More than 5,600 people were killed in gang violence last
// year"), or closing a "since" clause ("more than 330 people have been killed since the ceasefire of
// November 2024"). The year must be named with its preposition: "the 2024 bombing" may be the
// report's own subject (a trial). A month of the article's own year is not a past period here: a
// monthly summary's "in October" is its own subject.
import type { ClaimTime } from "../../core/model.js";

/** How a past period opens: a preposition before its year or month, or "last year" whole. */
const PERIOD_OPENING = /^(?:(?:in|since|during|throughout)\s|last\s+year$)/i;

/** A "since" clause of at most five words ending right before the date: "since the ceasefire of ". */
const SINCE_CLAUSE = /\bsince(?:\s+[\p{L}'’-]+){1,5}\s+$/iu;

/**
 * Whether `time`, found in the figure's own sentence (from `from` on, not a year the sentence
 * before gave to something else: "the mausoleum of a police chief killed in 1909 … One assailant
 * was injured"), dates the figure to a year before the one the article was published in.
 */
export function ofPastPeriod(
  time: ClaimTime | null,
  published: string | null,
  from: number,
  text: string,
): boolean {
  if (!time || !time.date || !published || time.start < from) return false;
  if (time.precision !== "year" && time.precision !== "month") return false;
  const lead = text.slice(Math.max(from, time.start - 60), time.start);
  if (!PERIOD_OPENING.test(time.text) && !SINCE_CLAUSE.test(lead)) return false;
  return time.date.slice(0, 4) < published.slice(0, 4);
}
