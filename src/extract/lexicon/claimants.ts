// Who speaks: speech verbs, and the words that type a claimant (codebook §1 `claimant.type`).
import type { ClaimantType } from "../../core/model.js";

/** Words after which "claim(s)" and "report(s)" are nouns, not speech ("sides trade claims", "a report by"). */
export const CLAIMS_NOUN_AFTER: readonly string[] = (
  "trade traded trading exchange exchanged dispute disputed disputes disputing reject rejected " +
  "rejects rejecting deny denied denies denying dismiss dismissed dismisses conflicting rival " +
  "competing contradictory contrasting unconfirmed unverified initial early earlier media news " +
  "these those such the a an its their his her no " +
  // adjectives of a claim's worth or number ("both sides make unverifiable claims", "exaggerated reports")
  "unverifiable unsubstantiated unconfirmable exaggerated false wild counter opposing differing multiple " +
  "numerous several many various separate similar contradicting credible dubious"
).split(" ");

/**
 * Common nouns newspapers are named by ("The Star", "The Standard", "Vanguard", "the Inquirer"):
 * an outlet only as the bare head of a mention, its name; with a modifier or as a noun of its own
 * it is the noun ("a football star", "a rising star of the opposition", "a standard bearer").
 */
export const NEWSPAPER_NAME_NOUNS: ReadonlySet<string> = new Set([
  "standard",
  "star",
  "inquirer",
  "vanguard",
]);

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
  "mourned",
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

/**
 * Verbs that report speech only before "that" (or "out that"): the reporting verbs of translated
 * wire and local copy ("the prosecutor's office detailed that", "the president of civil society
 * indicated that", "the mayor pointed out that"), each of which has other uses ("a detailed
 * report", "as indicated on the map").
 */
export const THAT_SPEECH_VERBS: readonly string[] = (
  "indicated indicates detailed details specified specifies pointed points highlighted highlights " +
  "underlined underlines emphasised emphasized emphasises emphasizes affirmed affirms assured assures " +
  "reiterated reiterates lamented laments narrated " +
  // a finding of a court, a panel or an inquiry ("the three-judge panel found that", "the court ruled that")
  "found finds ruled rules concluded concludes"
).split(" ");

export const ACCORDING_TO: readonly string[] = ["according", "to"];

/** Words that may stand between a subject and its speech verb ("the army also said", "he later told"). */
export const SPEECH_FILLERS: ReadonlySet<string> = new Set(
  (
    "also later earlier further had has have separately then previously subsequently initially first would " +
    "could officially publicly likewise again now"
  ).split(" "),
);

/**
 * Nouns newspapers and news services are named by ("Daily Trust", "the Herald", "Sky News"): media
 * keywords, but no body an occupation works for, so they do not type a person noun they come
 * before ("a daily wage labourer", "a news vendor": witnesses, as labourers and vendors are).
 */
export const OUTLET_NAME_NOUNS: readonly string[] = (
  "daily times herald tribune gazette chronicle telegraph journal news newswire " +
  // the same nouns in the names of outlets of other languages ("Voz do Norte", "Jornal Notícias",
  // "Diário de Notícias", "Rádio Moçambique", "Correio da Manhã", "Zeitung", Turkish "Haber")
  "voz jornal diário diario notícias noticias rádio gazeta correio periódico periodico quotidien zeitung haber"
).split(" ");

/**
 * Nouns that name an outlet by its kind, as a headline names its source ("… - local paper", "…,
 * state TV says") where the body names the outlet itself (claims/outlet-kind.ts).
 */
export const OUTLET_KIND_NOUNS: readonly string[] = (
  "paper papers newspaper newspapers daily dailies weekly weeklies magazine magazines tabloid tabloids " +
  "outlet outlets broadcaster broadcasters radio tv television channel website"
).split(" ");

/**
 * Verbs by which a headline's subject reckons a toll ("Zamfara govt puts death toll from Tsafe
 * attack at 18", "Army raises toll to 30"): the subject is the headline's source (claims/headline.ts).
 */
