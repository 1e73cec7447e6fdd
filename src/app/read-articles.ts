// Reading an input (a file's or stdin's content) into articles: plain text, a JSON article or
// array of articles, or JSON Lines of articles. Problems become messages tied to the source and
// line; nothing is dropped silently, and checking the articles' text is left to checkArticle.
import { createRequire } from "node:module";
import { BoundedCache } from "../core/bounded-cache.js";
import { message } from "../core/errors.js";
import type { Article, Message } from "../core/model.js";
import { binaryMessage, decodeBytes } from "./decode.js";

export type InputFormat = "auto" | "text" | "json" | "jsonl";
export const INPUT_FORMATS: readonly InputFormat[] = ["auto", "text", "json", "jsonl"];

export interface Source {
  /** A file name or path, or "stdin". */
  name: string;
  content: string | Buffer;
}

export interface ReadOptions {
  /** Publication date for articles that carry none (plain text always carries none). */
  published?: string;
  format?: InputFormat;
}

export type SourceMessage = Message & { source: string; line?: number };

export interface ReadResult {
  articles: Article[];
  messages: SourceMessage[];
  /** The 1-based line each article starts on, parallel to `articles` (null when not known). */
  lines: Array<number | null>;
}

export function readArticles(source: Source, opts: ReadOptions = {}): ReadResult {
  const decoded = decodeBytes(source.content);
  const content = decoded.text;
  const reader = new Reader(source.name, opts.published);
  if (decoded.binary) {
    reader.report(binaryMessage(decoded.binary));
    return reader.result;
  }
  if (decoded.note) reader.report(decoded.note);
  switch (detectFormat(source.name, content, opts.format ?? "auto")) {
    case "text":
      reader.add(
        {
          id: baseName(source.name),
          text: content,
          published: opts.published ?? null,
          // A file's name names the article; stdin names none.
          ...(STDIN_NAMES.has(source.name) ? { idGiven: false } : {}),
        },
        null,
      );
      break;
    case "json":
      reader.readJson(content);
      break;
    case "jsonl":
      reader.readJsonLines(content);
      break;
  }
  return reader.result;
}

/**
 * One line of JSON Lines read on its own (`n` its 1-based line), as `readArticles` reads each line
 * of a whole .jsonl file: for ingest, which streams such input line by line.
 */
export function readJsonLine(source: string, line: string, n: number, published?: string): ReadResult {
  const reader = new Reader(source, published);
  reader.readLine(line, n);
  return reader.result;
}

/** The names stdin is read under: they name no article. */
const STDIN_NAMES = new Set(["-", "stdin"]);

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

/** Whether content looks like an HTML page rather than text that mentions a tag. */
export function looksLikeHtml(content: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])/i.test(content.slice(0, 2000));
}

