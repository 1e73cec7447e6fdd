// Cues of scope and modality around a figure (codebook §1 `scope`, `modality`), as token sequences.
import { OUTCOME_PHRASES } from "./outcomes.js";
import { PhraseSet } from "./phrase-set.js";

const split = (phrases: readonly string[]) => new PhraseSet(phrases.map((p) => p.split(" ")));

/** "another 40", "50 additional", "10 more", "a further 12". */
export const INCREMENT_CUES = split(["another", "additional", "more", "further", "fresh", "a further"]);

/**
 * An adverb of addition right before the outcome's verb ("The gunman also killed a man", "two
 * guards were also wounded", "had also been shot dead"): the people are added to those counted
 * before, not the same people again (an increment).
 */
export const ADDITION_ADVERBS: ReadonlySet<string> = new Set(["also"]);

/**
 * Cues of a running total that a later figure gives ("killed 8, bringing the toll to 10"): after a
 * figure, they make the total the later figure, not this one.
 */
export const LATER_TOTAL_CUES = split([
  "bringing the",
  "brings the",
  "brought the",
  "raising the",
  "raises the",
]);

/** Running totals: "bringing the total to", "in all", "so far", "the toll rose to". */
export const CUMULATIVE_CUES = split([
  "in all",
  "so far",
  "in total",
  // a bare "total" set off after the figure's words, as event notes write it ("Fourteen dead,
  // total; eight on the first day"): the whole, not one more figure beside the others
  ", total ;",
  ", total .",
  ", total ,",
  "altogether",
  "to date",
  "total of",
  "the total",
  "bringing the",
  "brings the",
  "toll rose",
  "toll has risen",
  "toll climbed",
  "toll has climbed",
  "toll now",
  // A perfect with "now": the count as it stands ("Ten people have now died", "has now risen to").
  "have now",
  "has now",
  "cumulative",
  "overall",
  "a total",
  "up to now",
  "thus far",
  // A toll given as revised: "more than 50 dead were later reported", "13 dead in a later report".
  "later reported",
  "later report",
  "later reports",
  "later confirmed",
  "later revised",
  "later raised",
  "later put",
  "revised toll",
  "updated toll",
]);

/** Future or conditional: "will execute", "threatened to kill", "warned it would". */
export const THREAT_CUES = split([
  "will",
  "would",
  // ("may be killed": a possibility to come; "may have been killed" is one past, unconfirmed)
  "may be",
  "threatened",
  "threatening",
  "threatens",
  "threaten",
  "vowed",
  "vows",
  "warned of",
  "plans to",
  "planned to",
  "intends to",
  "going to",
  "if",
  "unless",
  "ultimatum",
  "shall",
  "'ll",
  "seeking to",
  "sought to",
  "trying to",
  "tried to",
  "attempted to",
  "attempting to",
  "attempt to",
  "plotting to",
  "plotted to",
  "aimed to",
  "intended to",
  "wanted to",
  "bid to",
]);

/**
 * Implicative verbs: the infinitive after them happened ("troops managed to rescue 80 passengers",
 * "police were able to free 23 hostages", "went on to kill 12", "made it possible to neutralise
 * 60"), so it is no purpose or plan; so
 * did what someone helped along ("he had helped to bury 31 people"; a help to come is caught
 * first by the threat cues: "will help to rescue").
 */
export const IMPLICATIVE_CUES = split([
  "managed to",
  "manage to",
  "manages to",
  "able to",
  "went on to",
  "proceeded to",
  "helped to",
  "helps to",
  "helping to",
  // A military communiqué's achievement, often translated ("a permis de neutraliser"): "a reaction
  // by our forces made it possible to neutralise 60 terrorists".
  "made it possible to",
  "makes it possible to",
]);

/** Rebuttals of a figure someone gave: "denied", "rejected the claim", "not true". */
export const DENIAL_CUES = split([
  "denied",
  "denies",
  "deny",
  "rejected",
  "rejects",
  "dismissed",
  "refuted",
  "refutes",
  "not true",
  "baseless",
  "false",
  "untrue",
  "no truth",
  "nothing to suggest",
  "no evidence",
  "exaggerated",
  "propaganda",
]);

/**
 * A negated inference: "that does not imply that 150 people were killed", "it doesn't necessarily
 * mean 20 died". The figure is a hypothesis the speaker refuses to draw from some evidence (coffins,
 * a photograph), not a figure anyone gave, so it is no claim at all (the lead's reading of codebook
 * §1: a rebuttal of a figure someone did give, "denied that 60 were killed", stays `denied`).
 * Generated from the negations and the verbs of inference (base form after do-support).
 */
