// Phrases by which a report refers back to a time before its own day, for an event it follows up
// ("last month's attack", "the bombing earlier this month"): recalled-days.ts reads each as the
// days it covers, counted back from the report's publication day. `unit` "month" covers the
// calendar month before the publication's (`back` 1) or the publication's own month up to the day
// before it (`back` 0); "week" the seven days around `back` weeks before it.
export interface RecallPhrase {
  phrase: string;
  unit: "month" | "week";
  back: number;
}

export const RECALL_PHRASES: readonly RecallPhrase[] = [
  { phrase: "last month", unit: "month", back: 1 },
  { phrase: "previous month", unit: "month", back: 1 },
  { phrase: "earlier this month", unit: "month", back: 0 },
  { phrase: "earlier in the month", unit: "month", back: 0 },
  { phrase: "two weeks ago", unit: "week", back: 2 },
  { phrase: "three weeks ago", unit: "week", back: 3 },
];

/**
 * Nouns of a violent event that a weekday names the day of, in "Saturday's attack", "last
 * Tuesday's strike", "the raid late on Saturday" (recalled-days.ts `eventWeekdays`). Stems, read
 * at word starts.
 */
export const EVENT_NOUNS: readonly string[] = [
  "attack",
  "raid",
  "assault",
  "bombing",
  "blast",
  "explosion",
  "strike",
  "shooting",
  "massacre",
  "ambush",
  "siege",
  "killing",
  "abduction",
  "kidnapping",
  "hijacking",
  "clash",
];
