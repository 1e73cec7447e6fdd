// A unit's members counted by a generic noun: "a police mobile squad of 40 men", "an army patrol
// of six men", "a militia band of 30 members". "men" or "members" names no group (read alone,
// civilians); the words of the unit before "of" do, as a modifier of the counted noun would
// ("40 police officers"). A unit whose words name no group ("a rescue team of 25 men") leaves it.
import type { Group } from "../../../core/model.js";
import { forceAt } from "../../lexicon/forces.js";
import { GROUP_OF_MODIFIER, GROUP_OF_NOUN, UNIT_MEMBER_NOUNS, UNIT_NOUNS } from "../../lexicon/groups.js";
import type { Token } from "../../tokens.js";
import { sideGroup } from "../noun-phrase.js";
import type { CountRefiner } from "./refiner.js";

/** How many words before the unit's noun may name its group ("a police mobile squad"). */
const MODIFIERS = 3;

export const unitMembers: CountRefiner = (tokens, cands) => {
  for (const c of cands) {
    if (c.outcome === null || !c.np || !UNIT_MEMBER_NOUNS.has(c.np.head)) continue;
    const unit = c.q.first - 2;
    if (tokens[unit + 1]?.norm !== "of" || !UNIT_NOUNS.has(tokens[unit]?.norm ?? "")) continue;
    c.group = unitGroup(tokens, unit) ?? c.group;
  }
};

/** The group a word before the unit's noun at tokens[unit] names ("police", "army", "militia", "SNA"). */
function unitGroup(tokens: readonly Token[], unit: number): Group | null {
  for (let k = unit - 1; k >= 0 && k >= unit - MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return null;
    const force = forceAt(tokens, k);
    const g = force ? sideGroup(force.force) : (GROUP_OF_MODIFIER.get(t.norm) ?? GROUP_OF_NOUN.get(t.norm));
    if (g && g !== "people" && g !== "civilians") return g;
  }
  return null;
}
