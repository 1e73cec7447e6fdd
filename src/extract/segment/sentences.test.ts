import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, paragraphs, sentences } from "./sentences.js";

/** The text of each sentence, every span checked to start and end on non-blank text. */
function split(text: string): string[] {
  return sentences(text).map((s) => {
    const t = text.slice(s.start, s.end);
    expect(t).toBe(t.trim());
    expect(t.length).toBeGreaterThan(0);
    return t;
  });
}

describe("paragraphs", () => {
  it("reads one paragraph a line, skipping blank lines", () => {
    const text = "First line of copy.\n\nSecond one.\n   \nThird.";
    const spans = paragraphs(text);
    expect(spans.map((p) => text.slice(p.start, p.end))).toEqual([
      "First line of copy.",
      "Second one.",
      "Third.",
    ]);
  });

  it("trims the spaces around a paragraph out of its span", () => {
    const text = "   Indented copy.  \n\tTabbed copy.\t";
    const spans = paragraphs(text);
    expect(spans).toEqual([
      { start: 3, end: 17 },
      { start: 21, end: 33 },
    ]);
    expect(spans.map((p) => text.slice(p.start, p.end))).toEqual(["Indented copy.", "Tabbed copy."]);
  });

  it("treats \\r\\n and \\r as line breaks", () => {
    const text = "One.\r\nTwo.\rThree.";
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(["One.", "Two.", "Three."]);
  });

  it("returns nothing for blank text", () => {
    expect(paragraphs("")).toEqual([]);
    expect(paragraphs("\n  \n\r\n")).toEqual([]);
  });
});

describe("sentences: boundaries", () => {
  it("splits on full stops, question and exclamation marks", () => {
    expect(split("Who fired first? No one knows! The police are investigating.")).toEqual([
      "Who fired first?",
      "No one knows!",
      "The police are investigating.",
    ]);
  });

  it("numbers sentences across the article and records their paragraph", () => {
    const text = "Para one opens. It goes on.\n\nPara two.\nPara three has one sentence.";
    const list = sentences(text);
    expect(list.map((s) => [s.index, s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, 0, "Para one opens."],
      [1, 0, "It goes on."],
      [2, 1, "Para two."],
      [3, 2, "Para three has one sentence."],
    ]);
  });

  it("never runs a sentence across a line break, even without a stop", () => {
    expect(split("A headline without a stop\nThe body starts here.")).toEqual([
      "A headline without a stop",
      "The body starts here.",
    ]);
  });

  it("keeps a closing quote with the sentence it ends", () => {
    expect(split('She said: "They shot 7 guards." The guards were unarmed.')).toEqual([
      'She said: "They shot 7 guards."',
      "The guards were unarmed.",
    ]);
  });

  it("keeps offsets into the whole text for later paragraphs", () => {
    const text = "Intro.\n  Police said 9 died. More later.";
    const list = sentences(text);
    expect(list[1]!.start).toBe(text.indexOf("Police"));
    expect(text.slice(list[2]!.start, list[2]!.end)).toBe("More later.");
  });
});

