// The lexicon build in figures: base entries (written by hand, or composed from parts), the surface
// forms derived from them, WordNet's proposals accepted and rejected, the group nouns, the named
// forces and the care verbs. Reads the compiled lexicons (run `npm run build` first); WordNet itself
// is not needed, since its reviewed proposals are committed under src/extract/lexicon/generated/.
// Run: `npm run lexicon:figures` (prints a table; `--json` for one JSON object).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const lex = path.join(root, "dist/extract/lexicon");
if (!fs.existsSync(path.join(lex, "outcomes.js"))) {
  console.error("lexicon figures: dist/ has no compiled lexicon; run `npm run build` first.");
  process.exit(2);
}
const load = (name) => import(path.join(lex, name));
const { OUTCOME_LEMMAS, FIXED_PHRASES, COMPOSED_LEMMAS } = await load("outcome-lemmas.js");
const { OUTCOME_PHRASES } = await load("outcomes.js");
const { ACCEPTED_OUTCOME_LEMMAS, REJECTED_OUTCOME_LEMMAS } = await load("generated/wordnet-outcomes.js");
const { WORDNET_PERSONS, WORDNET_PLURAL_PERSONS, WORDNET_COMPOUNDS, REJECTED_PERSONS } = await load(
  "generated/wordnet-persons.js",
);
const { BASE_GROUP_OF_NOUN, GROUP_OF_NOUN, GROUP_OF_COMPOUND } = await load("groups.js");
const { NAMED_FORCES, LEFT_OUT } = await load("forces.js");
const { WORDNET_CLAIMANT_ROLES, REJECTED_CLAIMANT_ROLES } = await load("generated/wordnet-claimant-roles.js");
const { BURIAL_LEMMAS, MEDICAL_LEMMAS, BURIAL_FORMS, MEDICAL_FORMS } = await load("care.js");

const lemmas = Object.values(OUTCOME_LEMMAS).flatMap((classes) => Object.values(classes).flat());
const fixed = Object.values(FIXED_PHRASES).flat();
const wordnetPersons = Object.values(WORDNET_PERSONS).flatMap((w) => w.split(" "));
const pluralOnly = Object.values(WORDNET_PLURAL_PERSONS).flatMap((w) => w.split(" ").filter(Boolean));
const shortForms = new Set(NAMED_FORCES.flatMap((f) => f.short));

const figures = {
  outcomes: {
    base_lemmas: lemmas.length,
    of_which_composed: lemmas.filter((l) => COMPOSED_LEMMAS.has(l)).length,
    fixed_phrases: fixed.length,
    wordnet_proposals: ACCEPTED_OUTCOME_LEMMAS.length + REJECTED_OUTCOME_LEMMAS.length,
    wordnet_accepted: ACCEPTED_OUTCOME_LEMMAS.length,
    wordnet_rejected: REJECTED_OUTCOME_LEMMAS.length,
    surface_phrases: OUTCOME_PHRASES.length,
  },
  groups: {
    base_nouns: BASE_GROUP_OF_NOUN.size,
    wordnet_proposals: wordnetPersons.length + REJECTED_PERSONS.length,
    wordnet_accepted: wordnetPersons.length,
    wordnet_rejected: REJECTED_PERSONS.length,
    wordnet_rejected_singulars_with_plural_accepted: pluralOnly.length,
    wordnet_compounds: WORDNET_COMPOUNDS.length,
    nouns_with_plurals: GROUP_OF_NOUN.size,
    compounds_with_plurals: GROUP_OF_COMPOUND.size,
  },
  forces: {
    names: NAMED_FORCES.length,
    state: NAMED_FORCES.filter((f) => f.side === "state").length,
    non_state: NAMED_FORCES.filter((f) => f.side === "non_state").length,
    short_forms: shortForms.size,
    short_forms_left_out: LEFT_OUT.length,
  },
  claimant_roles: {
    wordnet_proposals: Object.values(WORDNET_CLAIMANT_ROLES).flat().length + REJECTED_CLAIMANT_ROLES.length,
    wordnet_accepted: Object.values(WORDNET_CLAIMANT_ROLES).flat().length,
    wordnet_rejected: REJECTED_CLAIMANT_ROLES.length,
    ...Object.fromEntries(
      Object.entries(WORDNET_CLAIMANT_ROLES).map(([type, nouns]) => [type, nouns.length]),
    ),
  },
  care: {
    base_lemmas: BURIAL_LEMMAS.length + MEDICAL_LEMMAS.length,
    surface_forms: BURIAL_FORMS.size + MEDICAL_FORMS.size,
  },
};

if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
else
  for (const [part, rows] of Object.entries(figures))
    console.log(
      `${part.padEnd(9)} ${Object.entries(rows)
        .map(([k, v]) => `${k.replace(/_/g, " ")} ${v}`)
        .join(", ")}`,
    );
