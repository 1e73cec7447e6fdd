// Claimant roles from WordNet: person nouns that name an office, a profession or a service whose
// holder speaks for a body of a claimant type (codebook §1 `claimant.type`), read up WordNet's
// hypernyms as persons.mjs reads groups. "An anaesthetist at the hospital said" speaks as a
// hospital does (official); "a congressman said" as a lawmaker does (government); "a constable
// said" as the police (state_military); "a newsman said" as the media. The nearest root above a
// noun's most frequent sense decides; a word a root proposes that names no such office today
// (WordNet's "official" holds "churchwarden" and "doorkeeper") is rejected with its reason.
// speaker/claimant-type.ts reads these only where the lexicon's keywords name no type, for the
// head of a description ("a civil servant in the ministry") or a plural ("paramedics said").

/**
 * Class roots: [lemma, sense, type, reason]. The nearest root above a noun's sense decides its type;
 * a root of type null keeps its nouns untyped (rejected, with its reason).
 */
export const CLAIMANT_ROOTS = [
  [
    "health_professional",
    1,
    "official",
    "medical staff speak for the hospital or clinic (codebook: hospitals are officials)",
  ],
  [
    "paramedic",
    1,
    "official",
    "emergency medical staff: the rescue and ambulance services (codebook: rescue services are officials)",
  ],
  ["fireman", 4, "official", "fire services, as rescue services (codebook: officials)"],
  [
    "official",
    1,
    "official",
    "holders of a public office (civil servant, prosecutor, magistrate): the administration (codebook: district administration is official)",
  ],
  [
    "administrator",
    3,
    "official",
    "heads of a government agency or department (commissioner, prefect), as the lexicon's commissioner",
  ],
  ["council_member", 1, "official", "members of a local council, as the lexicon's councillors"],
  ["prison_guard", 1, "official", "prison staff, as the lexicon's prison officials"],
  ["civil_authority", 1, "government", "mayors and civil authorities, as the lexicon's mayor"],
  ["legislator", 1, "government", "members of a legislature, as the lexicon's lawmaker, senator and MP"],
  [
    "diplomat",
    1,
    null,
    "diplomats, mostly foreign ones, speak from office but for no party or body of the incident: left untyped, as NOT_WITNESSES leaves them (lexicon/claimants.ts)",
  ],
  [
    "lawman",
    1,
    "state_military",
    "officers of the law (constable, marshal, detective): the police, read as the lexicon reads police",
  ],
  ["serviceman", 1, "state_military", "members of the armed forces"],
  [
    "militiaman",
    1,
    "armed_group",
    "a militia is an armed group, not the state's forces (as persons.mjs reads its members)",
  ],
  ["military_officer", 1, "state_military", "officers of the armed forces"],
  ["journalist", 1, "media", "writers for newspapers (codebook: media)"],
  ["reporter", 1, "media", "reporters, newsmen, anchors (codebook: media)"],
];

