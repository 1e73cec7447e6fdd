// The entries of the counts' pipeline (find-counts.ts), in order: each parser with the words it
// needs in a sentence, then each refiner with its words (or none). Kept apart from find-counts.ts so
// that the gate built of their words (count-triggers.ts) is a module of data only, which the bundle
// holds as its value (scripts/build/snapshot-data.mjs).
import { adjectival, adjectivalTriggers } from "./parsers/adjectival.js";
import { bareShare, bareShareTriggers } from "./parsers/bare-share.js";
import { breakdown, breakdownTriggers } from "./parsers/breakdown.js";
import { careGiven, careGivenTriggers } from "./parsers/care-given.js";
import { care, careTriggers } from "./parsers/care.js";
import { clauseFinal, clauseFinalTriggers } from "./parsers/clause-final.js";
import { fatally, fatallyTriggers } from "./parsers/fatally.js";
import { fateUnknown, fateUnknownTriggers } from "./parsers/fate-unknown.js";
import { hospitalTransport, hospitalTransportTriggers } from "./parsers/hospital-transport.js";
import { label, labelTriggers } from "./parsers/label.js";
import { noneNoun, noneNounTriggers } from "./parsers/none-noun.js";
import { mourned, mournedTriggers } from "./parsers/mourned.js";
import { numbering, numberingTriggers } from "./parsers/numbering.js";
import { outcomeNoun, outcomeNounTriggers } from "./parsers/outcome-noun.js";
import type { CountParser } from "./parsers/parser.js";
import { partOfEarlier, partOfEarlierTriggers } from "./parsers/part-of-earlier.js";
import { presence, presenceTriggers } from "./parsers/presence.js";
import { resultative, resultativeTriggers } from "./parsers/resultative.js";
import { shareOfEarlier, shareOfEarlierTriggers } from "./parsers/share-of-earlier.js";
import { takenHostage, takenHostageTriggers } from "./parsers/taken-hostage.js";
import { toll, tollTriggers } from "./parsers/toll.js";
import { unharmed, unharmedTriggers } from "./parsers/unharmed.js";
import { verbPhrase, verbPhraseTriggers } from "./parsers/verb-phrase.js";
import { amongCounted } from "./refiners/among-counted.js";
import { appositiveShare, appositiveShareTriggers } from "./refiners/appositive-share.js";
import { asideOpeners } from "./refiners/aside-openers.js";
import { casualtySubject } from "./refiners/casualty-subject.js";
import { coordination } from "./refiners/coordination.js";
import { copulaGroup } from "./refiners/copula-group.js";
import { countedTwice, countedTwiceTriggers } from "./refiners/counted-twice.js";
import { distributive } from "./refiners/distributive.js";
import { elidedNoun } from "./refiners/elided-noun.js";
import { frontedShare } from "./refiners/fronted-share.js";
import { gappedShares } from "./refiners/gapped-shares.js";
import { ordinalTotal } from "./refiners/ordinal-total.js";
import { othersBefore } from "./refiners/others-before.js";
import { othersOfSubject } from "./refiners/others-of-subject.js";
import { partitiveAntecedent } from "./refiners/partitive-antecedent.js";
import type { CountRefiner } from "./refiners/refiner.js";
import { remainsOf } from "./refiners/remains-of.js";
import { shareOfHarmed } from "./refiners/share-of-harmed.js";
import { sharesOfCounted } from "./refiners/shares-of-counted.js";
import { subsets } from "./refiners/subsets.js";
import { suicideBombers, suicideBombersTriggers } from "./refiners/suicide-bombers.js";
import { killingThemselves, killingThemselvesTriggers } from "./refiners/killing-themselves.js";
import { themBefore } from "./refiners/them-before.js";
import { unitMembers } from "./refiners/unit-members.js";
import type { Triggers } from "./triggers.js";

export interface ParserEntry {
  name: string;
  parse: CountParser;
  triggers: Triggers;
}

