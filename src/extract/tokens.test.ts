import { describe, expect, it } from "vitest";
import { extract } from "./pipeline.js";
import { tokenize, type Token } from "./tokens.js";

/** Tokens of the whole text, each checked against the text it claims to cover. */
function toks(text: string, span = { start: 0, end: text.length }): Token[] {
  const out = tokenize(text, span);
  for (const t of out) expect(text.slice(t.start, t.end)).toBe(t.text);
  return out;
}

const compact = (ts: Token[]) => ts.map((t) => [t.text, t.kind]);

describe("tokenize: words, numbers and punctuation", () => {
  it("splits a plain sentence into words, a number and the stop", () => {
    expect(compact(toks("Gunmen killed 14 villagers."))).toEqual([
      ["Gunmen", "word"],
      ["killed", "word"],
      ["14", "num"],
      ["villagers", "word"],
      [".", "punct"],
    ]);
  });

  it("keeps thousands separators and decimals inside one number", () => {
    expect(compact(toks("About 1,200 fled and 3.5 million stayed; 1,000,000 in all."))).toEqual([
      ["About", "word"],
      ["1,200", "num"],
      ["fled", "word"],
      ["and", "word"],
      ["3.5", "num"],
      ["million", "word"],
      ["stayed", "word"],
      [";", "punct"],
      ["1,000,000", "num"],
      ["in", "word"],
      ["all", "word"],
      [".", "punct"],
    ]);
  });

  it("does not swallow a trailing comma or stop into a number", () => {
    expect(compact(toks("We counted 40, then 41."))).toEqual([
      ["We", "word"],
      ["counted", "word"],
      ["40", "num"],
      [",", "punct"],
      ["then", "word"],
      ["41", "num"],
      [".", "punct"],
    ]);
  });

  it("splits a hyphenated number word at the hyphen", () => {
    expect(compact(toks("thirty-two"))).toEqual([
      ["thirty", "word"],
      ["-", "punct"],
      ["two", "word"],
    ]);
  });

  it("separates digits from a unit or suffix written against them, with adjacent offsets", () => {
    const ts = toks("a 9mm round at 4pm on the 21st");
    expect(compact(ts)).toEqual([
      ["a", "word"],
      ["9", "num"],
      ["mm", "word"],
      ["round", "word"],
      ["at", "word"],
      ["4", "num"],
      ["pm", "word"],
      ["on", "word"],
      ["the", "word"],
      ["21", "num"],
      ["st", "word"],
    ]);
    // The suffix starts where the digits end: that adjacency is how "9mm" is told from "9 men".
    expect(ts[2]!.start).toBe(ts[1]!.end);
    expect(ts[10]!.start).toBe(ts[9]!.end);
  });

  it("splits dates written with slashes into numbers and slashes", () => {
    expect(compact(toks("11/05/2019"))).toEqual([
      ["11", "num"],
      ["/", "punct"],
      ["05", "num"],
      ["/", "punct"],
      ["2019", "num"],
    ]);
  });

  it("keeps an apostrophe inside a word, straight or curly", () => {
    const ts = toks("The militia's and the army’s men");
    expect(ts.map((t) => t.text)).toEqual(["The", "militia's", "and", "the", "army’s", "men"]);
  });

  it("treats dotted abbreviations as letters and stops", () => {
    expect(compact(toks("U.N. staff"))).toEqual([
      ["U", "word"],
      [".", "punct"],
      ["N", "word"],
      [".", "punct"],
      ["staff", "word"],
    ]);
  });

  it("reads quote marks, brackets and dashes as punctuation of one character each", () => {
    const ts = toks("“Six (6) died” — he said");
    expect(compact(ts)).toEqual([
      ["“", "punct"],
      ["Six", "word"],
      ["(", "punct"],
      ["6", "num"],
      [")", "punct"],
      ["died", "word"],
      ["”", "punct"],
      ["—", "punct"],
      ["he", "word"],
      ["said", "word"],
    ]);
  });

  it("returns nothing for an empty or blank stretch", () => {
    expect(toks("")).toEqual([]);
    expect(toks("   \n\t ")).toEqual([]);
  });
});

describe("tokenize: norm", () => {
  it("lower-cases words and straightens curly apostrophes", () => {
    const ts = toks("Didn’t KILL Ünal");
    expect(ts.map((t) => t.norm)).toEqual(["didn't", "kill", "ünal"]);
  });

  it("leaves numbers and punctuation as written", () => {
    const ts = toks("1,200 — “");
    expect(ts.map((t) => t.norm)).toEqual(["1,200", "—", "“"]);
  });
});