export const TOLL_RECKONING_VERBS: readonly string[] =
  "puts put raises raise lowers lower revises revise sets set".split(" ");

/**
 * Short forms of a source's words in headlines, and the words they stand for ("Zamfara govt" of
 * "the Zamfara State Government"; claims/headline.ts).
 */
export const HEADLINE_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ["govt", "government"],
  ["dept", "department"],
  ["admin", "administration"],
  ["natl", "national"],
  ["intl", "international"],
  ["reps", "representatives"],
]);

/**
 * Types by keyword (phrases separated by "|"), read by `speaker/claimant-type.ts` from the noun
 * phrase's structure: the head's keyword decides, a dependent head's (`DEPENDENT_HEADS`) type comes
 * from its nearest typed modifier or its complement. Where several keywords compete (brackets,
 * unstructured mentions) the keyword of most words decides ("civil defence" over "defence"); on a
 * tie the earlier type in this list wins. Classes by meaning, for any country: armed groups by
 * their nouns and ideologies (militia, rebels, guerrillas, bandits, cartel, Maoists), the state's
 * forces and bodies (army, police, ministry, governor, mayor), witnesses by their relation to the
 * event (residents, survivors, relatives), and independent bodies (hospitals, rescue services,
 * UN agencies, medical and rights groups, monitors) as officials.
 */
