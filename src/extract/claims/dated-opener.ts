// "The bombing was the third in the district this month. On April 3, a roadside bomb wounded four
// rangers on patrol": a sentence that opens on a calendar date of its own ("On April 3,", "On 3
// April,") a week or more before the report's own day tells an earlier event, background to this
// one (codebook §1c "Other incidents"). News style names a day within the past week by its weekday
// and an older one by its date, so a week is the bound; a date within it ("On April 18," in a
// report of the 20th) may be an earlier day of the report's own event and stays the report's. The
// report's own day is that of its first dated claim, as for "Earlier, on October 3," (earlier-dated.ts).
import type { Claim, ClaimTime } from "../../core/model.js";
import { MONTHS } from "../time/lexicon.js";
import type { Token } from "../tokens.js";
import { reportDay } from "./earlier-dated.js";

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** "On" and a date with its month named, then a comma: "On April 3,", "On 3 April,", "On April 3, 2026,". */
function opensOnDate(tokens: readonly Token[]): boolean {
  if (tokens[0]?.norm !== "on") return false;
  const month = MONTH_WORDS.has(tokens[1]?.norm ?? "") ? 1 : MONTH_WORDS.has(tokens[2]?.norm ?? "") ? 2 : 0;
  if (month === 0 || tokens[3 - month]?.kind !== "num") return false;
  const after = tokens[3]?.norm === "," && tokens[4]?.kind === "num" ? 5 : 3;
  return tokens[after]?.norm === ",";
}

/** Whether a figure in the sentence of `tokens`, dated `time`, is of an event a week or more before the report's. */
export function onEarlierDate(
  tokens: readonly Token[],
  time: ClaimTime | null,
  claims: readonly Claim[],
): boolean {
  if (!time?.date || time.precision !== "day" || !opensOnDate(tokens)) return false;
  const own = reportDay(claims);
  return own !== undefined && Date.parse(own) - Date.parse(time.date) >= WEEK_MS;
}