const NEGATIONS = [
  "not",
  "does not",
  "did not",
  "do not",
  "doesn't",
  "didn't",
  "don't",
  "would not",
  "wouldn't",
  "need not",
  "cannot",
  "can't",
  "can not",
  "could not",
  "couldn't",
];
const INFERENCE_VERBS = ["imply", "mean", "suggest", "indicate", "prove", "signify", "show"];
export const NEGATED_INFERENCE_CUES = split(
  NEGATIONS.flatMap((n) =>
    INFERENCE_VERBS.flatMap((v) => [`${n} ${v}`, `${n} necessarily ${v}`, `${n} automatically ${v}`]),
  ),
);

/**
 * An outcome negated: "the hostages were not killed", "did not kill 50 soldiers" deny it. With a
 * statement of none ("did not kill or injure anyone") the negation is the none itself, asserted.
 */
export const NEGATED_OUTCOME_CUES = split([
  "were not killed",
  "was not killed",
  "had not been",
  "did not kill",
]);

/** Hearsay: "reportedly", "unconfirmed reports", "according to reports". */
/** Doubt about whether it happened at all: "it was unclear if 20 people were killed". */
export const UNCERTAIN_CUES = split([
  "unclear if",
  "unclear whether",
  "not clear if",
  "not clear whether",
  "not known if",
  "not known whether",
]);

export const UNCONFIRMED_CUES = split([
  "reportedly",
  "unconfirmed",
  "allegedly",
  "according to reports",
  "reports said",
  "reports say",
  "were said to",
  "was said to",
  "is said to",
  "are said to",
  "rumoured",
  "rumored",
  "could not be verified",
  "could not be independently verified",
  // a possibility stated, not a fact ("up to 50 people may have been killed")
  "may have",
]);

/** Events that are about an earlier killing: protests, funerals, revenge (lower-case word starts). */
export const BACKGROUND_EVENTS = split([
  "protest",
  "protests",
  "protested",
  "protesting",
  "protesters",
  "protestors",
  "demonstrated",
  "demonstration",
  "demonstrations",
  "demonstrators",
  "rally",
  "rallied",
  "marched",
  "march",
  "funeral",
  "burial",
  "mourners",
  "mourned",
  "rampage",
  "revenge",
  "avenge",
  "retaliation",
  "retaliatory",
  "reprisal",
  "reprisals",
  "vigil",
  "condemned",
  "riot",
  "rioted",
  "rioting",
]);

/** Words before a figure that make it the cause of such an event ("protested the killing of"). */
export const BACKGROUND_CAUSES = split([
  "after",
  "following",
  "over the",
  "against the",
  "the death of",
  "the killing of",
  "the murder of",
  "the deaths of",
  "the killings of",
  "funeral of",
  "funeral for",
  "revenge",
  "avenge",
  "retaliation for",
  "protest the",
  "protested the",
  "protesting the",
]);

/**
 * Words that place a figure at another site or in another incident than the report's own, in the
 * figure's clause: "the killing of two women the same day elsewhere in the town", "In a separate
 * incident, gunmen killed three farmers". Neither "separately" nor a plural is one: "the three were
 * killed separately, each in their homes" and "four were killed in separate incidents" count the
 * report's own dead, spread over its events (claims/spread-totals.ts).
 */
export const ELSEWHERE_CUES = split([
  "elsewhere",
  "in a separate",
  "in another incident",
  "in another attack",
  "in an unrelated",
]);

/**
 * Words that, opening a sentence, turn it to another matter than the report's own: wire copy's
 * "Separately, two soldiers were killed by a roadside bomb in the north on Tuesday, the army said".
 * Only at the opening: "the three were killed separately" counts the report's own dead.
 */
export const OPENING_ELSEWHERE_CUES = split(["separately"]);

/**
 * Verbs of coming and units of a span of time: "The attack comes a week after two civilians were
 * killed …" dates an earlier event (claims/came-after.ts).
 */
export const CAME_VERBS: ReadonlySet<string> = new Set(["come", "comes", "came", "coming"]);
export const SPAN_UNITS: ReadonlySet<string> = new Set([
  "hours",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
]);

/**
 * Units of a span long enough that a toll over it, up to now, is a period's and not one event's
 * ("over the past decade", "in the last five years", "during the past 18 months"; claims/span-toll.ts).
 * Days, weeks and one month are a report's own time ("in the past 24 hours").
 */
export const LONG_SPAN_UNITS: ReadonlySet<string> = new Set(["year", "years", "decade", "decades", "months"]);

/**
 * Words of a burial, an act after the deaths whose day is not theirs: "We buried 34 people this
 * morning" (claims/claim-time.ts).
 */
export const BURIAL_WORDS: ReadonlySet<string> = new Set([
  "buried",
  "bury",
  "burying",
  "burial",
  "burials",
  "interred",
  "funeral",
  "funerals",
]);

