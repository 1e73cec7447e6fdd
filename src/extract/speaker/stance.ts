// A party that takes a stance on an account gives no figure of its own, but it has spoken: "A youth
// leader, who asked not to be named, disputed the account. He said …", "The army rejected the
// claim. It said …". Its subject is registered as the latest speaker, so that the "he" or "it" that
// goes on finds it rather than the speaker named before (issue 9 §3: the nearest fitting speaker).
import type { Token } from "../tokens.js";
import { startsUpper } from "../letters.js";

/** The verbs of taking a stance on what someone said: the words at which `disputesAccount` reads. */
export const STANCE_VERBS: readonly string[] = (
  "disputed disputes contested contests rejected rejects refuted refutes contradicted contradicts " +
  "challenged challenges dismissed dismisses questioned questions"
).split(" ");
const STANCE = new Set(STANCE_VERBS);

/** Nouns of an account, the object of a stance: "the account", "these figures", "the group's claim". */
const ACCOUNTS =
  /^(account|accounts|claim|claims|report|reports|figure|figures|toll|tolls|version|allegation|allegations|statement|narrative|assertion|assertions|count|tally)$/;
/** Words between a stance verb and its account noun: a determiner, an owner, a modifier. */
const BEFORE_ACCOUNT = /^(the|this|that|these|those|its|their|his|her|such|official|army|government|police)$/;

/**
 * Whether tokens[k] is a verb of taking a stance with an account as its object ("disputed the
 * account", "rejected the rebels' claims", "questioned the official toll"); not with another object
 * ("the rebels contested the town", "police questioned two suspects").
 */
export function disputesAccount(tk: readonly Token[], k: number): boolean {
  if (!STANCE.has(tk[k]?.norm ?? "")) return false;
  for (let j = k + 1; j < tk.length && j <= k + 4; j++) {
    const t = tk[j]!;
    if (ACCOUNTS.test(t.norm)) return j > k + 1;
    // (An owner: "the group's claim", "the rebels' claims"; a name: "the AU account".)
    const owner = /['’]s?$/.test(t.norm) || /^['’]$/.test(t.text) || /^['’]$/.test(tk[j + 1]?.text ?? "");
    const modifier = BEFORE_ACCOUNT.test(t.norm) || owner || startsUpper(t.text);
    if (!modifier) return false;
  }
  return false;
}
