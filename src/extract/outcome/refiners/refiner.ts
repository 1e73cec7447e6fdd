import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";

/** A refiner reads the candidates of a sentence together and decides what one alone cannot. */
export type CountRefiner = (tokens: readonly Token[], cands: Candidate[]) => void;
