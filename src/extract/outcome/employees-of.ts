// "three employees of the Ministry of Internal Affairs", "staff of the Interior Ministry": the
// employees of a ministry of internal security or of defence are its forces (police officers and
// soldiers, in the usage of Russian and other state statements), whatever their noun says; the
// employees of any other body keep their noun's group. The words are data in lexicon/groups.ts.
import type { Group } from "../../core/model.js";
import { EMPLOYEE_NOUNS, SECURITY_MINISTRY_WORDS } from "../lexicon/groups.js";
import type { Token } from "../tokens.js";

/** Words of a ministry's name after "of" ("the Ministry of Internal Affairs", "the Defence Ministry"). */
const NAME_WORDS: ReadonlySet<string> = new Set(["the", "of", "and", "affairs", "national"]);

/** security_forces for employees of a security ministry at tokens[head] ("employees of …"), else null. */
export function employeesOf(tokens: readonly Token[], head: number): Group | null {
  if (!EMPLOYEE_NOUNS.has(tokens[head]!.norm) || tokens[head + 1]?.norm !== "of") return null;
  let ministry = false;
  let security = false;
  for (let k = head + 2; k < tokens.length && k < head + 9; k++) {
    const w = tokens[k]!.norm;
    if (SECURITY_MINISTRY_WORDS.has(w)) security = true;
    else if (w === "ministry") ministry = true;
    else if (!NAME_WORDS.has(w)) break;
  }
  return ministry && security ? "security_forces" : null;
}
