// Organisations that speak in reports of violence and are not parties to it, by their names and the
// initials reports use alone ("IOM said", "according to OCHA", "HRW documented"), with the claimant
// type of their kind (codebook §1 `claimant.type`): intergovernmental, humanitarian, medical and
// rights bodies and monitors are `official` (as "UN agencies, hospitals, rights groups" are), news
// agencies and broadcasters `media`. Armed forces and armed groups are in `forces.ts`, with their
// side. `speaker/claimant-type.ts` reads each name and short form as a keyword of its type.
//
// A short form that is also an English word is read only as written in capitals (`CAPITALS_ONLY`,
// "WHO" and not "who"): the tokenizer keeps its capitals in its norm, outside an all-capitals run.
// Short forms that stand for other things as often are left out with the reason (`LEFT_OUT`).
import type { ClaimantType } from "../../core/model.js";

export interface Organisation {
  name: string;
  /** Initials or a short name reports use alone. */
  short: readonly string[];
  type: Extract<ClaimantType, "official" | "media">;
}

const body =
  (type: Organisation["type"]) =>
  (name: string, short: string[]): Organisation => ({ name, short, type });
const official = body("official");
const media = body("media");

export const ORGANISATIONS: readonly Organisation[] = [
  // United Nations agencies, missions and offices
  official("World Health Organization", ["WHO"]),
  official("International Organization for Migration", ["IOM"]),
  official("World Food Programme", ["WFP"]),
  official("United Nations Development Programme", ["UNDP"]),
  official("United Nations Population Fund", ["UNFPA"]),
  official("United Nations Relief and Works Agency", ["UNRWA"]),
  official("United Nations Office for the Coordination of Humanitarian Affairs", ["UNOCHA"]),
  official("United Nations Assistance Mission for Iraq", ["UNAMI"]),
  official("United Nations Assistance Mission in Somalia", ["UNSOM"]),
  official("United Nations Interim Force in Lebanon", ["UNIFIL"]),
  official("Multidimensional Integrated Stabilization Mission in the Central African Republic", ["MINUSCA"]),
  official("United Nations Human Rights Council", ["UNHRC"]),
  official("Monitoring Group on Somalia and Eritrea", ["SEMG"]),
  // Red Cross movement, humanitarian and medical organisations
  official("International Federation of Red Cross and Red Crescent Societies", ["IFRC"]),
  official("International Rescue Committee", ["IRC"]),
  official("Norwegian Refugee Council", ["NRC"]),
  official("International NGO Safety Organisation", ["INSO"]),
  official("Doctors Without Borders", []),
  // a relief group whose name holds a word of the state's forces ("Rangers")
  official("Free Burma Rangers", []),
  // Rights groups, press-freedom groups and monitors
  official("Human Rights Watch", ["HRW"]),
  official("Amnesty International", []),
  official("Committee to Protect Journalists", ["CPJ"]),
  official("Human Rights Commission of Pakistan", ["HRCP"]),
  official("Syrian Observatory for Human Rights", ["SOHR"]),
  official("International Crisis Group", []),
  official("Intergovernmental Authority on Development", ["IGAD"]),
  // News agencies and broadcasters that reports cite by their initials
  media("Voice of America", ["VOA"]),
  media("Press Trust of India", ["PTI"]),
  media("Asian News International", ["ANI"]),
  media("Indo-Asian News Service", ["IANS"]),
  media("News Agency of Nigeria", ["NAN"]),
  media("Ethiopian News Agency", ["ENA"]),
  media("Ethiopian Satellite Television", ["ESAT"]),
  media("Oromia Media Network", ["OMN"]),
  media("Kenya Broadcasting Corporation", ["KBC"]),
  media("South African Broadcasting Corporation", ["SABC"]),
  media("Sudan News Agency", ["SUNA"]),
  media("Islamic Republic News Agency", ["IRNA"]),
  media("Syrian Arab News Agency", ["SANA"]),
  media("Philippine News Agency", ["PNA"]),
  media("Deutsche Presse-Agentur", ["DPA"]),
  media("Agencia EFE", ["EFE"]),
  media("Agenzia Nazionale Stampa Associata", ["ANSA"]),
  media("United Press International", ["UPI"]),
  media("Kuwait News Agency", ["KUNA"]),
  media("Deutsche Welle", ["DW"]),
  media("Radio France Internationale", ["RFI"]),
  media("Radio Free Asia", ["RFA"]),
  media("Pakistan Television", ["PTV"]),
  // Newspapers and news sites of the regions at war that reports cite by a name with no word of
  // their kind ("The Irrawaddy reported", "according to Dabanga")
  media("The Irrawaddy", []),
  media("Irrawaddy", []),
  media("Mizzima", []),
  media("Dabanga", []),
  media("Radio Dabanga", []),
  media("Sudan Tribune", []),
  media("HumAngle", []),
  media("Premium Times", []),
  media("Garowe Online", []),
  media("Hiiraan Online", []),
  media("Kyiv Independent", []),
  media("Ukrainska Pravda", []),
  media("Rudaw", []),
  media("Shafaq News", []),
  media("Haaretz", []),
  media("Rappler", []),
  media("Milenio", []),
  media("Animal Político", []),
  media("El Tiempo", []),
  media("El Espectador", []),
  // news sites and papers whose names hold a place or a country and a word of no outlet's kind
  // ("Myanmar Now", "Kabul Now"), or a word of another kind ("Daily Monitor", "The New
  // Humanitarian", read as monitors and aid bodies by their last words): outlets, not the state
  // the place names, nor a monitor
  media("Myanmar Now", []),
  media("Frontier Myanmar", []),
  media("Democratic Voice of Burma", ["DVB"]),
  media("Kabul Now", []),
  media("Hasht-e Subh", []),
  media("TOLOnews", []),
  media("Pajhwok", []),
  media("Addis Standard", []),
  media("Daily Monitor", []),
  media("Al-Monitor", []),
  media("The New Humanitarian", []),
  media("Middle East Eye", []),
  media("Enab Baladi", []),
  media("Kurdistan24", []),
  media("Libya Observer", []),
  media("Libya Herald", []),
  media("Mada Masr", []),
  media("Ahram Online", []),
  media("Somali Guardian", []),
  media("Balochistan Post", []),
  media("Kashmir Observer", []),
  media("Greater Kashmir", []),
  media("Bangkok Post", []),
  media("Baghdad Today", []),
  media("WAFA", []),
  media("Al Mayadeen", []),
  media("Al-Mayadeen", []),
  media("Al-Manar", []),
  media("Al Arabiya", []),
  media("Asharq Al-Awsat", []),
  media("Ukrinform", []),
  media("Suspilne", []),
  media("Interfax", []),
  media("TASS", []),
  media("Meduza", []),
  media("Mediazona", []),
  media("Proceso", []),
  media("La Jornada", []),
  media("El Universal", []),
  // national papers of other languages that reports cite by name, whose names hold no word of an
  // outlet's kind ("Le Monde" is "the world", "El País" "the country")
  media("Le Monde", []),
  media("Le Figaro", []),
  media("Libération", []),
  media("El País", []),
  media("El Mundo", []),
  media("La Nación", []),
  media("Clarín", []),
  media("O Globo", []),
  media("Der Spiegel", []),
  media("Die Zeit", []),
  media("Corriere della Sera", []),
  media("La Repubblica", []),
  media("Jeune Afrique", []),
  media("Al-Ahram", []),
  media("Hürriyet", []),
  media("Yedioth Ahronoth", []),
  media("Kommersant", []),
];

/** Short forms that are English words, read as a name only in capitals ("WHO", not "who"). */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(["WHO"]);

/** Short forms of organisations left out, with the reason. */
export const LEFT_OUT_ORGANISATIONS: ReadonlyArray<readonly [string, string]> = [
  ["RSF", "Reporters Without Borders, but also the Rapid Support Forces (forces.ts), a party to Sudan's war"],
  ["APP", "Associated Press of Pakistan, but also the English word 'app'"],
  ["MAP", "Maghreb Arab Press, but also the English word 'map'"],
  ["AI", "Amnesty International, but also artificial intelligence"],
  ["ICG", "International Crisis Group, but also other bodies' initials"],
];

/**
 * The claimant keywords of the organisations: each name and short form in the tokenizer's norms
 * (lower-case, but capitals kept for `CAPITALS_ONLY`), with its type.
 */
export function organisationKeywords(): Array<[string, Organisation["type"]]> {
  const out: Array<[string, Organisation["type"]]> = [];
  for (const o of ORGANISATIONS) {
    out.push([o.name.toLowerCase(), o.type]);
    for (const s of o.short) out.push([CAPITALS_ONLY.has(s) ? s : s.toLowerCase(), o.type]);
  }
  return out;
}
