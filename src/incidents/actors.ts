// The actors of an event with their ACLED `inter` codes, from the names and words of its reports
// (./lexicon/actors.ts) and its claims' claimants. The perpetrator comes first (a named group,
// else an unidentified armed group when the text speaks of militants), then state forces, then
// civilians; each at most once.
import type { Claim } from "../core/model.js";
import type { Actor } from "../store/store.js";
import { countWords } from "./event-type.js";
import { GENERIC_ACTORS, NAMED_ACTORS } from "./lexicon/actors.js";

export interface ActorMention extends Actor {
  /** How many times the text names it. */
  count: number;
}

export function findActors(
  text: string,
  claims: readonly Claim[] = [],
  country: string | null = null,
): ActorMention[] {
  const suffix = country ? ` (${country})` : "";
  const found = new Map<string, ActorMention>();
  const add = (name: string, inter: number, n: number) => {
    if (n <= 0) return;
    const a = found.get(name);
    if (a) a.count += n;
    else found.set(name, { name, inter, count: n });
  };
  for (const a of NAMED_ACTORS) {
    const upper = a.names.filter((n) => n === n.toUpperCase());
    const other = a.names.filter((n) => n !== n.toUpperCase());
    add(a.name, a.inter, countCased(text, upper) + countWords(text, other));
  }
  const namedRebel = [...found.values()].some((a) => a.inter === 2);
  for (const g of GENERIC_ACTORS) {
    if (g.inter === 2 && namedRebel) continue;
    add(
      g.inter === 7
        ? `Civilians${suffix}`
        : `${g.label}${g.inter === 1 ? ` ${country ?? "the state"}` : suffix}`,
      g.inter,
      countWords(text, g.words),
    );
  }
  for (const c of claims) {
    if (c.claimant.type === "state_military") add(`Military Forces of ${country ?? "the state"}`, 1, 1);
  }
  const rank = (a: ActorMention) =>
    a.inter === 2 || a.inter === 3 ? 0 : a.inter === 1 ? 1 : a.inter === 7 ? 2 : 3;
  return [...found.values()].sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}

/** Whole-word, case-sensitive counts for names written in capitals ("BLA", "TTP"). */
function countCased(text: string, names: readonly string[]): number {
  let n = 0;
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
    n += text.match(re)?.length ?? 0;
  }
  return n;
}
