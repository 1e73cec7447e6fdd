// Person nouns from WordNet, grouped by what they mean (codebook §1 `group`): any noun whose
// most frequent sense is a person (WordNet's noun.person file: driver, shopkeeper, pilgrim,
// cleric, nurse …) names people; the class of that sense, read up its hypernyms, decides the
// group: under "serviceman" or "lawman" security forces, under "radical" (extremists, terrorists,
// insurgents) or "warrior" militants, under "inhabitant" unspecified people, anything else
// civilians. The nearest class up the hypernyms wins ("militiaman" is a soldier in WordNet, but
// militias are armed groups: GROUP_ROOTS says so at its own synset).

/** Class roots: [lemma, sense, group, reason]. The nearest root above a noun's sense decides its group. */
export const GROUP_ROOTS = [
  [
    "serviceman",
    1,
    "security_forces",
    "members of the armed forces (soldier, enlisted man, marine, peacekeeper)",
  ],
  ["military_officer", 1, "security_forces", "officers of the armed forces (colonel, lieutenant)"],
  ["lawman", 1, "security_forces", "officers of the law (policeman, gendarme, sheriff)"],
  [
    "militiaman",
    1,
    "militants",
    "a militia is an armed group, not the state's forces (codebook: any party that is not the state)",
  ],
  ["mercenary", 1, "militants", "fighters hired by a party, not the state's own forces"],
  ["radical", 3, "militants", "extremists, terrorists, revolutionaries and insurgents"],
  ["warrior", 1, "militants", "guerrillas and irregular fighters"],
  [
    "criminal",
    1,
    "militants",
    "perpetrators of crimes (bandits, robbers, kidnappers): attackers in violence reports",
  ],
  ["hostage", 1, "hostages", "captives held by a party to a conflict"],
  ["victim", 1, "people", "victims whose status the noun does not give"],
  ["casualty", 1, "people", "casualties whose status the noun does not give"],
  ["inhabitant", 1, "people", "inhabitants and nationals (Syrians, Afghans): fighters and civilians alike"],
  [
    "maoist",
    1,
    "militants",
    "WordNet's 'advocate of Maoism': in reports of violence, the armed cadres of Maoist insurgencies (India's Naxalites, Nepal's, Peru's)",
  ],
];

/**
 * A sense whose gloss says the noun names people by where they come from or which people they
 * belong to ("a native or inhabitant of Nigeria", "a member of a pastoral and nomadic people of
 * western Africa") is a national or ethnic noun: fighters and civilians alike, like the
 * "inhabitant" root, wherever WordNet files it (under "African", "Semite" …).
 */
const ORIGIN_GLOSS =
  /^(a |an )?(native or inhabitant of|native or resident of|member of (a|an|the) [^;]*?\bpeoples?\b)/;
const ORIGIN_REASON = "nationals and members of a people, by the gloss: fighters and civilians alike";

/**
 * A sense under no class root whose gloss says it is an officer or member of a country's armed
 * forces ("a commissioned officer in the British Royal Air Force": group captain, which WordNet
 * files under the airline pilot's "captain") is of the security forces; one whose gloss names a
 * militia ("a member of the Nazi party militia": storm trooper) is of an armed group. Read only
 * where the hypernyms reach no root, so no root's decision is overruled.
 */
const ARMED_GLOSSES = [
  {
    gloss:
      /^(a |an |any )?([\w-]+ ){0,2}(officer|member)\b[^;]*\b(army|navy|air force|armed forces|marines|military)\b/,
    group: "security_forces",
    reason: "an officer or member of the armed forces, by the gloss (no class root above it)",
  },
  {
    gloss: /\bmilitia\b/,
    group: "militants",
    reason: "a member of a militia, by the gloss (no class root above it)",
  },
];

/**
 * Reviewed compounds whose WordNet reading misleads in today's reports, with the group and reason.
 */
const REVIEWED_COMPOUNDS = new Map([
  [
    "storm trooper",
    {
      group: "security_forces",
      reason:
        "WordNet: 'a member of the Nazi SA' (filed under fascist, so civilians); in today's reports an army's assault troops (Russia's Storm-Z units, Ukraine's assault brigades): read as its head, trooper",
    },
  ],
]);

const GROUPS = ["civilians", "people", "hostages", "security_forces", "militants"];

