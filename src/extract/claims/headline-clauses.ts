// A headline of two clauses, each with a figure, whose second names its own source ("Bandits abduct
// over 100 in Kaduna community, police confirm 37"): the source speaks for the figure after it
// only. The first clause's figures stand on their own, the outlet's (codebook §1c "Who speaks": a
// sentence part with no source of its own), so the police are not given two figures for the same
// people, one of which is the figure their own clause disputes. A clause after a semicolon is a
// statement of its own whatever it holds ("Turkish drone strike kills five …; Ankara says all were
// PKK fighters"): its source speaks for it only.
import type { Claimant } from "../../core/model.js";
import { TENS, UNITS, VAGUE } from "../lexicon/numbers.js";
import type { Built } from "./build-claims.js";

/**
 * Gives back to the outlet the figures of the head (headline and deck lines, up to `head`, which
 * headline.ts headEnd gives) before a comma that a source's clause with a figure of its own follows
 * on the same line, or before a semicolon that a source's clause follows.
 */
export function headlineClauses(
  built: readonly Built[],
  text: string,
  head: number,
  outlet: string | null,
): void {
  const media: Claimant = { name: outlet ?? "media", mention: null, type: "media", party: "independent" };
  for (const { claim: c } of built) {
    const first = c.evidence[0]!;
    const m = c.claimant.mention;
    if (first.start >= head || !m || first.end > m.start) continue;
    const lineEnd = text.indexOf("\n", first.start);
    const between = text.slice(first.end, m.start);
    if (m.end > lineEnd || !between.includes(",")) {
      if (m.end <= lineEnd && between.includes(";")) c.claimant = media;
      continue;
    }
    if (hasFigure(text.slice(m.end, lineEnd))) c.claimant = media;
  }
}

/** Whether a headline's words hold a figure, in digits or in words ("37", "seven", "dozens"). */
function hasFigure(words: string): boolean {
  return (words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some(
    (w) => /^\d/.test(w) || UNITS.has(w) || TENS.has(w) || VAGUE.has(w),
  );
}