/** Words a root proposes that name no such office in today's reports, with the reason. */
export const REJECTED_ROLES = new Map([
  ["churchwarden", "a parish lay officer, no public office"],
  ["deacon", "a church office, no public office (clergy speak as witnesses in the lexicon)"],
  ["deaconess", "a church office, no public office"],
  ["beadle", "a parish or university officer, no public office"],
  ["doorkeeper", "a door attendant, no office that speaks for a body"],
  ["equerry", "a royal household officer"],
  ["doge", "an office of the Venetian and Genoese republics, none today"],
  ["commissar", "a Soviet office, none today"],
  ["apparatchik", "a pejorative for a party functionary: says no office"],
  ["bean counter", "a pejorative for a bookkeeper"],
  ["lame duck", "an official near the end of a term, by the phrase's other sense too"],
  ["incumbent", "any holder of any office: says no body"],
  ["ordinary", "an adjective far more than WordNet's ecclesiastical judge"],
  ["provincial", "an adjective far more than WordNet's provincial official"],
  ["fed", "the Federal Reserve in reports far more than a federal agent"],
  ["screw", "slang for a prison guard; a verb far more"],
  ["tec", "slang for a detective"],
  ["dick", "slang for a detective"],
  ["flatfoot", "slang for a policeman"],
  ["gumshoe", "slang for a detective"],
  ["hawkshaw", "slang for a detective"],
  ["shoofly", "slang for a police officer"],
  ["bobby", "slang for a policeman; a given name far more"],
  ["ranger", "WordNet's Texas Ranger: a forest or park ranger far more in reports"],
  ["doc", "slang for a doctor; an abbreviation of document"],
  ["shrink", "slang for a psychiatrist; a verb far more"],
  ["quack", "a pretender to medical skill"],
  ["pill roller", "slang for a doctor"],
  ["sob sister", "a pejorative for a journalist"],
  ["scribbler", "a pejorative for a writer"],
  ["penman", "a calligrapher, by WordNet's other sense"],
  ["gazetteer", "a geographical dictionary far more than a journalist"],
  ["agony aunt", "an advice columnist: speaks of no incident"],
  ["gossip columnist", "speaks of no incident"],
  ["vote counter", "an election clerk: counts votes, not casualties"],
  ["census taker", "a census clerk: counts a population, not casualties"],
  ["enumerator", "a census clerk: counts a population, not casualties"],
  ["recruiting-sergeant", "recruits; speaks for no incident's body"],
  ["caregiver", "a family carer far more than a medical service"],
  ["vet", "a veterinarian or a veteran: neither speaks for a body"],
  ["veterinarian", "treats animals: speaks for no body of the incident"],
  ["veterinary", "treats animals: speaks for no body of the incident"],
  ["veterinary surgeon", "treats animals: speaks for no body of the incident"],
  ["horse doctor", "treats animals: speaks for no body of the incident"],
  ["veteran", "a former soldier speaks for no force"],
  ["veteran soldier", "a former soldier speaks for no force"],
  ["ex-serviceman", "a former soldier speaks for no force"],
  ["unknown soldier", "a memorial, not a speaker"],
  ["noncombatant", "a civilian in WordNet's military sense; in reports, a civilian"],
  ["aide", "an aide to any office (a minister's, a governor's) far more than a military aide"],
  ["orderly", "a hospital orderly or an adjective far more than a soldier servant"],
  ["private", "an adjective far more than a soldier's rank"],
  ["general", "an adjective far more than an officer's rank ('the general hospital')"],
  ["major", "an adjective far more than an officer's rank ('a major attack')"],
  ["voluntary", "an adjective far more than a volunteer soldier"],
  ["territorial", "an adjective far more than a territorial soldier"],
  ["deputy", "a deputy of any office (a parliament's, a sheriff's, a governor's): says no body"],
  ["crossing guard", "a school crossing attendant, no force"],
  ["lollipop lady", "a school crossing attendant, no force"],
  ["lollipop woman", "a school crossing attendant, no force"],
  ["meter maid", "a parking attendant, no force"],
  ["kitchen police", "kitchen duty, no speaker"],
  ["kp", "kitchen duty, no speaker"],
  ["fodder", "cannon fodder: a phrase, no speaker"],
  ["cannon fodder", "a phrase, no speaker"],
  ["fresh fish", "slang for a recruit"],
  ["section eight", "a discharge, no speaker"],
  ["goldbrick", "slang for a shirker"],
  ["johnny", "a given name far more than a soldier"],
  ["uriah", "a given name"],
  ["highlander", "an inhabitant of highlands far more than a soldier"],
  ["sprog", "slang for a recruit or a child"],
  ["tracer", "tracer rounds far more than an investigator"],
  ["attorney general", "speaks for the justice ministry or the prosecution: the lexicon types it official"],
  ["solicitor general", "a law officer: speaks for the prosecution, no force"],
  ["judge advocate", "a military lawyer: speaks for no force's operations"],
  ["fire-eater", "a performer, by WordNet's first sense a fire-fighter's slang"],
  ["sacristan", "a church officer, no public office"],
  ["verger", "a church officer, no public office"],
  ["vestryman", "a church officer, no public office"],
  ["vestrywoman", "a church officer, no public office"],
  ["presbyter", "a church elder, no public office"],
  ["protestant deacon", "a church office, no public office"],
  ["church officer", "a church office, no public office"],
  ["grand inquisitor", "a historical office"],
  ["pilate", "a named person"],
  ["pontius pilate", "a named person"],
  ["praetor", "an office of ancient Rome"],
  ["pretor", "an office of ancient Rome"],
  ["quaestor", "an office of ancient Rome"],
  ["proconsul", "an office of ancient Rome"],
  ["triumvir", "an office of ancient Rome"],
  ["vizier", "a historical office"],
  ["intern", "a trainee of any kind far more than a medical intern"],
  ["extern", "a day student far more than a medical extern"],
  ["probationer", "one on probation far more than a trainee nurse"],
  ["holdover", "a thing kept over far more than an official"],
  ["placeman", "a pejorative for an appointee"],
  ["placeseeker", "one who seeks an office, holds none"],
  ["paper-pusher", "a pejorative for a clerk"],
  ["pill pusher", "slang for a doctor"],
  ["sawbones", "slang for a surgeon"],
  ["head-shrinker", "slang for a psychiatrist"],
  ["trier", "one who tries anything far more than a judge"],
  ["voider", "one who voids, no office"],
  ["invalidator", "one who invalidates, no office"],
  ["weigher", "one who weighs, no office"],
  ["taxer", "one who taxes, no office that speaks of casualties"],
  ["da", "an abbreviation read as a word elsewhere"],
  ["filibuster", "a tactic far more than a legislator"],
  ["filibusterer", "one who obstructs, no office"],
  ["rep", "a sales representative or repetition far more than a legislator"],
  ["kennan", "a named person"],
]);

