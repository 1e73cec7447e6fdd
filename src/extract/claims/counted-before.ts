// Outcome nouns that refer to people counted before and count no one again (codebook §1c "One
// claim, several spans": the same people named again are no second claim): a definite plural whose
// noun names the outcome ("The wounded were evacuated") and "all" before such a noun ("the state
// will pay for the treatment of all the wounded", "All the dead were taken to the morgue"). "All
// the hostages were freed" still counts: its outcome is the verb's, not the noun's.
import type { Count } from "../outcome/find-counts.js";

/** Whether count `c` only names again, by its outcome noun, those the article counted. */
export function namesCountedAgain(c: Count): boolean {
  return c.via === "noun" && (c.anaphor || c.quantity.hedge === "all");
}
