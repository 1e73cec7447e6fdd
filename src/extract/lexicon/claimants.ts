// Who speaks: speech verbs, and the words that type a claimant (codebook §1 `claimant.type`).
import type { ClaimantType } from "../../core/model.js";

/** Words after which "claims" and "reports" are nouns, not speech ("sides trade claims"). */
export const CLAIMS_NOUN_AFTER: readonly string[] = (
  "trade traded trading exchange exchanged dispute disputed disputes disputing reject rejected " +
  "rejects rejecting deny denied denies denying dismiss dismissed dismisses conflicting rival " +
  "competing contradictory contrasting unconfirmed unverified initial early earlier media news " +
  "these those such the"
).split(" ");

/** Verbs (and their phrases) that report speech. Lower-case token sequences. */
export const SPEECH_VERBS: readonly string[][] = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "stated",
  "states",
  "claimed",
  "claims",
  "confirmed",
  "confirms",
  "reported",
  "reports",
  "announced",
  "announces",
  "alleged",
  "insisted",
  "noted",
  "explained",
  "warned",
  "tweeted",
  "posted",
  "wrote",
  "disclosed",
  "revealed",
  "estimated",
  "estimates",
  "maintained",
  "asserted",
  "denied",
  "admitted",
  "acknowledged",
  "informed",
  "declared",
  "stressed",
  "quoted",
  "recounted",
  "recalled",
  "described",
  "counted",
  "cited",
  "mentioned",
  "clarified",
  "shared",
  "tallied",
  "called",
  "condemned",
  "vowed",
  "saying",
  "adding",
  "claiming",
  "confirming",
  "announcing",
  "noting",
  "reporting",
  "claim",
  "report",
  "confirm",
  "assert",
  "asserts",
  "allege",
  "alleges",
  "commemorated",
  "estimate",
].map((w) => [w]);

export const ACCORDING_TO: readonly string[] = ["according", "to"];

/** Words that may stand between a subject and its speech verb ("the army also said", "he later told"). */
export const SPEECH_FILLERS: ReadonlySet<string> = new Set(
  (
    "also later earlier further had has have separately then previously subsequently initially first would " +
    "could officially publicly"
  ).split(" "),
);

/**
 * Types by keyword (phrases separated by "|"). The keyword of most words found in a mention
 * decides ("civil defence" over "defence", "security officials" over "officials"); on a tie the
 * earlier type in this list wins ("AFP photographer" is a witness, "army spokesperson" the army).
 */
export const CLAIMANT_KEYWORDS: ReadonlyArray<[ClaimantType, readonly string[]]> = (
  [
    [
      "armed_group",
      "liberation|front|taliban|shabaab|shabab|islamic state|isis|isil|daesh|ttp|bla|blf|group|militant group|" +
        "armed group|rebel group|militants|militant|rebels|rebel|insurgents|jihadist|jihadists|movement|outfit|" +
        "tehreek|lashkar|jaish|boko haram|iswap|al-qaeda|qaeda|mujahideen|separatists|terrorists|gunmen|attackers|" +
        "kidnappers|hijackers|fighters|organisation|organization|ansar|hizbul|hezbollah|hamas|farc|eln|pkk|brigade|" +
        "militia|militias|claimed responsibility",
    ],
    [
      "witness",
      "witness|witnesses|eyewitness|eyewitnesses|survivor|survivors|resident|residents|villager|villagers|" +
        "passenger|passengers|photographer|relative|relatives|locals|neighbour|neighbor|shopkeeper|farmer|student|" +
        "teacher|father|mother|brother|sister|son|daughter|uncle|wife|husband|elder|elders|traveller|miner|worker|" +
        "workers|driver|survivor said|a man|a woman",
    ],
    [
      "state_military",
      "army|military|ispr|inter-services|armed forces|soldiers|troops|security forces|security officials|" +
        "security official|security sources|security source|security officers|frontier corps|fc|defence forces|" +
        "defense forces|kdf|sndf|endf|enmf|brigadier|lieutenant general|major general|colonel|navy|air force|" +
        "police|policeman|inspector|ctd|counter-terrorism department|paramilitary|rangers|levies|amisom|" +
        "military spokesman|military's media wing|gen|maj|col|lt|brig|defence|defense|coast guard|corps commander|" +
        "army commander|military commander|police chief|police spokesman",
    ],
    [
      "government",
      "minister|ministry|prime minister|president|presidency|government|governor|chief minister|cabinet|interior|" +
        "senator|lawmaker|parliament|mp|spokesman for the government|administration of|premier|chancellor|" +
        "secretary|mayor|gov|governor's office|interior ministry|government spokesman",
    ],
    [
      "official",
      "official|officials|hospital|hospitals|doctor|doctors|rescue|rescuers|1122|deputy commissioner|" +
        "commissioner|district|administration|administrator|railway|railways|health|medical|medics|paramedics|" +
        "disaster|red cross|red crescent|un|united nations|ocha|unicef|coroner|fire|emergency|authorities|" +
        "authority|spokesperson|spokesman|spokeswoman|mortuary|morgue|surgeon|nurse|dr|edhi|chhipa|department|" +
        "county|chief|superintendent|dpo|sho|ssp|dsp|civil defence|civil defense|local official|human rights|" +
        "rights group|monitoring group|observatory|monitor|prison officials|health official",
    ],
    [
      "media",
      "reuters|afp|ap|associated press|bbc|cnn|al jazeera|state media|local media|media|newspaper|television|tv|" +
        "broadcaster|news agency|agency|dawn|geo|the express tribune|xinhua|anadolu|reports|report|press|" +
        "media reports|local media reports",
    ],
    ["unknown", "source|sources|someone|people"],
  ] as const
).map(([type, words]) => [type, words.split("|")] as [ClaimantType, string[]]);

/** Nominals that refer back to an earlier claimant of a type ("the group" → the armed group named before). */
export const ANAPHORS: ReadonlyArray<[string[], ClaimantType | "person" | "any"]> = [
  [["he"], "person"],
  [["she"], "person"],
  [["the", "group"], "armed_group"],
  [["the", "militant", "group"], "armed_group"],
  [["the", "outfit"], "armed_group"],
  [["the", "organisation"], "armed_group"],
  [["the", "organization"], "armed_group"],
  [["the", "militants"], "armed_group"],
  [["the", "rebels"], "armed_group"],
  [["the", "army"], "state_military"],
  [["the", "military"], "state_military"],
  [["the", "spokesperson"], "any"],
  [["the", "statement"], "any"],
  [["a", "statement"], "any"],
  [["the", "spokesman"], "any"],
  [["the", "spokeswoman"], "any"],
  [["the", "official"], "any"],
  [["they"], "any"],
  [["it"], "any"],
];
