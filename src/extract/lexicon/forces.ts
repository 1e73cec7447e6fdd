// Named armed and security forces, the state's and others', with the short forms reports use for
// them, so that a report that writes "the IDF", "SAF" or "FARDC" and never spells the name out is
// typed, and so that a force whose name looks like a state's ("Rapid Support Forces", "Syrian
// Democratic Forces") is not. A force is the state's when it is a country's armed forces, police,
// gendarmerie or a paramilitary force under its government (codebook §1 `security_forces`:
// "army, police, Frontier Corps"); any other armed party is not ("militants").
//
// Source: each force's own name (in English, or in its country's language where reports use that
// name's initials: "Forces Armées de la République Démocratique du Congo" → FARDC) and its usual
// short form; every country is one of countries-list's (a test checks the codes), and every short
// form is the initials of its name unless `native` gives the name it abbreviates. Short forms that
// are also common words, names or other bodies' initials are left out, with the reason, in
// `LEFT_OUT` ("AFP" is the Armed Forces of the Philippines and a news agency; "ANA" a given name).
// Names a country's own words already type ("Pakistan Army", "Kenyan police") need no entry:
// `claimant-type.ts` reads a nationality before a force's head as the state's.
import { tokenize, type Token } from "../tokens.js";
import { plural } from "./morphology.js";

/** Which side a named force is on: the state's forces or any other armed party. */
export type ForceSide = "state" | "non_state";

export interface NamedForce {
  name: string;
  /** Short forms as written (matched case-sensitively: "SAF", "FAMa"). */
  short: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country whose force it is, or where it fights. */
  country: string;
  side: ForceSide;
  /** Reports call it a paramilitary force ("the paramilitary Rapid Support Forces"). */
  paramilitary?: boolean;
  /**
   * A pro-government auxiliary of volunteers (Nigeria's CJTF, Burkina Faso's VDP): a party to the
   * fighting as a claimant, but its members counted are civilians, as vigilantes are (ARCHITECTURE.md
   * "Where the codebook is silent"), so they never enter the attackers' deaths (`gtd.nkillter`).
   */
  auxiliary?: boolean;
  /** The name in its own language, where the short form abbreviates that one. */
  native?: string;
}

/** An entry maker for one side: (name, short forms, country, more). */
const ofSide =
  (side: ForceSide) =>
  (name: string, short: string[], country: string, more: Partial<NamedForce> = {}): NamedForce => ({
    name,
    short,
    country,
    side,
    ...more,
  });
const state = ofSide("state");
const other = ofSide("non_state");

