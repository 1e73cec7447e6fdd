// The derivation of the outcome phrases (./outcomes.ts) from the base entries of outcome-lemmas.ts
// and WordNet's reviewed synonyms (generated/wordnet-outcomes.ts), by their class and the
// inflection of morphology.ts. Run when ./outcomes.ts loads from the modules; the bundle that
// `tally extract` loads holds its result as data (scripts/build/snapshot-data.mjs).
import type { Outcome } from "../../core/model.js";
import { ACCEPTED_OUTCOME_LEMMAS } from "./generated/wordnet-outcomes.js";
import { plural, verbForms, type VerbForms } from "./morphology.js";
import { FIXED_PHRASES, OUTCOME_LEMMAS, RESULTATIVE_COMPLEMENTS, type LemmaClass } from "./outcome-lemmas.js";

export interface OutcomePhrase {
  words: string[];
  outcome: Outcome;
  after: boolean;
  before: boolean;
  /** The only head noun the phrase counts ("claimed 21 lives"), when it counts no other. */
  object?: string;
  /** The verb stands in its base form ("rescue"): an infinitive or imperative, or a name ("Rescue 1122"). */
  base?: boolean;
}

/** A verb whose resultative complement follows its object: "burned [20 villagers] alive". */
export interface SplitPhrase {
  /** The lemma it comes from ("burn alive"). */
  lemma: string;
  complement: string[];
  outcome: Outcome;
}

const POSSESSIVES: ReadonlyArray<readonly [string, string]> = [
  ["his", "himself"],
  ["her", "herself"],
  ["their", "themselves"],
];

/** "one's" and "oneself" filled in for each person ("lost their lives", "blew himself up"). */
function possessives(words: readonly string[]): string[][] {
  if (!words.some((w) => w === "one's" || w === "oneself")) return [[...words]];
  return POSSESSIVES.map(([pos, self]) =>
    words.map((w, i) =>
      w === "one's"
        ? pos
        : w === "oneself"
          ? self
          : pos === "their" && words[i - 1] === "one's" && w === "life"
            ? "lives"
            : w,
    ),
  );
}

type Kind = "base" | "third" | "past" | "participle" | "ing";

function formsOf(v: VerbForms, kind: Kind): readonly string[] {
  return kind === "past" || kind === "participle" ? v[kind] : [v[kind]];
}

/**
 * The lemma's words with each verb in one form: the verbs are its first word that is not an
 * adverb in -ly ("fatally shoot") and any word after "and" ("shoot and kill" → "shot and killed").
 */
function inflect(words: readonly string[], kind: Kind): string[][] {
  const first = words.findIndex((w) => !w.endsWith("ly"));
  const verbs = words.map((_, i) => i).filter((i) => i === first || (i > first && words[i - 1] === "and"));
  const forms = new Map(verbs.map((i) => [i, formsOf(verbForms(words[i]!), kind)]));
  const variants = Math.max(...[...forms.values()].map((f) => f.length));
  const out: string[][] = [];
  for (let n = 0; n < variants; n++) {
    const w = words.map((word, i) => {
      const f = forms.get(i);
      return f ? f[Math.min(n, f.length - 1)]! : word;
    });
    out.push(...possessives(w));
  }
  return out;
}

