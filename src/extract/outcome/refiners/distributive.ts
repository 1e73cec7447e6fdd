// Parts told by where or when they fell, after their whole: "two deaths, one in Awendo and the other
// in Rongo", "Seven people died, three in Kasese and four in Bundibugyo", "killed five herders; one
// on 11 April, four on 12 April". Each figure of such a list is a part of the whole before it (never
// added to it) and takes its outcome; claims/spread-totals.ts reads the same list as the whole's
// spread over places or days.
import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";
import type { CountRefiner } from "./refiner.js";

/** Words that give a part's place or day right after its figure. */
const WHERE: ReadonlySet<string> = new Set(["in", "at", "on", "near"]);
/** The last part named without a figure: "and the other in Rongo", "and another in Pibor". */
const REST: readonly (readonly string[])[] = [
  ["the", "other"],
  ["another"],
  ["the", "others"],
  ["the", "rest"],
];
/** What may separate the whole's clause from its first part, and one part from the next. */
const OPEN: ReadonlySet<string> = new Set([",", ";", ":"]);
const SEP: ReadonlySet<string> = new Set([",", "and", ";"]);

export const distributive: CountRefiner = (tokens, cands) => {
  for (let i = 0; i + 1 < cands.length; i++) {
    const whole = cands[i]!;
    if (
      whole.q.quantity.value === null ||
      !whole.outcome ||
      !closesClause(tokens, whole.end, cands[i + 1]!.q.first)
    )
      continue;
    const parts = partsFrom(tokens, cands, i + 1);
    // Bare figures (the noun is the whole's) that the whole holds: "4 soldiers, 2 in the ambush and
    // 3 civilians in the village" lists no parts.
    const sum = parts?.reduce((n, k) => n + (cands[k]!.q.quantity.value ?? NaN), 0) ?? NaN;
    if (parts === null || parts.some((k) => cands[k]!.np !== null) || !(sum <= whole.q.quantity.value))
      continue;
    for (const k of parts) {
      const c = cands[k]!;
      if (c.outcome && c.outcome !== whole.outcome) continue;
      c.partOf = i;
      c.outcome = whole.outcome;
      c.trigger = whole.trigger;
      c.via = "subset";
    }
    i = parts[parts.length - 1]!;
  }
};

/** The whole's clause runs on with no figure or sentence end to a comma, semicolon or colon before `to`. */
function closesClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 10 || to <= from || !OPEN.has(tokens[to - 1]!.norm)) return false;
  return tokens.slice(from, to - 1).every((t) => t.kind !== "num" && t.norm !== "." && !OPEN.has(t.norm));
}

/**
 * The candidates of a list of parts starting at `first`, each a figure with its place or day, the
 * last perhaps "the other …"; null unless the list names two places or days at least.
 */
function partsFrom(tokens: readonly Token[], cands: readonly Candidate[], first: number): number[] | null {
  if (!WHERE.has(tokens[cands[first]!.end]?.norm ?? "")) return null;
  const parts = [first];
  let items = 1;
  let p = cands[first]!.end + 1;
  for (;;) {
    // The place or day: words up to a separator.
    let k = p;
    while (k < tokens.length && k < p + 6 && !SEP.has(tokens[k]!.norm) && tokens[k]!.norm !== ".") k++;
    if (!SEP.has(tokens[k]?.norm ?? "")) break;
    while (SEP.has(tokens[k]?.norm ?? "")) k++;
    const next = cands.findIndex((c) => c.q.first === k);
    if (next > 0 && WHERE.has(tokens[cands[next]!.end]?.norm ?? "")) {
      parts.push(next);
      items++;
      p = cands[next]!.end + 1;
      continue;
    }
    const rest = REST.find((r) => r.every((w, j) => tokens[k + j]?.norm === w));
    if (rest && WHERE.has(tokens[k + rest.length]?.norm ?? "")) items++;
    break;
  }
  return items >= 2 ? parts : null;
}
