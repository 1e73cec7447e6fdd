// Head nouns of counted people and the group each names (codebook §1 `group`). Lower-case,
// plural and singular. A counted noun phrase whose head is not here is not a count of people.
// Two sources: WordNet's person nouns grouped by their class (generated/wordnet-persons.ts, see
// scripts/lexicon/persons.mjs), and the reviewed base lists below, which win where both name a
// noun: words WordNet lacks or reads otherwise ("rebel" is first a Confederate soldier there,
// "jihadist" a believer), plural and mass nouns ("personnel", "taliban"), South Asian usage
// ("jawans", "levies", "khawarij").
import type { Group } from "../../core/model.js";
import { WORDNET_COMPOUNDS, WORDNET_PERSONS, WORDNET_PLURAL_PERSONS } from "./generated/wordnet-persons.js";
import { plural } from "./morphology.js";

const CIVILIANS = (
  "civilians civilian passengers passenger workers worker residents resident pilgrims pilgrim villagers " +
  "villager students student worshippers worshipers worshipper children child kids women woman men man " +
  "girls girl boys boy teachers teacher engineers engineer labourers laborers labourer farmers farmer " +
  "herders herder pastoralists traders trader merchants shopkeepers journalists journalist reporters " +
  "tourists tourist shoppers commuters travellers travelers drivers driver nurses nurse " +
  "sympathisers sympathizers coordinators detectives administrators chairman " +
  "councillor councilor activist bodyguard bodyguards brothers agent agents scholar scholars colleagues " +
  "colleague doctors doctor patients aid volunteers voters protesters protestors demonstrators mourners " +
  "family relatives infants babies toddlers elders miners fishermen contractors contractor employees " +
  "employee staff staffers clerics cleric priests priest monks imams imam refugees refugee migrants " +
  "schoolchildren schoolgirls schoolboys spectators customers guests christians muslims hindus shias " +
  "sunnis hazaras sikhs officials official politicians lawmakers candidates councillors chiefs chief " +
  "leaders activists pedestrians motorists crew nationals foreigners expatriates bystanders onlookers " +
  "diners congregants attendees participants supporters members member wife husband son daughter mother " +
  "father brother sister cousin owner cook watchman watchmen businessman businessmen headman elder " +
  "vendor vendors lawyer lawyers judge judges prisoners inmates detainees neighbours neighbors " +
  "conductor conductors miner operators motorcyclists herdsmen congregation fans youths youth widow widows mayor " +
  "counterparts riders rider prisoner " +
  // care and relief workers by their role (WordNet's first "medic" is a herb); people driven from
  // their homes by the short form of "internally displaced persons"
  "medics medic idps idp"
).split(" ");
const HOSTAGES = "hostages hostage captives captive abductees abductee".split(" ");
const SECURITY = (
  "guards guard soldiers soldier troops trooper troopers personnel policemen policeman policewomen " +
  "police officers officer cops cop rangers commandos commando servicemen " +
  "serviceman jawans jawan sepoys sepoy levies constables constable gendarmes marines sailors airmen " +
  "pilots peacekeepers peacekeeper recruits cadets guardsmen forces sergeant captain lieutenant major " +
  "colonel fc reservists reservist security amisom havildar havildars naik subedar " +
  // members of the armed forces by their role, any country (WordNet's "conscript" was left out as
  // mostly a verb, "servicemember" is not in WordNet)
  "conscripts conscript draftees draftee servicemembers servicemember servicewomen servicewoman " +
  "militaries airwomen seamen seaman soldiery"
).split(" ");
const MILITANTS = (
  "militiamen militia facilitators militants militant terrorists terrorist rebels rebel attackers " +
  "attacker assailants assailant insurgents insurgent gunmen gunman fighters fighter jihadists jihadist " +
  "extremists extremist bombers bomber perpetrators perpetrator raiders bandits bandit kidnappers " +
  "kidnapper abductors hijackers hijacker suspects suspect shooter shooters combatants mujahideen " +
  "jihadis separatists miscreants dacoits robbers robber rustlers thieves thief shabaab " +
  "taliban khawarij khwarij intruders infiltrators criminals outlaws aggressors aggressor " +
  // criminals by their crime are perpetrators like "criminals" (WordNet's criminal.n.01 class:
  // gangsters, murderers, rapists), and so are a perpetrator's accomplices (WordNet files
  // "accomplice" under "associate", a civilian by default)
  "gangsters gangster murderers murderer rapists rapist accomplices accomplice " +
  // the usage of other regions for fighters of armed groups, where WordNet has no such noun:
  // India's Maoist insurgents, the hired gunmen of Latin American cartels
  "naxals naxal naxalites naxalite sicarios sicario"
).split(" ");
const PEOPLE = (
  "commanders commander " +
  // the state's in one conflict, an armed party's in another: typed by the force named with them
  // (outcome/noun-phrase.ts) or in the article (claims/force-context.ts), else unspecified
  "paramilitaries paramilitary " +
  // a party's or movement's members, armed or not: typed by the organisation named with them
  // ("Maoist cadres", outcome/noun-phrase.ts), else unspecified
  "cadres cadre " +
  "people persons person individuals individual others victims victim bodies body corpses dead casualties lives " +
  "souls humans human more deaths fatalities injured wounded death fatality injury injuries arrests survivors citizens " +
  "locals adults inhabitants residents"
).split(" ");

