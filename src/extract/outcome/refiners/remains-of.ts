// The people whose bodies a figure counts: "21 bodies of soldiers", "the corpses of nine migrants
// were found". The figure's noun is the outcome ("bodies": killed) and names no group; the noun
// phrase after its "of" does (codebook §1 `group`: who was counted).
import { OUTCOME_NOUNS } from "../../lexicon/groups.js";
import { readNounPhrase } from "../noun-phrase.js";
import type { CountRefiner } from "./refiner.js";

export const remainsOf: CountRefiner = (tokens, cands) => {
  for (const c of cands) {
    if (!c.np || c.group !== "people" || OUTCOME_NOUNS.get(c.np.head) !== "killed") continue;
    if (tokens[c.np.last]?.norm !== "of") continue;
    const r = readNounPhrase(tokens, c.np.last, false);
    if (r.kind === "phrase" && r.np.group !== "people") c.group = r.np.group;
  }
};
