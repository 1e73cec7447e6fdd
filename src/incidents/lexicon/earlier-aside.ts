// The time phrases that open an aside about an earlier event (earlier-aside.ts): "a day after",
// "two days after", "hours after", "less than a week after". Amounts as news writes them before a
// unit of time; the amount may be left out ("days after", "weeks after").
export const AFTER_AMOUNTS: readonly string[] = [
  "a",
  "an",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "ten",
  "a few",
  "several",
  "a couple of",
  String.raw`\d{1,2}`,
];

/** Units of time, singular and plural. */
export const AFTER_UNITS: readonly string[] = ["hours?", "days?", "weeks?", "months?"];