/** Every surface phrase of a lemma of a class, with where it may stand. */
export function lemmaPhrases(lemma: string, cls: LemmaClass, outcome: Outcome): OutcomePhrase[] {
  const words = lemma.split(" ");
  if (cls === "noun") {
    // "the killing of 12", "the killings of 12"
    return [words[0]!, plural(words[0]!)].map((n) => ({
      words: [n, ...words.slice(1), "of"],
      outcome,
      after: false,
      before: true,
    }));
  }
  const out = new Map<string, OutcomePhrase>();
  const add = (kinds: readonly Kind[], after: boolean, before: boolean, object?: string) => {
    for (const kind of kinds)
      for (const w of inflect(words, kind)) {
        const key = w.join(" ");
        if (out.has(key)) continue;
        out.set(key, {
          words: w,
          outcome,
          after,
          before,
          ...(object ? { object } : {}),
          ...(kind === "base" ? { base: true } : {}),
        });
      }
  };
  // A phrase ending in "of" ("claim the lives of") always precedes its people.
  const ofPhrase = words[words.length - 1] === "of";
  switch (cls) {
    case "transitive":
      add(["participle"], !ofPhrase, true);
      add(["past", "base", "third", "ing"], false, true);
      break;
    case "intransitive":
      // (A one-word gerund stands in absolute clauses that break a total down: "141 …, with 11 Adara
      // and 130 Fulani dying"; "losing their lives" keeps its own.)
      add(
        ["past", "participle", "base", "third", ...(words.length > 1 ? (["ing"] as const) : [])],
        true,
        false,
      );
      break;
    case "participle":
      add(["participle"], true, false);
      break;
    case "lives":
      add(["past", "participle", "base", "third", "ing"], false, true, "lives");
      break;
  }
  return [...out.values()];
}

/** Every outcome phrase of the lemmas, WordNet's accepted lemmas and the fixed phrases, longest first. */
export function outcomePhrases(): OutcomePhrase[] {
  const byKey = new Map<string, OutcomePhrase>();
  const put = (p: OutcomePhrase) => {
    const key = `${p.outcome} ${p.object ?? ""} ${p.words.join(" ")}`;
    const had = byKey.get(key);
    if (had) {
      had.after ||= p.after;
      had.before ||= p.before;
    } else byKey.set(key, { ...p });
  };
  for (const [outcome, classes] of Object.entries(OUTCOME_LEMMAS) as [
    Outcome,
    Partial<Record<LemmaClass, string[]>>,
  ][])
    for (const [cls, lemmas] of Object.entries(classes) as [LemmaClass, string[]][])
      for (const lemma of lemmas) for (const p of lemmaPhrases(lemma, cls, outcome)) put(p);
  for (const w of ACCEPTED_OUTCOME_LEMMAS) for (const p of lemmaPhrases(w.lemma, w.class, w.outcome)) put(p);
  for (const [outcome, list] of Object.entries(FIXED_PHRASES) as [Outcome, [string, boolean, boolean][]][])
    for (const [phrase, after, before] of list) put({ words: phrase.split(" "), outcome, after, before });
  return [...byKey.values()].sort((a, b) => b.words.length - a.words.length);
}

/**
 * Each active form of the verb of a lemma "VERB COMPLEMENT" (transitive or participle class,
 * complement one of RESULTATIVE_COMPLEMENTS) → the lemmas it may split: "took" → take hostage,
 * take captive, take prisoner.
 */
export function splitPhrases(): Map<string, SplitPhrase[]> {
  const out = new Map<string, SplitPhrase[]>();
  const complements = new Set(RESULTATIVE_COMPLEMENTS);
  const lemmas: Array<[string, Outcome]> = [];
  for (const [outcome, classes] of Object.entries(OUTCOME_LEMMAS) as [
    Outcome,
    Partial<Record<LemmaClass, string[]>>,
  ][])
    for (const cls of ["transitive", "participle"] as const)
      for (const lemma of classes[cls] ?? []) lemmas.push([lemma, outcome]);
  for (const w of ACCEPTED_OUTCOME_LEMMAS) if (w.class === "transitive") lemmas.push([w.lemma, w.outcome]);
  for (const [lemma, outcome] of lemmas) {
    const [verb, ...rest] = lemma.split(" ");
    if (!complements.has(rest.join(" "))) continue;
    const v = verbForms(verb!);
    for (const form of new Set([v.base, v.third, v.ing, ...v.past, ...v.participle])) {
      if (!out.has(form)) out.set(form, []);
      out.get(form)!.push({ lemma, complement: rest, outcome });
    }
  }
  return out;
}
