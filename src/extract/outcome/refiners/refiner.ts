import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";
import type { CountContext } from "../parsers/parser.js";

/**
 * A refiner reads the candidates of a sentence together and decides what one alone cannot (with
 * what the sentences before told, for the few that need it).
 */
export type CountRefiner = (tokens: readonly Token[], cands: Candidate[], ctx: CountContext) => void;
