// The side of people a report calls only "paramilitaries": the named force the article calls
// paramilitary. The word is the state's in one conflict (Pakistan's Frontier Corps, India's CRPF)
// and an armed party's in another (Sudan's Rapid Support Forces), so it is never typed by the word
// alone: a force named in the phrase decides there (outcome/noun-phrase.ts); here, the paramilitary
// force the article names nearest before the figure, else the first after it; with none named,
// the people stay unspecified.
import type { Group } from "../../core/model.js";
import { forceAt, type NamedForce } from "../lexicon/forces.js";
import type { SentenceTokens } from "../speaker/attribute.js";

interface Mention {
  at: number;
  force: NamedForce;
}

const cache = new WeakMap<readonly SentenceTokens[], Mention[]>();

/** The article's mentions of forces known as paramilitary or that the text calls so ("the paramilitary RSF"). */
function paramilitaryForces(sentences: readonly SentenceTokens[]): Mention[] {
  const hit = cache.get(sentences);
  if (hit) return hit;
  const out: Mention[] = [];
  for (const { tokens } of sentences)
    for (let k = 0; k < tokens.length; k++) {
      const f = forceAt(tokens, k);
      if (!f) continue;
      const near = tokens.slice(Math.max(0, k - 3), Math.min(tokens.length, f.end + 2));
      if (f.force.paramilitary || near.some((t) => t.norm === "paramilitary" || t.norm === "paramilitaries"))
        out.push({ at: tokens[k]!.start, force: f.force });
      k = f.end - 1;
    }
  cache.set(sentences, out);
  return out;
}

/** The group of "paramilitaries" counted at offset `at`, from the article's named paramilitary force. */
export function paramilitaryGroup(sentences: readonly SentenceTokens[], at: number): Group | null {
  const forces = paramilitaryForces(sentences);
  const before = forces.filter((m) => m.at < at).pop();
  const m = before ?? forces.find((f) => f.at > at);
  if (!m) return null;
  return m.force.side === "state" ? "security_forces" : "militants";
}
