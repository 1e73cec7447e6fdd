// A headline that names its source by the country ("Benin says 8 soldiers killed …", "Peru says
// four soldiers killed …") speaks for that state, and the body gives the figure in the voice of
// one of its state bodies ("the army chief of staff said", "the Joint Command of the Armed Forces
// said"): one claim, the body's claimant (codebook §1c "Headlines, decks, ledes": a headline that
// names its claimant is one more span of that claimant's claim).
import type { Claim } from "../../core/model.js";
import { isCountryName } from "../lexicon/nationalities.js";
import { wordsOf } from "./headline.js";

/** Whether the headline's claimant `h` is a country's name and the body's `b` a voice of a state. */
export function countryForState(h: Claim, b: Claim): boolean {
  return b.claimant.party === "state" && countryNamed(h);
}

/** Whether a claimant is named by a country's name alone ("Benin", "DR Congo"). */
export function countryNamed(c: Claim): boolean {
  return isCountryName(wordsOf(c.claimant.name));
}
