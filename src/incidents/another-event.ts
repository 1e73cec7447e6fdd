// Serial attacks in one place on consecutive days (issue 11): a bombing of a market on Monday and
// of a mosque on Tuesday in the same city share place, type, armed group and many words, and the
// day between them is within what one event's reports disagree by. What tells them apart in real
// reports is that each report gives its own event's day, and that day is not the incident's,
// together with one of:
//   - another kind of target (lexicon/targets.ts): "a mosque" against "the market";
//   - a toll that falls from the earlier event to the later one (7 killed a day after reports of
//     12 and 15), where one event's later reports revise a toll up, not down.
// Either alone is weak (reports of one event name its day a day apart when it ran past midnight,
// and name different things hit); the day together with either is read as another event.
// Follow-ups are not caught: a report days later about the market names Monday's bombing
// (event-time.ts `ownDays`), and a revised toll is higher.
//
// Dated summaries are told apart by their day alone: an entry of an event dataset or a bulletin
// that opens with its day ("03/10/2017: Assailants abducted …", event-time.ts `stamp`) is one
// event of that day, so an entry stamped with a day none of the incident's entries has is another
// event, however alike their words (a week's attacks in one district, written from one template):
// OTHER_DAY_SUMMARY, as much as a series takes, since two entries of one template a day apart
// share place, type and nearly every word (text and names cosines near 0.9 each; at −3, GTD dev
// entries a day or three apart linked at 2.6–4.0).
import { addDays, ownDays } from "./event-time.js";
import type { DaySpan } from "./recalled-days.js";
import type { ArticleFeatures } from "./features.js";

/** What "another event" takes off a link's score: as a series (link-score.ts), two events. */
export const ANOTHER_EVENT = -3;
/**
 * Two events of one series (both reports say "one of N related attacks"): more than all else can
 * add between them (time 1, province 0.5, type 0.5, actors 0.5, text and names 4, a raised toll
 * 0.5: 7) less THRESHOLD (link-score.ts), so that they never link however alike. At −3, GTD's
 * summaries of a series' events, written alike but for the target, linked on their text and
 * names cosines.
 */
export const SERIES = -5;
/** What a dated summary of another day takes off: as SERIES, two days' entries never link. */
export const OTHER_DAY_SUMMARY = SERIES;

/** Why a report tells of another event, and what that takes off its score. */
export interface AnotherEvent {
  weight: number;
  reason: string;
}

/** What an incident offers the test: its reports' own days, stamps, kinds of target and key figures. */
export interface EventMarks {
  days: ReadonlySet<string>;
  /** The days its dated summaries open with (event-time.ts `stamp`). */
  stamps: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  /** The windows its reports date their event by, as "from..to" (`windowKey`). */
  windows: ReadonlySet<string>;
}

/** Why the report tells of another event than the incident's, or null when nothing says so. */
export function anotherEvent(f: ArticleFeatures, incident: EventMarks): AnotherEvent | null {
  const stamp = f.time.stamp;
  if (stamp && incident.stamps.size > 0 && !incident.stamps.has(stamp))
    return {
      weight: OTHER_DAY_SUMMARY,
      reason: `a summary of ${stamp}, the incident's of ${[...incident.stamps].sort().join(", ")}`,
    };
  const outside = outsideWindow(f, incident);
  if (outside) return { weight: OTHER_DAY_SUMMARY, reason: outside };
  const why = ownDayApart(f, incident);
  return why ? { weight: ANOTHER_EVENT, reason: why } : null;
}

/**
 * A window of days ("sometime between May 21 and May 23", event-time.ts `window`) on one side that
 * none of the other side's days falls in, nor a day either side (an event past midnight): an entry
 * dated only by its month and window, whose publication day fits an earlier day's entry, is not
 * that entry's event. Taken as a stamp of another day is (OTHER_DAY_SUMMARY): the report names its
 * days. Read both ways (the report's window against the incident's days, the report's days
 * against the incident's windows), so that it does not depend on which joined first.
 */
function outsideWindow(f: ArticleFeatures, incident: EventMarks): string | null {
  const theirs = [...incident.days, ...incident.stamps];
  if (f.time.window && outside(f.time.window, theirs))
    return `its event between ${f.time.window.join(" and ")}, the incident's ${[...new Set(theirs)].sort().join(", ")}`;
  const mine = [...ownDays(f.time), ...(f.time.stamp ? [f.time.stamp] : [])];
  const windows = [...incident.windows].map((w) => w.split("..") as DaySpan);
  if (windows.length > 0 && windows.every((w) => outside(w, mine)))
    return `its days ${[...new Set(mine)].sort().join(", ")}, the incident's event between ${windows.map((w) => w.join(" and ")).join("; ")}`;
  return null;
}

