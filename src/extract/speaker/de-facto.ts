// An office of a de facto government (lexicon/authorities.ts): "a Taliban official said", "the
// Islamic Emirate's spokesman" in a report of 2025 speak for Afghanistan's government, as any
// government's officials do (codebook §1 `government`), not for an armed group by the movement's
// name; "a Taliban commander", "Taliban fighters" and the same official before August 2021 keep
// the type their words give (ARCHITECTURE.md "Where the codebook is silent").
import type { ClaimantType } from "../../core/model.js";
import {
  DE_FACTO_AUTHORITIES,
  GOVERNMENT_OFFICE_HEADS,
  type DeFactoAuthority,
} from "../lexicon/authorities.js";
import { COMPLEMENT_WORDS } from "../lexicon/claimants.js";

const COMPLEMENT: ReadonlySet<string> = new Set(COMPLEMENT_WORDS);
/** Marks that separate the parts of a mention. */
const SEPARATORS: ReadonlySet<string> = new Set([",", ";", "(", ")", "—", "–"]);

/**
 * The type of a mention whose words (`norms`, lower-case tokens) were typed `type`: `government`
 * where an armed group's type came with an office of a movement that governs on `day` (YYYY-MM-DD;
 * a report with no day is read as of today), else `type`.
 */
export function governingType(
  type: ClaimantType | null,
  norms: readonly string[],
  day: string | null,
): ClaimantType | null {
  if (type !== "armed_group") return type;
  let from = 0;
  for (let k = 0; k <= norms.length; k++) {
    if (k < norms.length && !SEPARATORS.has(norms[k]!)) continue;
    if (officeOfAuthority(words(norms.slice(from, k)), day)) return "government";
    from = k + 1;
  }
  return type;
}

/** The words of a part of a mention, possessives cut ("the Taliban's spokesman"). */
function words(part: readonly string[]): string[] {
  return part.filter((w) => w !== "'s" && w !== "'").map((w) => w.replace(/'s$/, ""));
}

/** Whether a part of a mention is an office (its head) of a movement governing on `day`. */
function officeOfAuthority(part: readonly string[], day: string | null): boolean {
  let cut = 0;
  while (cut < part.length && !COMPLEMENT.has(part[cut]!)) cut++;
  if (cut === 0 || !GOVERNMENT_OFFICE_HEADS.has(part[cut - 1]!)) return false;
  return DE_FACTO_AUTHORITIES.some(
    (a) => governs(a, day) && a.names.some((n) => names(part, n)) && !part.some((w) => a.notWith.includes(w)),
  );
}

/** Whether the words hold a name, alone or before a hyphen ("Taliban-appointed", "Taliban-run"). */
function names(part: readonly string[], name: string): boolean {
  const [first, ...rest] = name.split(" ");
  return part.some(
    (w, k) => (w === first || w.startsWith(`${first}-`)) && rest.every((r, i) => part[k + 1 + i] === r),
  );
}

/** Whether the movement governs on `day`: within one of its periods (an open one reaches today). */
function governs(a: DeFactoAuthority, day: string | null): boolean {
  if (day === null) return a.governs.some(([, to]) => to === null);
  return a.governs.some(([from, to]) => from <= day && (to === null || day <= to));
}
