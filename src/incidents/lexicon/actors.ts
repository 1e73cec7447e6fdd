// Actor names and words, with their ACLED `inter` codes: 1 state forces, 2 rebel groups,
// 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external
// or other forces. A named group is matched by any of its names (whole words, case-insensitive
// unless written in capitals); generic words name an unidentified actor of the country.

export interface NamedActor {
  name: string;
  inter: number;
  names: readonly string[];
  /**
   * A movement's regional branch by the report's country: where a report names only the movement
   * ("Islamic State", "ISIS"), the branch that operates there is the actor. Elsewhere the movement.
   */
  branches?: Readonly<Record<string, string>>;
}

export const NAMED_ACTORS: readonly NamedActor[] = [
  {
    name: "BLA: Baloch Liberation Army",
    inter: 2,
    names: ["Baloch Liberation Army", "Balochistan Liberation Army", "BLA", "Majeed Brigade"],
  },
  { name: "BLF: Baloch Liberation Front", inter: 2, names: ["Baloch Liberation Front", "BLF"] },
  {
    name: "TTP: Tehreek-i-Taliban Pakistan",
    inter: 2,
    names: [
      "Tehreek-e-Taliban Pakistan",
      "Tehrik-e-Taliban Pakistan",
      "Tehreek-i-Taliban Pakistan",
      "Pakistani Taliban",
      "TTP",
    ],
  },
  { name: "Jaish al-Fursan", inter: 2, names: ["Jaish Al Fursan", "Jaish al-Fursan", "Hafiz Gul Bahadur"] },
  {
    name: "Islamic State (Khorasan)",
    inter: 2,
    names: ["Islamic State Khorasan Province", "Islamic State Khorasan", "ISIS-K", "ISKP", "IS-K"],
  },
  // The movement by its own names: in Afghanistan and Pakistan its Khorasan branch; a report from
  // Syria, Iraq or Mozambique that names "ISIS" is no Khorasan report. Branches named as such
  // (ISWAP, ISSP, ISKP) are their own entries, read first as the longer names.
  {
    name: "Islamic State",
    inter: 2,
    names: ["Islamic State", "ISIS", "ISIL", "Daesh"],
    branches: { Afghanistan: "Islamic State (Khorasan)", Pakistan: "Islamic State (Khorasan)" },
  },
  { name: "Taliban", inter: 2, names: ["Taliban"] },
  { name: "Al Shabaab", inter: 2, names: ["al-Shabaab", "Al Shabaab", "al-Shabab", "Shabaab"] },
  // The Lake Chad and Sahel groups, each under the names outlets give it (ACLED codes ISWAP
  // apart from Boko Haram's JAS since their 2016 split; ISSP was ISGS until 2022).
  {
    name: "Boko Haram",
    inter: 2,
    names: ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"],
  },
  {
    name: "ISWAP: Islamic State West Africa Province",
    inter: 2,
    names: ["Islamic State West Africa Province", "Islamic State in West Africa", "ISWAP"],
  },
  {
    name: "JNIM: Jama'at Nusrat al-Islam wal-Muslimin",
    inter: 2,
    names: [
      "Jama'at Nusrat al-Islam wal-Muslimin",
      "Jamaat Nusrat al-Islam wal-Muslimin",
      "Jama’at Nusrat al-Islam wal-Muslimin",
      "Support Group for Islam and Muslims",
      "JNIM",
      "GSIM",
    ],
  },
  {
    name: "ISSP: Islamic State Sahel Province",
    inter: 2,
    names: ["Islamic State Sahel Province", "Islamic State in the Greater Sahara", "ISSP", "ISGS"],
  },
  { name: "JUI-F: Jamiat Ulema-e-Islam (Fazl)", inter: 3, names: ["JUI-F", "Jamiat Ulema-e-Islam"] },
  // The eastern Congo groups, by their names and initials (ACLED codes CODECO an identity militia).
  { name: "ADF: Allied Democratic Forces", inter: 2, names: ["Allied Democratic Forces", "ADF"] },
  {
    name: "CODECO: Cooperative for the Development of Congo",
    inter: 4,
    names: ["Cooperative for the Development of Congo", "CODECO"],
  },
  { name: "M23: March 23 Movement", inter: 2, names: ["March 23 Movement", "M23"] },
];

/** Generic words: the actor is "<label> (<country>)". */
export const GENERIC_ACTORS: readonly { words: readonly string[]; label: string; inter: number }[] = [
  {
    words: [
      "army",
      "soldiers",
      "security forces",
      "troops",
      "frontier corps",
      "ispr",
      "military",
      "paramilitary",
      "police",
    ],
    label: "Military Forces of",
    inter: 1,
  },
  {
    words: [
      "militants",
      "insurgents",
      "rebels",
      "terrorists",
      "gunmen",
      "attackers",
      "separatists",
      "jihadists",
      "assailants",
      "bandits",
      "suicide bomber",
    ],
    label: "Unidentified Armed Group",
    inter: 2,
  },
  {
    words: [
      "passengers",
      "civilians",
      "worshippers",
      "residents",
      "villagers",
      "pilgrims",
      "workers",
      "engineers",
      "children",
      "students",
    ],
    label: "Civilians",
    inter: 7,
  },
];
