import { describe, expect, it } from "vitest";
import { quoteAt, quotes, type Quote } from "./quotes.js";

interface Read {
  quote: string;
  inner: string;
  partial: boolean;
  continued: boolean;
}

/** Each quote as the text of its span and of its inner span (both checked with slice). */
function read(text: string): Read[] {
  return quotes(text).map((q) => {
    expect(q.inner.start).toBeGreaterThanOrEqual(q.start);
    expect(q.inner.end).toBeLessThanOrEqual(q.end);
    return {
      quote: text.slice(q.start, q.end),
      inner: text.slice(q.inner.start, q.inner.end),
      partial: q.partial,
      continued: q.continued,
    };
  });
}

describe("quotes: marks", () => {
  it("reads a curly-quoted sentence", () => {
    const text = "The spokesman said: “Our men repelled the attack and killed nine of them.” He left.";
    expect(read(text)).toEqual([
      {
        quote: "“Our men repelled the attack and killed nine of them.”",
        inner: "Our men repelled the attack and killed nine of them.",
        partial: false,
        continued: false,
      },
    ]);
  });

  it("reads a straight-quoted sentence", () => {
    const text =
      'A witness said "the gunmen were shouting and firing at every car on the road." Then silence.';
    expect(read(text)).toEqual([
      {
        quote: '"the gunmen were shouting and firing at every car on the road."',
        inner: "the gunmen were shouting and firing at every car on the road.",
        partial: false,
        continued: false,
      },
    ]);
  });

  it("reads guillemets", () => {
    const text = "He wrote «nous avons perdu trois hommes» in the message.";
    expect(read(text).map((q) => q.inner)).toEqual(["nous avons perdu trois hommes"]);
  });

  it("reads a quote opened after a bracket", () => {
    const text = 'The note ("release them all") was signed.';
    expect(read(text).map((q) => q.quote)).toEqual(['"release them all"']);
  });

  it("reads two straight quotes in one sentence as two quotes", () => {
    const text = 'He first said "five died" and later "seven died".';
    expect(read(text).map((q) => q.inner)).toEqual(["five died", "seven died"]);
  });

  it("does not open a quote at an inch mark after a digit", () => {
    expect(quotes('They fired a 5" shell at the post.')).toEqual([]);
  });

  it("finds nothing in text without quote marks", () => {
    expect(quotes("Police said 12 people were hurt.\nNo arrests were made.")).toEqual([]);
  });
});

describe("quotes: spanning sentences and paragraphs", () => {
  it("keeps a quote of several sentences whole", () => {
    const text = "“They came at night. They took the drivers first. Then they took us,” she said.";
    expect(read(text)).toEqual([
      {
        quote: "“They came at night. They took the drivers first. Then they took us,”",
        inner: "They came at night. They took the drivers first. Then they took us,",
        partial: false,
        continued: false,
      },
    ]);
  });

  it("continues a quote left open at a paragraph's end when the next paragraph opens with a quote mark", () => {
    const text =
      "“We heard shooting for hours and nobody came to help us.\n" +
      "“In the morning the soldiers arrived and the gunmen ran into the hills,” the farmer said.";
    expect(read(text)).toEqual([
      {
        quote: "“We heard shooting for hours and nobody came to help us.",
        inner: "We heard shooting for hours and nobody came to help us.",
        partial: false,
        continued: true,
      },
      {
        quote: "“In the morning the soldiers arrived and the gunmen ran into the hills,”",
        inner: "In the morning the soldiers arrived and the gunmen ran into the hills,",
        partial: false,
        continued: false,
      },
    ]);
  });

  it("continues with straight quotes too", () => {
    const text =
      '"The first bus was stopped near the bridge and searched.\n"Then the second one," the driver said.';
    const list = read(text);
    expect(list.map((q) => [q.inner, q.continued])).toEqual([
      ["The first bus was stopped near the bridge and searched.", true],
      ["Then the second one,", false],
    ]);
  });

  it("closes an open quote at the paragraph's end when the next paragraph does not reopen it", () => {
    const text =
      "“The attackers came at dawn and set fire to the station.\nThe police arrived an hour later.";
    expect(read(text)).toEqual([
      {
        quote: "“The attackers came at dawn and set fire to the station.",
        inner: "The attackers came at dawn and set fire to the station.",
        partial: false,
        continued: false,
      },
    ]);
  });

  it("closes an unclosed quote at the end of the text", () => {
    const text = "He said “the road is still closed to everyone";
    expect(read(text)).toEqual([
      {
        quote: "“the road is still closed to everyone",
        inner: "the road is still closed to everyone",
        partial: false,
        continued: false,
      },
    ]);
  });
});

describe("quotes: partial quotes", () => {
  it("marks a few words inside a sentence as partial", () => {
    const text = "The governor called the bombing a “barbaric act” and ordered an inquiry.";
    expect(read(text)).toEqual([
      { quote: "“barbaric act”", inner: "barbaric act", partial: true, continued: false },
    ]);
  });

  it("marks a short straight-quoted phrase as partial", () => {
    const text = 'Officials described the situation as "under control".';
    expect(read(text)).toEqual([
      { quote: '"under control"', inner: "under control", partial: true, continued: false },
    ]);
  });

  it("does not mark a short quote that ends a sentence as partial", () => {
    const text = "The commander said: “We lost four men.”";
    expect(read(text)).toEqual([
      { quote: "“We lost four men.”", inner: "We lost four men.", partial: false, continued: false },
    ]);
  });

  it("does not mark a long quote as partial even without a stop", () => {
    const text = "He called it “an attack on every family that lives in this valley” before leaving.";
    expect(read(text)[0]!.partial).toBe(false);
  });
});

describe("quoteAt", () => {
  const text = "The mayor said “nine houses burned” and “two people died in the fire.” Later he left.";
  const list: Quote[] = quotes(text);

  it("finds the quote whose inner words contain the offset", () => {
    const q = quoteAt(list, text.indexOf("two people"));
    expect(q).not.toBeNull();
    expect(text.slice(q!.inner.start, q!.inner.end)).toBe("two people died in the fire.");
  });

  it("finds nothing outside the inner words, including on the marks themselves", () => {
    expect(quoteAt(list, text.indexOf("Later"))).toBeNull();
    expect(quoteAt(list, text.indexOf("“nine"))).toBeNull();
    expect(quoteAt(list, text.indexOf("” and"))).toBeNull();
  });

  it("finds the first inner word and not the closing mark", () => {
    const q = list[0]!;
    expect(quoteAt(list, q.inner.start)).toBe(q);
    expect(quoteAt(list, q.inner.end)).toBeNull();
  });
});
