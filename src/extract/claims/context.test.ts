import { describe, expect, it } from "vitest";
import type { Modality, Scope } from "../../core/model.js";
import { tokenize, type Token } from "../tokens.js";
import { modalityOf, negatedInference, scopeOf } from "./context.js";

const BEFORE = "The day began quietly. ";

/**
 * The sentence's tokens and the token range of `figure` (its first occurrence), read inside a longer
 * text; the range is checked with slice to cover exactly the figure's words.
 */
function locate(sentence: string, figure: string): { tokens: Token[]; first: number; last: number } {
  const text = BEFORE + sentence;
  const tokens = tokenize(text, { start: BEFORE.length, end: text.length });
  const at = text.indexOf(figure, BEFORE.length);
  expect(at).toBeGreaterThanOrEqual(0);
  const first = tokens.findIndex((t) => t.start === at);
  const last = tokens.findIndex((t) => t.end === at + figure.length) + 1;
  expect(first).toBeGreaterThanOrEqual(0);
  expect(last).toBeGreaterThan(first);
  expect(text.slice(tokens[first]!.start, tokens[last - 1]!.end)).toBe(figure);
  return { tokens, first, last };
}

function scope(sentence: string, figure: string, cumulative = false): Scope {
  const { tokens, first, last } = locate(sentence, figure);
  return scopeOf(tokens, first, last, cumulative);
}

/** Modality of the claim whose words (figure with its outcome) are `words`. */
function modality(sentence: string, words: string, unconfirmed = false): Modality | null {
  const { tokens, first, last } = locate(sentence, words);
  return modalityOf(tokens, first, last, unconfirmed);
}

describe("scopeOf", () => {
  const cases: Array<[string, string, Scope]> = [
    ["Another 40 soldiers were killed.", "40", "increment"],
    ["A further 12 people were injured.", "12", "increment"],
    ["50 additional troops were killed.", "50", "increment"],
    ["Ten more people died overnight.", "Ten", "increment"],
    ["Clashes left 9 dead.", "9", "single"],
    ["Fresh clashes left 9 dead.", "9", "single"],
    ["More than 450 passengers were aboard.", "More than 450", "single"],
    ["Four soldiers were killed.", "Four", "single"],
    ["So far 22 bodies have been recovered.", "22", "cumulative"],
    ["In all, 64 people were killed.", "64", "cumulative"],
    ["A total of 64 people were killed.", "64", "cumulative"],
    ["At least 30 people were killed in all.", "At least 30", "cumulative"],
    ["The operation brought the total to 70 dead.", "70", "cumulative"],
    ["Some 70 people have died to date.", "Some 70", "cumulative"],
    ["More than 50 dead were later reported by officials.", "More than 50", "cumulative"],
    ["The agency gave 13 dead in a later report.", "13", "cumulative"],
    ["A third man died later in hospital.", "A third", "single"],
  ];
  it.each(cases)("%s → %s", (sentence, figure, expected) => {
    expect(scope(sentence, figure)).toBe(expected);
  });

  it("does not read its own hedge as an increment", () => {
    expect(scope("Rescuers found more than 30 survivors.", "more than 30")).toBe("single");
  });

  it("keeps a cue out of reach of the figure from deciding it", () => {
    expect(scope("Another attack took place last year and 15 soldiers were killed.", "15")).toBe("single");
  });

  it("takes a toll the count reader found as cumulative, whatever the words", () => {
    expect(scope("Four soldiers were killed.", "Four", true)).toBe("cumulative");
  });

  it("prefers an increment to a cumulative cue", () => {
    expect(scope("Another 10 died, bringing the total to 40.", "10")).toBe("increment");
  });
});

