// The fast path for the commonest time of a report: a weekday ("on Tuesday", "last Friday") that is
// the only time the sentence can hold. chrono would find it with its weekday parser and our
// refiners would resolve it; here chrono's own pattern finds it, scanned as chrono scans, and
// find-times.ts resolves it by the same rules (NewsTense's direction), with no chrono run: a run
// costs ~0.3 ms a sentence until V8 has optimised chrono, ~0.05 ms after. Whenever anything else
// could change chrono's answer — another time word (any gate of another parser passes), a second
// weekday, an abbreviation, a word after it that chrono's timezone refiners would take — this
// gives null and chrono runs. weekdays.test.ts checks the two agree.
import { onlyWeekdaysPossible, WEEKDAY_PATTERN, weekdayGatePasses } from "./chrono.js";
import { WEEKDAYS } from "./lexicon.js";
import * as P from "./patterns.js";

/** A weekday point as chrono would give it: `[index, index + text.length)` in the sentence. */
export interface WeekdayPoint {
  index: number;
  text: string;
  /** 0 Sunday … 6 Saturday, as chrono counts. */
  weekday: number;
}

/** ExtractTimezoneAbbrRefiner takes "(EST)", ", UTC" after a date (upper case only, for a date alone). */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/;
/** ExtractTimezoneOffsetRefiner takes "+5", "GMT-3" after a date. */
const OFFSET_AFTER = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;

/** The weekday points of `sentence` (`[]` when chrono can find nothing at all), or null: run chrono. */
export function weekdayPoints(sentence: string): WeekdayPoint[] | null {
  if (!onlyWeekdaysPossible(sentence)) return null;
  if (!weekdayGatePasses(sentence)) return [];
  const found = scan(sentence);
  if (found.length !== 1) return null;
  const [m] = found;
  const word = m!.groups.weekday;
  const weekday = (WEEKDAYS as readonly string[]).indexOf(word.toLowerCase());
  if (weekday < 0 || word.charAt(0) === word.charAt(0).toLowerCase() || m!.groups.postfix !== undefined)
    return null;
  const { index, text } = m!;
  const after = sentence.slice(index + text.length);
  if (
    /\d/.test(text) ||
    P.allMatches(P.MONTH_TOKEN, text).length > 0 ||
    P.CHRONO_DURATION.test(text) ||
    P.NOW_ONLY.test(text.trim())
  )
    return null;
  if (ZONE_AFTER.test(after) || OFFSET_AFTER.test(after)) return null;
  return [{ index, text, weekday }];
}

interface Found {
  index: number;
  text: string;
  groups: { weekday: string; postfix: string | undefined };
}

/** The weekday parser's matches as chrono's executeParser finds them (at most two: one too many). */
function scan(sentence: string): Found[] {
  const found: Found[] = [];
  let from = 0;
  while (found.length < 2 && from <= sentence.length) {
    // chrono matches on the rest of the text, so `^` may stand for the previous match's end.
    const m = WEEKDAY_PATTERN!.exec(sentence.slice(from));
    if (!m) break;
    const boundary = m[1] ?? "";
    const index = from + m.index + boundary.length;
    const text = m[0].slice(boundary.length);
    found.push({ index, text, groups: { weekday: m[3]!, postfix: m[4] } });
    from = index + text.length;
  }
  return found;
}
