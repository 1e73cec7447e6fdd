// Words the checks read (data, not code): nouns that name a toll rather than a kind of person.
// "12 people were killed" and "15 dead" are totals; "18 residents" and "four Nuer Ethiopians"
// may be some of the dead, counted apart in the same report.
export const TOTAL_NOUNS: ReadonlySet<string> = new Set([
  "people",
  "persons",
  "person",
  "individuals",
  "dead",
  "deaths",
  "fatalities",
  "casualties",
  "lives",
  "victims",
  "injured",
  "wounded",
  "injuries",
  "hostages",
  "captives",
]);

/** Whether a counted noun names a toll ("people", "fatalities"); no noun at all does too. */
export function namesTotal(noun: string | null): boolean {
  if (noun === null) return true;
  const head = noun.trim().toLowerCase().split(/\s+/).pop() ?? "";
  return TOTAL_NOUNS.has(head);
}