export const CLAIMANT_KEYWORDS: ReadonlyArray<[ClaimantType, readonly string[]]> = (
  [
    [
      "armed_group",
      "liberation|front|taliban|islamic emirate|shabaab|shabab|islamic state|isis|isil|daesh|ttp|bla|blf|group|militant group|" +
        "armed group|rebel group|militants|militant|rebels|rebel|insurgents|insurgent|jihadist|jihadists|movement|" +
        "outfit|tehreek|lashkar|jaish|boko haram|iswap|al-qaeda|qaeda|mujahideen|separatists|separatist|terrorists|" +
        "gunmen|attackers|assailants|kidnappers|hijackers|fighters|organisation|organization|ansar|hizbul|hezbollah|" +
        "hamas|farc|eln|pkk|brigade|militia|militias|militiamen|claimed responsibility|claimed credit|guerrilla|guerrillas|" +
        "guerilla|guerillas|bandit|bandits|cartel|cartels|gang|gangs|gangsters|maoist|maoists|naxal|naxals|" +
        "naxalite|naxalites|islamist|islamists|extremist|extremists|resistance|independence|" +
        "paramilitary group|armed men|warlord|warlords|jihad|al-shabaab|al-shabab|" +
        // paramilitaries of a political side are no state's forces ("right-wing paramilitaries")
        "right-wing paramilitary|far-right paramilitary|left-wing paramilitary|" +
        // irregular armed parties by their noun, any country: vigilantes, mercenaries, self-defence groups
        "vigilante|vigilantes|mercenary|mercenaries|self-defence|self-defense|" +
        // Venezuela's armed pro-government groups, by their Spanish name (a party, not the state's forces)
        "colectivo|colectivos|" +
        // clans that fight as armed parties ("the Gulf Clan"); "clan elders" stay witnesses by their head
        "clan|clans|" +
        // armed parties of today's wars reports name by a short name that is no word of their kind
        // (the short forms forces.ts cannot hold: no initials of their English names)
        "m23|fdlr|houthi|houthis|ansarullah|ansar allah|wazalendo|mai-mai|twirwaneho|nyatura|islamic jihad|" +
        "knu|knla|kndf|pdf|pdfs|ula|" +
        // an armed group's own news agency, named alone ("Amaq said")
        "amaq|" +
        // a faction, a side of an armed conflict by its noun ("a splinter faction", "a faction
        // called the Sahel Lions"); a typed complement still decides ("a faction of the army")
        "faction|factions",
    ],
    [
      "witness",
      "witness|witnesses|eyewitness|eyewitnesses|survivor|survivors|resident|residents|villager|villagers|" +
        "passenger|passengers|photographer|relative|relatives|locals|neighbour|neighbours|neighbor|neighbors|" +
        "shopkeeper|farmer|student|teacher|father|mother|brother|sister|son|daughter|uncle|wife|husband|elder|" +
        "elders|traveller|miner|worker|workers|driver|survivor said|a man|a woman|family|families|parents|" +
        "mourners|bystanders|onlookers|victims|" +
        // people who speak for a community they belong to, not for an office
        "community leader|community leaders|youth leader|youth leaders|indigenous leader|tribal leader|" +
        "religious leader|local leader|village leader|traditional leader|" +
        // and those who represent a community without office, as its leaders do
        "community representative|" +
        // a community's own bodies speak as its people do, not as an office ("a community
        // committee", "the Kibera Community Youth Group"), as a residents' committee does
        "community|communities|" +
        // clergy and guards at the scene speak as people who saw it, not for an office
        "priest|priests|pastor|imam|cleric|clerics|bishop|security guard|security guards",
    ],
    [
      "state_military",
      "army|military|ispr|inter-services|armed forces|soldiers|soldier|troops|security forces|security officials|" +
        "security official|security sources|security source|security officers|frontier corps|fc|defence forces|" +
        "defense forces|kdf|sndf|endf|enmf|brigadier|lieutenant general|major general|colonel|navy|air force|" +
        "police|policeman|inspector|ctd|counter-terrorism department|paramilitary|rangers|levies|amisom|" +
        "military spokesman|military media wing|gen|maj|col|lt|brig|defence|defense|coast guard|corps commander|" +
        "army commander|military commander|police chief|police spokesman|sheriff|gendarmerie|gendarmes|" +
        "national guard|marines|junta|border guards|special forces|" +
        // the state's forces and their commands by their nouns, any country
        "general staff|garrison|regiment|battalion|operational command|military command|regional command|" +
        // a command named by its region ("the Western Mindanao Command"): the forces' unless a
        // modifier says whose ("the state police command", "the rebels' command")
        "command|commands|" +
        "tatmadaw|carabineros|civil guard|border guard|pentagon|shin bet|" +
        // counter-terrorism forces by their nouns, a country's or a region's ("Kurdistan's
        // counter-terrorism service"), and the Kurdistan Region's forces by their name
        "counter-terrorism service|counter-terrorism unit|counter-terrorism force|counter-terrorism forces|" +
        "counter-terrorism police|counter-terrorism agency|counterterrorism service|counterterrorism unit|" +
        "counterterrorism forces|peshmerga|" +
        // the junta or the government's forces as opposition and exile outlets name them
        "regime|" +
        // Myanmar's junta by its formal names (as "junta")
        "state administration council|state security and peace commission|" +
        // a commander or an officer with no body named: the state's unless a modifier or an
        // earlier speaker says otherwise ("a rebel commander", "a medical officer")
        "commander|commanders|officer|officers|" +
        // a named military operation speaks for the forces it runs ("Operation Hadin Kai said"), and
        // federal police and intelligence services are the state's forces
        "operation|fbi|atf|intelligence|investigation agency|investigative agency|bureau of investigation",
    ],
    [
      "government",
      "minister|ministry|prime minister|president|presidency|government|governor|chief minister|cabinet|interior|" +
        "senator|lawmaker|legislator|parliament|mp|spokesman for the government|premier|chancellor|secretary|mayor|gov|" +
        "governor office|interior ministry|government spokesman|authorities|authority|" +
        // a government named by its seat, and ministries named by their old names
        "kremlin|white house|downing street|state department|foreign office|home office|governorate|" +
        // ministries named as secretariats (Mexico's Secretaría de Seguridad, de Marina)
        "secretariat|" +
        // Spanish-speaking countries' mayors' and governors' offices by their own words
        "alcaldía|alcaldia|gobernación|gobernacion|alcalde|gobernador|" +
        // a government's own press office, and the head of state's office, by their nouns
        "government media office|presidential office|presidential palace|president's office|" +
        // legislatures by their noun, as their members are ("the regional assembly", "the National
        // Assembly"): a gathering is no "assembly" of these words
        "national assembly|legislative assembly|regional assembly|provincial assembly|state assembly|" +
        "county assembly|constituent assembly",
    ],
    [
      "official",
      "official|officials|hospital|hospitals|doctor|doctors|rescue|rescuers|1122|deputy commissioner|" +
        "commissioner|district|administration|administrator|railway|railways|health|medical|medics|paramedics|" +
        "disaster|red cross|red crescent|un|united nations|ocha|unicef|coroner|fire|emergency|local authorities|" +
        "spokesperson|spokesman|spokeswoman|mortuary|morgue|surgeon|nurse|dr|edhi|chhipa|department|" +
        "county|chief|superintendent|dpo|sho|ssp|dsp|civil defence|" +
        // a public body by its noun alone ("the commission said", "the bureau, set up to …, said"),
        // of its modifier's type where one has one ("the rebels' political bureau")
        "commission|commissions|bureau|civil defense|local official|human rights|" +
        "rights group|monitoring group|observatory|monitor|prison officials|health official|pro-democracy|" +
        "charity|aid|humanitarian|ngo|ngos|non-governmental|advocacy|civil society|relief|watchdog|ambulance|" +
        "firefighters|rescue workers|medical examiner|prosecutor|prosecutors|civil protection|" +
        // local administration (as the district administration), traditional office holders,
        // international and humanitarian bodies
        "municipality|municipal|prefecture|prefect|city hall|town hall|local council|city council|" +
        "town council|village head|district head|traditional ruler|traditional rulers|" +
        "international organization|international organisation|peacekeeping mission|peacekeepers|" +
        "refugee|refugees|amnesty|médecins|medecins|" +
        // offices that answer for the public's rights or prosecute (Defensoría del Pueblo, Fiscalía),
        // heads of local councils, independent monitors and relief missions by their short names
        "ombudsman|ombudsperson|ombudswoman|ombudsmen|ombudswomen|ombudsman's office|public defender|attorney general|attorney general's office|" +
        "attorney-general|chairman|chairwoman|chairperson|tracker|barometer|assistance|msf|monusco|icrc|unhcr|" +
        "unama|minusma|unmiss|ohchr|" +
        // medical people by their other nouns (as "doctor", "nurse"), courts, and projects that
        // collect and publish tolls (as monitors)
        "physician|pathologist|paramedic|medic|forensic|judge|magistrate|court|data project|acled|" +
        // a court's or an inquiry's bench, and bodies that research a conflict ("the three-judge panel
        // found that", "a Maputo-based research group counts"), as courts and monitors are
        "panel|tribunal|inquiry|research group|research centre|research center|research institute|" +
        "think tank|think-tank|" +
        // institutes (of research, of forensic medicine) by their noun, wherever it stands in the
        // name ("the Libyan Institute for Conflict Research"), as research institutes are
        "institute|institutes|" +
        // village and local councils and their heads by their regions' words (India's sarpanch and
        // panchayat, the Philippines' barangay, Ethiopia's kebele and woreda, Nigeria's LGAs), and
        // Sudan's neighbourhood resistance committees, civil bodies despite their word "resistance"
        "sarpanch|mukhiya|panchayat|barangay|tehsildar|kebele|woreda|local government area|lga|" +
        "resistance committee|emergency response room|emergency room|" +
        // relief, rescue and intergovernmental bodies and monitors whose names hold no word of their
        // kind (Israel's rescue service, a child-rights charity, a shootings archive)
        "magen david adom|save the children|african union|ecowas|european union|archive|" +
        // groups that defend rights, whose names hold a word of the state's forces ("defence")
        "human rights defense|human rights defence|human rights defenders|rights defenders|" +
        // professional bodies and unions, civil society by the codebook (a bar association, a
        // doctors' or journalists' union, a medical council), whatever their members' word types
        "bar association|bar council|law society|lawyers association|trade union|labour union|labor union|" +
        "teachers union|nurses union|journalists union|union of journalists|journalists syndicate|" +
        "press union|press syndicate|doctors syndicate|medical syndicate|" +
        // Syria's civil defence by its other name; traditional rulers by their titles (as
        // "traditional ruler"); a state's investigators who answer to its prosecutors
        "white helmets|emir|emirs|sultan|investigative committee|" +
        // a medical-legal examination speaks for its examiners ("a post-mortem examination revealed")
        "post-mortem|postmortem|autopsy|autopsies|" +
        // prison services and their agencies ("the SNAI prison agency", "prison authorities"; not
        // "a former prison inmate": the prison alone is no one's office)
        "prison agency|prison service|prison authority|prison authorities|prison administration|" +
        "prison department|prisons department|prison director|prison governor|prison warden|" +
        "penitentiary service|penitentiary administration|correctional service|corrections department|" +
        // members of local councils, as the councils are ("a local councillor", "a ward councilor")
        "councillor|councillors|councilor|councilors|councilman|councilwoman|" +
        // elected representatives of a local unit, as its council (ARCHITECTURE.md "Where the codebook
        // is silent"): "a ward representative", "the local representative"
        "ward|local representative|village representative|" +
        // activists of rights, as rights groups and monitors are ("rights activists said")
        "rights activist|" +
        // the same offices by their Spanish names (ombudsman, prosecutors, inspector general,
        // municipal ombudsman, forensic medicine institute), and a district's head by South Asia's
        // word ("the district collector") and a village's ("the headman"), as the district head and village head
        "defensoría|defensoria|fiscalía|fiscalia|procuraduría|procuraduria|personería|personeria|" +
        "medicina legal|district collector|district collectors|headman|headmen|village headman|" +
        // the heads of international organisations and their deputies by their compound title
        // (WordNet's "secretary general", an official; dependent: "Hezbollah Secretary-General" is the party's)
        "secretary-general|secretaries-general|under-secretary-general",
    ],
    [
      "media",
      "reuters|afp|ap|associated press|bbc|cnn|al jazeera|state media|local media|media|newspaper|television|tv|" +
        "broadcaster|news agency|agency|dawn|geo|the express tribune|xinhua|anadolu|reports|report|press|" +
        "media reports|local media reports|outlet|news outlet|news site|news website|news portal|" +
        "journalist|journalists|reporter|reporters|correspondent|channel|" +
        // outlets by their kind ("the Portuguese-language weekly Canal Norte", "a news magazine")
        "weekly|weeklies|magazine|magazines|tabloid|tabloids|" +
        // newspapers and broadcasters by the nouns of their names ("Daily Trust", "Radio Okapi")
        OUTLET_NAME_NOUNS.join("|") +
        "|radio|" +
        // media the state runs, named by its owner before a name with no word of its kind
        "state-run|state-owned|state-controlled",
    ],
    ["unknown", "source|sources|someone|people"],
  ] as const
).map(([type, words]) => [type, words.split("|")] as [ClaimantType, string[]]);

