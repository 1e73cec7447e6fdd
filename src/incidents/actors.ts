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

/**
 * What a text names of each actor, counted once: a report's are kept with its features, and an
 * incident's actors are read from their sum (`sumActorCounts`), as from its reports' joined text
 * (but for a name that would run from one report into the next).
 */
export interface ActorCounts {
  /** Each named group found: its place in NAMED_ACTORS, how many times, and the place in BY_LENGTH of its first name found. */
  named: [actor: number, count: number, first: number][];
  /** Per GENERIC_ACTORS entry: its words. */
  generic: number[];
}

/** The counts `actorsFromCounts` reads, of one text. */
export function countActors(text: string): ActorCounts {
  const named = new Map<number, [number, number, number]>();
  for (const { actor, at } of namedSpans(text)) {
    const i = NAMED_ACTORS.indexOf(actor);
    const c = named.get(i);
    if (c) c[1]++;
    else named.set(i, [i, 1, at]);
  }
  return { named: [...named.values()], generic: GENERIC_ACTORS.map((g) => countWords(text, g.words)) };
}

/** The counts of several texts together, the groups in the order their joined text names them. */
export function sumActorCounts(all: readonly ActorCounts[]): ActorCounts {
  const named = new Map<number, [number, number, number]>();
  for (const c of all)
    for (const [i, n, first] of c.named) {
      const had = named.get(i);
      if (had) {
        had[1] += n;
        had[2] = Math.min(had[2], first);
      } else named.set(i, [i, n, first]);
    }
  const generic = GENERIC_ACTORS.map((_, i) => all.reduce((n, c) => n + (c.generic[i] ?? 0), 0));
  return { named: [...named.values()].sort((a, b) => a[2] - b[2]), generic };
}

export function findActors(
  text: string,
  claims: readonly Claim[] = [],
  country: string | null = null,
): ActorMention[] {
  return actorsFromCounts(countActors(text), claims, country);
}

/** The actors of an event from its reports' counts (`countActors`, summed), claims and country. */
export function actorsFromCounts(
  counts: ActorCounts,
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
  for (const [i, n] of counts.named) {
    const a = NAMED_ACTORS[i]!;
    add((country && a.branches?.[country]) || a.name, a.inter, n);
  }
  const namedRebel = [...found.values()].some((a) => a.inter === 2);
  GENERIC_ACTORS.forEach((g, i) => {
    if (g.inter === 2 && namedRebel) return;
    add(
      g.inter === 7
        ? `Civilians${suffix}`
        : `${g.label}${g.inter === 1 ? ` ${country ?? "the state"}` : suffix}`,
      g.inter,
      counts.generic[i] ?? 0,
    );
  });
  for (const c of claims) {
    if (c.claimant.type === "state_military") add(`Military Forces of ${country ?? "the state"}`, 1, 1);
  }
  const rank = (a: ActorMention) =>
    a.inter === 2 || a.inter === 3 ? 0 : a.inter === 1 ? 1 : a.inter === 7 ? 2 : 3;
  return [...found.values()].sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}

/** Every group's names, longest first (read in that order, see namedSpans). */
const BY_LENGTH: readonly { actor: NamedActor; re: RegExp }[] = NAMED_ACTORS.flatMap((actor) =>
  actor.names.map((name) => ({ actor, name, re: namePattern(name) })),
).sort((a, b) => b.name.length - a.name.length);

/** A group named in a text: where, and by which of its names (its place in BY_LENGTH). */
interface NamedSpan {
  actor: NamedActor;
  start: number;
  end: number;
  at: number;
}

/**
 * Where the text names a group ("Boko Haram", "Tehrik-i-Taliban Pakistan"), longest names first,
 * each span once: a name holding another ("Islamic State West Africa Province") is its own
 * group's, not also the shorter one's ("Islamic State").
 */
export function namedSpans(text: string): NamedSpan[] {
  // A report's places and its actors read its groups' names one after the other: read once.
  if (text === last.text) return [...last.spans];
  const out: NamedSpan[] = [];
  let rest = text;
  BY_LENGTH.forEach(({ actor, re }, name) => {
    rest = rest.replace(re, (m: string, start: number) => {
      out.push({ actor, start, end: start + m.length, at: name });
      return " ".repeat(m.length);
    });
  });
  last = { text, spans: out };
  return [...out];
}
let last: { text: string | null; spans: readonly NamedSpan[] } = {
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
