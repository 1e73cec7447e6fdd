// "took 30 passengers hostage", "seized 12 hostages", "holding 214 individuals captive".
import type { Token } from "../../tokens.js";
import { set, type TokenRange } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** The captives' noun or the word after the figure: one of these is always there. */
export const takenHostageTriggers: Triggers = { words: ["hostage", "hostages", "captive", "captives"] };

export const takenHostage: CountParser = (tokens, c) => {
  const t = hostageTaking(tokens, c.q.first, c.end, c.np?.head ?? null);
  if (!t) return false;
  // "is holding two soldiers hostage" says they are held now; "took 30 passengers hostage", that they were taken.
  set(c, /^(held|holding)$/.test(tokens[t.first]!.norm) ? "held" : "abducted", t, "before");
  return true;
};

/** The verb before and the word after belong together. */
function hostageTaking(
  tokens: readonly Token[],
  qFirst: number,
  end: number,
  head: string | null,
): TokenRange | null {
  const before = tokens[qFirst - 1]?.norm;
  const after = tokens[end]?.norm;
  // "took 30 hostages": the captives are the object of the taking.
  if ((head === "hostages" || head === "captives") && /^(took|taken|taking|take|seized)$/.test(before ?? ""))
    return { first: qFirst - 1, last: end };
  if (
    (after === "hostage" || after === "captive" || after === "hostages") &&
    /^(took|taken|taking|take|seized|held|holding)$/.test(before ?? "")
  )
    return { first: qFirst - 1, last: end + 1 };
  return null;
}