/**
 * Heads that take their type from their nearest typed modifier or their complement, and their own
 * keyword's type only failing both: people named by their relation to a body ("spokesman", "head",
 * "sources") and bodies named by their kind alone ("group", "network", "army", "authorities").
 */
export const DEPENDENT_HEADS: readonly string[] = (
  "spokesman spokesperson spokeswoman spokesmen official officials source sources head chief leader leaders " +
  "commander commanders member members representative representatives director officer officers group groups " +
  "network command wing unit units office department agency service services organisation organization " +
  "council committee commission union association body team movement front army forces force brigade " +
  "brigades authority authorities administration corps coalition alliance branch division battalion regiment " +
  "bureau directorate headquarters cell faction dr mr mrs ms worker workers operation operations chairman " +
  "chairwoman chairperson " +
  // the head of any body, a state's or not: "the president of civil society", "the president of the Red Cross"
  "president " +
  // offices of any body: "Superintendent of Police", "Police Commissioner", "the UN Secretariat"
  "superintendent commissioner secretariat " +
  // the head of an organisation by its compound title: "Hezbollah's secretary-general", "the UN secretary-general"
  "secretary-general under-secretary-general"
).split(" ");

/**
 * Nouns of a body that administers a territory: run by soldiers ("the regional military
 * administration", Ukraine's civil administrations in wartime) it still governs, and speaks as a
 * government does (ARCHITECTURE.md "Where the codebook is silent"), not as the forces.
 */
