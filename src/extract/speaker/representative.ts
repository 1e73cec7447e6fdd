// One who speaks for a body, named only by that relation: "a spokesman for the state police
// command", "a senior official at the Sudan Doctors Network", "a source in the Congolese army",
// "the network's spokesperson". The claimant is the body (codebook §1 `claimant`: one name per
// claimant), so a later "the command said" or "the network" is the same voice. A person named with
// the relation ("Jose Santos, a spokesman for the army") is that person, not the body; a place after
// the relation ("an official in the town of Beni") is no body, and the caller keeps the mention.
import { OFFICE_NOUNS, REPRESENTATIVE_NOUNS, REPRESENTATIVE_LINKS } from "../lexicon/claimants.js";
import type { Token } from "../tokens.js";
import { startsUpper } from "../letters.js";

export type Range = [number, number];

export interface Represented {
  /** The tokens naming the body spoken for ("the state police command"). */
  body: Range;
  /** The representative noun ("spokesman"), so that "the spokesman" later refers back to the body. */
  noun: string;
}

const DETERMINER: ReadonlySet<string> = new Set(
  "a an the one two three some several other another".split(" "),
);
const LINKS: ReadonlySet<string> = new Set(REPRESENTATIVE_LINKS);
const NOUNS: ReadonlySet<string> = new Set(REPRESENTATIVE_NOUNS);
const OFFICES: ReadonlySet<string> = new Set(OFFICE_NOUNS);

/** A lower-case modifier of the noun ("senior", "top", "local"), or the capital of a sentence's first word. */
function modifier(tk: readonly Token[], i: number): boolean {
  const t = tk[i]!;
  if (t.kind !== "word" || NOUNS.has(t.norm)) return false;
  return DETERMINER.has(t.norm) || t.text === t.norm;
}

/**
 * "[a] [senior] spokesman for|at|in|of|from|with X": X, when nothing but determiners and lower-case
 * modifiers stand before the noun and X runs to the mention's end with no comma (no apposition).
 */
function forBody(tk: readonly Token[]): Represented | null {
  let i = 0;
  while (i < tk.length && i < 4 && modifier(tk, i)) i++;
  const noun = tk[i];
  if (!noun || !NOUNS.has(noun.norm) || !LINKS.has(tk[i + 1]?.norm ?? "")) return null;
  // "The Office for the Coordination of Humanitarian Affairs": a capitalised noun after the first
  // word is of the body's own name, not one who speaks for it.
  if (i > 0 && startsUpper(noun.text)) return null;
  const body: Range = [i + 2, tk.length];
  if (
    body[1] - body[0] < 1 ||
    tk.slice(...body).some((t) => t.kind === "punct" && t.text !== "-" && t.text !== "'")
  )
    return null;
  return { body, noun: noun.norm };
}

/** "[the] X's [senior] spokesperson": X, when the mention ends with the noun. */
function possessor(tk: readonly Token[]): Represented | null {
  const last = tk[tk.length - 1];
  if (!last || !NOUNS.has(last.norm)) return null;
  let p = tk.length - 2;
  while (p > 0 && tk[p]!.kind === "word" && tk[p]!.text === tk[p]!.norm && !/['’]s$/.test(tk[p]!.norm)) p--;
  const owner = tk[p];
  if (!owner || !/^[^'’]+['’]s$/.test(owner.norm)) return null;
  // "the Taliban's interior ministry spokesman": a body between the owner and the noun ("interior
  // ministry") is the one spoken for, the owner's body: the mention before the noun.
  if (p < tk.length - 2 && OFFICES.has(tk[tk.length - 2]!.norm))
    return { body: [0, tk.length - 1], noun: last.norm };
  return { body: [0, p + 1], noun: last.norm };
}

/**
 * "a committee member", "a senior ministry official", "network spokesmen": the head noun of a body
 * (`heads`, lower case) right before the noun, after determiners and lower-case modifiers only; the
 * caller refers it back to the body named before whose name holds it.
 */
export function compoundBody(
  tk: readonly Token[],
  heads: ReadonlySet<string>,
): { head: string; noun: string } | null {
  const n = tk.length;
  const noun = tk[n - 1];
  const head = tk[n - 2];
  if (!noun || !head || !NOUNS.has(noun.norm) || !heads.has(head.norm) || head.text !== head.norm)
    return null;
  for (let i = 0; i < n - 2; i++) if (!modifier(tk, i)) return null;
  return { head: head.norm, noun: noun.norm };
}

/** The body a mention names its speaker's relation to, or null. */
export function representedBody(tk: readonly Token[]): Represented | null {
  return forBody(tk) ?? possessor(tk);
}