describe("sentences: abbreviations and initials do not end a sentence", () => {
  const cases: Array<[string, string[]]> = [
    [
      "Lt. Gen. Tariq Mahmood said 14 soldiers died. The army gave no names.",
      ["Lt. Gen. Tariq Mahmood said 14 soldiers died.", "The army gave no names."],
    ],
    [
      "Gov. Amina Yusuf visited the wounded. She promised an inquiry.",
      ["Gov. Amina Yusuf visited the wounded.", "She promised an inquiry."],
    ],
    [
      "Dr. Omar Haidari treated 31 people. Nine were in a critical state.",
      ["Dr. Omar Haidari treated 31 people.", "Nine were in a critical state."],
    ],
    [
      "Brig. Kamal Durrani led the clearance operation. It lasted two days.",
      ["Brig. Kamal Durrani led the clearance operation.", "It lasted two days."],
    ],
    [
      "Maj. Gen. Rashid Alvi, the commander, spoke to reporters. He took no questions.",
      ["Maj. Gen. Rashid Alvi, the commander, spoke to reporters.", "He took no questions."],
    ],
    [
      "The airport named after John F. Kennedy was closed. Flights resumed at noon.",
      ["The airport named after John F. Kennedy was closed.", "Flights resumed at noon."],
    ],
    ["Capt. R. J. Mensah was among the dead.", ["Capt. R. J. Mensah was among the dead."]],
    [
      "He met Mr. Dlamini and Mrs. Okafor. They discussed the hostages.",
      ["He met Mr. Dlamini and Mrs. Okafor.", "They discussed the hostages."],
    ],
    ["The raid in Feb. 2021 killed six.", ["The raid in Feb. 2021 killed six."]],
    [
      "The toll was approx. 70 people. Searches continue.",
      ["The toll was approx. 70 people.", "Searches continue."],
    ],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("sentences: a sentence that starts with a digit", () => {
  it("starts a new sentence after a full stop, though ICU reads on", () => {
    expect(split("Gunmen stormed the village. 12 people were killed. 3 more died in hospital.")).toEqual([
      "Gunmen stormed the village.",
      "12 people were killed.",
      "3 more died in hospital.",
    ]);
    expect(split('"We buried them," he said. 40 families have fled.')).toEqual([
      '"We buried them," he said.',
      "40 families have fled.",
    ]);
  });

  it("reads on after an abbreviation or inside a number", () => {
    expect(split("The raid on Jan. 12 killed 3.5 per cent of the herd. No. 4 camp was shut.")).toEqual([
      "The raid on Jan. 12 killed 3.5 per cent of the herd.",
      "No. 4 camp was shut.",
    ]);
  });

  it("keeps offsets into the whole text", () => {
    const text = "Intro.\nIt ended. 9 died.";
    expect(sentences(text).map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, "Intro."],
      [1, "It ended."],
      [1, "9 died."],
    ]);
  });
});

describe("sentences: U.S., U.N. and U.K.", () => {
  it("continues after U.S. inside a sentence", () => {
    expect(split("The U.S. embassy condemned the bombing. It offered help.")).toEqual([
      "The U.S. embassy condemned the bombing.",
      "It offered help.",
    ]);
  });

  it("continues when lower-case follows U.S. or U.K.", () => {
    expect(split("Condolences came from the U.S. and the U.K. on Sunday.")).toEqual([
      "Condolences came from the U.S. and the U.K. on Sunday.",
    ]);
  });

  it("ends a sentence at U.S. when a capital follows", () => {
    expect(split("The strike was condemned by the U.S. The embassy closed for a day.")).toEqual([
      "The strike was condemned by the U.S.",
      "The embassy closed for a day.",
    ]);
  });

  it("ends a sentence at U.N. when a capital follows", () => {
    expect(split("Aid was sent by the U.N. Convoys left at dawn.")).toEqual([
      "Aid was sent by the U.N.",
      "Convoys left at dawn.",
    ]);
  });
});

describe("sentences: abbreviations that close a sentence", () => {
  it("starts a new sentence after a.m. or p.m. before a number or a capital", () => {
    expect(split("Gunmen opened fire at 10 a.m. 15 people died and 20 were wounded.")).toEqual([
      "Gunmen opened fire at 10 a.m.",
      "15 people died and 20 were wounded.",
    ]);
    expect(split("The rebels attacked the base at 5 a.m. Two soldiers were killed, the army said.")).toEqual([
      "The rebels attacked the base at 5 a.m.",
      "Two soldiers were killed, the army said.",
    ]);
    expect(split("The attack began at 10 p.m. Police said 15 people died.")).toEqual([
      "The attack began at 10 p.m.",
      "Police said 15 people died.",
    ]);
  });

  it("goes on after a clock time before lower case, a bracket, a day, a month or a time zone", () => {
    for (const text of [
      "He arrived at 9 a.m. and left at noon.",
      "He was killed at 3 p.m. (1000 GMT) on Friday.",
      "It began at 10 a.m. Wednesday and ended at noon.",
      "It began at 10 a.m. GMT on Monday.",
      "The curfew starts at 8 p.m. March 3 in the district.",
    ])
      expect(split(text)).toEqual([text]);
  });

  it("starts a new sentence after etc. before a number", () => {
    expect(split("They took guns, phones etc. 5 people were hurt.")).toEqual([
      "They took guns, phones etc.",
      "5 people were hurt.",
    ]);
  });

  it("goes on after U.S., U.N. or Co. in a name, and ends there before other words", () => {
    for (const text of [
      "The U.S. Army said 12 soldiers were killed.",
      "The U.S. Embassy said four staff died.",
      "A U.S. 5th Fleet ship was hit.",
      "Kestrel Co. Ltd. said four staff died.",
    ])
      expect(split(text)).toEqual([text]);
    expect(split("The strike was condemned by the U.S. 12 people had died in it.")).toEqual([
      "The strike was condemned by the U.S.",
      "12 people had died in it.",
    ]);
  });
});

describe("sentences: what is not an initial", () => {
  it("ends a sentence after a lone capital I", () => {
    expect(split("The list ends with part I. Then the annex starts.")).toEqual([
      "The list ends with part I.",
      "Then the annex starts.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(sentences("")).toEqual([]);
    expect(sentences(" \n ")).toEqual([]);
  });
});

describe("sentences: long paragraphs and sentences (bounded time)", () => {
  const copy = [
    "Gunmen killed 12 people in Kalat on Tuesday, police said.",
    "Lt. Gen. Omar Baig said at least 30 were injured.",
    "“We found 4 bodies,” a rescue worker told Reuters.",
    "The U.N. called for calm. Convoys left at dawn!",
    "Was anyone else hurt? Officials did not say.",
  ].join(" ");

  it("reads a paragraph given to ICU in pieces exactly as ICU reads it whole", () => {
    // 40 KB in one paragraph: ICU is still fast at this size, and the pieces are 8 KB.
    const text = Array.from({ length: 160 }, () => copy).join(" ");
    const whole = new Intl.Segmenter("en", { granularity: "sentence" });
    const icu = [...whole.segment(text)].map((s) => s.segment.trim());
    const ours = split(text);
    // ICU's own pieces, with the abbreviations re-joined as for a short paragraph
    const short = split(copy);
    expect(ours).toEqual(Array.from({ length: 160 }, () => short).flat());
    expect(ours.length).toBeLessThan(icu.length);
    expect(ours.join(" ")).toBe(text);
  });

  it("cuts a sentence longer than MAX_SENTENCE at spaces, losing no text", () => {
    const text =
      "Police said " + Array.from({ length: 900 }, (_, i) => `${i + 2},`).join(" ") + " people died.";
    const parts = sentences(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(parts.map((p) => text.slice(p.start, p.end)).join(" ")).toBe(text);
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
  });

  it("cuts a long run with no space at all, never inside a surrogate pair", () => {
    const text = "😀".repeat(3000);
    const parts = sentences(text);
    expect(parts.map((p) => text.slice(p.start, p.end)).join("")).toBe(text);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p.start % 2).toBe(0);
    }
  });
});
