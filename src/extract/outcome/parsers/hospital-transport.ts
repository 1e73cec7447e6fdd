// People carried to a hospital with injuries are injured, though no verb of harm is by them: "14
// inmates had been taken to hospital with burns", "ambulances took nine people to a clinic with
// gunshot wounds". The transport alone says too little (freed hostages are taken to hospital for
// checks, bodies to the morgue): only an injury complement after the place ("with burns", "for
// gunshot wounds") makes them casualties. The verbs and places are data in lexicon/care.ts.
import { HOSPITAL_NOUNS, TRANSPORT_FORMS } from "../../lexicon/care.js";
import { ACTIVE_FILLERS, PASSIVE_FILLERS } from "../../lexicon/outcomes.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import { injuryComplement } from "./care.js";
import type { CountParser } from "./parser.js";

/** A verb of carrying people. */
export const hospitalTransportTriggers: Triggers = { words: [...TRANSPORT_FORMS] };

const AUXILIARIES: ReadonlySet<string> = new Set("were was been be are is being".split(" "));

/** A passive transport participle after the counted people ("14 inmates had been taken"), or -1. */
function participleAfter(tokens: readonly Token[], from: number): number {
  let auxiliary = false;
  let k = from;
  for (; k < tokens.length && k < from + 5 && PASSIVE_FILLERS.has(tokens[k]!.norm); k++)
    if (AUXILIARIES.has(tokens[k]!.norm)) auxiliary = true;
  return auxiliary && TRANSPORT_FORMS.has(tokens[k]?.norm ?? "") ? k : -1;
}

/** An active transport verb before the figure ("took nine people"), or -1. */
function verbBefore(tokens: readonly Token[], qFirst: number): number {
  let k = qFirst - 1;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  return k >= 0 && TRANSPORT_FORMS.has(tokens[k]!.norm) && !AUXILIARIES.has(tokens[k - 1]?.norm ?? "")
    ? k
    : -1;
}

/** "to hospital", "to a clinic", "to the district hospital" from `k`: the index after the place, or -1. */
function toHospital(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== "to") return -1;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (HOSPITAL_NOUNS.has(tokens[j]!.norm)) return j + 1;
    if (tokens[j]!.kind !== "word") return -1;
  }
  return -1;
}

export const hospitalTransport: CountParser = (tokens, c) => {
  if (!c.np || c.np.group === "hostages") return false;
  const before = verbBefore(tokens, c.q.first);
  const v = before >= 0 ? before : participleAfter(tokens, c.end);
  if (v < 0) return false;
  const place = toHospital(tokens, before >= 0 ? c.end : v + 1);
  // ("taken to hospital in the capital with burns": the complement may follow the place's town.)
  if (place < 0 || !injuryComplement(tokens, place)) return false;
  set(c, "injured", { first: v, last: place }, before >= 0 ? "before" : "after");
  return true;
};
