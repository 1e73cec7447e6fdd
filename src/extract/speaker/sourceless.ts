// "According to information," "according to preliminary details": a hedge of a press release or a
// local report that means "reportedly", naming no one. The noun of what was learnt (information,
// details, indications) with no source after it ("information from the police" names one) is no
// claimant: the sentence stays in the voice around it, and no later sentence goes on with it.
import type { Token } from "../tokens.js";

/** Nouns of what was learnt, which name no source unless one follows them. */
const LEARNT = /^(information|details|indications|intelligence|info)$/;
/** Words that may stand before such a noun: "preliminary information", "the available details". */
const LEARNT_MODIFIERS =
  /^(the|some|preliminary|initial|early|available|first|latest|further|unconfirmed|our|received|gathered)$/;

/** Whether the tokens [a, b) after "according to" are only a noun of what was learnt. */
export function namesNoSource(tk: readonly Token[], [a, b]: [number, number]): boolean {
  let k = a;
  while (k < b - 1 && LEARNT_MODIFIERS.test(tk[k]!.norm)) k++;
  return k === b - 1 && LEARNT.test(tk[k]!.norm);
}
