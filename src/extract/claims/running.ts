// Running counts (codebook §1c "Scope": "bodies recovered so far" is cumulative; ARCHITECTURE,
// "Running counts"): a figure given as the count so far, or while the event still went on, is the
// toll as it stood then, a lower bound on the final figure. The tally replaces it by a larger
// figure of a source at least as authoritative instead of weighing it against that figure
// (core/tally/strategies.ts `settled`).
//
// A count is running when, in its sentence:
// - a "so far" cue stands near the figure ("27 killed so far", "so far, 12 bodies", "the toll to
//   date"), unless it compares periods ("the deadliest attack so far this year");
// - an event is said to go on ("in the firing that is still going on", "the operation continues",
//   "during the ongoing shootout");
// - the toll is expected to grow ("the toll is expected to rise");
// - or it is counted from an onset up to now ("since the start of the year", "since the protests
//   began", "since January", "since Monday", "since 2021"), or, for a count in the perfect, by any
//   "since" clause ("the military has killed more than 6,000 civilians since it seized power").
// Only outcomes that accumulate are running; a stock ("150 are still held", "450 aboard") is not.
import type { Outcome } from "../../core/model.js";
import {
  ONGOING_CUES,
  ONGOING_EVENTS,
  ONSET_NOUNS,
  ONSET_VERBS,
  SO_FAR_CUES,
  SO_FAR_PERIODS,
  TOLL_RISE_CUES,
} from "../lexicon/context.js";
import { MONTHS, WEEKDAYS } from "../time/lexicon.js";
import type { Token } from "../tokens.js";
import { clauseWindow } from "./clause-window.js";

const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...MONTHS, ...WEEKDAYS]);

const ACCUMULATING: ReadonlySet<Outcome> = new Set(["killed", "injured", "abducted", "released", "arrested"]);

/** Whether the count whose words span tokens [first, last) of its sentence is a running count. */
export function isRunning(tokens: readonly Token[], first: number, last: number, outcome: Outcome): boolean {
  if (!ACCUMULATING.has(outcome)) return false;
  return (
    soFar(tokens, first, last) ||
    ongoing(tokens) ||
    TOLL_RISE_CUES.anyIn(tokens, 0, tokens.length) ||
    sinceOnset(tokens, first, last)
  );
}

/**
 * "since" within twelve tokens of the count, in its clause, opening a time from which it runs: a
 * month, weekday or year right after it ("since January", "since 2021"), a noun of onset after
 * "the" ("since the start of the year"), or a verb of onset within five words ("since the protests
 * began"); after a count in the perfect, any clause ("has killed 6,000 since it seized power"). A
 * "since" of cause ("since police did not respond") opens none of these.
 */
function sinceOnset(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 12); k < Math.min(tokens.length, last + 12); k++) {
    if (tokens[k]!.norm !== "since" || clauseBreakBetween(tokens, k, first, last)) continue;
    const next = tokens[k + 1]?.norm ?? "";
    if (CALENDAR_WORDS.has(next) || /^(1[89]|20)\d\d$/.test(next)) return true;
    if (next === "the" && ONSET_NOUNS.has(tokens[k + 2]?.norm ?? "")) return true;
    for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++)
      if (ONSET_VERBS.has(tokens[j]!.norm)) return true;
    if (k >= last && inPerfect(tokens, first, last)) return true;
  }
  return false;
}

const PERFECT = new Set(["has", "have", "'ve"]);

/**
 * A count told in the perfect, up to now: "has killed more than 6,000" (the auxiliary a few words
 * before the figure), "6,000 civilians have been killed" (within its words).
 */
export function inPerfect(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 3); k < last; k++) if (PERFECT.has(tokens[k]!.norm)) return true;
  return false;
}

/** A clause break between token k and the count [first, last): "since" then belongs to another clause. */
function clauseBreakBetween(tokens: readonly Token[], k: number, first: number, last: number): boolean {
  const [a, b] = k < first ? [k, first] : [last, k];
  // After the count a comma ends its clause too ("97 wounded, raising the toll since the start of
  // the war to 61,230": the period is the other figure's); before it, "Since January, 300 …" holds.
  const breaks = k < first ? [";"] : [";", ","];
  for (let j = a; j < b; j++) if (breaks.includes(tokens[j]!.norm)) return true;
  return false;
}

/** A "so far" cue within six tokens of the count in its clause, not one comparing periods. */
function soFar(tokens: readonly Token[], first: number, last: number): boolean {
  const [from, to] = clauseWindow(tokens, first, last, 6);
  for (let k = from; k < to; k++) {
    const p = SO_FAR_CUES.at(tokens, k);
    if (p && !SO_FAR_PERIODS.has(tokens[k + p.length]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * An event said to go on: an event noun within four tokens before a cue ("the firing that is still
 * going on", "the operation continues"), or "ongoing"/"continuing" before one ("the ongoing
 * shootout").
 */
function ongoing(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if ((w === "ongoing" || w === "continuing") && ONGOING_EVENTS.has(tokens[k + 1]?.norm ?? "")) return true;
    if (!ONGOING_CUES.at(tokens, k)) continue;
    for (let j = Math.max(0, k - 4); j < k; j++) if (ONGOING_EVENTS.has(tokens[j]!.norm)) return true;
  }
  return false;
}
