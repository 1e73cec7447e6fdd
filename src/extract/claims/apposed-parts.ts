// Persons named in apposition right after a total that only counted people ("We found two
// bodies, a boy of about six and his younger sister, under the roof"): they are who the total
// counts, its parts (codebook §1c "Subsets", §3b), never added to it. The total's head says no
// more than that they were people (lexicon PLAIN_PERSON_HEADS): after "two soldiers, a policeman
// and a civilian" the three are more people, coordinated. The first part follows the total's
// figure after a comma, each next one the part before within a few words; together they fit in
// it, else none is its part.
import type { Claim } from "../../core/model.js";
import { PLAIN_PERSON_HEADS } from "../lexicon/breakdowns.js";
import type { Built } from "./build-claims.js";
import { figure } from "./breakdown-sums.js";

/** Text that may stand between one part and the next ("of about six and his younger"). */
const BETWEEN = /^[^.;:"“”()]{0,30}$/;

export function linkApposedParts(built: readonly Built[], text: string): void {
  built.forEach((b, i) => {
    const whole = b.claim;
    if (!PLAIN_PERSON_HEADS.has(b.nounHead ?? "") || whole.partOf !== null || !figure(whole)) return;
    const parts = apposed(built, i, text);
    const sum = parts.reduce((n, c) => n + c.quantity.value!, 0);
    if (parts.length > 0 && sum <= whole.quantity.value!) for (const c of parts) c.partOf = whole.id;
  });
}

/** The figures of the total's outcome that follow it in its sentence as a list set off by a comma. */
function apposed(built: readonly Built[], i: number, text: string): Claim[] {
  const { claim: whole, sentence } = built[i]!;
  let end = whole.evidence[0]!.end;
  let gap = /^,\s*$/;
  const parts: Claim[] = [];
  for (const { claim: c, sentence: s } of built.slice(i + 1)) {
    const start = c.evidence[0]?.start ?? -1;
    if (s !== sentence || c.outcome !== whole.outcome || start < end || !gap.test(text.slice(end, start)))
      break;
    if (c.partOf !== null || !figure(c)) break;
    parts.push(c);
    end = c.evidence[0]!.end;
    gap = BETWEEN;
  }
  return parts;
}
