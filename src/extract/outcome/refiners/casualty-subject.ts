// Bare figures read with the group their subject names: a report of "63 civilian casualties …: 21
// killed and 42 injured" counts civilians in each figure after it, and a list under it ("-
// Shelling: 9 killed, 16 injured") goes on counting the group of the same outcome's total just
// before. Casualties mix the dead and the hurt, so "casualties" is no outcome of its own (codebook
// §1); it names who the bare figures that follow are.
import type { Group } from "../../../core/model.js";
import { PARTICIPLE_NOUNS } from "../../lexicon/groups.js";
import type { Candidate } from "../candidate.js";
import type { CountContext } from "../parsers/parser.js";
import type { CountRefiner } from "./refiner.js";

/** Nouns of people harmed whatever befell them, whose group a breakdown after them keeps. */
const CASUALTY_NOUNS = /^(casualties|casualty|victims)$/;

export const casualtySubject: CountRefiner = (_tokens, cands, ctx) => {
  // (Only a sentence whose every figure is bare: a list item, a breakdown after a colon.)
  if (!cands.some(bare) || cands.some((c) => c.outcome !== null && !bare(c))) return;
  const subject = cands.find((c) => c.outcome === null && CASUALTY_NOUNS.test(c.np?.head ?? ""));
  for (const c of cands) {
    if (!bare(c)) continue;
    const group = subjectGroup(subject) ?? groupBefore(c, ctx);
    if (group) c.group = group;
  }
};

/** A figure with an outcome and no noun of its own ("21 killed", "16 injured"). */
function bare(c: Candidate): boolean {
  return (
    c.outcome !== null &&
    !c.singular &&
    (c.group === null || c.group === "people") &&
    (c.np === null || PARTICIPLE_NOUNS.has(c.np.head))
  );
}

/** The group the casualties' noun names ("civilian casualties"), not people at large. */
function subjectGroup(subject: Candidate | undefined): Group | null {
  const g = subject?.np?.group;
  return g && g !== "people" ? g : null;
}

/**
 * The group of the latest total of the same outcome in the two sentences before, itself a bare
 * figure (no noun of its own, or a participle: "21 killed", "42 injured"), not people: a list goes
 * on. (A total with a noun, "12 soldiers were killed", names its own people, not a subject's.)
 */
function groupBefore(c: Candidate, ctx: CountContext): Group | null {
  const t = ctx.recent.find((r) => r.outcome === c.outcome);
  const bareTotal = t !== undefined && (t.head === null || PARTICIPLE_NOUNS.has(t.head));
  return bareTotal && t.group !== "people" ? t.group : null;
}
