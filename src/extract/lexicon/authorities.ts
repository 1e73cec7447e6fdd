// De facto authorities: armed movements that are a country's government, holding its capital and
// ruling its whole territory with no other government there, over the periods given. Their
// officials, spokesmen and ministries speak as a government does (codebook §1 `government`:
// "ministers, PM, provincial government"), not as an armed group by the movement's name; their
// fighters stay an armed group (`speaker/de-facto.ts` retypes offices only).
//
// Movements that govern only a part of a country against a government that fights them (the
// Houthis in Sanaa, Hamas in Gaza until the war, the RSF's or M23's appointees) are not listed: their
// ministries and governors are typed by those nouns already ("the Houthi-run health ministry", "an
// RSF-appointed governor": `government`), while "a Houthi official" or "a Hamas spokesman" speaks
// for a party to the war (`armed_group`), which is how the codebook's party reads them.

export interface DeFactoAuthority {
  /** The movement's names and the name of its state, lower-case words ("islamic emirate"). */
  names: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country it governs. */
  country: string;
  /** The days (YYYY-MM-DD) from which and until which it governed; an open end is today. */
  governs: ReadonlyArray<readonly [string, string | null]>;
  /** Words of another movement of the same name, which governs nowhere ("Pakistani Taliban"). */
  notWith: readonly string[];
  reason: string;
}

export const DE_FACTO_AUTHORITIES: readonly DeFactoAuthority[] = [
  {
    names: ["taliban", "islamic emirate"],
    country: "AF",
    governs: [
      ["1996-09-27", "2001-11-13"],
      ["2021-08-15", null],
    ],
    notWith: ["pakistani", "pakistan", "tehrik-i-taliban", "tehreek-e-taliban", "tehrik", "tehreek", "ttp"],
    reason:
      "took Kabul on 15 August 2021 (and ruled from Kabul 1996–2001); the only government in Afghanistan, " +
      "its ministries and provincial heads the state's",
  },
];

/**
 * Heads of a mention that name an office of a government, its holder or its voice: "a Taliban
 * official", "the Taliban's spokesman", "Islamic Emirate authorities". Not its fighters or commanders.
 */
export const GOVERNMENT_OFFICE_HEADS: ReadonlySet<string> = new Set(
  (
    "official officials spokesman spokeswoman spokesperson spokesmen spokespeople ministry ministries " +
    "minister ministers government authorities authority administration administrations office"
  ).split(" "),
);

/**
 * Federal member states and autonomous regions whose own governments keep forces of their own, as
 * part of the state (lower-case names as a modifier writes them): "Jubaland forces", "Puntland
 * forces", "Kurdistan forces" are the state's forces (`state_military`), as a country's are, not an
 * armed group by a name of no country. Regions whose forces fought the federal state as a party
 * (Tigray's, 2020–2022) are not listed: their forces are named as armed groups (`forces.ts`).
 */
export const MEMBER_STATES: ReadonlySet<string> = new Set([
  // Somalia's federal member states (Provisional Constitution 2012, art. 48–49), and Somaliland,
  // which governs its territory with its own army
  "jubaland",
  "puntland",
  "galmudug",
  "hirshabelle",
  "southwest",
  "somaliland",
  // Iraq's Kurdistan Region (Constitution 2005, art. 117, 121): its guards and security forces
  "kurdistan",
  // Ethiopia's regional states, whose special forces answered to their regional governments
  "amhara",
  "oromia",
  "afar",
]);

/**
 * Words of a function only a state holds, which make a public body's noun after them a state body
 * though no word of the state names it ("the Anti-Terrorism Committee", "the Migration
 * Directorate", "the Customs Service"; hyphenated words as the tokenizer splits them, "terrorism"
 * after "anti" or "counter"): fighting terrorism, controlling who and what crosses the border,
 * prisons and taxes. Not "security" or "emergency" (a village has a security committee; emergency
 * bodies are typed as relief by claimant-type.ts first).
 */
export const STATE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "antiterrorism counterterrorism anti-terrorism counter-terrorism migration immigration customs penitentiary taxation revenue".split(
    " ",
  ),
);
export const TERRORISM_PREFIXES: ReadonlySet<string> = new Set(["anti", "counter"]);

/**
 * Words before a public body's noun that make it the state's ("the National Anti-Terrorism
 * Committee", "the Federal Migration Service", "the State Emergency Service", "the Central
 * Election Commission"), as a country's name or its people's adjective does ("the Russian
 * Investigative Committee", "Kenya's Anti-Corruption Commission"): `speaker/state-body.ts`.
 */
export const STATE_BODY_WORDS: ReadonlySet<string> = new Set(
  "national federal state central presidential republican governmental supreme".split(" "),
);