/** The format of an input: the one asked for, else by the name's extension, else by the content. */
export function detectFormat(
  name: string,
  content: string,
  format: InputFormat = "auto",
): Exclude<InputFormat, "auto"> {
  if (format !== "auto") return format;
  if (/\.(jsonl|ndjson)$/i.test(name)) return "jsonl";
  if (/\.json$/i.test(name)) return "json";
  const first = /^\s*(.*)$/m.exec(content)?.[1]?.trim() ?? "";
  // JSON starts with "{" or "[" alone or opening a key, an object or a string: "{", '{"id"',
  // "[{", '["'. "[Reuters] Gunmen…" and "{Update} …" are text.
  if (/^\{\s*($|["}])/.test(first)) {
    // Several lines that open objects: JSON Lines, unless it is one object over many lines.
    if (objectLines(content) > 1 && (isObject(parse(first)) || parse(content) === undefined)) return "jsonl";
    return "json";
  }
  if (/^\[\s*($|[{[\]"])/.test(first)) return "json";
  return "text";
}

/** How many lines open with "{" (counting stops at 2). */
function objectLines(content: string): number {
  const re = /^[ \t]*\{/gm;
  let n = 0;
  while (n < 2 && re.exec(content)) n++;
  return n;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Collects articles and messages for one source. */
class Reader {
  readonly result: ReadResult = { articles: [], messages: [], lines: [] };

  constructor(
    private readonly source: string,
    private readonly published: string | undefined,
  ) {}

  add(article: Article, line: number | null): void {
    this.result.articles.push(article);
    this.result.lines.push(line);
  }

  report(m: Message, line?: number): void {
    this.result.messages.push(
      line === undefined ? { ...m, source: this.source } : { ...m, source: this.source, line },
    );
  }

  readJsonLines(content: string): void {
    const lines = content.split("\n");
    for (let i = 0; i < lines.length; i++) this.readLine(lines[i]!, i + 1);
  }

  /** One line of JSON Lines, the `n`th (blank lines hold nothing). */
  readLine(text: string, n: number): void {
    const line = text.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      this.report(message("T006", jsonProblem(e)), n);
      return;
    }
    this.readObject(value, `${baseName(this.source)}:${n}`, n);
  }

  readJson(content: string): void {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      this.report(message("T006", jsonProblem(e)), lineAt(content, e));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        this.readObject(item, `${baseName(this.source)}:${i + 1}`, undefined, i + 1),
      );
    } else {
      this.readObject(value, baseName(this.source), undefined);
    }
  }

  /** One article object; `item` is its 1-based place in a JSON array. */
  private readObject(value: unknown, defaultId: string, line: number | undefined, item?: number): void {
    const where = item === undefined ? undefined : `item ${item}`;
    if (!isObject(value) || typeof value.text !== "string") {
      const got = !isObject(value)
        ? `got ${Array.isArray(value) ? "an array" : typeof value}`
        : "no string `text`";
      this.report(message("T007", where ? `${where}: ${got}` : got), line);
      return;
    }
    const id =
      typeof value.id === "string" && value.id
        ? value.id
        : typeof value.id === "number"
          ? String(value.id)
          : // An article is its id, else its URL (issue 10 §2); else its place in the input.
            (str(value.url) ?? defaultId);
    const named = id !== defaultId;
    this.add(
      {
        id,
        ...(named ? {} : { idGiven: false }),
        text: value.text,
        published: str(value.published) ?? str(value.date) ?? this.published ?? null,
        outlet: str(value.outlet),
        url: str(value.url),
        title: str(value.title),
        ...this.facts(value, line, where),
      },
      line ?? null,
    );
  }

  /** The input's own place and language (issue 10 §2); keys only for what it gives. */
  private facts(
    value: Record<string, unknown>,
    line: number | undefined,
    where: string | undefined,
  ): Pick<Article, "place" | "language"> {
    const names = {
      location: str(value.location),
      admin2: str(value.admin2),
      admin1: str(value.admin1),
      country: str(value.country),
    };
    const [lat, lon] = [degrees(value.latitude, 90), degrees(value.longitude, 180)];
    const givenXY = value.latitude !== undefined || value.longitude !== undefined;
    const usable = lat !== null && lon !== null;
    if (givenXY && !usable) {
      const got = `latitude ${JSON.stringify(value.latitude ?? null)}, longitude ${JSON.stringify(value.longitude ?? null)}`;
      this.report(message("T020", where ? `${where}: ${got}` : got), line);
    }
    if (names.country !== null && !isCountry(names.country)) {
      const got = `country ${JSON.stringify(names.country)}`;
      this.report(message("T022", where ? `${where}: ${got}` : got), line);
    }
    const out: Pick<Article, "place" | "language"> = {};
    if (usable || Object.values(names).some((v) => v !== null))
      out.place = { ...names, latitude: usable ? lat : null, longitude: usable ? lon : null };
    const language = str(value.language);
    if (language) out.language = language;
    return out;
  }
}

interface CountriesList {
  countries: Record<string, unknown>;
  getCountryCode: (name: string) => string | false;
}

/** countries-list, loaded when the first input names a country. */
let countriesList: CountriesList | null = null;

/**
 * Answers kept by the name as given: a file's rows name the same few countries again and again,
 * and each answer is a pass over every country's names with a pattern made for the one asked.
 */
const COUNTRY_ANSWERS = new BoundedCache<boolean>(10_000);

/** A country's English name or ISO 3166-1 alpha-2 code, as countries-list knows them. */
function isCountry(given: string): boolean {
  return COUNTRY_ANSWERS.get(given, () => {
    countriesList ??= createRequire(import.meta.url)("countries-list") as CountriesList;
    const { countries, getCountryCode } = countriesList;
    const v = given.trim();
    return /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() in countries : getCountryCode(v) !== false;
  });
}

/** A coordinate in decimal degrees within ±limit (a number or a numeric string), else null. */
function degrees(v: unknown, limit: number): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v : null;
}

function jsonProblem(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The 1-based line of a JSON.parse error's "at position N", if it gives one. */
function lineAt(content: string, e: unknown): number | undefined {
  const m = /position (\d+)/.exec(jsonProblem(e));
  if (!m) return undefined;
  const pos = Math.min(Number(m[1]), content.length);
  let line = 1;
  for (let i = content.indexOf("\n"); i >= 0 && i < pos; i = content.indexOf("\n", i + 1)) line++;
  return line;
}
