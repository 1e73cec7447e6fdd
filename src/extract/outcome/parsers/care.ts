// The care of casualties gives their outcome when no verb of harm does: "doctors treated 25 people
// for gunshot wounds" (injured), "the hospital received 40 people" (injured), "villagers buried 31
// people", "14 victims were buried in a mass grave" (killed). The verbs and the words that decide
// are data in lexicon/care.ts. Casualty nouns keep their own outcome ("treated 60 wounded",
// "received 9 bodies": outcome-noun runs first).
import type { Outcome } from "../../../core/model.js";
import {
  BURIAL_FORMS,
  BURIAL_PLACES,
  BURIED_ALIVE,
  INJURY_NOUNS,
  MEDICAL_FORMS,
  MEDICAL_SUBJECTS,
  NOT_CARE_AFTER,
  PATIENT_FORMS,
} from "../../lexicon/care.js";
import { ACTIVE_FILLERS, PASSIVE_FILLERS } from "../../lexicon/outcomes.js";
import type { Token } from "../../tokens.js";
import { set } from "../candidate.js";
import type { Triggers } from "../triggers.js";
import type { CountParser } from "./parser.js";

/** A verb of burial or of medical care. */
export const careTriggers: Triggers = { words: [...BURIAL_FORMS, ...MEDICAL_FORMS] };

type Kind = "burial" | "medical";

interface Verb {
  k: number;
  kind: Kind;
}

function kindOf(t: Token | undefined): Kind | null {
  if (!t || t.kind !== "word") return null;
  return BURIAL_FORMS.has(t.norm) ? "burial" : MEDICAL_FORMS.has(t.norm) ? "medical" : null;
}

/** An active care verb before the figure ("buried 31", "treated some 25"), not a passive one. */
function verbBefore(tokens: readonly Token[], qFirst: number): Verb | null {
  let k = qFirst - 1;
  while (k >= 0 && ACTIVE_FILLERS.has(tokens[k]!.norm)) k--;
  const kind = kindOf(tokens[k]);
  if (!kind) return null;
  // "were buried 5 days ago" has no object; a progressive is active ("are burying 12").
  if (/^(were|was|been|be|being|is|are)$/.test(tokens[k - 1]?.norm ?? "") && !tokens[k]!.norm.endsWith("ing"))
    return null;
  return { k, kind };
}

/** A passive care participle after the counted noun ("31 people were buried"). */
function participleAfter(tokens: readonly Token[], from: number): Verb | null {
  let k = from;
  let auxiliary = false;
  for (; k < tokens.length && k < from + 5 && PASSIVE_FILLERS.has(tokens[k]!.norm); k++)
    if (/^(were|was|been|be|are|is)$/.test(tokens[k]!.norm)) auxiliary = true;
  const kind = kindOf(tokens[k]);
  return kind && auxiliary && tokens[k]!.norm.endsWith("ed") ? { k, kind } : null;
}

/** A word of a set within `n` tokens from `from`. */
function within(tokens: readonly Token[], from: number, n: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < tokens.length && k < from + n; k++)
    if (words.has(tokens[k]!.norm)) return true;
  return false;
}

/** "buried alive", "buried under the rubble": the buried were not (yet) dead; "buried in a grave" is a burial. */
function aliveAfter(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? "";
  if (!BURIED_ALIVE.has(w)) return false;
  return !(w === "in" && within(tokens, k + 1, 4, BURIAL_PLACES));
}

/** "for (gunshot) wounds", "with injuries" within a few words from `from`. */
export function injuryComplement(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 6; k++)
    if (/^(for|with)$/.test(tokens[k]!.norm) && within(tokens, k + 1, 4, INJURY_NOUNS)) return true;
  return false;
}

/**
 * "its crews had treated 19 people": an active verb whose object is a patient, not followed by a
 * manner or a role ("treated 30 protesters harshly", "treated them as suspects"). (Passive, the
 * treated may be one more, not hurt: "a sixth person had been treated for a panic attack".)
 */
function treated(tokens: readonly Token[], v: Verb, next: number): boolean {
  if (!PATIENT_FORMS.has(tokens[v.k]!.norm)) return false;
  const w = tokens[next]?.norm ?? "";
  return !NOT_CARE_AFTER.has(w) && !(w.endsWith("ly") && w.length > 4);
}

function outcomeOf(tokens: readonly Token[], v: Verb, next: number, active: boolean): Outcome | null {
  if (v.kind === "burial") return aliveAfter(tokens, next) ? null : "killed";
  if (injuryComplement(tokens, next) || (active && treated(tokens, v, next))) return "injured";
  // "hospitals received 40 people", "40 people were received at the hospital".
  const subject = active
    ? within(tokens, v.k - 4, 4, MEDICAL_SUBJECTS)
    : within(tokens, next, 4, MEDICAL_SUBJECTS);
  return subject ? "injured" : null;
}

export const care: CountParser = (tokens, c) => {
  if (!c.np || c.np.group === "hostages") return false;
  const before = verbBefore(tokens, c.q.first);
  const v = before ?? participleAfter(tokens, c.end);
  if (!v) return false;
  const outcome = outcomeOf(tokens, v, before ? c.end : v.k + 1, before !== null);
  if (!outcome) return false;
  set(c, outcome, { first: v.k, last: v.k + 1 }, before ? "before" : "after");
  return true;
};
