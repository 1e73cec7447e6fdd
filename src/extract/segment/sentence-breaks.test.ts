// sentenceBreaks answers as ICU's sentence segmenter does: on generated text of the characters it
// reads (every one of them beside stops, closing marks, spaces and letters of either case), and on
// the project's texts (test/support/corpus.ts); it declines text with a character it does not read.
import { describe, expect, it } from "vitest";
import { projectTexts } from "../../../test/support/corpus.js";
import { sentenceBreaks } from "./sentence-breaks.js";

const ICU = new Intl.Segmenter("en", { granularity: "sentence" });

/** ICU's sentences of `s`, as [start, end). */
function icu(s: string): [number, number][] {
  return [...ICU.segment(s)].map((g) => [g.index, g.index + g.segment.length]);
}

/** Every character sentenceBreaks reads. */
const KNOWN = [
  ..."\t\u000b\u000c\u00a0\u00ab\u00b7\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2022\u2026",
  ...Array.from({ length: 0x7f - 0x20 }, (_, k) => String.fromCharCode(0x20 + k)),
  ...Array.from({ length: 0x100 - 0xc0 }, (_, k) => String.fromCharCode(0xc0 + k)),
  ...Array.from({ length: 8 }, (_, k) => String.fromCharCode(0x2018 + k)),
];

/** Pieces of text in the shapes the rules turn on. */
const PIECES = [
  ..."..!?,:;-\"'()[]  aAzZ09é",
  ". ",
  "? ",
  "! ",
  ".\u201d ",
  ".) ",
  "\u201c",
  "\u2019",
  " \u2014 ",
  "\u00a0",
  "\u2026",
  "the",
  "The",
  "U.S.",
  "etc.",
  "Mr.",
  "12",
  "3.5",
  "p.m.",
  "\u00c9cole",
  "\u00fcber",
  "\u00d7",
  "\u2013",
];

/** A small deterministic generator: the same strings on every run. */
function* texts(n: number): Generator<string> {
  let x = 2024;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < n; i++) {
    let s = "";
    const len = 1 + (next() % 14);
    for (let k = 0; k < len; k++) s += PIECES[next() % PIECES.length]!;
    yield s;
  }
}

/** Each known character in the places where its class decides a break. */
function* contexts(): Generator<string> {
  for (const c of KNOWN)
    for (const t of [
      "a.#b",
      "a. #b",
      "a. #B",
      "a.# B",
      "a.#  b",
      "A.#1",
      "a.#1",
      "a.#",
      "a. #",
      "#. a",
      "a#. B",
      "A#.B",
      "a? #b",
      "a!# B",
      "a.#.b",
      "a.)#b",
    ])
      yield t.replace("#", c);
}

describe("sentenceBreaks", () => {
  it("breaks as ICU does, each known character in the places its class decides", () => {
    const wrong = [...contexts()].filter((s) => JSON.stringify(sentenceBreaks(s)) !== JSON.stringify(icu(s)));
    expect(wrong).toEqual([]);
  });

  it("breaks as ICU does on generated text", () => {
    const wrong: string[] = [];
    for (const s of texts(40_000))
      if (JSON.stringify(sentenceBreaks(s)) !== JSON.stringify(icu(s))) wrong.push(s);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("breaks as ICU does on generated strings of single characters", () => {
    const chars = [...KNOWN, ..."..??!!aaaAAA    11))\u201d\u2019,;"];
    let x = 7;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
    const wrong: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      let s = "";
      for (let k = 1 + (next() % 20); k > 0; k--) s += chars[next() % chars.length]!;
      if (JSON.stringify(sentenceBreaks(s)) !== JSON.stringify(icu(s))) wrong.push(s);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("breaks as ICU does on every line of the project's texts it reads", () => {
    let read = 0;
    const wrong: string[] = [];
    for (const text of projectTexts())
      for (const line of text.split(/[\n\r]+/)) {
        const mine = sentenceBreaks(line);
        if (mine === null) continue;
        read++;
        if (JSON.stringify(mine) !== JSON.stringify(icu(line))) wrong.push(line);
      }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThan(1000);
  });

  it("declines a character it does not read, and gives nothing for nothing", () => {
    for (const s of [
      "One.\nTwo.",
      "Ame\u0301lie said so.",
      "\u0627\u0644 said.",
      "a\u2028b",
      "\ud835\udc00.",
    ])
      expect(sentenceBreaks(s)).toBeNull();
    expect(sentenceBreaks("")).toEqual([]);
    expect(sentenceBreaks("He left. She stayed.")).toEqual([
      [0, 9],
      [9, 20],
    ]);
  });
});
