// "the dead, numbering 12", "the injured villagers, numbering five": the figure of the outcome noun before it.
import type { Group, Outcome } from "../../../core/model.js";
import { GROUP_OF_NOUN, OUTCOME_NOUNS } from "../../lexicon/groups.js";
import type { Token } from "../../tokens.js";
import { set, type TokenRange } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

export const numberingTriggers: Triggers = { words: ["numbering", "numbered", "totalling", "totaling"] };

export const numbering: CountParser = (tokens, c) => {
  const n = numberingBefore(tokens, c.q.first);
  if (!n) return false;
  set(c, n.outcome, n.trigger, "before");
  c.group ??= n.group;
  return true;
};

function numberingBefore(
  tokens: readonly Token[],
  qFirst: number,
): { outcome: Outcome; group: Group; trigger: TokenRange } | null {
  if (!/^(numbering|numbered|totalling|totaling)$/.test(tokens[qFirst - 1]?.norm ?? "")) return null;
  for (let k = qFirst - 2; k >= 0 && k >= qFirst - 7; k--) {
    const outcome = OUTCOME_NOUNS.get(tokens[k]!.norm);
    if (!outcome) continue;
    let group: Group = "people";
    for (let j = k + 1; j < qFirst - 1; j++) {
      const g = GROUP_OF_NOUN.get(tokens[j]!.norm);
      if (g) group = g;
    }
    return { outcome, group, trigger: { first: k, last: k + 1 } };
  }
  return null;
}