export const GOVERNING_HEADS: ReadonlySet<string> = new Set(["administration", "administrations"]);

/**
 * Nouns of a collective of people ("a group of local activists", "a team of doctors"): a collective
 * of people is of its members' kind, and of no kind (not an armed group) when they name none.
 */
/**
 * Keywords that name an activity when a complement follows ("the Defence of Human Rights", "the
 * defense of the homeland"): the complement, what is defended, types the phrase; alone ("defence
 * officials") they keep their own type.
 */
export const ACTIVITY_HEADS: readonly string[] = ["defence", "defense"];

/**
 * Heads of a professional body or a union named by its members ("the Nigeria Union of Teachers",
 * "the national police union", "the Association of Journalists"): civil society (`official`), as
 * the bodies the claimant keywords name are ("teachers union", "bar association"), whatever their
 * members' word types. (Not "federation": "the Russian Federation" is a state.)
 */
export const CIVIC_BODY_HEADS: ReadonlySet<string> = new Set(
  "union unions association associations syndicate syndicates guild".split(" "),
);

/**
 * Nouns of an office of a body, between the body's possessive and its representative ("the
 * Taliban's interior ministry spokesman"): the office is the one spoken for (speaker/representative.ts).
 */
export const OFFICE_NOUNS: readonly string[] =
  "ministry ministries department office directorate secretariat bureau agency commission council committee".split(
    " ",
  );

