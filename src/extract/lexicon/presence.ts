// Words that place people somewhere, for counts of those present stated with no verb of their own
// (outcome/parsers/presence.ts): after the people ("passengers aboard", "travelling to"), or after
// "those" and an existential's noun ("of those on the train", "there were 30 people on board").

/** Right after the people's noun: a reduced relative of being on board or travelling. */
export const PRESENCE_AFTER: readonly (readonly string[])[] = [
  ["aboard"],
  ["on", "board"],
  ["onboard"],
  ["travelling"],
  ["traveling"],
  ["who", "were", "travelling"],
  ["who", "were", "traveling"],
  ["who", "were", "aboard"],
  ["who", "were", "on", "board"],
];

/** Prepositions of place after "those" or an existential's noun ("on the train", "inside the hall"). */
export const PRESENCE_PLACES: ReadonlySet<string> = new Set(["on", "in", "inside", "at"]);