describe("modalityOf", () => {
  it("reads a plain statement as asserted", () => {
    expect(modality("Gunmen killed 12 villagers.", "killed 12 villagers")).toBe("asserted");
  });

  const threatened: Array<[string, string]> = [
    ["The group will execute 50 hostages.", "execute 50 hostages"],
    ["The group threatened to kill 50 hostages.", "kill 50 hostages"],
    ["If talks fail, 20 hostages will be killed.", "20 hostages will be killed"],
    ["The militants vowed to kill 30 more soldiers.", "kill 30 more soldiers"],
  ];
  it.each(threatened)("%s → threatened", (sentence, words) => {
    expect(modality(sentence, words)).toBe("threatened");
  });

  const denied: Array<[string, string]> = [
    ["The army denied that 100 soldiers were killed.", "100 soldiers were killed"],
    ["Officials rejected the claim that 60 soldiers died.", "60 soldiers died"],
    ["Officials rejected the claim that 60 were killed.", "60 were killed"],
    ["The ministry denied that 20 civilians had died.", "20 civilians had died"],
    ["Officials dismissed reports that 60 soldiers died.", "60 soldiers died"],
  ];
  it.each(denied)("%s → denied", (sentence, words) => {
    expect(modality(sentence, words)).toBe("denied");
  });

  // A negated inference: a hypothesis the speaker refuses to draw (build-claims decides whether
  // it rebuts a figure given before or is no claim at all).
  const inferred: Array<[string, string]> = [
    ["Officials said that does not imply that 150 people were killed.", "150"],
    ["The figure doesn't mean 40 soldiers died.", "40"],
    ["Police said the coffins did not necessarily indicate that 30 people were dead.", "30"],
    ["The images cannot prove that 12 villagers were killed.", "12"],
    ["This would not suggest 8 people were injured.", "8"],
  ];
  it.each(inferred)("%s → a negated inference", (sentence, figure) => {
    const { tokens, first } = locate(sentence, figure);
    expect(negatedInference(tokens, first)).toBe(true);
  });

  it("reads no negated inference where the inference is not negated, or the negation comes after", () => {
    const a = locate("Officials said it means that 150 people were killed.", "150");
    expect(negatedInference(a.tokens, a.first)).toBe(false);
    const b = locate("At least 20 people were killed, which does not mean the fighting is over.", "20");
    expect(negatedInference(b.tokens, b.first)).toBe(false);
  });

  it("reads a negated outcome as a denial, and as the statement itself where it says none", () => {
    expect(modality("The hostages were not killed, the army said.", "hostages were not killed")).toBe(
      "denied",
    );
    const none = "The blast did not kill or injure anyone.";
    const { tokens, first, last } = locate(none, "did not kill or injure anyone");
    expect(modalityOf(tokens, first, last, false, true)).toBe("asserted");
  });

  const unconfirmed: Array<[string, string]> = [
    ["Reportedly, 12 people were killed.", "12 people were killed"],
    ["Twelve people were allegedly killed.", "Twelve people were allegedly killed"],
    ["The figure of 40 dead could not be independently verified.", "40 dead"],
  ];
  it.each(unconfirmed)("%s → reported_unconfirmed", (sentence, words) => {
    expect(modality(sentence, words)).toBe("reported_unconfirmed");
  });

  it("takes an unconfirmed speaker from the caller", () => {
    expect(modality("Seven people were killed.", "Seven people were killed", true)).toBe(
      "reported_unconfirmed",
    );
  });

  it("reads each clause after a semicolon on its own", () => {
    const sentence = "Twelve people were killed; the group will kill 50 more.";
    expect(modality(sentence, "Twelve people were killed")).toBe("asserted");
    expect(modality(sentence, "kill 50 more")).toBe("threatened");
    expect(modality("The army rejected the claim; 18 soldiers died.", "18 soldiers died")).toBe("asserted");
  });

  it("starts a clause at a quote mark", () => {
    const sentence = "He said “we will kill 20 hostages” and “5 were killed”.";
    expect(modality(sentence, "kill 20 hostages")).toBe("threatened");
    expect(modality(sentence, "5 were killed")).toBe("asserted");
  });

  it("does not read a rebuttal that comes after the figure's words", () => {
    expect(modality("The army said 18 soldiers died, a figure the group rejected.", "18 soldiers died")).toBe(
      "asserted",
    );
  });

  it("does not read a modal verb in the speaker's relative clause as a threat", () => {
    expect(
      modality("The army, which would not give details, said 18 soldiers died.", "18 soldiers died"),
    ).toBe("asserted");
  });

  it("puts a threat before a denial", () => {
    expect(modality("The group denied it would kill 30 hostages.", "kill 30 hostages")).toBe("threatened");
  });
});
