// Verbs of caring for casualties and burying the dead (codebook §1 `outcome`), read by
// `outcome/parsers/care.ts`: a figure that doctors treated, a hospital received or mourners buried
// is a figure of injured or dead people, though no verb of harm is by it ("treated 25 people for
// gunshot wounds", "the hospital received 40 people", "villagers buried 31 people"). Written as
// lemmas; morphology.ts gives every form. The verbs alone say too little: "received" and "admitted"
// count the injured only with a medical subject or an injury complement, and "buried" the dead
// only when nothing says the buried were alive (trapped "under the rubble", "buried alive").
import { verbForms } from "./morphology.js";

/** Verbs of burial: their object is dead. */
export const BURIAL_LEMMAS: readonly string[] = ["bury", "rebury"];

/** Verbs of medical care: their object is injured when the sentence says it is care of injuries. */
export const MEDICAL_LEMMAS: readonly string[] = ["treat", "admit", "receive", "hospitalise", "hospitalize"];

/**
 * Verbs of medical care whose object is a patient whoever the subject ("its crews had treated 19
 * people"): care of the injured unless a word after the object says a manner or a role (below).
 */
export const PATIENT_LEMMAS: readonly string[] = ["treat"];

/** Words after the treated people that say how or as what they were treated, not a cure ("as suspects"). */
export const NOT_CARE_AFTER: ReadonlySet<string> = new Set("as like to well badly".split(" "));

/** Words after a burial verb that say the buried were alive, or things were buried, not the dead. */
export const BURIED_ALIVE: ReadonlySet<string> = new Set(
  "alive under beneath underneath in inside by".split(" "),
);
/** Words after "buried in" that still say a burial ("buried in a mass grave", "in the cemetery"). */
export const BURIAL_PLACES: ReadonlySet<string> = new Set(
  "grave graves cemetery cemeteries graveyard graveyards tomb tombs village hometown hometowns".split(" "),
);

/** Nouns after "for" or "with" that make medical care care of injuries ("treated for gunshot wounds"). */
export const INJURY_NOUNS: ReadonlySet<string> = new Set(
  "injuries injury wounds wound burns trauma fractures".split(" "),
);

/**
 * Verbs of carrying people to a hospital: their object is injured only when an injury complement
 * follows ("14 inmates had been taken to hospital with burns"); alone they say too little (freed
 * hostages are taken to hospital for checks). Read by outcome/parsers/hospital-transport.ts.
 */
export const TRANSPORT_LEMMAS: readonly string[] = [
  "take",
  "rush",
  "carry",
  "bring",
  "fly",
  "airlift",
  "evacuate",
  "transfer",
  "move",
  "drive",
  "ferry",
];

/** Places of care a transport verb takes the injured to ("to hospital", "to a clinic in the town"). */
export const HOSPITAL_NOUNS: ReadonlySet<string> = new Set(
  "hospital hospitals clinic clinics infirmary".split(" "),
);

/**
 * Care given as a noun to people ("gave first aid to 30 residents", "provided medical treatment to
 * dozens"): the verbs that give it and the nouns of care (read by outcome/parsers/care-given.ts).
 */
export const GIVING_LEMMAS: readonly string[] = ["give", "provide", "administer"];
export const CARE_NOUNS: ReadonlySet<string> = new Set("aid treatment care attention".split(" "));
/** Words that make a noun of CARE_NOUNS medical ("first aid", "medical care"); "aid" alone may be food. */
export const CARE_MODIFIERS: ReadonlySet<string> = new Set(
  "first medical emergency hospital surgical urgent".split(" "),
);

/**
 * Verbs of mourning: their object is dead ("the party mourned two of its members"), read only
 * before it (outcome/parsers/mourned.ts): "thousands mourned" counts the mourners.
 */
export const MOURNING_LEMMAS: readonly string[] = ["mourn", "eulogise", "eulogize"];

/** Subjects that make "received" or "admitted" medical care of casualties ("hospitals received 40 people"). */
export const MEDICAL_SUBJECTS: ReadonlySet<string> = new Set(
  (
    "hospital hospitals clinic clinics infirmary medics paramedics doctors surgeons nurses ward wards " +
    "facility facilities centre center centres centers"
  ).split(" "),
);

/**
 * Words after "remain" that say the state of the injured or trapped, not captivity ("three remain in
 * critical condition", "remained hospitalised", "remain in intensive care", "3 remain trapped").
 */
export const HEALTH_STATES: ReadonlySet<string> = new Set(
  (
    "condition conditions critical serious stable hospital hospitals hospitalised hospitalized treatment " +
    "care ward wards icu admitted unconscious coma danger trapped stranded"
  ).split(" "),
);

/**
 * States of health only the injured are in, read as injured after their people ("three others are
 * in critical condition"); outcome/health-states.ts makes them parts of the injured counted before.
 */
export const HEALTH_STATE_PHRASES: readonly string[] = ["critical", "serious", "stable"].flatMap((a) => [
  `in ${a} condition`,
  `in a ${a} condition`,
]);

/** Each inflected form of a lemma list, and the lemma list it came from. */
function formsOf(lemmas: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lemmas) {
    const f = verbForms(l);
    for (const w of [f.base, f.third, f.ing, ...f.past, ...f.participle]) out.add(w);
  }
  return out;
}

export const BURIAL_FORMS: ReadonlySet<string> = formsOf(BURIAL_LEMMAS);
export const MEDICAL_FORMS: ReadonlySet<string> = formsOf(MEDICAL_LEMMAS);
export const PATIENT_FORMS: ReadonlySet<string> = formsOf(PATIENT_LEMMAS);
export const TRANSPORT_FORMS: ReadonlySet<string> = formsOf(TRANSPORT_LEMMAS);
export const GIVING_FORMS: ReadonlySet<string> = formsOf(GIVING_LEMMAS);
export const MOURNING_FORMS: ReadonlySet<string> = formsOf(MOURNING_LEMMAS);
