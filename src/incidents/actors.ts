// The actors of an event with their ACLED `inter` codes, from the names and words of its reports
// (./lexicon/actors.ts) and its claims' claimants. The perpetrator comes first (a named group,
// else an unidentified armed group when the text speaks of militants), then state forces, then
// civilians; each at most once.
import type { Claim } from "../core/model.js";
import type { Actor } from "../store/store.js";
import { countWords } from "./event-type.js";
import { GENERIC_ACTORS, NAMED_ACTORS, type NamedActor } from "./lexicon/actors.js";

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
  for (const [a, n] of namedCounts(text)) add((country && a.branches?.[country]) || a.name, a.inter, n);
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

/** Every group's names, longest first (read in that order, see namedCounts). */
const BY_LENGTH: readonly { actor: NamedActor; re: RegExp }[] = NAMED_ACTORS.flatMap((actor) =>
  actor.names.map((name) => ({ actor, name, re: namePattern(name) })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * How many times the text names each group. The longest names are read first and blanked out,
 * so that a name holding another ("Islamic State West Africa Province") is its own group's, not
 * also the shorter one's ("Islamic State").
 */
function namedCounts(text: string): Map<NamedActor, number> {
  const counts = new Map<NamedActor, number>();
  for (const { actor } of namedSpans(text)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return counts;
}

/**
 * Where the text names a group ("Boko Haram", "Tehrik-i-Taliban Pakistan"), longest names first,
 * each span once (see namedCounts).
 */
export function namedSpans(text: string): { actor: NamedActor; start: number; end: number }[] {
  // A report's places and its actors read its groups' names one after the other: read once.
  if (text === last.text) return [...last.spans];
  const out: { actor: NamedActor; start: number; end: number }[] = [];
  let rest = text;
  for (const { actor, re } of BY_LENGTH)
    rest = rest.replace(re, (m: string, at: number) => {
      out.push({ actor, start: at, end: at + m.length });
      return " ".repeat(m.length);
    });
  last = { text, spans: out };
  return [...out];
}
let last: { text: string | null; spans: readonly { actor: NamedActor; start: number; end: number }[] } = {
  text: null,
  spans: [],
};

/**
 * A name written in capitals ("BLA", "TTP") matches whole and in capitals only; another, case
 * aside, at a word start (as event-type.ts `countWords` reads words), hyphens and spaces alike.
 */
function namePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return name === name.toUpperCase()
    ? new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu")
    : new RegExp(`(?<![\\p{L}])${escaped.replace(/ /g, "[\\s-]+")}`, "giu");
}
