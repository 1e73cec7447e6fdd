import { describe, expect, it } from "vitest";
import { tokenize, type Token } from "../tokens.js";
import { clauseSubject, speakerRange, type Range } from "./subject-shape.js";

/** The words of `text` as tokens, and a function giving a range's words back as text. */
function words(text: string): [Token[], (r: Range | null) => string | null] {
  const tk = tokenize(text, { start: 0, end: text.length });
  return [tk, (r) => (r ? text.slice(tk[r[0]]!.start, tk[r[1] - 1]!.end) : null)];
}

const shape = (text: string) => {
  const [tk, show] = words(text);
  return show(speakerRange(tk, [0, tk.length]));
};

describe("speakerRange: a claimant's name is a name or a description, never a clause", () => {
  it("keeps names and descriptions whole", () => {
    expect(shape("The Pakistani army")).toBe("The Pakistani army");
    expect(shape("Brig. S. K. Rao")).toBe("Brig. S. K. Rao");
    expect(shape("A police officer based in the district")).toBe("A police officer based in the district");
    expect(shape("Officials investigating the attack")).toBe("Officials investigating the attack");
  });

  it("takes the speaker after 'what' and after a missed sentence break", () => {
    expect(shape("killed three people in what officials")).toBe("officials");
    expect(shape("what officials")).toBe("officials");
    expect(shape("took them to the hospital.Medical staff at the hospital")).toBe(
      "Medical staff at the hospital",
    );
  });

  it("drops an opening adverbial phrase", () => {
    expect(shape("Following the incident, the driver of the truck")).toBe("the driver of the truck");
    expect(shape("In a statement the army")).toBe("the army");
    expect(shape("near the baggage")).toBeNull();
    expect(shape("the next day the Interior Minister")).toBe("the Interior Minister");
  });

  it("names no one in an existential, a negative, a count of an outcome, adverbs alone", () => {
    expect(shape("There were no")).toBeNull();
    expect(shape("No group")).toBeNull();
    expect(shape("Two deaths")).toBeNull();
    expect(shape("Several fatalities")).toBeNull();
    expect(shape("reportedly")).toBeNull();
  });

  it("names no one in a clause", () => {
    expect(shape("Battles were fought in the hills")).toBeNull();
    expect(shape("Gunmen attacked the village in a place")).toBeNull();
    expect(shape("The three entered the police station")).toBeNull();
    expect(shape("he opened fire in the baggage")).toBeNull();
    expect(shape("wounded 86 others in an attack")).toBeNull();
  });
});

describe("clauseSubject: the subject a participle goes on from", () => {
  it("is the words before the clause's verb", () => {
    const [tk, show] = words("The Hill Front has claimed the attack");
    expect(show(clauseSubject(tk, [0, tk.length]))).toBe("The Hill Front");
    const [tk2, show2] = words("the government demolished many houses");
    expect(show2(clauseSubject(tk2, [0, tk2.length]))).toBe("the government");
  });
});

describe("speakerRange: words that open no name", () => {
  it("names no one by a lone determiner, a verb opening, or an event noun heading the phrase", () => {
    expect(shape("A")).toBeNull();
    expect(shape("Both")).toBeNull();
    expect(shape("was picked up")).toBeNull();
    expect(shape("Clashes between soldiers and the special police")).toBeNull();
    expect(shape("Fighting near the river")).toBeNull();
  });

  it("reads a hyphenated participle as a modifier, not a clause's verb", () => {
    expect(shape("The Kurdish-led Syrian Democratic Forces")).toBe(
      "The Kurdish-led Syrian Democratic Forces",
    );
    expect(shape("the Iran-backed Houthis")).toBe("the Iran-backed Houthis");
    expect(shape("Gunmen attacked Gao")).toBeNull();
  });

  it("drops a subordinator opening the clause, keeping its subject", () => {
    expect(shape("While police")).toBe("police");
    expect(shape("As the governor")).toBe("the governor");
  });

  it("keeps a determiner with its noun, and a body heading a complement", () => {
    expect(shape("A resident")).toBe("A resident");
    expect(shape("Officials in the district")).toBe("Officials in the district");
  });
});
