import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { namedActors } from "./actors.js";

const actors = (text: string) => {
  const tk = tokenize(text, { start: 0, end: text.length });
  return namedActors(tk).map(([a, b]) => text.slice(tk[a]!.start, tk[b - 1]!.end));
};

describe("named actors of a sentence (actors.ts)", () => {
  it("finds bodies named in passing, with a head noun after the name", () => {
    expect(actors("The attack on the market was blamed on the Kivu Liberation Front.")).toEqual([
      "Kivu Liberation Front",
    ]);
    expect(actors("Al-Shabaab moved into the town on Sunday.")).toEqual(["Al-Shabaab"]);
    expect(actors("Fighting broke out after M23 rebels seized the town.")).toEqual(["M23 rebels"]);
    expect(actors("Lebanon's health ministry sent teams to the village.")).toEqual([
      "Lebanon's health ministry",
    ]);
    expect(actors("The Rapid Support Forces (RSF) shelled the camp.")).toEqual([
      "Rapid Support Forces (RSF)",
    ]);
  });

  it("finds names the lexicons give whole, with a preposition in their capitals", () => {
    expect(actors("The Red Crescent sent ambulances to the town.")).toEqual(["Red Crescent"]);
    expect(actors("Doctors Without Borders runs a clinic in the camp.")).toEqual(["Doctors Without Borders"]);
    expect(actors("The attack was condemned by the UN On Monday.")).toEqual(["UN"]);
  });

  it("leaves out common nouns opening a sentence or a clause, people, places and title-case headlines", () => {
    expect(actors("Security forces sealed off the area.")).toEqual([]);
    expect(actors("OWO, Nigeria - Gunmen opened fire on worshippers.")).toEqual([]);
    expect(actors("DSP Alabo Alfred visited the scene.")).toEqual([]);
    expect(actors("The convoy reached Beni on Sunday.")).toEqual([]);
    expect(actors("Police Kill Five In Raid On Market")).toEqual([]);
  });
});