export const COLLECTIVE_HEADS: readonly string[] = "group groups team teams band delegation crowd".split(" ");

/**
 * Nouns of an office or a role held by one person, the head of a description that says what a
 * named person is ("John Okello, Kasese district commissioner", "police spokesman Ali Raza").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "spokesman spokesperson spokeswoman head chief leader commander director officer official governor " +
    "mayor minister commissioner prosecutor administrator chairman chairwoman chairperson chair president " +
    "secretary coordinator superintendent inspector deputy adviser advisor representative envoy ambassador " +
    "general colonel captain major lieutenant sergeant doctor surgeon physician nurse premier chancellor " +
    "senator lawmaker legislator sheriff coroner examiner investigator analyst researcher manager"
  ).split(" "),
);

/**
 * Nouns of one who (or the part of a body that) speaks for a body, named by that relation alone ("a spokesman for the police
 * command", "a senior official at the network", "a source in the army", "the network's
 * spokesperson"): the claimant is the body (`speaker/representative.ts`).
 */
export const REPRESENTATIVE_NOUNS: readonly string[] = (
  "spokesman spokesperson spokeswoman spokesmen spokespeople spokespersons official officials source sources " +
  "representative representatives " +
  // its members ("a member of the network", "a committee member")
  "member members " +
  // the parts of a body that speak for it: "the army's media wing", "the group's media arm", "the
  // press office of the police"
  "wing arm cell office"
).split(" ");

/**
 * Roles of a party's people named with no body ("a commander", "a local commander", "the
 * spokesman"): in a report where a party to the violence has spoken or been named, such a role
 * speaks for the latest one (speaker/entities.ts); with none, by its noun's own type.
 */
export const PARTY_ROLES: ReadonlySet<string> = new Set(
  "commander commanders spokesman spokesperson spokeswoman spokesmen".split(" "),
);

/**
 * Nouns of attackers named by their act, not by a force they belong to ("gunmen", "assailants",
 * "kidnappers"): they have no commanders a report quotes, so a bare role ("a commander") after them
 * is not theirs (speaker/party-role.ts reads past them to a fighter's or a soldier's noun).
 */
