import { describe, expect, it } from "vitest";
import { ACCEPTED_OUTCOME_LEMMAS, REJECTED_OUTCOME_LEMMAS } from "./generated/wordnet-outcomes.js";
import { lemmaPhrases } from "./outcome-forms.js";
import { OUTCOME_PHRASES, type OutcomePhrase } from "./outcomes.js";

const find = (phrase: string, outcome?: string): OutcomePhrase | undefined =>
  OUTCOME_PHRASES.find((p) => p.words.join(" ") === phrase && (!outcome || p.outcome === outcome));

describe("the outcome lexicon, derived from lemmas", () => {
  it("derives every inflection of a transitive verb, each where it may stand", () => {
    const forms = lemmaPhrases("gun down", "transitive", "killed").map((p) => [
      p.words.join(" "),
      p.after,
      p.before,
    ]);
    expect(forms).toEqual([
      ["gunned down", true, true],
      ["gun down", false, true],
      ["guns down", false, true],
      ["gunning down", false, true],
    ]);
  });

  it("places an intransitive verb's forms after the people, and fills in one's/oneself", () => {
    const forms = lemmaPhrases("lose one's life", "intransitive", "killed").map((p) => p.words.join(" "));
    expect(forms).toContain("lost their lives");
    expect(forms).toContain("lost his life");
    expect(forms).toContain("losing their lives");
    expect(forms).toContain("loses her life");
    expect(lemmaPhrases("blow oneself up", "intransitive", "killed").map((p) => p.words.join(" "))).toContain(
      "blew themselves up",
    );
    expect(find("died", "killed")).toMatchObject({ after: true, before: false });
  });

  it("generates taking an injury from its verbs, kinds and nouns; a fatal one is a death", () => {
    for (const phrase of [
      "sustained serious injuries",
      "suffered minor injuries",
      "received gunshot wounds",
      "sustaining burns",
      "suffers burn injuries",
    ])
      expect(find(phrase, "injured"), phrase).toMatchObject({ after: true, before: false });
    expect(find("sustained fatal injuries", "killed")).toMatchObject({ after: true });
    expect(find("sustained fatal injuries", "injured")).toBeUndefined();
    expect(find("were admitted to hospital")).toBeUndefined();
    expect(find("admitted to hospital", "injured")).toMatchObject({ after: true, before: false });
  });

  it("inflects irregular verbs by the table ('slit the throats of' → 'slit', never 'slitted')", () => {
    expect(find("slit the throats of", "killed")).toMatchObject({ before: true });
    expect(OUTCOME_PHRASES.some((p) => p.words.includes("slitted"))).toBe(false);
  });

  it("inflects both verbs of a coordinated lemma ('shoot and kill' → 'shot and killed')", () => {
    expect(find("shot and killed", "killed")).toMatchObject({ after: true, before: true });
    expect(find("shooting and killing", "killed")).toMatchObject({ before: true });
    expect(find("shot and kill", "killed")).toBeUndefined();
  });

  it("inflects the verb after an adverb ('fatally stab' → 'fatally stabbed')", () => {
    expect(find("fatally stabbed", "killed")).toMatchObject({ after: true, before: true });
  });

  it("gives nouns their 'of' phrase in both numbers, before the people", () => {
    expect(find("killings of", "killed")).toMatchObject({ before: true, after: false });
    expect(find("deaths of", "killed")).toMatchObject({ before: true });
    expect(find("abductions of", "abducted")).toMatchObject({ before: true });
  });

  it("marks verbs that count only lives ('claimed 21 lives')", () => {
    expect(find("claimed", "killed")).toMatchObject({ object: "lives", before: true, after: false });
    expect(find("taken", "killed")).toMatchObject({ object: "lives" });
  });

  it("includes WordNet's accepted synonyms and none of the rejected ones", () => {
    expect(ACCEPTED_OUTCOME_LEMMAS.map((l) => l.lemma)).toContain("assassinate");
    expect(find("mowed down", "killed")).toBeDefined();
    expect(find("assassinating", "killed")).toMatchObject({ before: true });
    const rejected = REJECTED_OUTCOME_LEMMAS.filter(
      (r) => !ACCEPTED_OUTCOME_LEMMAS.some((a) => a.lemma === r.lemma),
    );
    expect(rejected.map((r) => r.lemma)).toContain("shoot");
    for (const r of rejected) expect(r.reason.length).toBeGreaterThan(3);
    // "shot 5 people" does not say they died; "stabbed" neither.
    expect(find("shot", "killed")).toBeUndefined();
    expect(find("stabbed", "killed")).toBeUndefined();
  });

  it("keeps the longest phrases first", () => {
    for (let i = 1; i < OUTCOME_PHRASES.length; i++)
      expect(OUTCOME_PHRASES[i]!.words.length).toBeLessThanOrEqual(OUTCOME_PHRASES[i - 1]!.words.length);
  });
});
