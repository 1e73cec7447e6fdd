// A share told after its whole, which opens the sentence: "Of the 52 people killed, 31 were
// women", "Of the 40 wounded in the raid, 12 are children", "Of the 18 abducted, nine were
// students". The whole is a count of its own (its outcome noun or participle); the figure right
// after the comma that closes the opening takes the whole's outcome and is a part of it (codebook
// §1c "Subsets", §3b: never added to it). Its group comes from the copula after it ("were women",
// refiners/copula-group.ts). A share with an outcome of its own ("Of the 15 wounded, four later
// died") keeps it, and is no part. A whole with no outcome of its own ("Of the 30 hostages, 12
// were freed", "Of the 40 passengers, nine were killed") is the set the share is drawn from, never
// the subject of the share's verb: captives are people taken (abducted), others a context figure
// (present), and the share keeps its verb's outcome.
import type { Token } from "../../tokens.js";
import { CAPTIVE_NOUNS } from "../../lexicon/groups.js";
import { set, type Candidate } from "../candidate.js";
import type { CountRefiner } from "./refiner.js";
import { ownReading } from "./shares-of-counted.js";

/** Words that may stand right before "Of" ("And of the 52 …", "said that of the 52 …"). */
const OPENERS = /^(and|but|yet|that|["“'‘])$/;

export const frontedShare: CountRefiner = (tokens, cands) => {
  const w = cands.findIndex((c) => opensSentence(tokens, c));
  const whole = cands[w];
  if (!whole) return;
  const comma = firstCommaFrom(tokens, whole.end);
  const part = cands.find((c) => c.q.first === comma + 1);
  if (!part || part.partOf !== null || part.q.quantity.value === null) return;
  ownReading(tokens, whole);
  if (!whole.trigger || whole.trigger.first > comma) drawnFrom(whole);
  if (!whole.outcome || !whole.trigger) return;
  if (part.outcome !== null && part.outcome !== whole.outcome) return;
  const pv = part.q.quantity.value;
  const wv = whole.q.quantity.value;
  if (wv !== null && pv > wv) return;
  part.outcome = whole.outcome;
  part.trigger = whole.trigger;
  part.via = "subset";
  part.partOf = w;
};

/** The whole read only a verb after the share: it is the set the share is drawn from (see above). */
function drawnFrom(whole: Candidate): void {
  const np = whole.np;
  if (!np) {
    whole.outcome = null;
    whole.trigger = null;
    whole.via = null;
    return;
  }
  set(whole, CAPTIVE_NOUNS.has(np.head) ? "abducted" : "present", { first: np.first, last: np.last }, "noun");
}

/**
 * "Of the 52 …" at the start of the sentence or of a reported clause ("police said that of the
 * 52 …"), after a conjunction or a quote mark at most.
 */
function opensSentence(tokens: readonly Token[], c: Candidate): boolean {
  const k = c.q.first;
  if (!/^(the|those|these)$/.test(tokens[k - 1]?.norm ?? "") || tokens[k - 2]?.norm !== "of") return false;
  const before = tokens[k - 3];
  return before === undefined || OPENERS.test(before.norm);
}

/** The index of the first comma at or after tokens[k], within a short opening; -2 when none. */
function firstCommaFrom(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 10; j++) if (tokens[j]!.norm === ",") return j;
  return -2;
}