/**
 * People held by a side before they were killed (codebook §1 `hostages`: any captive): "executed 12
 * prisoners" counts hostages, while "executed 30 civilians" keeps the civilians the noun names.
 */
export const CAPTIVE_NOUNS: ReadonlySet<string> = new Set(
  "prisoners prisoner inmates inmate detainees detainee captives captive hostages hostage abductees abductee pows pow".split(
    " ",
  ),
);

/** Singulars that are adjectives or things, not persons ("a local administrator", "the force's"). */
const NOT_A_PERSON = new Set(
  "local national other live force relative aid more dead human christian muslim hindu shia sunni sikh hazara arrest".split(
    " ",
  ),
);

/** The singular of a plural noun ("protesters" → "protester"), or null when it has none of that form. */
function singular(word: string): string | null {
  if (/[^s]s$/.test(word) === false || word.length < 4) return null;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function withSingulars(words: readonly string[], group: Group): Array<[string, Group]> {
  const out: Array<[string, Group]> = [];
  for (const w of words) {
    out.push([w, group]);
    const one = singular(w);
    if (one && !words.includes(one) && !NOT_A_PERSON.has(one)) out.push([one, group]);
  }
  return out;
}

/** The reviewed base lists: head noun → group, with the singular of each plural. Later lists win ("members"). */
export const BASE_GROUP_OF_NOUN: ReadonlyMap<string, Group> = new Map<string, Group>([
  ...withSingulars(CIVILIANS, "civilians"),
  ...withSingulars(PEOPLE, "people"),
  ...withSingulars(HOSTAGES, "hostages"),
  ...withSingulars(SECURITY, "security_forces"),
  ...withSingulars(MILITANTS, "militants"),
]);

/**
 * WordNet's person nouns, singular and plural, by group; of those that are adjectives too
 * ("minor", "Maoist", "national"), only the plural, which no adjective has ("three minors").
 */
function wordnetPersons(): Array<[string, Group]> {
  const out: Array<[string, Group]> = [];
  for (const [group, words] of Object.entries(WORDNET_PERSONS) as [Group, string][])
    for (const w of words.split(" ")) out.push([w, group], [plural(w), group]);
  for (const [group, words] of Object.entries(WORDNET_PLURAL_PERSONS) as [Group, string][])
    for (const w of words.split(" ")) if (w) out.push([plural(w), group]);
  return out;
}

/** Head noun → group: WordNet's person nouns, with the base lists winning. */
export const GROUP_OF_NOUN: ReadonlyMap<string, Group> = new Map<string, Group>([
  ...wordnetPersons(),
  ...BASE_GROUP_OF_NOUN,
]);

/**
 * Adjectives that name one person when they head a noun phrase, with no noun after them ("abducted a
 * Chinese national", "a local was shot"): as modifiers ("a national newspaper", "a local market")
 * they name no one, so they are read only where the phrase ends at them (outcome/singulars.ts).
 */
export const ADJECTIVE_PERSONS: ReadonlyMap<string, Group> = new Map<string, Group>([
  ["national", "civilians"],
  ["local", "civilians"],
]);

/**
 * Nouns of a people that are adjectives too ("an American", "a Briton", "a Pakistani"): WordNet's
 * person nouns of that kind with no class of their own. Like ADJECTIVE_PERSONS they name one person
 * only where, capitalised, they end their phrase ("stabbed an American to death"), never as a
 * modifier ("an American convoy", "a Pakistani soldier"); outcome/singulars.ts reads them so.
 */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(WORDNET_PLURAL_PERSONS.people.split(" "));

/**
 * Modifiers that make "head" a person, the head of a community or a place ("a village head", "the
 * ward head", "a traditional head"); "head" alone counts livestock ("200 head of cattle").
 */
export const HEAD_OF_COMMUNITY: ReadonlySet<string> = new Set(
  "village community clan ward district tribal traditional household family school hamlet settlement".split(
    " ",
  ),
);

/** Singular person nouns that end in -s ("witness", "boss"): not plurals. */
export const SINGULARS_IN_S: ReadonlySet<string> = new Set(
  Object.values(WORDNET_PERSONS)
    .flatMap((words) => words.split(" "))
    .filter((w) => w.endsWith("s")),
);

/**
 * Two-word person nouns of the armed forces whose head alone names anyone ("service members",
 * "army personnel" is read by its modifier): WordNet has "serviceman" but not these.
 */
const BASE_COMPOUNDS: ReadonlyArray<readonly [string, Group]> = [
  ["service member", "security_forces"],
  ["service woman", "security_forces"],
  ["service man", "security_forces"],
  ["guard member", "security_forces"],
  // a state's auxiliaries of volunteers, as the noun "volunteers" and the named ones ("VDP fighters",
  // forces.ts `auxiliary`): "12 soldiers and four volunteer fighters had been killed"
  ["volunteer fighter", "civilians"],
];

/**
 * A compound that says less than its head noun is no reading of it: WordNet files "federal
 * soldier" (a Union soldier of the American Civil War) under no class, so "18 federal soldiers"
 * read as people of no side; the head's group ("soldiers": security forces) stands.
 */
function informs([c, g]: readonly [string, Group]): boolean {
  const head = GROUP_OF_NOUN.get(c.split(" ")[1]!);
  return !(g === "people" && head !== undefined && head !== "people");
}

/**
 * Two-word person nouns whose group is not their head noun's ("enlisted men" serve in the armed
 * forces, "drug traffickers" are criminals), singular and plural, from WordNet and the base list.
 */
export const GROUP_OF_COMPOUND: ReadonlyMap<string, Group> = new Map(
  [...WORDNET_COMPOUNDS.filter(informs), ...BASE_COMPOUNDS].flatMap(([c, g]): Array<[string, Group]> => {
    const [mod, head] = c.split(" ");
    return [
      [c, g],
      [`${mod} ${plural(head!)}`, g],
    ];
  }),
);

/** Modifiers in a counted noun phrase that decide its group ("captive enemy personnel", "BLA members"). */
export const GROUP_OF_MODIFIER: ReadonlyMap<string, Group> = new Map<string, Group>([
  ["captive", "hostages"],
  ["hostage", "hostages"],
  ["abducted", "hostages"],
  ["kidnapped", "hostages"],
  ["security", "security_forces"],
  ["police", "security_forces"],
  ["army", "security_forces"],
  ["military", "security_forces"],
  ["government", "security_forces"],
  ["enemy", "security_forces"],
  ["militant", "militants"],
  ["rebel", "militants"],
  ["terrorist", "militants"],
  ["insurgent", "militants"],
  ["suspected", "militants"],
  ["civilian", "civilians"],
  // people driven from their homes ("displaced persons", "internally displaced people")
  ["displaced", "civilians"],
  // armed groups named by their kind ("cartel members", "gang members", "militia members")
  ["cartel", "militants"],
  ["gang", "militants"],
  ["militia", "militants"],
  ["jihadist", "militants"],
]);

/**
 * Modifiers naming a civilian service, which decide the group even of a head the security forces
 * use too ("medical personnel", "aid officers", "health staff"): care, relief and rescue work.
 */
export const CIVILIAN_SERVICE_MODIFIERS: ReadonlySet<string> = new Set([
  "medical",
  "health",
  "aid",
  "humanitarian",
  "relief",
  "rescue",
  "hospital",
  "civilian",
]);

/**
 * Modifiers naming a community by birth or faith, whose members are civilians, not an armed
 * group's fighters, whatever name comes before ("14 Tigray ethnic group members", "clan members").
 */
export const COMMUNITY_MODIFIERS: ReadonlySet<string> = new Set(
  "ethnic clan tribe tribal community minority religious faith family".split(" "),
);

/** Heads of any service, armed or not, which such a modifier decides ("medical personnel"). */
export const SERVICE_HEADS: ReadonlySet<string> = new Set([
  "personnel",
  "officers",
  "officer",
  "staff",
  "workers",
]);

/**
 * Nouns of a body's employees, and the words that make a ministry one of internal security or
 * defence: "employees of the Ministry of Internal Affairs" are its forces (outcome/employees-of.ts).
 */
export const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set("employees employee staff staffers".split(" "));
export const SECURITY_MINISTRY_WORDS: ReadonlySet<string> = new Set(
  "interior internal defence defense".split(" "),
);

/** Nouns whose count is an outcome in itself ("12 bodies", "3 deaths", "police made 7 arrests"). */
export const OUTCOME_NOUNS: ReadonlyMap<string, "killed" | "injured" | "arrested"> = new Map([
  ["bodies", "killed"],
  ["body", "killed"],
  ["corpses", "killed"],
  ["deaths", "killed"],
  ["fatalities", "killed"],
  ["dead", "killed"],
  ["death", "killed"],
  ["fatality", "killed"],
  ["injury", "injured"],
  ["injured", "injured"],
  ["wounded", "injured"],
  ["injuries", "injured"],
  ["arrests", "arrested"],
]);

/**
 * Participles and adjectives of an outcome that stand as the noun right after a figure ("five
 * wounded", "three dead"): after "and" in a second clause, the first clause's noun is elided.
 */
export const PARTICIPLE_NOUNS: ReadonlySet<string> = new Set(["dead", "injured", "wounded"]);

/**
 * Counted nouns that are never people, though an outcome word may follow them ("20 cattle were
 * killed", "3 vehicles were hit"). An unknown noun is read as people only when an outcome of
 * people follows it at once ("7 Christian Copts were killed").
 */
export const NOT_PEOPLE: ReadonlySet<string> = new Set([
  "cattle",
  "cows",
  "goats",
  "camels",
  "sheep",
  "livestock",
  "donkeys",
  "animals",
  "dogs",
  "chickens",
  "birds",
  "horses",
  "head",
  "heads",
  "vehicles",
  "cars",
  "trucks",
  "buses",
  "houses",
  "homes",
  "buildings",
  "shops",
  "coffins",
  "rounds",
  "bullets",
  "shells",
  "rockets",
  "mortars",
  "bombs",
  "mines",
  "grenades",
  "weapons",
  "guns",
  "rifles",
  "kilograms",
  "kg",
  "tonnes",
  "acres",
  "hectares",
  "villages",
  "towns",
  "schools",
  "churches",
  "mosques",
  "tents",
  "huts",
  "structures",
  "points",
  "goals",
  "votes",
  "seats",
  "times",
  "cases",
  "incidents",
  "attacks",
  "explosions",
  "blasts",
  "people's",
  "districts",
  "provinces",
  "counties",
  "countries",
  "states",
  "years",
  "days",
  "hours",
  "minutes",
  "weeks",
  "months",
  "percent",
  "others'",
  "tunnels",
  "trains",
  "aircraft",
  "planes",
  "helicopters",
  "drones",
  "boats",
  "ships",
  "tanks",
  "posts",
  "checkpoints",
  "bases",
  "camps",
  "rooms",
  "floors",
]);

/**
 * Nouns of a unit or band whose members a figure after "of" counts ("a police squad of 40 men",
 * "an army patrol of six men"): the unit's words give the members' group (outcome/refiners/unit-members.ts).
 */
export const UNIT_NOUNS: ReadonlySet<string> = new Set(
  (
    "squad squads unit units team teams patrol patrols platoon platoons company companies detachment " +
    "detachments contingent contingents battalion battalions column columns band bands group groups"
  ).split(" "),
);

/** Nouns of a unit's members that name no group of their own ("40 men", "30 members"). */
export const UNIT_MEMBER_NOUNS: ReadonlySet<string> = new Set("men man members people persons".split(" "));

/**
 * Nouns of a person's sex or age, which name no side: a share of fighters or soldiers described by
 * them ("two Maoists, one of them a woman cadre", "five rebels, two of them women") stays of its
 * whole's group (outcome/refiners/copula-group.ts); a share of people described by them is civilians.
 */
export const SEX_AGE_NOUNS: ReadonlySet<string> = new Set(
  (
    "woman women man men girl girls boy boys child children minor minors teenager teenagers teen teens " +
    "youth youths adult adults female females male males juvenile juveniles"
  ).split(" "),
);
