// "The army said in February that 12 soldiers and four volunteer fighters had been killed in an
// ambush near the same town", in a report of a raid on 15 March: a figure whose month, before the
// month of the report's own day, dates its sentence (it opens it: "Last month, gunmen killed nine
// traders") or the saying of it ("said in February that") is of an earlier event, background to
// this one (codebook §1c "Other incidents"); a past year's is past-period.ts's. A month further in
// the sentence may date another clause ("cattle stolen from them last month"), a month taken from
// the sentence before dates that one, and a count "since January" runs up to now: none of these.
// The report's own day is that of its first claim dated to a day (earlier-dated.ts), so a monthly
// summary, whose figures are dated by their months and by no day before them, keeps its months.
import type { Claim, ClaimTime, Span } from "../../core/model.js";
import { SPEECH_VERBS } from "../time/lexicon.js";
import { reportDay } from "./earlier-dated.js";

const SAID_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS.join("|")})(?:\\s+in)?\\s*$`, "i");

/** Whether a figure of sentence `s`, dated `time`, is dated by a month before the month of the report's own day. */
export function ofEarlierMonth(
  text: string,
  s: Span,
  time: ClaimTime | null,
  claims: readonly Claim[],
): boolean {
  if (!time?.date || time.precision !== "month" || time.start < s.start || /^since\b/i.test(time.text))
    return false;
  const before = text.slice(s.start, time.start).trim();
  if (before !== "" && !SAID_BEFORE.test(before)) return false;
  const own = reportDay(claims);
  return own !== undefined && time.date.slice(0, 7) < own.slice(0, 7);
}
