import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { describedNames } from "./descriptions.js";

/** Each name and description found, as [start, end) offsets checked against the text they cover. */
function found(text: string): Array<{ name: string; description: string }> {
  const tk = tokenize(text, { start: 0, end: text.length });
  return describedNames(tk)
    .map(({ name, description }) => {
      const n = { start: tk[name[0]]!.start, end: tk[name[1] - 1]!.end };
      const d = { start: tk[description[0]]!.start, end: tk[description[1] - 1]!.end };
      return { name: text.slice(n.start, n.end), description: text.slice(d.start, d.end), n, d };
    })
    .map(({ name, description, n, d }) => {
      expect(n.end - n.start).toBe(name.length);
      expect(d.end - d.start).toBe(description.length);
      return { name, description };
    });
}

describe("describedNames: a name with a description of its office", () => {
  it("reads no description where nothing stands between the commas (it threw before)", () => {
    expect(found("Aa,,1 killed")).toEqual([]);
    expect(found("Musa Danladi,, the governor, said")).toEqual([]);
  });

  it("reads a capitalised role description in apposition", () => {
    expect(found("John Okello, Kasese district commissioner, visited the site.")).toEqual([
      { name: "John Okello", description: "Kasese district commissioner" },
    ]);
  });

  it("reads a lower-case description after two capitalised words, as before", () => {
    expect(found("Willem Drost, chief of the district administration, was at the scene.")).toEqual([
      { name: "Willem Drost", description: "chief of the district administration" },
    ]);
  });

  it("reads a description closed by the sentence's end", () => {
    expect(found("Twenty were injured, said John Okello, head of the provincial police.")).toEqual([
      { name: "John Okello", description: "head of the provincial police" },
    ]);
  });

  it("reads a relative clause of office", () => {
    expect(found("Okello, who heads the county disaster office, said 20 were injured.")).toEqual([
      { name: "Okello", description: "the county disaster office" },
    ]);
    expect(found("Okello, who serves as the provincial police chief, said so.")).toEqual([
      { name: "Okello", description: "the provincial police chief" },
    ]);
  });

  it("reads a copula that opens the sentence", () => {
    expect(found("Okello is the district commissioner for Kasese.")).toEqual([
      { name: "Okello", description: "district commissioner for Kasese" },
    ]);
  });

  it("reads role words before a name", () => {
    expect(found("Kasese district commissioner John Okello visited the site.")).toEqual([
      { name: "John Okello", description: "Kasese district commissioner" },
    ]);
  });

  it("takes no clause, no date and no untyped aside for a description", () => {
    expect(found("On Monday, the police chief said 14 people died.")).toEqual([]);
    expect(found("In Beni, a town in North Kivu, 14 people died.")).toEqual([]);
    expect(found("Okello, who was at the scene, said 20 were injured.")).toEqual([]);
    expect(found("Okello is the man who found them.")).toEqual([]);
    // The clause after a name's comma, even one naming a typed body ("the officers").
    expect(found("Musa Danladi, said the officers were on patrol.")).toEqual([]);
  });
});

describe("describedNames: a party that claims the attack", () => {
  it("reads 'X, which claimed responsibility' as X described by its claim, hyphenated names whole", () => {
    expect(found("Jamaat-ul-Furqan, which claimed responsibility for the blast, said two died.")).toEqual([
      { name: "Jamaat-ul-Furqan", description: "claimed responsibility" },
    ]);
    expect(found("The Hill Front, which has claimed credit for the raid, said so.")).toEqual([
      { name: "The Hill Front", description: "claimed credit" },
    ]);
  });

  it("reads no claim of an attack in other relative clauses", () => {
    expect(found("The Hill Front, which denied involvement, said so.")).toEqual([]);
  });
});
