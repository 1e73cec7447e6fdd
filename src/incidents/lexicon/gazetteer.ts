// The hand list that backs GeoNames (../geonames.ts): English names and aliases of first-order
// regions ("Baluchistan", "KP", "NWFP"), tied to GeoNames by their seat town's admin1 code (their
// names win for that code); districts under names GeoNames does not give them ("Kurram", "Bolan");
// and a few named features (passes, valleys, parks) tied to a nearby town, which cities500
// (populated places only) lacks. Names and seats are public facts written here by hand;
// nothing else in this file is copied. Entries whose seat is not in the cities package still
// resolve to their region and country, without coordinates of their own.
//
// Add a region: { country (ISO 3166-1 alpha-2), name, aliases, seat }. Aliases are matched as
// whole words, case-insensitively, diacritics ignored.

export interface RegionEntry {
  country: string;
  name: string;
  aliases?: readonly string[];
  /** A town in the region (its capital), as the cities package spells it, diacritics ignored. */
  seat: string;
}

export interface DistrictEntry extends RegionEntry {
  /** The first-order region the district lies in. */
  region: string;
}

export interface FeatureEntry {
  country: string;
  name: string;
  aliases?: readonly string[];
  /** A park or reserve is a wide area: where_prec 3, in no district (it may span several). */
  kind: "pass" | "valley" | "area" | "station" | "park";
  /** A town within about 25 km (UCDP where_prec 2), or at a park's edge. */
  near: string;
  region: string;
  district?: string;
}

export const REGIONS: readonly RegionEntry[] = [
  // Pakistan
  { country: "PK", name: "Balochistan", aliases: ["Baluchistan"], seat: "Quetta" },
  {
    country: "PK",
    name: "Khyber Pakhtunkhwa",
    aliases: ["Khyber-Pakhtunkhwa", "KP", "KPK", "North-West Frontier Province", "NWFP"],
    seat: "Peshawar",
  },
  { country: "PK", name: "Punjab", seat: "Lahore" },
  { country: "PK", name: "Sindh", seat: "Karachi" },
  { country: "PK", name: "Gilgit-Baltistan", seat: "Gilgit" },
  { country: "PK", name: "Islamabad Capital Territory", seat: "Islamabad" },
  // Afghanistan
  { country: "AF", name: "Kabul Province", seat: "Kabul" },
  { country: "AF", name: "Nangarhar", seat: "Jalalabad" },
  { country: "AF", name: "Kandahar Province", seat: "Kandahar" },
  { country: "AF", name: "Helmand", seat: "Lashkar Gah" },
  { country: "AF", name: "Herat Province", seat: "Herat" },
  { country: "AF", name: "Kunduz Province", seat: "Kunduz" },
  { country: "AF", name: "Ghazni Province", seat: "Ghazni" },
  { country: "AF", name: "Balkh", seat: "Mazar-e Sharif" },
  // India
  { country: "IN", name: "Jammu and Kashmir", aliases: ["Jammu & Kashmir"], seat: "Srinagar" },
  { country: "IN", name: "Manipur", seat: "Imphal" },
  // Iraq
  { country: "IQ", name: "Nineveh", aliases: ["Ninawa", "Nineveh Province"], seat: "Mosul" },
  { country: "IQ", name: "Anbar", aliases: ["Al Anbar", "Anbar Province"], seat: "Ramadi" },
  { country: "IQ", name: "Salahuddin", aliases: ["Salah al-Din", "Saladin"], seat: "Tikrit" },
  { country: "IQ", name: "Kirkuk Province", seat: "Kirkuk" },
  // Syria
  { country: "SY", name: "Aleppo Governorate", seat: "Aleppo" },
  { country: "SY", name: "Idlib Governorate", seat: "Idlib" },
  // Nigeria
  { country: "NG", name: "Borno", aliases: ["Borno State"], seat: "Maiduguri" },
  // Kenya
  { country: "KE", name: "Mandera County", seat: "Mandera" },
  { country: "KE", name: "Garissa County", seat: "Garissa" },
  { country: "KE", name: "Lamu County", seat: "Lamu" },
  // Somalia
  { country: "SO", name: "Banadir", aliases: ["Benadir"], seat: "Mogadishu" },
  { country: "SO", name: "Lower Juba", aliases: ["Jubbada Hoose"], seat: "Kismayo" },
  // Others
  { country: "ML", name: "Gao Region", seat: "Gao" },
  { country: "ML", name: "Mopti Region", seat: "Mopti" },
  { country: "CD", name: "North Kivu", aliases: ["Nord-Kivu"], seat: "Goma" },
  { country: "CD", name: "Ituri", aliases: ["Ituri Province"], seat: "Bunia" },
];