describe("tokenize: offsets", () => {
  it("gives offsets into the whole text when reading only a stretch of it", () => {
    const text = "Headline here.\nPolice found 12 bodies near the river.";
    const start = text.indexOf("Police");
    const ts = toks(text, { start, end: text.length });
    expect(ts[0]).toMatchObject({ text: "Police", start, end: start + 6 });
    const twelve = ts.find((t) => t.text === "12")!;
    expect(twelve.start).toBe(text.indexOf("12"));
    expect(ts.every((t) => t.start >= start)).toBe(true);
  });

  it("reads nothing outside the stretch", () => {
    const text = "before 10 inside 20 after 30";
    const start = text.indexOf("inside");
    const end = start + "inside 20".length;
    expect(toks(text, { start, end }).map((t) => t.text)).toEqual(["inside", "20"]);
  });

  it("counts UTF-16 code units: letters outside the BMP and combining marks keep later offsets right", () => {
    const text = "𝐀 wounded: Ze\u0301nab and 3 others";
    const ts = toks(text);
    // The combining accent stays inside its word.
    expect(ts.map((t) => t.text)).toContain("Ze\u0301nab");
    const three = ts.find((t) => t.text === "3")!;
    expect(three.start).toBe(text.indexOf("3"));
    expect(three.kind).toBe("num");
  });

  it("reads an emoji as one punctuation token of two code units", () => {
    const text = "Hi 😀 all";
    const ts = toks(text);
    expect(ts[1]).toMatchObject({ text: "😀", kind: "punct", start: 3, end: 5 });
    expect(ts[2]).toMatchObject({ text: "all", start: 6, end: 9 });
  });
});

describe("tokenize: editorial marks", () => {
  it("leaves out Wikipedia's maintenance tags and [sic], keeping offsets into the untouched text", () => {
    const text = "At least 16 people[citation needed] were killed and 40 [sic] wounded [who?] in Kano.";
    const ts = toks(text);
    expect(ts.map((t) => t.norm).join(" ")).toBe("at least 16 people were killed and 40 wounded in kano .");
    expect(ts.find((t) => t.norm === "were")!.start).toBe(text.indexOf("were"));
  });

  it("keeps an editor's bracketed figure or gloss", () => {
    const ts = toks("More than [8] people were killed in Wajir [northern Kenya].");
    expect(ts.map((t) => t.norm)).toContain("8");
    expect(ts.map((t) => t.norm)).toContain("northern");
  });

  it("reads the figure across a tag", () => {
    const r = extract({
      id: "t",
      text: "A bomb exploded in a market in Maiduguri. 16 people[citation needed] were killed, including the bomber.",
      published: "2017-04-03",
    });
    expect(r.datasets.gtd.nkill).toBe(16);
    expect(r.claims[0]!.evidence[0]!.text).toBe("16 people[citation needed] were killed");
  });
});

describe("tokenize: initials that spell a word", () => {
  const norms = (text: string) => tokenize(text, { start: 0, end: text.length }).map((t) => t.norm);
  it("keeps the capitals of 'WHO' in its norm, so that no rule reads the relative 'who'", () => {
    expect(norms("the WHO said")).toEqual(["the", "WHO", "said"]);
    expect(norms("those who said")).toEqual(["those", "who", "said"]);
  });
  it("reads a run of capitals (a headline) as words", () => {
    expect(norms("GUNMEN WHO KILLED FIVE")).toEqual(["gunmen", "who", "killed", "five"]);
  });
});

describe("tokenize: the scanner reads as the regular expression it replaced", () => {
  // The specification: the regular expression the tokens were once read with (group 1 a number,
  // group 2 a word, else one other character), and how its matches were given kinds.
  const TOKEN =
    /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*(?:(?<!\d[\p{L}\p{M}]+)\d[\p{L}\p{M}\d]*)?)|\S/gu;
  function byRegex(text: string, span: { start: number; end: number }) {
    const body = text.slice(span.start, span.end);
    const out: Array<[string, string, number]> = [];
    for (const m of body.matchAll(TOKEN)) {
      const c = m[0].charCodeAt(0);
      const kind =
        m[1] !== undefined ? "num" : m[2] !== undefined && !(c >= 0xd800 && c <= 0xdfff) ? "word" : "punct";
      out.push([m[0], kind, span.start + m.index]);
    }
    return out;
  }
  const scanned = (text: string, span: { start: number; end: number }) =>
    tokenize(text, span).map((t): [string, string, number] => [t.text, t.kind, t.start]);

  // Letters, marks, digits, apostrophes, separators, white space of every kind, letters and other
  // characters outside the BMP, lone surrogates.
  const ALPHABET = [
    ..."aZe1590,.'’-()[]/:%#",
    " ",
    " ",
    "\t",
    "\n",
    "\u00a0",
    "\u2028",
    "\u3000",
    "\ufeff",
    "\u200b",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "\u0301",
    "\u0651",
    "ب",
    "中",
    "٣",
    "𝐀",
    "😀",
    "\ud835",
    "\udc00",
    "№",
    "µ",
  ];

  it("on strings of those characters, read whole and from inside", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let n = 0; n < 4000; n++) {
      let text = "";
      const length = 1 + random(14);
      for (let k = 0; k < length; k++) text += ALPHABET[random(ALPHABET.length)];
      const start = random(3) === 0 ? random(text.length) : 0;
      const span = { start, end: text.length - (random(4) === 0 ? random(text.length - start) : 0) };
      expect(scanned(text, span), JSON.stringify([text, span])).toEqual(byRegex(text, span));
    }
  });

  it("on the phrasings the kinds were made for", () => {
    for (const text of [
      "1e308 people, M23 rebels, an AK-47, G5, 12abc3, x'ab\u0301c5, 1\u0301a5, rock'n'roll, don’t",
      "café’s 3rd 1,200,000.5 4., ,5 ..5 1.2.3 O'Brien's 9mm 21st",
    ])
      expect(scanned(text, { start: 0, end: text.length })).toEqual(
        byRegex(text, { start: 0, end: text.length }),
      );
  });
});
