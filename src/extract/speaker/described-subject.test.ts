import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { describedSubject } from "./described-subject.js";

/** The described subject of `text` as text, or null. */
function subject(text: string): string | null {
  const tk = tokenize(text, { start: 0, end: text.length });
  const r = describedSubject(tk, 0);
  return r ? text.slice(tk[r[0]]!.start, tk[r[1] - 1]!.end) : null;
}

describe("describedSubject: a typed description that opens a clause it does not speak", () => {
  it("takes a description of a body or an office before the clause's verb", () => {
    expect(subject("The army launched an operation in the hills.")).toBe("The army");
    expect(subject("The mayor visited the hospital on Tuesday.")).toBe("The mayor");
    expect(subject("The prosecutor's office opened an investigation.")).toBe("The prosecutor's office");
    expect(subject("The governor has visited the scene.")).toBe("The governor");
  });

  it("takes no name, no indefinite, no attacker and no untyped thing", () => {
    expect(subject("The gunmen stormed the school at dawn.")).toBeNull();
    expect(subject("A soldier opened fire on the crowd.")).toBeNull();
    expect(subject("The Kivu Liberation Front seized the town.")).toBeNull();
    expect(subject("The bus carried 40 passengers.")).toBeNull();
    expect(subject("The blast destroyed the market.")).toBeNull();
  });

  it("takes no subject of a verb it cannot read as one", () => {
    expect(subject("The army said 12 soldiers were killed.")).toBeNull();
  });
});
