// Nouns that name a whole armed conflict, the place of a toll counted over all of it ("More than
// 7,000 people have been killed in the insurgency", "The war has killed 15,000 civilians"). Not
// the nouns of one event ("the fighting", "the clashes", "the violence"), which a report's own toll
// is counted in too (claims/conflict-toll.ts).
export const WHOLE_CONFLICT_NOUNS: ReadonlySet<string> = new Set([
  "conflict",
  "war",
  "insurgency",
  "rebellion",
  "uprising",
]);

/** Words after such a noun that make it a modifier of another ("the war zone", "war-torn"). */
export const CONFLICT_COMPOUND_NEXT: ReadonlySet<string> = new Set([
  "-",
  "zone",
  "zones",
  "crime",
  "crimes",
  "area",
  "areas",
  "region",
  "front",
  "memorial",
  "veteran",
  "veterans",
]);