/** Districts (second-order regions) whose name differs from a town the cities package holds. */
export const DISTRICTS: readonly DistrictEntry[] = [
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Kurram", seat: "Parachinar" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "North Waziristan", seat: "Miran Shah" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "South Waziristan", seat: "Wana" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Khyber", seat: "Landi Kotal" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Swat", seat: "Saidu Sharif" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Shangla", seat: "Alpuri" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Bajaur", seat: "Khar" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Kohistan", seat: "Dasu" },
  { country: "PK", region: "Khyber Pakhtunkhwa", name: "Lakki Marwat", seat: "Lakki Marwat" },
  // Mach is a town of the district (its seat, Dhadar, is not in the cities package).
  { country: "PK", region: "Balochistan", name: "Kachhi", aliases: ["Bolan"], seat: "Mach" },
  { country: "PK", region: "Balochistan", name: "Kech", seat: "Turbat" },
];

export const FEATURES: readonly FeatureEntry[] = [
  {
    country: "PK",
    name: "Bolan Pass",
    kind: "pass",
    near: "Mach",
    region: "Balochistan",
    district: "Kachhi",
  },
  { country: "PK", name: "Khyber Pass", kind: "pass", near: "Landi Kotal", region: "Khyber Pakhtunkhwa" },
  { country: "PK", name: "Swat Valley", kind: "valley", near: "Mingora", region: "Khyber Pakhtunkhwa" },
  // Parks and reserves where armed groups and rangers fight (cities500 holds populated places only;
  // no installed package carries GeoNames' parks, class L).
  {
    country: "CD",
    name: "Virunga National Park",
    aliases: ["Virunga", "Parc national des Virunga"],
    kind: "park",
    near: "Goma",
    region: "North Kivu",
  },
  {
    country: "CD",
    name: "Kahuzi-Biega National Park",
    aliases: ["Kahuzi-Biega", "Parc national de Kahuzi-Biega"],
    kind: "park",
    near: "Kabare",
    region: "South Kivu",
  },
  {
    country: "CD",
    name: "Garamba National Park",
    aliases: ["Garamba", "Parc national de la Garamba"],
    kind: "park",
    near: "Dungu",
    region: "Haut-Uele",
  },
  {
    country: "BJ",
    name: "Pendjari National Park",
    aliases: ["Pendjari", "Parc national de la Pendjari"],
    kind: "park",
    near: "Tanguiéta",
    region: "Atakora",
  },
];

/** Capitalised words that are place names somewhere but, in English news copy, almost never one. */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday police army train security said
  chinese national islamic state province district city town village government minister
  president prime officials official reuters afp ap the a an on in at this that these those
  reading it he she they we his her their its but and or as of after before during when while`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words after a name that make it a district ("Sibi district", "Kurram tribal district", "Izium
 * raion", "Douentza cercle"). "county", "department" and "prefecture" name a second-order division
 * in some countries and a first-order one in others: they are in both lists, the district read
 * first where the gazetteer has one of that name.
 */
export const DISTRICT_WORDS: readonly string[] = [
  "district",
  "tribal district",
  "agency",
  "tehsil",
  "raion",
  "rayon",
  "cercle",
  "local government area",
  "lga",
  "county",
  "department",
  "prefecture",
];
/** Words after a name that make it a first-order region ("Kharkiv oblast", "Borno state"). */
export const REGION_WORDS: readonly string[] = [
  "province",
  "state",
  "region",
  "governorate",
  "oblast",
  "county",
  "department",
  "prefecture",
];

/**
 * Participles that make a place's name, hyphened before them, a word about who backs, leads,
 * arms or holds someone ("US-backed fighters", "Saudi-led coalition", "a Kano-based group"): no
 * place where the event was. ("Peshawar-bound" is a destination, read by its own rule.)
 */
export const COMPOUND_PARTICIPLES: readonly string[] = [
  "backed",
  "led",
  "based",
  "funded",
  "financed",
  "trained",
  "allied",
  "aligned",
  "linked",
  "supported",
  "sponsored",
  "armed",
  "made",
  "born",
  "run",
  "owned",
  "brokered",
  "controlled",
  "held",
  "occupied",
  "installed",
];