export const ATTACKERS_BY_ACT: ReadonlySet<string> = new Set(
  (
    "gunman gunmen attacker attackers assailant assailants kidnapper kidnappers abductor abductors bandit " +
    "bandits robber robbers hijacker hijackers raider raiders shooter shooters suspect suspects perpetrator " +
    "perpetrators"
  ).split(" "),
);

/** Nouns of a document a speaker puts out, in the sentence of its cue ("said in a report released on Monday"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(["report", "communique", "communiqué", "release"]);

/** Adjectives of rank or reach that leave a role bare ("a local commander", "a senior spokesman"). */
export const ROLE_ADJECTIVES: ReadonlySet<string> = new Set(
  "local senior top field regional area junior sector frontline front-line deputy unit".split(" "),
);

/**
 * Person nouns of the civilians' class that are no witness when they describe a speaker: people who
 * speak from expertise, office or advocacy rather than from what they saw (speaker/claimant-type.ts
 * types other such descriptions, "a trader", "a fisherman", as witnesses).
 */
export const NOT_WITNESSES: ReadonlySet<string> = new Set(
  (
    "diplomat diplomats analyst analysts expert experts researcher researchers academic academics professor " +
    "professors scholar scholars economist economists lawyer lawyers attorney attorneys observer observers " +
    "historian historians consultant consultants commentator commentators activist activists advocate " +
    "advocates campaigner campaigners politician politicians candidate candidates judge judges magistrate " +
    "magistrates investigator investigators negotiator negotiators mediator mediators envoy envoys " +
    "ambassador ambassadors representative representatives member members person persons people individual " +
    // those who speak for a company or an employer, not for what they saw
    "employer employers operator operators manager managers director directors executive executives " +
    "individuals someone one other others"
  ).split(" "),
);

/** Prepositions that link a representative noun to the body it speaks for. */
export const REPRESENTATIVE_LINKS: readonly string[] = "for at in of from with within inside".split(" ");

/** Verbs of a relative clause that gives a person's office: "Okello, who heads the disaster office,". */
export const RELATIVE_OF_OFFICE: ReadonlySet<string> = new Set(
  (
    "is was heads headed leads led runs ran chairs chaired commands commanded directs directed serves served " +
    // offices held over a community's bodies ("who coordinates civil society groups")
    "coordinates coordinated"
  ).split(" "),
);

/** Heads of a named force: "Arakan Army", "Rapid Support Forces", "Kenya Defence Forces". */
export const FORCE_HEADS: ReadonlySet<string> = new Set(["army", "armies", "forces", "force"]);

/** Modifiers that make a named force the state's: "National Army", "Armed Forces", "Air Force". */
export const STATE_FORCE_WORDS: ReadonlySet<string> = new Set(
  (
    "national armed defence defense royal air naval navy ground land special security border federal " +
    "republican presidential joint task police peacekeeping multinational regime coalition occupation"
  ).split(" "),
);

/**
 * Formations of a regular army ("the 47th Mechanized Brigade", "the 3rd Infantry Division", "the
 * 72nd Brigade"): a formation's noun after an ordinal or a word of an army's arm is the state's
 * forces, not an armed group by "brigade" (an armed party's brigades are named, "the Qassam
 * Brigades", or owned, "the rebels' 5th Brigade", and keep its type). Arms from the branches of
 * service and the kinds of troops a regular army fields.
 */
export const FORMATION_HEADS: ReadonlySet<string> = new Set(
  "brigade brigades division divisions battalion battalions regiment regiments corps squadron squadrons".split(
    " ",
  ),
);
export const ARM_WORDS: ReadonlySet<string> = new Set(
  (
    "infantry mechanized mechanised motorized motorised armoured armored artillery airborne air-assault " +
    "assault tank cavalry marine paratroop parachute rifle mountain separate territorial"
  ).split(" "),
);

