// Two phrasings of the people still in a state, read from the words around the figure: "efforts
// are ongoing to rescue the remaining 25 victims" (those not yet freed: a stock held, codebook §1
// `held`, not a release, which the purpose clause only intends), and "police are still searching
// for two suspects" (those hunted are no missing persons: no count).
import type { Outcome } from "../../core/model.js";
import type { Token } from "../tokens.js";

/** "the remaining 25", "the other remaining 25": those left in the state the verb would end. */
export function remainingStock(tokens: readonly Token[], qFirst: number, triggerFirst: number): boolean {
  return (
    tokens[qFirst - 1]?.norm === "remaining" &&
    /^(the|other)$/.test(tokens[qFirst - 2]?.norm ?? "") &&
    tokens[triggerFirst - 1]?.norm === "to"
  );
}

/** What "the remaining N" after a verb of release intends to end: their being held. */
export const STOCK_OF: Partial<Record<Outcome, Outcome>> = { released: "held" };

/** A search still on ("still searching for") for attackers: a hunt, not people missing. */
export function huntedSuspects(tokens: readonly Token[], triggerFirst: number): boolean {
  return tokens[triggerFirst]?.norm === "still";
}
