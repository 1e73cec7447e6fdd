// Each test of letters.ts answers exactly what its Unicode pattern answers: compared over generated
// strings of ASCII and other letters (capitals, lower case, title case, marks, digits, astral
// letters, lone surrogates), and the empty string.
import { describe, expect, it } from "vitest";
import {
  hasUpper,
  isAcronym,
  isCapitals,
  isCapitalsOrDigits,
  isLowerEd,
  isLowerWord,
  startsCapitalThenLower,
  startsLetter,
  startsLower,
  startsUpper,
} from "./letters.js";

const CASES: [string, (s: string) => boolean, RegExp][] = [
  ["startsUpper", startsUpper, /^\p{Lu}/u],
  ["startsLower", startsLower, /^\p{Ll}/u],
  ["startsLetter", startsLetter, /^\p{L}/u],
  ["hasUpper", hasUpper, /\p{Lu}/u],
  ["isCapitals", isCapitals, /^\p{Lu}{2,}$/u],
  ["isAcronym", isAcronym, /^\p{Lu}{2,7}$/u],
  ["isLowerWord", isLowerWord, /^\p{Ll}{3,}$/u],
  ["isLowerEd", isLowerEd, /^\p{Ll}+ed$/u],
  ["startsCapitalThenLower", startsCapitalThenLower, /^\p{Lu}\p{Ll}/u],
  ["isCapitalsOrDigits", isCapitalsOrDigits, /^\p{Lu}[\p{Lu}\d]+$/u],
];

// Pieces a word is made of: ASCII of every class, Latin letters outside ASCII (É, é, ß, ª, the title
// case ǅ), a combining mark, other digits, astral letters (𝐀 capital, 𝐚 lower), lone surrogates.
const PIECES = [
  ..."AZaz09MNmn.-')( _ed",
  "ed",
  "É",
  "é",
  "ß",
  "ª",
  "ǅ",
  "\u0301",
  "٣",
  "Ω",
  "ω",
  "𝐀",
  "𝐚",
  "\ud835",
  "\udc00",
  "\u00a0",
];

/** A small deterministic generator (no test may pass by chance of a seed). */
function* words(n: number): Generator<string> {
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  yield "";
  for (const p of PIECES) yield p;
  for (const a of PIECES) for (const b of PIECES) yield a + b;
  for (let i = 0; i < n; i++) {
    let w = "";
    const len = 1 + (next() % 9);
    // Mostly ASCII letters of one case, as words are, with other pieces among them.
    const pool = next() % 3 === 0 ? PIECES : next() % 2 ? [..."ABCDEFXYZ"] : [..."abcdexyz"];
    for (let k = 0; k < len; k++) w += pool[next() % pool.length]!;
    if (next() % 4 === 0) w += "ed";
    yield w;
  }
}

describe("letters: each test answers as its pattern", () => {
  for (const [name, test, pattern] of CASES)
    it(name, () => {
      const wrong: string[] = [];
      for (const w of words(20_000)) if (test(w) !== pattern.test(w)) wrong.push(w);
      expect(wrong).toEqual([]);
    });

  it("reads plain words as a reader would", () => {
    expect(startsUpper("Ahmed")).toBe(true);
    expect(startsUpper("Édouard")).toBe(true);
    expect(startsLower("killed")).toBe(true);
    expect(isLowerEd("wounded")).toBe(true);
    expect(isLowerEd("ed")).toBe(false);
    expect(isCapitals("ISPR")).toBe(true);
    expect(isAcronym("ABCDEFGH")).toBe(false);
    expect(isCapitalsOrDigits("F16")).toBe(true);
    expect(startsCapitalThenLower("UN")).toBe(false);
    expect(hasUpper("al-Qaeda")).toBe(true);
  });
});
