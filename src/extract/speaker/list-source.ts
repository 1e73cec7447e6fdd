// A bulleted or dashed list whose items open with their source before a colon ("- Police: five
// killed, 35 injured.", "• Hospital staff at the teaching hospital: at least 12 dead on arrival.",
// "- A commander of the vigilantes, a militia that helps the army: “We buried 23.”"): an explainer's
// or a live page's way of setting sources side by side. The label is the item's claimant, however
// long, when it names a source by its words (the claimant typer types it) and holds no figure; a
// label that types nothing ("- Deaths: 12", "- Monday: …") is no source.
import { TENS, UNITS } from "../lexicon/numbers.js";
import { phraseAt } from "../outcome/phrases.js";
import type { Token } from "../tokens.js";
import type { Range } from "./nested.js";

/**
 * Whether the word at `k` makes a label before a colon a clause rather than a source: a number word
 * or the start of an outcome phrase ("Five soldiers shot dead: …", "- 12 killed: …"). Shared by the
 * list item's label here and the headline's source (attribute.ts `headlineSource`).
 */
export function figureOrOutcomeAt(tk: readonly Token[], k: number): boolean {
  const w = tk[k]!.norm;
  return UNITS.has(w) || TENS.has(w) || phraseAt(tk, k, "after") !== null;
}

/** Marks that open a list item: a hyphen or dash, a bullet, an asterisk. */
const BULLETS: ReadonlySet<string> = new Set(["-", "–", "—", "•", "*", "·", "▪", "◦"]);

/** The most words a label before the colon may have ("A commander of …, a militia that helps the army"). */
const MAX_LABEL = 24;

/**
 * The label of a list item that opens its sentence with a bullet and names its source before a
 * colon: its range [1, colon), when `typed` gives its words a claimant type; else null.
 */
export function listItemSource(
  tk: readonly Token[],
  typed: (norms: readonly string[], texts: readonly string[]) => boolean,
): Range | null {
  if (!BULLETS.has(tk[0]?.text ?? "")) return null;
  const c = tk.findIndex((t, i) => i > 0 && i <= MAX_LABEL && t.norm === ":");
  if (c < 2 || c === tk.length - 1) return null;
  const label = tk.slice(1, c);
  // (A figure or an outcome makes it a clause of the list, not a source: "- 12 killed: …", "- Five
  // soldiers: …", "- Day 3: …"; a quote mark, a quote.)
  const clause = (t: Token, i: number) =>
    t.kind === "num" || /^[“”"]$/.test(t.text) || figureOrOutcomeAt(tk, i + 1);
  if (label.some(clause)) return null;
  return typed(
    label.map((t) => t.norm),
    label.map((t) => t.text),
  )
    ? [1, c]
    : null;
}
