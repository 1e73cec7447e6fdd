// Bytes in the encodings reports are saved in, decoded as their authors meant them: each non-UTF-8
// reading named by warning T017, known binary formats named by T002.
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";

const TEXT = "Café owner said “12 people” were killed — police confirmed.";

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe("decodeBytes", () => {
  it("reads UTF-8 as it is, with or without a byte-order mark", () => {
    expect(decodeBytes(Buffer.from(TEXT))).toEqual({
      text: TEXT,
      binary: null,
      encoding: "utf-8",
      note: null,
    });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeBytes(bom).text).toBe(TEXT);
    expect(decodeBytes(`\uFEFF${TEXT}`).text).toBe(TEXT);
  });

  it("reads UTF-16 by its byte-order mark, and by its zero bytes without one", () => {
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]), "utf-16le"],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), "utf-16be"],
      [Buffer.from(TEXT, "utf16le"), "utf-16le"],
      [utf16be(TEXT), "utf-16be"],
    ];
    for (const [bytes, encoding] of cases) {
      const d = decodeBytes(bytes);
      expect([encoding, d.text, d.encoding, d.note?.code]).toEqual([encoding, TEXT, encoding, "T017"]);
    }
  });

  it("reads bytes that are not UTF-8 as Windows-1252, curly quotes and dashes included", () => {
    const cp1252 = Buffer.from([
      ...Buffer.from("Caf"),
      0xe9,
      ...Buffer.from(" owner said "),
      0x93,
      ...Buffer.from("12 people"),
      0x94,
      ...Buffer.from(" were killed "),
      0x97,
      ...Buffer.from(" police confirmed."),
    ]);
    const d = decodeBytes(cp1252);
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toBe("windows-1252");
    expect(d.note).toMatchObject({ code: "T017", severity: "warning" });
    expect(d.note!.message).toContain("windows-1252");
  });

  it("follows a page's <meta> charset", () => {
    const page = (charset: string, body: number[]) =>
      Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body>`), Buffer.from(body)]);
    expect(decodeBytes(page("iso-8859-1", [0x93, 0x41]), { html: true }).text).toContain("“A");
    expect(decodeBytes(page("koi8-r", [0xf7, 0xcf]), { html: true }).text).toContain("Во");
    // A label no decoder knows falls back to the bytes' own evidence.
    expect(decodeBytes(page("x-nonsense", [...Buffer.from("é")]), { html: true }).text).toContain("é");
    // Outside a page the declaration is text, not a rule.
    expect(decodeBytes(page("koi8-r", [...Buffer.from("Во")])).text).toContain("Во");
  });

  it("names binary formats saved under a text file's name, and leaves other binary to the checks", () => {
    expect(decodeBytes(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj")).binary).toBe("a PDF document");
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).binary).toBe("a PNG image");
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14])).binary).toMatch(/ZIP/);
    const random = Buffer.from([0x00, 0xff, 0x13, 0x80, 0x00, 0xfe, 0x01]);
    expect(decodeBytes(random)).toMatchObject({ binary: null, note: null });
  });
});
