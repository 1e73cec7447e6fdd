// "This is the third encounter in the district this month. Earlier, on October 3, three
// infiltrators were killed along the Line of Control": a sentence that opens by turning back in time
// ("Earlier,", "Previously,", "Before that,") and dates its figure to a day before the report's own
// event tells an earlier event, background to this one (codebook §1c "Other incidents"). The
// report's own day is that of its first dated claim (the lede's); "Earlier on Tuesday, police said
// two were killed" on the report's own day stays the report's.
import type { Claim, ClaimTime } from "../../core/model.js";
import { EARLIER_OPENERS } from "../lexicon/context.js";
import type { Token } from "../tokens.js";

/** Whether a figure in the sentence of `tokens`, dated `time`, is of an event before the report's. */
export function ofEarlierDay(
  tokens: readonly Token[],
  time: ClaimTime | null,
  claims: readonly Claim[],
): boolean {
  if (!time?.date || time.precision !== "day") return false;
  const opener = EARLIER_OPENERS.at(tokens, 0);
  if (!opener) return false;
  const ownDay = reportDay(claims);
  return ownDay !== undefined && time.date < ownDay;
}

/** The report's own day: that of its first claim dated to a day and not of another incident. */
export function reportDay(claims: readonly Claim[]): string | undefined {
  return (
    claims.find((c) => c.time?.date && c.time.precision === "day" && !c.otherIncident)?.time?.date ??
    undefined
  );
}