export const NAMED_FORCES: readonly NamedForce[] = [
  // Middle East and North Africa
  state("Israel Defense Forces", ["IDF"], "IL"),
  state("Israel Defence Forces", ["IDF"], "IL"),
  state("Israeli Defense Forces", ["IDF"], "IL"),
  state("Lebanese Armed Forces", ["LAF"], "LB"),
  state("Syrian Arab Army", ["SAA"], "SY"),
  state("Iraqi Security Forces", ["ISF"], "IQ"),
  state("Islamic Revolutionary Guard Corps", ["IRGC"], "IR"),
  // the same force by the short English names reports give it ("Iran's Revolutionary Guards"):
  // a state's armed force, whatever "revolutionary" says elsewhere
  state("Revolutionary Guard Corps", [], "IR"),
  state("Revolutionary Guards", [], "IR"),
  state("Revolutionary Guard", [], "IR"),
  state("Turkish Armed Forces", ["TSK"], "TR", { native: "Türk Silahlı Kuvvetleri" }),
  state("Egyptian Armed Forces", [], "EG"),
  other("Syrian Democratic Forces", ["SDF"], "SY"),
  other("Free Syrian Army", ["FSA"], "SY"),
  other("Hayat Tahrir al-Sham", ["HTS"], "SY"),
  other("Popular Mobilization Forces", [], "IQ", { paramilitary: true }),
  // Syria's pro-government militias under Assad, by their own name: a party, not the state's forces
  other("Shabiha", [], "SY"),
  // Sub-Saharan Africa
  state("Sudanese Armed Forces", ["SAF"], "SD"),
  other("Rapid Support Forces", ["RSF"], "SD", { paramilitary: true }),
  state("South Sudan People's Defence Forces", ["SSPDF"], "SS"),
  state("Forces Armées de la République Démocratique du Congo", ["FARDC"], "CD"),
  state("Armed Forces of the Democratic Republic of the Congo", ["FARDC"], "CD", {
    native: "Forces Armées de la République Démocratique du Congo",
  }),
  state("Uganda People's Defence Force", ["UPDF"], "UG"),
  state("Uganda People's Defence Forces", ["UPDF"], "UG"),
  state("Kenya Defence Forces", ["KDF"], "KE"),
  state("Ethiopian National Defense Force", ["ENDF"], "ET"),
  state("Ethiopian National Defence Force", ["ENDF"], "ET"),
  state("Somali National Army", ["SNA"], "SO"),
  state("Nigeria Police Force", ["NPF"], "NG"),
  state("Forces Armées Maliennes", ["FAMa"], "ML"),
  state("Malian Armed Forces", ["FAMa"], "ML", { native: "Forces Armées Maliennes" }),
  state("Forces Armées Nigériennes", [], "NE"),
  state("Forces Armées Centrafricaines", ["FACA"], "CF"),
  state("Central African Armed Forces", ["FACA"], "CF", { native: "Forces Armées Centrafricaines" }),
  state("Forças Armadas de Defesa de Moçambique", ["FADM"], "MZ"),
  state("Rwanda Defence Force", ["RDF"], "RW"),
  state("South African National Defence Force", ["SANDF"], "ZA"),
  state("Burundi National Defence Force", [], "BI"),
  other("Tigray Defense Forces", ["TDF"], "ET"),
  // Amhara's militias fighting the federal army since 2023, by their own name (no word of their kind)
  other("Fano", [], "ET"),
  other("Oromo Liberation Army", ["OLA"], "ET"),
  other("Allied Democratic Forces", ["ADF"], "CD"),
  other("Cooperative for the Development of Congo", ["CODECO"], "CD", {
    native: "Coopérative pour le Développement du Congo",
  }),
  other("Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM"], "ML"),
  other("Islamic State West Africa Province", ["ISWAP"], "NG"),
  other("Islamic State in the Greater Sahara", ["ISGS"], "ML"),
  other("Sudan People's Liberation Movement-North", ["SPLM-N"], "SD"),
  other("Wagner Group", [], "RU"),
  // Russia's expeditionary force in the Sahel under its defence ministry, Wagner's successor there
  // (2024): a state's armed force, fighting beside the Malian, Burkinabè and Nigerien armies
  state("Africa Corps", [], "RU"),
  // Militias by their own names, no word of their kind in them: Darfur's Arab militias (the
  // government's auxiliaries in 2003, later in the RSF), Burundi's ruling party's youth wing acting
  // as a militia, and a Dogon militia of central Mali; parties to the violence, not the state's forces
  other("Janjaweed", [], "SD"),
  other("Janjawid", [], "SD"),
  other("Imbonerakure", [], "BI"),
  other("Dan Na Ambassagou", [], "ML"),
  // Pro-government militias and auxiliaries: parties to the fighting that are not the state's forces
  // (codebook `armed_group`: any party that is not the state), though they fight beside them
  other("Civilian Joint Task Force", ["CJTF"], "NG", { auxiliary: true }),
  other("Volunteers for the Defence of the Homeland", ["VDP"], "BF", {
    native: "Volontaires pour la Défense de la Patrie",
    auxiliary: true,
  }),
  // Burkina Faso's village self-defence groups, vigilantes by their own name: a party as a claimant,
  // their members counted as civilians, as the VDP's and vigilantes' are
  other("Koglweogo", [], "BF", { auxiliary: true }),
  other("Ambazonia Defence Forces", [], "CM"),
  // Insurgents of the Horn and the Sahel that reports name by initials alone ("ONLF claimed …")
  other("Ogaden National Liberation Front", ["ONLF"], "ET"),
  other("Oromo Liberation Front", ["OLF"], "ET"),
  other("Front for the Restoration of Unity and Democracy", ["FRUD"], "DJ"),
  other("Lord's Resistance Army", ["LRA"], "UG"),
  // South and Central Asia
  state("Frontier Corps", ["FC"], "PK", { paramilitary: true }),
  state("Pakistan Rangers", [], "PK", { paramilitary: true }),
  state("Counter Terrorism Department", ["CTD"], "PK"),
  state("Central Reserve Police Force", ["CRPF"], "IN", { paramilitary: true }),
  state("Border Security Force", ["BSF"], "IN", { paramilitary: true }),
  state("Indo-Tibetan Border Police", ["ITBP"], "IN", { paramilitary: true }),
  state("Central Industrial Security Force", ["CISF"], "IN", { paramilitary: true }),
  state("Sashastra Seema Bal", ["SSB"], "IN", { paramilitary: true }),
  state("District Reserve Guard", ["DRG"], "IN"),
  state("Assam Rifles", [], "IN", { paramilitary: true }),
  state("Afghan National Army", [], "AF"),
  state("Afghan National Police", ["ANP"], "AF"),
  state("Afghan National Defense and Security Forces", ["ANDSF"], "AF"),
  state("Afghan National Defence and Security Forces", ["ANDSF"], "AF"),
  other("Tehrik-i-Taliban Pakistan", ["TTP"], "PK"),
  other("Balochistan Liberation Army", ["BLA"], "PK"),
  other("Balochistan Liberation Front", ["BLF"], "PK"),
  other("Islamic State Khorasan Province", ["ISKP"], "AF"),
  other("United Liberation Front of Asom", ["ULFA"], "IN"),
  // East and South-East Asia
  state("Philippine National Police", ["PNP"], "PH"),
  state("Armed Forces of the Philippines", [], "PH"),
  state("Tatmadaw", [], "MM"),
  other("New People's Army", ["NPA"], "PH"),
  other("Moro Islamic Liberation Front", ["MILF"], "PH"),
  other("Bangsamoro Islamic Freedom Fighters", ["BIFF"], "PH"),
  other("Abu Sayyaf Group", ["ASG"], "PH"),
  other("Abu Sayyaf", [], "PH"),
  other("People's Defence Force", [], "MM"),
  other("People's Defense Force", [], "MM"),
  other("Arakan Army", [], "MM"),
  other("Kachin Independence Army", [], "MM"),
  other("Myanmar National Democratic Alliance Army", ["MNDAA"], "MM"),
  other("Ta'ang National Liberation Army", ["TNLA"], "MM"),
  // resistance forces whose names read as a state's ("… Defense Force" after a people's name)
  other("Karenni Nationalities Defense Force", ["KNDF"], "MM"),
  other("Karenni Nationalities Defence Force", ["KNDF"], "MM"),
  other("Chinland Defense Force", [], "MM"),
  other("Chinland Defence Force", [], "MM"),
  // an armed movement named as a union, and its army
  other("Karen National Union", ["KNU"], "MM"),
  other("Karen National Liberation Army", ["KNLA"], "MM"),
  // Europe
  state("Armed Forces of Ukraine", ["AFU"], "UA"),
  state("Zbroini Syly Ukrainy", ["ZSU"], "UA"),
  state("Security Service of Ukraine", ["SBU"], "UA", { native: "Sluzhba Bezpeky Ukrainy" }),
  state("Federal Security Service", ["FSB"], "RU", { native: "Federalnaya Sluzhba Bezopasnosti" }),
  state("Russian Armed Forces", [], "RU"),
  // The Americas
  state("Secretaría de la Defensa Nacional", ["SEDENA"], "MX"),
  state("Secretaría de Marina", ["SEMAR"], "MX"),
  state("Guardia Nacional", [], "MX"),
  state("Escuadrón Móvil Antidisturbios", ["ESMAD"], "CO"),
  other("Revolutionary Armed Forces of Colombia", ["FARC"], "CO", {
    native: "Fuerzas Armadas Revolucionarias de Colombia",
  }),
  other("Fuerzas Armadas Revolucionarias de Colombia", ["FARC"], "CO"),
  other("National Liberation Army", ["ELN"], "CO", { native: "Ejército de Liberación Nacional" }),
  other("Ejército de Liberación Nacional", ["ELN"], "CO"),
  other("Autodefensas Gaitanistas de Colombia", ["AGC"], "CO"),
  other("Jalisco New Generation Cartel", ["CJNG"], "MX", { native: "Cártel de Jalisco Nueva Generación" }),
];

