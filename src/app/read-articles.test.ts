import { describe, expect, it } from "vitest";
import { detectFormat, readArticles } from "./read-articles.js";

const TEXT =
  "Two police officers were killed when gunmen opened fire on a patrol near the river crossing, officials said.";
const line = (o: unknown) => JSON.stringify(o);

describe("readArticles: plain text", () => {
  it("reads a text file as one article named after the file", () => {
    const r = readArticles({ name: "in/reports/patrol.txt", content: TEXT }, { published: "2025-03-12" });
    expect(r.articles).toEqual([{ id: "patrol.txt", text: TEXT, published: "2025-03-12" }]);
    expect(r.messages).toEqual([]);
    expect(r.lines).toEqual([null]);
  });

  it("names stdin's article 'stdin' and leaves the date null without --published", () => {
    const r = readArticles({ name: "stdin", content: TEXT });
    expect(r.articles).toEqual([{ id: "stdin", idGiven: false, text: TEXT, published: null }]);
  });

  it("decodes Buffers as UTF-8, drops a byte-order mark, keeps bad bytes as U+FFFD", () => {
    const buf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("Caf\u00e9 "),
      Buffer.from([0xff]),
      Buffer.from(TEXT),
    ]);
    const [a] = readArticles({ name: "x.txt", content: buf }).articles;
    expect(a!.text).toBe(`Caf\u00e9 \uFFFD${TEXT}`);
  });

  it("still returns unknown binary input as an article, for checkArticle to judge", () => {
    const r = readArticles({
      name: "data.bin",
      content: Buffer.from([0x01, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    });
    expect(r.articles).toHaveLength(1);
    expect(r.messages).toEqual([]);
  });

  it("names a known binary format (an image saved as text) and returns no article", () => {
    const r = readArticles({
      name: "image.txt",
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    });
    expect(r.articles).toEqual([]);
    expect(r.messages).toMatchObject([{ code: "T002", source: "image.txt" }]);
    expect(r.messages[0]!.message).toContain("a PNG image");
  });

  it("reads text that merely starts with a bracket or brace as text", () => {
    for (const text of [`[Reuters] ${TEXT}`, `{Update} ${TEXT}`]) {
      expect(readArticles({ name: "stdin", content: text }).articles).toEqual([
        { id: "stdin", idGiven: false, text, published: null },
      ]);
    }
  });
});

describe("readArticles: JSON Lines", () => {
  const rows = [
    line({
      id: "a",
      text: TEXT,
      published: "2025-03-12",
      outlet: "The Courier",
      url: "https://example.com/a",
      title: "Patrol attacked",
    }),
    "{not json",
    line({ text: "Another report.", date: "2025-03-11" }),
    line({ id: "d", body: "no text field" }),
    "",
    line({ id: 42, text: "Numbered report." }),
    line(["an", "array"]),
  ].join("\n");

  it("reads every valid line, reports the others with their 1-based line numbers", () => {
    const r = readArticles({ name: "stdin", content: rows }, { published: "2025-01-01" });
    expect(r.articles).toEqual([
      {
        id: "a",
        text: TEXT,
        published: "2025-03-12",
        outlet: "The Courier",
        url: "https://example.com/a",
        title: "Patrol attacked",
      },
      {
        id: "stdin:3",
        idGiven: false,
        text: "Another report.",
        published: "2025-03-11",
        outlet: null,
        url: null,
        title: null,
      },
      { id: "42", text: "Numbered report.", published: "2025-01-01", outlet: null, url: null, title: null },
    ]);
    expect(r.lines).toEqual([1, 3, 6]);
    expect(r.messages.map((m) => [m.code, m.severity, m.source, m.line])).toEqual([
      ["T006", "error", "stdin", 2],
      ["T007", "error", "stdin", 4],
      ["T007", "error", "stdin", 7],
    ]);
  });

  it("takes a .jsonl name as JSON Lines even with one line, and handles CRLF", () => {
    const r = readArticles({ name: "data/one.jsonl", content: `${line({ text: TEXT })}\r\n` });
    expect(r.articles.map((a) => a.id)).toEqual(["one.jsonl:1"]);
  });
});

describe("readArticles: JSON", () => {
  it("reads a single article object", () => {
    const r = readArticles({ name: "a.json", content: JSON.stringify({ id: "x", text: TEXT }, null, 2) });
    expect(r.articles.map((a) => [a.id, a.text])).toEqual([["x", TEXT]]);
  });

  it("reads an array of articles, reporting items without text", () => {
    const content = JSON.stringify(
      [{ text: TEXT }, { id: "b", text: 7 }, { id: "c", text: "Third." }],
      null,
      2,
    );
    const r = readArticles({ name: "stdin", content });
    expect(r.articles.map((a) => a.id)).toEqual(["stdin:1", "c"]);
    expect(r.messages).toMatchObject([{ code: "T007", source: "stdin" }]);
    expect(r.messages[0]!.message).toContain("item 2");
  });

  it("reports invalid JSON once, with the line of the problem", () => {
    const r = readArticles({
      name: "bad.json",
      content: '[\n  {"id": "a", "text": "x"},\n  {"id": "b" "text": "y"}\n]',
    });
    expect(r.articles).toEqual([]);
    expect(r.messages).toMatchObject([{ code: "T006", source: "bad.json", line: 3 }]);
  });

  it("obeys an explicit format", () => {
    const content = line({ id: "a", text: TEXT });
    expect(readArticles({ name: "stdin", content }, { format: "text" }).articles[0]!.text).toBe(content);
  });
});

describe("detectFormat", () => {
  it.each([
    ["x.jsonl", "anything", "jsonl"],
    ["x.ndjson", "anything", "jsonl"],
    ["x.json", "anything", "json"],
    ["stdin", `\n\n${line({ text: "a" })}\n${line({ text: "b" })}\n`, "jsonl"],
    ["stdin", `{"id": "a", "text": broken}\n${line({ text: "b" })}\n`, "jsonl"],
    ["stdin", line({ text: "a" }), "json"],
    ["stdin", '{\n  "text": "a",\n  "tags": [\n    {"k": 1}\n  ]\n}', "json"],
    ["stdin", '[\n  {"text": "a"}\n]', "json"],
    ["stdin", "[]", "json"],
    ["stdin", "[Reuters] Gunmen attacked", "text"],
    ["stdin", "Gunmen attacked {sic}", "text"],
    ["notes.txt", "", "text"],
  ] as const)("%s %j → %s", (name, content, format) => {
    expect(detectFormat(name, content)).toBe(format);
  });
});