export function personNouns(wn) {
  const person = wn.synsets("person", "n")[0];
  const roots = GROUP_ROOTS.map(([lemma, sense, group, reason]) => {
    const s = wn.synsets(lemma, "n")[sense - 1];
    if (!s) throw new Error(`no sense ${sense} of ${lemma}.n in WordNet`);
    return { offset: s.offset, id: s.id, group, reason };
  });
  const rootAt = new Map(roots.map((r) => [r.offset, r]));
  const origin = { id: "gloss", group: "people", reason: ORIGIN_REASON };
  /** The nearest class root above a synset (breadth first up the hypernyms). */
  const classOf = (s) => {
    let level = [s];
    const seen = new Set();
    while (level.length) {
      for (const x of level) if (rootAt.has(x.offset)) return rootAt.get(x.offset);
      for (const x of level) if (ORIGIN_GLOSS.test(x.gloss)) return origin;
      const next = [];
      for (const x of level)
        for (const p of x.pointers)
          if ((p.symbol === "@" || p.symbol === "@i") && !seen.has(p.offset)) {
            seen.add(p.offset);
            next.push(wn.synset(p.pos, p.offset));
          }
      level = next;
    }
    return null;
  };
  const adjectives = wn.indexOf("a");
  const taggedNoun = wn.taggedOf("n");
  const taggedVerb = wn.taggedOf("v");
  const accepted = new Map(); // word → {group, synset}
  const compounds = new Map(); // "enlisted man" → group, where it differs from its head's
  const rejected = new Map(); // word → reason
  const pluralOnly = new Map(); // word → {group, synset}: the singular is an adjective too, the plural is not
  const words = new Set();
  for (const s of wn.below(person)) {
    // Named persons (WordNet's instances: Athena, Cromwell) are names, not nouns of a role.
    if (s.pointers.some((p) => p.symbol === "@i")) continue;
    for (const w of s.words) words.add(w.toLowerCase());
  }
  for (const [lemma] of wn.indexOf("n")) {
    // Words outside person's hyponyms whose first sense is in the person file ("driver": an operator).
    if (!words.has(lemma) && !lemma.includes("_")) {
      const first = wn.synsets(lemma, "n")[0];
      if (first?.lexFile === 18) words.add(lemma);
    }
  }
  for (const w of [...words].sort()) {
    const first = wn.synsets(w, "n")[0];
    if (!first) continue;
    if (first.pointers.some((p) => p.symbol === "@i")) {
      rejected.set(w, `its most frequent sense is a named person (${first.id})`);
      continue;
    }
    if (first.lexFile !== 18) {
      rejected.set(w, `its most frequent sense is no person (${first.id})`);
      continue;
    }
    const cls = classOf(first) ?? ARMED_GLOSSES.find((g) => g.gloss.test(first.gloss)) ?? null;
    const group = cls?.group ?? "civilians";
    if (w.includes("_")) {
      const parts = w.split("_");
      if (parts.length !== 2 || !/^[a-z]+$/.test(parts[0]) || !/^[a-z]+$/.test(parts[1])) continue;
      const reviewed = REVIEWED_COMPOUNDS.get(parts.join(" "));
      compounds.set(parts.join(" "), { group: reviewed?.group ?? group, synset: first.id });
      continue;
    }
    if (!/^[a-z][a-z-]*[a-z]$/.test(w)) continue;
    // An adjective too ("national", "minor") unless an armed role ("insurgent", "extremist"): read as
    // a modifier, it would end a noun phrase at once ("a national newspaper", "minor injuries").
    // "have" (the haves and have-nots), "miss", "kid": a verb far more than a noun of a person.
    const mostlyVerb = (taggedVerb.get(w) ?? 0) > (taggedNoun.get(w) ?? 0);
    if (adjectives.has(w) && group !== "militants" && group !== "security_forces") {
      // No adjective has a plural: "31 Maoists", "three minors" are people whatever the singular is.
      if (!mostlyVerb) pluralOnly.set(w, { group, synset: first.id });
      rejected.set(
        w,
        mostlyVerb
          ? "also an adjective, and used as a verb more than as this noun"
          : "also an adjective: read as a modifier it would end a noun phrase ('a national newspaper', 'minor injuries'); only its plural ('minors', 'Maoists'), which no adjective has, is read as people",
      );
      continue;
    }
    if (mostlyVerb) {
      rejected.set(w, "used as a verb more than as this noun (WordNet's tagged senses): 'have', 'miss'");
      continue;
    }
    accepted.set(w, { group, synset: first.id });
  }
  // Two-word nouns of the armed forces or armed groups, whatever their head's group: a claimant's
  // typer reads them as one noun ("Group Captain X", not a "group"; speaker/claimant-type.ts).
  const armed = [...compounds].filter(([, v]) => v.group === "security_forces" || v.group === "militants");
  // A compound counts only where its group differs from its head noun's ("enlisted men", "police officer").
  for (const [c, v] of compounds) {
    const head = accepted.get(c.split(" ")[1]);
    if (!head || head.group === v.group) compounds.delete(c);
  }
  const byGroup = Object.fromEntries(GROUPS.map((g) => [g, []]));
  for (const [w, v] of accepted) byGroup[v.group].push(w);
  const pluralsByGroup = Object.fromEntries(GROUPS.map((g) => [g, []]));
  for (const [w, v] of pluralOnly) pluralsByGroup[v.group].push(w);
  const wrap = (list) => {
    const lines = [];
    let line = "";
    for (const w of list) {
      if (line.length + w.length > 96) {
        lines.push(line.trimEnd());
        line = "";
      }
      line += w + " ";
    }
    if (line) lines.push(line.trimEnd());
    return lines.map((l, i) => `  ${JSON.stringify(i < lines.length - 1 ? l + " " : l)}`).join(" +\n  ");
  };
  return {
    summary:
      `persons: ${accepted.size} WordNet person nouns accepted (` +
      GROUPS.map((g) => `${g} ${byGroup[g].length}`).join(", ") +
      `), ${compounds.size} compounds, ${rejected.size} rejected (${pluralOnly.size} of them adjectives too, ` +
      `whose plural is accepted)`,
    text: (header) =>
      header(
        "Person nouns proposed by WordNet (most frequent sense a person), by the group of their class.",
      ) +
      `import type { Group } from "../../../core/model.js";\n\n` +
      `/** Class roots: the nearest one above a noun's sense decides its group; "civilians" when none. */\n` +
      `export const GROUP_ROOTS: ReadonlyArray<{ synset: string; group: Group; reason: string }> = [\n` +
      roots
        .map((r) => `  ${JSON.stringify({ synset: r.id, group: r.group, reason: r.reason })},`)
        .join("\n") +
      `\n];\n\n/** Singular person nouns by group (plurals are derived by morphology.ts). */\n` +
      `export const WORDNET_PERSONS: Readonly<Record<Group, string>> = {\n` +
      GROUPS.map((g) => `  ${g}:\n  ${wrap(byGroup[g])},`).join("\n") +
      `\n};\n\n/** Person nouns that are adjectives too ("minor", "Maoist"): only their plurals name people, by group. */\n` +
      `export const WORDNET_PLURAL_PERSONS: Readonly<Record<Group, string>> = {\n` +
      GROUPS.map((g) => `  ${g}:\n  ${wrap(pluralsByGroup[g]) || '""'},`).join("\n") +
      `\n};\n\n/** Two-word person nouns whose group differs from their head's ("enlisted man"). */\n` +
      `export const WORDNET_COMPOUNDS: ReadonlyArray<readonly [string, Group]> = [\n` +
      [...compounds].map(([c, v]) => `  [${JSON.stringify(c)}, ${JSON.stringify(v.group)}],`).join("\n") +
      `\n];\n\n/** Two-word person nouns of the armed forces or armed groups, whatever their head's group. */\n` +
      `export const WORDNET_ARMED_COMPOUNDS: ReadonlyArray<readonly [string, Group]> = [\n` +
      armed.map(([c, v]) => `  [${JSON.stringify(c)}, ${JSON.stringify(v.group)}],`).join("\n") +
      `\n];\n\n/** Person nouns left out, with the reason. */\n` +
      `export const REJECTED_PERSONS: ReadonlyArray<readonly [string, string]> = [\n` +
      [...rejected].map(([w, r]) => `  [${JSON.stringify(w)}, ${JSON.stringify(r)}],`).join("\n") +
      `\n];\n`,
  };
}