/** Short forms that name a force but are left out, with the reason. */
export const LEFT_OUT: ReadonlyArray<readonly [string, string]> = [
  ["AFP", "Armed Forces of the Philippines, but also Agence France-Presse, the news agency"],
  ["ANA", "Afghan National Army, but also a given name"],
  ["AA", "Arakan Army: two letters, read as other things (batteries, Alcoholics Anonymous)"],
  ["KIA", "Kachin Independence Army, but also 'killed in action' and a car maker"],
  ["PDF", "People's Defence Force (Myanmar), but also the document format"],
  [
    "PMF",
    "Popular Mobilization Forces: part of Iraq's forces by law, fighting apart from them; left to context",
  ],
  ["FAN", "Forces Armées Nigériennes: an English word"],
  ["NA", "Nigerian Army: two letters, 'not available'"],
];

/** The words of a name as the tokenizer gives them: lower-case, straight apostrophes. */
function wordsOf(name: string): string[] {
  return tokenize(name, { start: 0, end: name.length }).map((t) => t.norm);
}

interface Entry {
  words: readonly string[];
  /** Compare the tokens as written (a short form) or lower-cased (a name). */
  asWritten: boolean;
  force: NamedForce;
}

let index: Map<string, Entry[]> | null = null;

/** Names and short forms by their first word (a short form's as written), built on first use. */
function entries(): Map<string, Entry[]> {
  if (index) return index;
  index = new Map();
  const left = new Set(LEFT_OUT.map(([s]) => s));
  const add = (e: Entry) => {
    const key = e.words[0]!;
    index!.set(key, [...(index!.get(key) ?? []), e]);
  };
  for (const force of NAMED_FORCES) {
    add({ words: wordsOf(force.name), asWritten: false, force });
    for (const s of force.short)
      if (!left.has(s))
        add({ words: tokenize(s, { start: 0, end: s.length }).map((t) => t.text), asWritten: true, force });
  }
  return index;
}

