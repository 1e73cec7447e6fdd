// A source that revises its own figure speaks it (codebook §1 `scope`: a revision is cumulative,
// §3b: the latest figure of a claimant supersedes): "He later revised the figure to 14", "The
// ministry updated its count to 22", "The Red Crescent raised its estimate of the wounded to 45",
// "officials lowered the toll to 9". The reviser is the claimant of the figure that follows.
import type { Token } from "../tokens.js";

/** Verbs by which a source revises its figure (the words at which `revisesFigure` can read one). */
export const REVISION_VERBS: readonly string[] = (
  "revised revises revise raised raises lowered lowers updated updates increased adjusted adjusts corrected " +
  "upped reduced cut"
).split(" ");
const REVISES: ReadonlySet<string> = new Set(REVISION_VERBS);
/** What a source revises: its toll, count, figure or estimate. */
const FIGURES = /^(toll|tolls|figure|figures|count|counts|tally|estimate|estimates|number|numbers|total)$/;
/** Words between the verb and the figure's noun: "its initial death toll", "the official casualty count". */
const BETWEEN =
  /^(the|its|their|his|her|own|initial|earlier|previous|official|overall|provisional|preliminary|death|casualty|fatality|injury|final|total|downward|upward|down|up)$/;

/** Whether tokens[k] is a verb revising a figure ("revised the figure", "raised its estimate"). */
export function revisesFigure(tk: readonly Token[], k: number): boolean {
  if (!REVISES.has(tk[k]?.norm ?? "")) return false;
  for (let j = k + 1; j < tk.length && j <= k + 4; j++) {
    if (FIGURES.test(tk[j]!.norm)) return true;
    if (!BETWEEN.test(tk[j]!.norm)) return false;
  }
  return false;
}
