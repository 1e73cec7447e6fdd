// A body that records a count gives it (codebook §1c "Who speaks"): "the IMB recorded 24 crew
// taken hostage", "Amnesty documented 11 deaths", "the mission registered 40 civilian casualties",
// "the monitor logged 300 attacks". The counter is the claimant of the figure that follows, as one
// who puts or revises a toll is (revision.ts); a verb with no figure after it ("the camera recorded
// the attack", "police registered a case") is none.
import type { Token } from "../tokens.js";
import { TENS, UNITS } from "../lexicon/numbers.js";

/** Verbs of keeping a count (the words at which `recordsCount` can read one). */
export const COUNT_VERBS: readonly string[] =
  "recorded records documented documents registered registers logged logs verified verifies counts tallies".split(
    " ",
  );
const COUNTS: ReadonlySet<string> = new Set(COUNT_VERBS);
/** Words between the verb and its figure: "recorded at least 24", "documented more than 300", "logged some 40". */
const BEFORE_FIGURE =
  /^(at|least|more|than|over|some|nearly|almost|about|around|up|to|a|total|of|the|deaths|death)$/;
const VAGUE = /^(dozens|scores|hundreds|thousands)$/;

/** Whether tokens[k] is a verb of keeping a count with a figure as its object ("recorded 24 crew"). */
export function recordsCount(tk: readonly Token[], k: number): boolean {
  if (!COUNTS.has(tk[k]?.norm ?? "")) return false;
  for (let j = k + 1; j < tk.length && j <= k + 5; j++) {
    const t = tk[j]!;
    if (t.kind === "num" || UNITS.has(t.norm) || TENS.has(t.norm) || VAGUE.test(t.norm)) return true;
    if (!BEFORE_FIGURE.test(t.norm)) return false;
  }
  return false;
}