/** Each candidate's outcome, from the first parser that reads one. */
export const PARSERS: readonly ParserEntry[] = [
  // "took 30 passengers hostage", "seized 12 hostages"
  { name: "taken-hostage", parse: takenHostage, triggers: takenHostageTriggers },
  // "burned 20 villagers alive", "took 45 soldiers prisoner": a verb split around its object
  { name: "resultative", parse: resultative, triggers: resultativeTriggers },
  // "the death toll rose to 30", "bringing the total to 64"
  { name: "toll", parse: toll, triggers: tollTriggers },
  // "the injured villagers, numbering five"
  { name: "numbering", parse: numbering, triggers: numberingTriggers },
  // "the dead comprised 51 civilians, 30 fighters …": parts of an earlier total
  { name: "breakdown", parse: breakdown, triggers: breakdownTriggers },
  // "Among them were five children", "five soldiers were among the dead"
  { name: "part-of-earlier", parse: partOfEarlier, triggers: partOfEarlierTriggers },
  // "Twelve people were killed. Five were children.": a bare share of the total before
  { name: "bare-share", parse: bareShare, triggers: bareShareTriggers },
  // "the crew were unharmed", "the passengers escaped unhurt": none injured among those named
  { name: "unharmed", parse: unharmed, triggers: unharmedTriggers },
  // "Six people were shot, one fatally": a share of those harmed, told by its adverb
  { name: "fatally", parse: fatally, triggers: fatallyTriggers },
  // "the fate of more than 70 people was unknown": missing
  { name: "fate-unknown", parse: fateUnknown, triggers: fateUnknownTriggers },
  // "killing 5", "5 soldiers were killed" (across asides and relative clauses)
  { name: "verb-phrase", parse: verbPhrase, triggers: verbPhraseTriggers },
  // "Around fifty of our men fell", "47 passengers had been taken,": the clause ends after the verb
  { name: "clause-final", parse: clauseFinal, triggers: clauseFinalTriggers },
  // "12 bodies", "30 casualties"
  { name: "outcome-noun", parse: outcomeNoun, triggers: outcomeNounTriggers },
  // "two wounded rebels", "the 5 slain officers": a participle before the noun
  { name: "adjectival", parse: adjectival, triggers: adjectivalTriggers },
  // "treated 25 people for gunshot wounds", "buried 31 people": care of casualties
  { name: "care", parse: care, triggers: careTriggers },
  // "14 inmates had been taken to hospital with burns": carried to care with injuries
  { name: "hospital-transport", parse: hospitalTransport, triggers: hospitalTransportTriggers },
  // "gave first aid to 30 residents": care given as a noun
  { name: "care-given", parse: careGiven, triggers: careGivenTriggers },
  // "the movement mourned one of its members": a verb of mourning before its object
  { name: "mourned", parse: mourned, triggers: mournedTriggers },
  // "Death toll: 31", "Killed: 5, injured: 12": a figure after a label and a colon
  { name: "label", parse: label, triggers: labelTriggers },
  // "no injuries were reported", "no loss of life"
  { name: "none-noun", parse: noneNoun, triggers: noneNounTriggers },
  // "Twelve of the passengers were off-duty soldiers": a share of a total given before
  { name: "share-of-earlier", parse: shareOfEarlier, triggers: shareOfEarlierTriggers },
  // "100 of those on the train were …", "400 passengers travelling", "there were 30 people on board"
  { name: "presence", parse: presence, triggers: presenceTriggers },
];

export interface RefinerEntry {
  name: string;
  refine: CountRefiner;
  /** Null: the refiner only passes on an outcome a parser decided, so it needs no words of its own. */
  triggers: Triggers | null;
}

/** Then, over the sentence's candidates together, in this order. */
export const REFINERS: readonly RefinerEntry[] = [
  // "after two bodies were found to have been counted twice": records, not people harmed
  { name: "counted-twice", refine: countedTwice, triggers: countedTwiceTriggers },
  // "a suicide bomber detonated": the bomber died
  { name: "suicide-bombers", refine: suicideBombers, triggers: suicideBombersTriggers },
  // "Both assailants detonated, killing themselves and a civilian": the subject's own deaths
  { name: "killing-themselves", refine: killingThemselves, triggers: killingThemselvesTriggers },
  // "in addition to the bomber, 16 people were killed"
  { name: "aside-openers", refine: asideOpeners, triggers: null },
  // "two deaths, one in Awendo and the other in Rongo": parts told by place or day
  { name: "distributive", refine: distributive, triggers: null },
  // "11 people, including eight civilians": parts point at their whole
  { name: "subsets", refine: subsets, triggers: null },
  // "They took our sons and daughters, at least 30 of them, into the bush": the clause's outcome
  { name: "appositive-share", refine: appositiveShare, triggers: appositiveShareTriggers },
  // "Nine of the 13 people killed were civilians": a share of a figure counted with it
  { name: "shares-of-counted", refine: sharesOfCounted, triggers: null },
  // "Of the 52 people killed, 31 were women": a share told after its whole, which opens the sentence
  { name: "fronted-share", refine: frontedShare, triggers: null },
  // "Four foreigners were among the 20 people killed": a part of a figure counted after it
  { name: "among-counted", refine: amongCounted, triggers: null },
  // "two people and four assailants were killed"
  { name: "coordination", refine: coordination, triggers: null },
  // "two soldiers were killed and five wounded", "killed five and wounded 12 soldiers": one noun for both
  { name: "elided-noun", refine: elidedNoun, triggers: null },
  // "five of the dead were children": the group from the predicate noun
  { name: "copula-group", refine: copulaGroup, triggers: null },
  // "22 of the dead were fighters and 11 were SDF members": the next shares of the same whole
  { name: "gapped-shares", refine: gappedShares, triggers: null },
  // "21 bodies of soldiers": the people whose bodies they are
  { name: "remains-of", refine: remainsOf, triggers: null },
  // "a police mobile squad of 40 men": a unit's members take the unit's group
  { name: "unit-members", refine: unitMembers, triggers: null },
  // "operations against the rebels, killing 11 of them": the share takes its antecedent's group
  { name: "partitive-antecedent", refine: partitiveAntecedent, triggers: null },
  // "a sixth fighter had died": an ordinal standing for a running total of six
  { name: "ordinal-total", refine: ordinalTotal, triggers: null },
  // "63 civilian casualties: 21 killed and 42 injured": bare figures take their subject's group
  { name: "casualty-subject", refine: casualtySubject, triggers: null },
  // "… killing 18 civilians. My Office verified the deaths of 14 of them": of the total counted last
  { name: "them-before", refine: themBefore, triggers: null },
  // "13 soldiers were wounded. Several of the wounded died": a share takes the group of its whole
  { name: "share-of-harmed", refine: shareOfHarmed, triggers: null },
  // "… seven SDF fighters. Three others are in critical condition": others of the group counted last
  { name: "others-before", refine: othersBefore, triggers: null },
  // 'the attackers had come from the river and that "three others were captured"': more of the subject's side
  { name: "others-of-subject", refine: othersOfSubject, triggers: null },
];