/** Words of insurgent forces' names, whatever country they name: "Syrian Democratic Forces", "Free Syrian Army". */
export const NON_STATE_FORCE_WORDS: ReadonlySet<string> = new Set(
  // (and "liberation": "West Papua National Liberation Army" is no state's army for its "national")
  "free democratic popular people patriotic allied self-defence self-defense liberation".split(" "),
);

/** Words that end a mention's head and open its complement ("head of …", "a source close to …"). */
export const COMPLEMENT_WORDS: readonly string[] =
  "of for in at from with near on to close who which that whose under inside within".split(" ");

/** Nominals that refer back to an earlier claimant of a type ("the group" → the armed group named before). */
export const ANAPHORS: ReadonlyArray<
  [string[], ClaimantType | "person" | "body" | "speaker" | "document" | "any"]
> = [
  [["he"], "person"],
  [["she"], "person"],
  [["the", "group"], "armed_group"],
  [["the", "militant", "group"], "armed_group"],
  [["the", "outfit"], "armed_group"],
  [["the", "movement"], "armed_group"],
  [["the", "front"], "armed_group"],
  [["the", "organisation"], "armed_group"],
  [["the", "organization"], "armed_group"],
  [["the", "militants"], "armed_group"],
  [["the", "rebels"], "armed_group"],
  [["the", "army"], "state_military"],
  [["the", "military"], "state_military"],
  [["the", "spokesperson"], "any"],
  // "the statement added": the one who last spoke.
  [["the", "statement"], "speaker"],
  [["a", "statement"], "speaker"],
  // a channel a body speaks through stands for the body that issued it ("Police first reported on
  // X that … , the post said", "the bulletin added"): the one who last spoke
  [["the", "post"], "speaker"],
  [["the", "bulletin"], "speaker"],
  [["the", "release"], "speaker"],
  [["the", "notice"], "speaker"],
  [["the", "tweet"], "speaker"],
  // a document a body was said to put out, named again ("the army said in a communique … The
  // communique said", "the network said in a report … , the report said"): that body
  // (`DOCUMENT_NOUNS`); with none, the words' own type
  [["the", "communique"], "document"],
  [["the", "communiqué"], "document"],
  [["the", "report"], "document"],
  [["the", "press", "release"], "document"],
  [["the", "spokesman"], "any"],
  [["the", "spokeswoman"], "any"],
  [["the", "official"], "any"],
  // "It claimed …", "They said …": the nearest body that has spoken (speaker/entities.ts).
  [["they"], "body"],
  [["it"], "body"],
  // "According to him, 8 more were wounded": the object forms refer back as the subject forms do.
  [["him"], "person"],
  [["her"], "person"],
  [["them"], "body"],
];

/**
 * Verbs of naming between a description and the name it introduces ("a militia known as the Jebel
 * Guardians", "rebels calling themselves the Sons of Light", "a group that calls itself X", "a
 * faction dubbed X"): the name is of the description's kind (speaker/descriptions.ts namedAs). The
 * first word of each phrase, and the phrases as word lists.
 */
export const NAMING_PHRASES: readonly (readonly string[])[] = [
  "known as",
  "calling itself",
  "calling themselves",
  "calls itself",
  "call themselves",
  "called itself",
  "called themselves",
  "styling itself",
  "styles itself",
  "called",
  "named",
  "dubbed",
].map((p) => p.split(" "));
export const NAMING_WORDS: readonly string[] = [...new Set(NAMING_PHRASES.map((p) => p[0]!))];

/**
 * Nouns of the members of an armed party, before or after its name ("Fighters of the Kivu
 * Patriots", "gunmen from the Tiger Squad", "Zintan militiamen"): the name is an armed group's
 * (speaker/descriptions.ts membersOf).
 */
export const ARMED_MEMBER_NOUNS: ReadonlySet<string> = new Set(
  "fighters gunmen militants militiamen rebels insurgents jihadists guerrillas guerillas separatists".split(
    " ",
  ),
);

/** Participles that open an aside after a speaker's name (", speaking on condition of anonymity,"). */
export const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(
  "speaking talking writing responding commenting reacting asked declining requesting".split(" "),
);
