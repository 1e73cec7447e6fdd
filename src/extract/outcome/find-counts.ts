// Counts of people with their outcome, in one sentence. Every figure is an anchor (and every
// single person no figure covers, "a driver"); the outcome comes from the parsers below, tried in
// order for each candidate until one reads it, then from refiners that read the candidates
// together. This list is the pipeline: each entry is one phrasing class in a file of its own.
import type { Token } from "../tokens.js";
import type { Count } from "./candidate.js";
import { findCandidates } from "./candidates.js";
import { emitCounts } from "./emit-counts.js";
import { adjectival } from "./parsers/adjectival.js";
import { breakdown } from "./parsers/breakdown.js";
import { care } from "./parsers/care.js";
import { label } from "./parsers/label.js";
import { noneNoun } from "./parsers/none-noun.js";
import { numbering } from "./parsers/numbering.js";
import { outcomeNoun } from "./parsers/outcome-noun.js";
import { NO_CONTEXT, type CountContext, type CountParser } from "./parsers/parser.js";
import { partOfEarlier } from "./parsers/part-of-earlier.js";
import { presence } from "./parsers/presence.js";
import { takenHostage } from "./parsers/taken-hostage.js";
import { toll } from "./parsers/toll.js";
import { verbPhrase } from "./parsers/verb-phrase.js";
import { asideOpeners } from "./refiners/aside-openers.js";
import { coordination } from "./refiners/coordination.js";
import { copulaGroup } from "./refiners/copula-group.js";
import type { CountRefiner } from "./refiners/refiner.js";
import { subsets } from "./refiners/subsets.js";
import { suicideBombers } from "./refiners/suicide-bombers.js";

export type { Count, Via } from "./candidate.js";
export type { CountContext } from "./parsers/parser.js";
export { phraseAt } from "./phrases.js";

/** Each candidate's outcome, from the first parser that reads one. */
const PARSERS: readonly CountParser[] = [
  takenHostage, // "took 30 passengers hostage", "seized 12 hostages"
  toll, // "the death toll rose to 30", "bringing the total to 64"
  numbering, // "the injured villagers, numbering five"
  breakdown, // "the dead comprised 51 civilians, 30 fighters …": parts of an earlier total
  partOfEarlier, // "Among them were five children", "five soldiers were among the dead"
  verbPhrase, // "killing 5", "5 soldiers were killed" (across asides and relative clauses)
  outcomeNoun, // "12 bodies", "30 casualties"
  adjectival, // "two wounded rebels", "the 5 slain officers": a participle before the noun
  care, // "treated 25 people for gunshot wounds", "buried 31 people": care of casualties
  label, // "Death toll: 31", "Killed: 5, injured: 12": a figure after a label and a colon
  noneNoun, // "no injuries were reported", "no loss of life"
  presence, // "100 of those on the train were …", "400 passengers travelling", "there were 30 people on board"
];

/** Then, over the sentence's candidates together, in this order. */
const REFINERS: readonly CountRefiner[] = [
  suicideBombers, // "a suicide bomber detonated": the bomber died
  asideOpeners, // "in addition to the bomber, 16 people were killed"
  subsets, // "11 people, including eight civilians": parts point at their whole
  coordination, // "two people and four assailants were killed"
  copulaGroup, // "five of the dead were children": the group from the predicate noun
];

export function findCounts(
  tokens: readonly Token[],
  slice: (a: number, b: number) => string,
  ctx: CountContext = NO_CONTEXT,
): Count[] {
  const cands = findCandidates(tokens, slice);
  for (const c of cands) PARSERS.some((parse) => parse(tokens, c, cands, ctx));
  for (const refine of REFINERS) refine(tokens, cands);
  return emitCounts(tokens, cands);
}
