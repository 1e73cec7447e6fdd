// A list under a total, one item a line ("Nine people were killed and at least 25 injured …, the
// casualties were as follows: / 1. Upper district: four villagers killed; 11 injured. / 2. Lower
// district: …"): each item opens with a number, a bullet or a place label. Where the items'
// figures of one outcome, two items or more, add up to the latest total of that outcome before the
// list, each is a part of it (codebook §1c "Subsets", §3b), never added to it. Figures that do not
// add up are left as they are: a list of events is not a breakdown.
import type { SentenceTokens } from "../speaker/attribute.js";
import type { Built } from "./build-claims.js";
import { figure, wholeBefore } from "./breakdown-sums.js";

/** How a list item opens: "1.", "2)", a dash or a bullet, then its text. */
const ITEM_MARK = /^\s*(?:\d{1,2}[.)]|[-–—•*])\s+\S/u;

export function linkListSums(
  built: readonly Built[],
  text: string,
  sentences: readonly SentenceTokens[],
): void {
  for (const run of itemRuns(built, text, sentences)) {
    const inRun = built.filter((b) => run.has(sentences[b.sentence]!.paragraph) && figure(b.claim));
    const free = inRun.filter((b) => b.claim.partOf === null);
    for (const outcome of new Set(free.map((b) => b.claim.outcome))) {
      const parts = free.filter((b) => b.claim.outcome === outcome);
      const items = new Set(parts.map((b) => sentences[b.sentence]!.paragraph));
      if (items.size < 2) continue;
      const sum = parts.reduce((n, b) => n + b.claim.quantity.value!, 0);
      const whole = wholeBefore(built, Math.min(...parts.map((b) => b.sentence)), outcome);
      if (whole && !inRun.some((b) => b.claim === whole) && whole.quantity.value === sum)
        for (const b of parts) b.claim.partOf = whole.id;
    }
  }
}

/** Runs of two or more consecutive paragraphs that are list items, as sets of paragraph indexes. */
function itemRuns(
  built: readonly Built[],
  text: string,
  sentences: readonly SentenceTokens[],
): Set<number>[] {
  const labelled = new Set(
    built.filter((b) => b.section !== undefined).map((b) => sentences[b.sentence]!.paragraph),
  );
  const items = new Set<number>();
  for (const s of sentences) {
    const opens = s.index === 0 || sentences[s.index - 1]!.paragraph !== s.paragraph;
    if (opens && (labelled.has(s.paragraph) || ITEM_MARK.test(text.slice(s.start, s.start + 8))))
      items.add(s.paragraph);
  }
  const runs: Set<number>[] = [];
  let run = new Set<number>();
  for (const p of [...items].sort((a, b) => a - b)) {
    if (run.size > 0 && !run.has(p - 1)) {
      if (run.size > 1) runs.push(run);
      run = new Set();
    }
    run.add(p);
  }
  if (run.size > 1) runs.push(run);
  return runs;
}
