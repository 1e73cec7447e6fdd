// Bytes of a file, stdin or upload into text, whatever the encoding it was saved in (issue 12 §4):
// a byte-order mark decides first (UTF-8, UTF-16 LE/BE); then, for a page, the charset its
// <meta> declares; then UTF-16 without a mark when every other byte is zero; then UTF-8 when the
// bytes are valid UTF-8; else Windows-1252, which is what browsers read an undeclared legacy
// page as (and a superset of Latin-1). Labels are resolved as the WHATWG Encoding standard says
// (TextDecoder: "iso-8859-1" is windows-1252); iconv-lite decodes, since Node 20's TextDecoder
// reads windows-1252 as Latin-1 (0x93 stays U+0093 instead of “). A text not read as UTF-8
// carries warning T017 naming the encoding and why it was chosen. iconv-lite is loaded on the
// first text that needs it, so reading UTF-8 (nearly every run) does not pay for its tables.
import { createRequire } from "node:module";
import type * as Iconv from "iconv-lite";
import { message } from "../core/errors.js";
import type { Message } from "../core/model.js";

const require = createRequire(import.meta.url);
let loaded: typeof Iconv | undefined;
const iconvLite = (): typeof Iconv => (loaded ??= require("iconv-lite") as typeof Iconv);

export interface Decoded {
  text: string;
  /** What kind of file the bytes are when they are a known binary format (T002), else null. */
  binary: string | null;
  /** The WHATWG name of the encoding read ("utf-8", "utf-16le", "windows-1252", …). */
  encoding: string;
  /** A note when the text was not plain UTF-8 (T017), else null. */
  note: Message | null;
}

/** How far into a page its <meta charset> is looked for (the HTML standard's prescan: 1024). */
const META_PRESCAN = 1024;
/** Bytes sampled to guess UTF-16 without a byte-order mark. */
const UTF16_SAMPLE = 4096;

export function decodeBytes(content: string | Buffer, options: { html?: boolean } = {}): Decoded {
  if (typeof content === "string")
    return plain(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  const binary = binaryFormat(content);
  if (binary) return { text: "", binary, encoding: "binary", note: null };
  const bom = byteOrderMark(content);
  if (bom) {
    const text = iconvLite().decode(content.subarray(bom.length), bom.encoding);
    return bom.encoding === "utf-8" ? plain(text) : noted(text, bom.encoding, "a byte-order mark");
  }
  const declared = options.html ? metaCharset(content) : null;
  if (declared && declared !== "utf-8") {
    return noted(iconvLite().decode(content, declared), declared, "the page's <meta> charset");
  }
  const utf16 = utf16WithoutMark(content);
  if (utf16) return noted(iconvLite().decode(content, utf16), utf16, "every other byte being zero");
  try {
    return plain(new TextDecoder("utf-8", { fatal: true }).decode(content));
  } catch {
    // Bytes with a NUL are not legacy text either: read as UTF-8 for the binary check (T002).
    if (content.includes(0)) return plain(new TextDecoder("utf-8").decode(content));
    return noted(iconvLite().decode(content, "windows-1252"), "windows-1252", "the bytes not being UTF-8");
  }
}

function plain(text: string): Decoded {
  return { text, binary: null, encoding: "utf-8", note: null };
}

function noted(text: string, encoding: string, why: string): Decoded {
  return { text, binary: null, encoding, note: message("T017", `read as ${encoding}, by ${why}`) };
}

/** File formats often saved under a text file's name, by their first bytes. */
const MAGIC: [bytes: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (or a .docx/.xlsx/.odt document)"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "an old Microsoft Office document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x1f, 0x8b], "a gzip-compressed file"],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], "an SQLite database"],
  [[0x7f, 0x45, 0x4c, 0x46], "a program (ELF)"],
];

function binaryFormat(b: Buffer): string | null {
  for (const [bytes, what] of MAGIC) if (bytes.every((x, i) => b[i] === x)) return what;
  return null;
}

/** The T002 message for bytes of a known binary format. */
export function binaryMessage(what: string): Message {
  return message("T002", `${what}; extract its text first (save as .txt, or copy the text)`);
}

function byteOrderMark(b: Buffer): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** The encoding a page's <meta charset=…> or <meta http-equiv content="…; charset=…"> names. */
function metaCharset(b: Buffer): string | null {
  const head = b.toString("latin1", 0, Math.min(b.length, META_PRESCAN));
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return null;
  try {
    const encoding = new TextDecoder(m[1]!).encoding;
    // A page that says UTF-16 while its prescan is ASCII-readable is not UTF-16 (the standard
    // reads it as UTF-8).
    if (encoding.startsWith("utf-16")) return "utf-8";
    return iconvLite().encodingExists(encoding) ? encoding : null;
  } catch {
    return null; // a label no decoder knows: fall through to the content's own evidence
  }
}

/** UTF-16 saved without a mark: text in a Latin script has a zero in every other byte. */
function utf16WithoutMark(b: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, UTF16_SAMPLE) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return "utf-16le";
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return "utf-16be";
  return null;
}