/**
 * Words that, opening a sentence, turn back to an earlier time: "Earlier, on October 3, three
 * infiltrators were killed" (claims/earlier-dated.ts: another event where its day is before the
 * report's own).
 */
export const EARLIER_OPENERS = split(["earlier", "previously", "before that"]);

/** Words that mark an event as earlier than the report's own: "an earlier attack …, which killed 21". */
export const EARLIER_CUES = split(["earlier", "previous", "prior"]);

/** Nouns of an attack or clash, which such a word may mark as another incident. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "attack",
  "attacks",
  "raid",
  "raids",
  "clash",
  "clashes",
  "bombing",
  "bombings",
  "ambush",
  "incident",
  "incidents",
  "shooting",
  "massacre",
  "assault",
  "fighting",
]);

/**
 * Counterfactuals: "the toll would have been in the dozens" states no outcome; nor does a near
 * miss ("a mob nearly killed a suspected thief", "was almost lynched"), with any form of a
 * killing verb of the outcome lexicon.
 */
export const COUNTERFACTUAL_CUES = new PhraseSet([
  ...["would have", "could have", "might have", "would otherwise"].map((p) => p.split(" ")),
  ...OUTCOME_PHRASES.filter(
    (p) => p.outcome === "killed" && p.words.length === 1 && p.words[0] !== "dead",
  ).flatMap((p) => [
    ["nearly", p.words[0]!],
    ["almost", p.words[0]!],
  ]),
]);

/**
 * A count as it stands at the time of writing: "27 killed so far", "the toll to date", "at last
 * count" (a running count: claims/running.ts). "So far this year" compares, and is no such cue.
 */
export const SO_FAR_CUES = split([
  "so far",
  "thus far",
  "up to now",
  "until now",
  "till now",
  "as of now",
  "to date",
  "at last count",
  "at the last count",
  "at press time",
  "at the time of writing",
  "as yet",
  "by now",
  // A toll given as not yet final ("the provisional toll was put at 27", "preliminary figures
  // show 42 injured"; translated copy's "bilan provisoire"): the count as it stands.
  "provisional",
  "preliminary",
]);

/** What may follow a "so far" that compares periods instead ("so far this year"). */
export const SO_FAR_PERIODS: ReadonlySet<string> = new Set(["this", "year", "month", "week", "season"]);

/** Events that go on: the subject of "is still going on", "continues" ("the operation continues"). */
export const ONGOING_EVENTS: ReadonlySet<string> = new Set(
  (
    "operation operations fighting clashes clash firing gunfire shooting gunfight shootout exchange battle " +
    "siege standoff stand-off assault offensive raid search rescue hunt encounter hostilities shelling " +
    "bombardment evacuation recovery combing"
  ).split(" "),
);

/** That an event goes on at the time of the report, after its noun ("the firing that is still going on"). */
export const ONGOING_CUES = split([
  "still going on",
  "is going on",
  "was going on",
  "still under way",
  "still underway",
  "is under way",
  "is underway",
  "still in progress",
  "is in progress",
  "still continuing",
  "is continuing",
  "are continuing",
  "was continuing",
  "were continuing",
  "is ongoing",
  "are ongoing",
  "was ongoing",
  "were ongoing",
  "still ongoing",
  "continues",
  "continue",
  "still raging",
  "is raging",
  "rages on",
  "raged on",
  "not yet over",
  "not over",
]);

/**
 * What follows "since" when a count runs from an onset up to now ("since the start of the year",
 * "since the protests began"): a noun of onset right after it, or a verb of onset a few words on.
 * A month, a weekday or a year right after "since" is read by the time words themselves.
 */
export const ONSET_NOUNS: ReadonlySet<string> = new Set(["start", "beginning", "outbreak", "onset", "dawn"]);
export const ONSET_VERBS: ReadonlySet<string> = new Set([
  "began",
  "begun",
  "begin",
  "started",
  "start",
  "erupted",
  "broke",
  "escalated",
]);

/** A toll expected to grow: it is a running count ("the toll is expected to rise"). */
export const TOLL_RISE_CUES = split([
  "expected to rise",
  "likely to rise",
  "could rise",
  "may rise",
  "might rise",
  "feared to rise",
  "set to rise",
  "expected to climb",
  "likely to climb",
  "could climb",
  "may climb",
  "expected to increase",
  "likely to increase",
  "could increase",
  "may increase",
]);

/**
 * Verbs of the attackers' act, whose sentence tells when the event happened ("the gunmen stormed
 * the village at about 1am on Thursday"): a lede with no day takes that day (claims/lede-day.ts).
 * Lemmas; every form is derived. Written by hand from the ways reports narrate a raid or an attack.
 */
export const ASSAULT_VERB_LEMMAS: readonly string[] =
  "attack storm raid ambush invade strike overrun besiege swoop shell bomb abduct kidnap".split(" ");
