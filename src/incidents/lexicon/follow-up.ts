// Words that mark a report as a follow-up of an earlier event (a toll revised, funerals, the
// accounts of survivors) rather than the first report of a new one. Words that first reports
// carry as often (a claim of responsibility, a condemnation, an investigation opened) are left
// out. A report dated days
// after an incident joins it only when it reads as a follow-up (link.ts). Matched as in
// event-type.ts: lower-case stems at word starts.
export const FOLLOW_UP_WORDS: readonly string[] = [
  "death toll",
  "toll rose",
  "toll rises",
  "toll has risen",
  "toll climbed",
  "rose to",
  "risen to",
  "more bodies",
  "funeral",
  "buried",
  "laid to rest",
  "a day after",
  "days after",
  "day after",
  "survivors",
  "recount",
  "aftermath",
  "earlier this week",
  "last week",
  "succumbed",
  "later died",
  "pass away",
  "passed away",
];

/**
 * What a voice says things in: a day written after "in a statement" ("claimed the attack in a
 * statement on Sunday") dates the saying, not the event (event-time.ts `whenSaid`).
 */
export const STATEMENT_NOUNS: readonly string[] = [
  "statement",
  "communique",
  "communiqué",
  "video",
  "message",
  "audio message",
  "post",
  "press release",
];
