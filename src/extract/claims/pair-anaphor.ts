// "Both" and "the two" with no noun of their own stand for two people the article counted before
// (issue 9 §4): "Two journalists were abducted in Goma on Friday. Both were released on Sunday" —
// the two released are the journalists, of their group. With no such pair before, they stay people.
import type { Claim } from "../../core/model.js";
import type { Count } from "../outcome/find-counts.js";

/** The words that stand for a pair counted before, as the quantity's text. */
const PAIR_WORDS = /^(both|the two|the pair)$/i;

export function pairGroup(c: Count, earlier: readonly Claim[]): Claim["group"] | null {
  if (c.np !== null || c.group !== "people" || c.quantity.value !== 2) return null;
  if (!PAIR_WORDS.test(c.quantity.text.trim())) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const x = earlier[i]!;
    if (x.quantity.value === 2 && x.partOf === null) return x.group === "people" ? null : x.group;
  }
  return null;
}
