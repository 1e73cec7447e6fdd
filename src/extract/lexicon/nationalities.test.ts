import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isNationality, nationalityIso } from "./nationalities.js";

describe("isNationality", () => {
  it("reads countries' names and their nationality adjectives", () => {
    for (const w of [
      "kenya",
      "sudanese",
      "israeli",
      "ukrainian",
      "colombian",
      "afghan",
      "philippine",
      "burmese",
    ])
      expect(isNationality(w), w).toBe(true);
  });

  it("reads no other word as one", () => {
    for (const w of [
      "arakan",
      "rapid",
      "allied",
      "liberation",
      "national",
      "state",
      "new",
      "democratic",
      "kachin",
    ])
      expect(isNationality(w), w).toBe(false);
  });
});

describe("isNationality: the indexed reading", () => {
  it("reads every word as a scan over the countries' name words does", () => {
    // The reading before the words were indexed: each question scanned every name word.
    const names = createRequire(import.meta.url)("countries-list/minimal/countries.en.min.json") as Record<
      string,
      string
    >;
    const generic =
      /^(new|south|north|east|west|central|united|states|kingdom|republic|democratic|saint|island|islands|the|of|and|great|papua|guinea|equatorial|sao|french|british|american)$/;
    const all = new Set([
      "british",
      "britain",
      "english",
      "american",
      "burmese",
      "dutch",
      "emirati",
      "burkinabe",
      "us",
      "uk",
    ]);
    for (const name of Object.values(names))
      for (const w of name.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4 && !generic.test(w)) all.add(w);
    const scanned = (word: string): boolean => {
      if (all.has(word)) return true;
      if (word.length < 5) return false;
      for (const name of all) if (name.startsWith(word)) return true;
      if (!/(an|ian|ese|i|ish|ic|ean|ine|ite)$/.test(word)) return false;
      for (let cut = Math.min(word.length - 1, 6); cut >= 4; cut--)
        for (const name of all)
          if (name.startsWith(word.slice(0, cut)) && name.length - cut <= 3) return true;
      return false;
    };
    const words = new Set<string>();
    for (const name of all)
      for (let n = 2; n <= name.length + 1; n++)
        for (const ending of ["", "an", "ian", "ese", "i", "ish", "ic", "ean", "ine", "ite", "s", "ern"])
          words.add(name.slice(0, n) + ending);
    let read = 0;
    for (const w of words) {
      expect(isNationality(w), w).toBe(scanned(w));
      read++;
    }
    expect(read).toBeGreaterThan(10_000);
  });
});

describe("nationalityIso", () => {
  it("gives the country of a nationality adjective, the shortest name and longest stem first", () => {
    const isos = ["afghan", "malian", "nigerian", "indian", "sudanese", "mexican"].map(nationalityIso);
    expect(isos).toEqual(["AF", "ML", "NG", "IN", "SD", "MX"]);
    // The two Congos are both "Congo"; "British" is no country's name.
    expect(nationalityIso("congolese")).toBeNull();
    expect(nationalityIso("british")).toBeNull();
  });
});