/** Days given, none within the window or a day either side. */
function outside(window: DaySpan, days: readonly string[]): boolean {
  const [from, to] = [addDays(window[0], -1), addDays(window[1], 1)];
  return days.length > 0 && !days.some((d) => d >= from && d <= to);
}

/** A window as the profile keeps it: "from..to". */
export const windowKey = (w: DaySpan) => w.join("..");

/** Its own day is not the incident's, with another kind of target or a falling toll; or null. */
function ownDayApart(f: ArticleFeatures, incident: EventMarks): string | null {
  const days = ownDays(f.time);
  if (days.length === 0 || incident.days.size === 0 || days.some((d) => incident.days.has(d))) return null;
  const later = days[0]! > maxOf(incident.days);
  const earlier = days[days.length - 1]! < minOf(incident.days);
  if (!later && !earlier) return null;
  const why: string[] = [];
  if (f.targets.length > 0 && incident.targets.size > 0 && !f.targets.some((t) => incident.targets.has(t)))
    why.push(`${f.targets.join(", ")} vs ${[...incident.targets].join(", ")}`);
  const falling = fallingToll(f.figures, incident.figures, later);
  if (falling) why.push(falling);
  if (why.length === 0) return null;
  return `its day ${days.join(", ")} is not the incident's ${[...incident.days].sort().join(", ")}; ${why.join("; ")}`;
}

/**
 * A toll of one outcome that falls between the earlier and the later event, none of their
 * figures of it shared: "killed 7 vs 12, 15" when the report is the later one.
 */
function fallingToll(mine: readonly string[], theirs: ReadonlySet<string>, later: boolean): string | null {
  const byOutcome = (xs: Iterable<string>) => {
    const out = new Map<string, number[]>();
    for (const x of xs) {
      const [outcome, n] = x.split(":");
      out.set(outcome!, [...(out.get(outcome!) ?? []), Number(n)]);
    }
    return out;
  };
  const other = byOutcome(theirs);
  for (const [outcome, values] of byOutcome(mine)) {
    const them = other.get(outcome);
    if (!them || values.some((v) => them.includes(v))) continue;
    const falls = later ? Math.max(...values) < Math.min(...them) : Math.min(...values) > Math.max(...them);
    if (falls) return `${outcome} ${values.join(", ")} vs ${them.sort((a, b) => a - b).join(", ")}`;
  }
  return null;
}

const maxOf = (xs: ReadonlySet<string>) => [...xs].reduce((a, b) => (a > b ? a : b));
const minOf = (xs: ReadonlySet<string>) => [...xs].reduce((a, b) => (a < b ? a : b));

/**
 * What tells two incidents apart where a report would bridge them (cluster.ts, pass 2), as
 * apart.ts `fragmentsApart` does for victims, targets and means, each only where the bridging
 * report is not itself of the kind (its own score against the other incident weighs that already):
 *   - each holds dated summaries, of no day in common: a report with no day of its own ("sometime
 *     in January", a wire report) fits summaries of two days; they stay two events;
 *   - each holds a report that says it is one of a series' events: two of the series' events,
 *     which no report of one joins to the other directly (link-score.ts "series").
 */
export function fragmentsAnother(
  by: ArticleFeatures,
  a: FragmentMarks,
  b: FragmentMarks,
): readonly AnotherEvent[] {
  const out: AnotherEvent[] = [];
  if (!by.time.stamp && a.stamps.size > 0 && b.stamps.size > 0 && ![...a.stamps].some((s) => b.stamps.has(s)))
    out.push({
      weight: OTHER_DAY_SUMMARY,
      reason: `summaries of ${[...a.stamps].sort().join(", ")} and of ${[...b.stamps].sort().join(", ")}`,
    });
  if (by.series === null && a.series && b.series)
    out.push({ weight: SERIES, reason: "each holds one of a series' related events" });
  return out;
}

/** What an incident offers `fragmentsAnother`: its summaries' days, and whether it is of a series. */
export interface FragmentMarks {
  stamps: ReadonlySet<string>;
  series: boolean;
}
