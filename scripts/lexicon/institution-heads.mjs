// Institution heads from WordNet: nouns of a public body's kind ("committee", "commission",
// "directorate", "inspectorate", "agency", "service", "bureau", "office", "council"), whose name,
// led by a word of the state ("the National Anti-Terrorism Committee", "the Federal Migration
// Service", "Russia's Investigative Committee"), is a state body (speaker/claimant-type.ts
// `stateBody`). Proposed by WordNet's administrative units of government and the other roots
// below, on any sense of the noun (the rule reads them only as the head of such a name); a word a
// root proposes that names no such body in reports is rejected with its reason.

/** Class roots: [lemma, sense, reason]. Every noun with a sense at or below one is proposed. */
export const INSTITUTION_ROOTS = [
  [
    "administrative_unit",
    1,
    "a unit with administrative responsibilities: committees, agencies, bureaus, offices, ministries",
  ],
  ["service", 4, "an agency that performs a public service (a migration service, an emergency service)"],
  ["inspectorate", 1, "a body of inspectors (a state labour or police inspectorate)"],
];

/** Words a root proposes that name no public body as the head of a name, with the reason. */
export const REJECTED_INSTITUTION_HEADS = new Map([
  ["police", "the state's forces: typed by the lexicon's keyword"],
  ["constabulary", "the state's forces: the police"],
  ["gendarmerie", "the state's forces: typed by the lexicon's keyword"],
  ["gendarmery", "the state's forces: the gendarmerie"],
  ["intelligence", "the state's forces: typed by the lexicon's keyword"],
  ["security", "an adjective of the forces far more than a body's head"],
  ["law", "'the law' is the police by slang; a statute far more"],
  ["arm", "a part of a body, whose body speaks ('the group's media arm')"],
  ["branch", "a part of a body, whose body speaks ('the Red Crescent's Zawiya branch')"],
  ["section", "a part of a body or a text far more"],
  ["subdivision", "a part of a body or a territory"],
  ["division", "a military division or a part of a body far more"],
  ["jury", "a trial's jury speaks for no body of the incident"],
  ["posse", "a band summoned by a sheriff: no standing body"],
  ["payroll", "a list of employees, no body that speaks"],
  ["personnel", "a body's staff: people counted far more than a body that speaks"],
  ["vestry", "a church's committee, no public body"],
  ["telco", "a telephone company, a business: speaks of no incident"],
  ["utility", "a business that sells a service, no state body that speaks of an incident"],
  ["waterworks", "a water company or its plant, no state body that speaks of an incident"],
  ["organ", "a body part far more than an organ of the state"],
  ["soviet", "a Soviet council, none today; an adjective far more"],
  ["conservancy", "a conservation trust far more than a state body"],
  ["corrections", "the plural of 'correction' far more than a prison service"],
]);

/** The proposals and the decisions: accepted heads (one word), and the rejected with the reason. */
export function institutionHeads(wn) {
  const words = new Map();
  for (const [lemma, sense, reason] of INSTITUTION_ROOTS) {
    const s = wn.synsets(lemma, "n")[sense - 1];
    if (!s) throw new Error(`no sense ${sense} of ${lemma}.n in WordNet`);
    for (const x of [s, ...wn.below(s)])
      for (const w of x.words) if (/^[a-z]+$/.test(w) && !words.has(w)) words.set(w, `${x.id}: ${reason}`);
  }
  const accepted = [];
  const rejected = [];
  for (const [w, why] of [...words].sort(([a], [b]) => a.localeCompare(b))) {
    if (REJECTED_INSTITUTION_HEADS.has(w)) rejected.push([w, REJECTED_INSTITUTION_HEADS.get(w)]);
    else accepted.push([w, why]);
  }
  for (const w of REJECTED_INSTITUTION_HEADS.keys())
    if (!words.has(w))
      throw new Error(`REJECTED_INSTITUTION_HEADS holds "${w}", which no root proposes: remove it`);
  return {
    summary: `institution heads: ${accepted.length} WordNet nouns accepted, ${rejected.length} rejected`,
    text: (header) =>
      header(
        "Institution heads proposed by WordNet: nouns of a public body's kind, as the head of its name.",
      ) +
      `\n/** Accepted heads (one word, singular), each with the synset and root that proposed it. */\n` +
      `export const WORDNET_INSTITUTION_HEADS: ReadonlyArray<readonly [string, string]> = [\n` +
      accepted.map(([w, r]) => `  [${JSON.stringify(w)}, ${JSON.stringify(r)}],`).join("\n") +
      `\n];\n\n/** Heads left out, with the reason. */\n` +
      `export const REJECTED_INSTITUTION_HEADS: ReadonlyArray<readonly [string, string]> = [\n` +
      rejected.map(([w, r]) => `  [${JSON.stringify(w)}, ${JSON.stringify(r)}],`).join("\n") +
      `\n];\n`,
  };
}