const TYPES = ["official", "government", "state_military", "armed_group", "media"];

/** The proposals: every noun whose most frequent sense a root is nearest above, by type; and the rejected. */
export function claimantRoles(wn) {
  const roots = CLAIMANT_ROOTS.map(([lemma, sense, type, reason]) => {
    const s = wn.synsets(lemma, "n")[sense - 1];
    if (!s) throw new Error(`no sense ${sense} of ${lemma}.n in WordNet`);
    return { offset: s.offset, id: s.id, type, reason };
  });
  const rootAt = new Map(roots.map((r) => [r.offset, r]));
  /** The nearest root above a synset (breadth first up the hypernyms), or null. */
  const rootOf = (s) => {
    let level = [s];
    const seen = new Set();
    while (level.length) {
      for (const x of level) if (rootAt.has(x.offset)) return rootAt.get(x.offset);
      const next = [];
      for (const x of level)
        for (const p of x.pointers)
          if (p.symbol === "@" && !seen.has(p.offset)) {
            seen.add(p.offset);
            next.push(wn.synset(p.pos, p.offset));
          }
      level = next;
    }
    return null;
  };
  const words = new Set();
  for (const r of roots) {
    const s = wn.synset("n", r.offset);
    for (const x of [s, ...wn.below(s)]) for (const w of x.words) words.add(w.toLowerCase());
  }
  const taggedNoun = wn.taggedOf("n");
  const taggedVerb = wn.taggedOf("v");
  const accepted = new Map();
  const rejected = new Map();
  for (const w of [...words].sort()) {
    const phrase = w.replace(/_/g, " ");
    if (!/^[a-z][a-z-]*( [a-z][a-z-]*)?$/.test(phrase)) continue;
    const first = wn.synsets(w, "n")[0];
    if (!first) continue;
    const root = rootOf(first);
    // Only a word whose most frequent sense is under a root ("minister" is a cleric first in WordNet).
    if (!root) continue;
    if (first.pointers.some((p) => p.symbol === "@i")) {
      rejected.set(phrase, `its most frequent sense is a named person (${first.id})`);
      continue;
    }
    if (root.type === null) {
      rejected.set(phrase, root.reason);
      continue;
    }
    if (REJECTED_ROLES.has(phrase)) {
      rejected.set(phrase, REJECTED_ROLES.get(phrase));
      continue;
    }
    if (!phrase.includes(" ") && (taggedVerb.get(w) ?? 0) > (taggedNoun.get(w) ?? 0)) {
      rejected.set(phrase, "used as a verb more than as this noun (WordNet's tagged senses)");
      continue;
    }
    accepted.set(phrase, { type: root.type, synset: first.id });
  }
  for (const w of REJECTED_ROLES.keys())
    if (!rejected.has(w) && !words.has(w.replace(/ /g, "_")))
      throw new Error(`REJECTED_ROLES holds "${w}", which no root proposes: remove it`);
  const byType = Object.fromEntries(TYPES.map((t) => [t, []]));
  for (const [w, v] of accepted) byType[v.type].push(w);
  return {
    summary:
      `claimant roles: ${accepted.size} WordNet role nouns accepted (` +
      TYPES.map((t) => `${t} ${byType[t].length}`).join(", ") +
      `), ${rejected.size} rejected`,
    text: (header) =>
      header(
        "Claimant roles proposed by WordNet: person nouns of an office, by the claimant type of its class.",
      ) +
      `import type { ClaimantType } from "../../../core/model.js";\n\n` +
      `/** Class roots: the nearest one above a noun's most frequent sense decides its type. */\n` +
      `export const CLAIMANT_ROLE_ROOTS: ReadonlyArray<{ synset: string; type: ClaimantType; reason: string }> = [\n` +
      roots
        .filter((r) => r.type !== null)
        .map((r) => `  ${JSON.stringify({ synset: r.id, type: r.type, reason: r.reason })},`)
        .join("\n") +
      `\n];\n\n/** Role nouns (singular; one or two words) by claimant type. */\n` +
      `export const WORDNET_CLAIMANT_ROLES: Readonly<Record<"official" | "government" | "state_military" | "armed_group" | "media", readonly string[]>> = {\n` +
      TYPES.map((t) => `  ${t}: ${JSON.stringify(byType[t])},`).join("\n") +
      `\n};\n\n/** Role nouns left out, with the reason. */\n` +
      `export const REJECTED_CLAIMANT_ROLES: ReadonlyArray<readonly [string, string]> = [\n` +
      [...rejected].map(([w, r]) => `  [${JSON.stringify(w)}, ${JSON.stringify(r)}],`).join("\n") +
      `\n];\n`,
  };
}
