import type { Token } from "../../tokens.js";
import type { Candidate } from "../candidate.js";

/**
 * A parser reads one phrasing class of outcome for one candidate: when the phrase is there it sets
 * the candidate's outcome, trigger and via (and may set its group or mark it cumulative) and
 * returns true; otherwise it changes nothing that decides and returns false.
 */
export type CountParser = (tokens: readonly Token[], c: Candidate, cands: readonly Candidate[]) => boolean;
