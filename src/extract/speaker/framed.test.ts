import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { asPutIt, inWordsOf, reportedToSay } from "./framed.js";

const tokens = (s: string) => tokenize(s, { start: 0, end: s.length });
const at = (s: string, word: string) => tokens(s).findIndex((t) => t.norm === word);

describe("speakers in fronted and passive frames", () => {
  it("reads 'As X put it' opening a sentence or after a comma", () => {
    const s = "As the state security secretary put it, 11 people died.";
    const tk = tokens(s);
    const r = asPutIt(tk, at(s, "put"))!;
    expect(s.slice(tk[r[0]]!.start, tk[r[1] - 1]!.end)).toBe("the state security secretary");
    const t = "Twelve died, as the mayor put it, for nothing.";
    const tt = tokens(t);
    const q = asPutIt(tt, at(t, "put"))!;
    expect(t.slice(tt[q[0]]!.start, tt[q[1] - 1]!.end)).toBe("the mayor");
  });

  it("reads no speaker in 'put it' without a fronted 'as'", () => {
    const s = "The army put it under guard as soldiers searched the area.";
    expect(asPutIt(tokens(s), at(s, "put"))).toBeNull();
  });

  it("finds the auxiliary of 'was reported to have said', 'is understood to have told', 'has been reported to say'", () => {
    for (const s of [
      "The police chief was reported to have said that 6 were hurt.",
      "A paramedic is understood to have told local radio that 4 died.",
      "The governor has been reported to say that 20 were killed.",
    ]) {
      const tk = tokens(s);
      const verb = tk.findIndex((t) => /^(said|told|say)$/.test(t.norm));
      const aux = reportedToSay(tk, verb)!;
      expect(tk[aux]!.norm).toMatch(/^(was|is|has)$/);
    }
  });

  it("leaves hearsay about an outcome, and an infinitive of purpose, alone", () => {
    const s = "The attackers were said to have killed 5 guards.";
    expect(reportedToSay(tokens(s), at(s, "said"))).toBeNull();
    const t = "He went to the station to say that his son was missing.";
    expect(reportedToSay(tokens(t), at(t, "say"))).toBeNull();
  });

  it("reads 'In the words of X,' opening a sentence, and ', in the words of X' closing one", () => {
    const cases: Array<[string, string]> = [
      ["In the words of the district head, 12 people died in the raid.", "the district head"],
      [
        "Twenty were treated for gunshot wounds, in the words of a nurse at the hospital.",
        "a nurse at the hospital",
      ],
      ["In the words of Lt. Col. Ngongo, 5 assailants were neutralised.", "Lt. Col. Ngongo"],
    ];
    for (const [s, who] of cases) {
      const tk = tokens(s);
      const r = inWordsOf(tk, at(s, "words"))!;
      expect(s.slice(tk[r[0]]!.start, tk[r[1] - 1]!.end)).toBe(who);
    }
  });

  it("reads no speaker in 'the words of' that opens no phrase", () => {
    const s = "He repeated the words of the governor about 12 people.";
    expect(inWordsOf(tokens(s), at(s, "words"))).toBeNull();
  });
});