/** A named force whose name or short form starts at tokens[k], and the token after it; the longest. */
export function forceAt(tokens: readonly Token[], k: number): { force: NamedForce; end: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== "word") return null;
  let best: { force: NamedForce; end: number } | null = null;
  for (const e of [...(entries().get(t.norm) ?? []), ...(entries().get(t.text) ?? [])]) {
    const n = e.words.length;
    if (best && best.end - k >= n) continue;
    let ok = k + n <= tokens.length;
    for (let i = 0; ok && i < n; i++)
      ok = (e.asWritten ? tokens[k + i]!.text : tokens[k + i]!.norm) === e.words[i];
    if (ok) best = { force: e.force, end: k + n };
  }
  return best;
}

/**
 * The claimant keywords of the named forces: each name (lower-case) and short form, with the
 * claimant type of its side, for `speaker/claimant-type.ts`.
 */
export function forceKeywords(): Array<[string, ForceSide]> {
  const left = new Set(LEFT_OUT.map(([s]) => s));
  const out: Array<[string, ForceSide]> = [];
  for (const f of NAMED_FORCES) {
    out.push([f.name.toLowerCase().replace(/’/g, "'"), f.side]);
    for (const s of f.short) if (!left.has(s)) out.push([s.toLowerCase(), f.side]);
  }
  return out;
}

/** Each noun of a space-separated list and its plural ("constable", "constables"). */
const withPlurals = (nouns: string): string[] => nouns.split(" ").flatMap((n) => [n, plural(n)]);

/**
 * The services a state's forces speak for, by the words of a claimant's name: a police officer
 * and the army's statement are two voices of one type (claims/service-voice.ts). Written by hand
 * from the heads reports give the two branches, nouns in the singular (their plurals derived),
 * then the words that are no countable noun; a named force counts by the words of its name.
 */
export const SERVICE_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    "police",
    [
      ...withPlurals("policeman policewoman constable gendarme"),
      ..."police constabulary gendarmerie".split(" "),
    ],
  ],
  [
    "military",
    [
      ...withPlurals("army soldier troop navy marine"),
      ..."military naval airforce defence defense".split(" "),
    ],
  ],
  // A formation speaks for its own engagement, the command for the forces: "the 47th Brigade said"
  // and "the army said" are two voices, whose equal figures are two claims.
  ["formation", withPlurals("brigade division battalion regiment")],
];
