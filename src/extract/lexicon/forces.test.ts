import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { LEFT_OUT, NAMED_FORCES, SERVICE_WORDS, forceAt, forceKeywords } from "./forces.js";

const require = createRequire(import.meta.url);
const COUNTRIES = require("countries-list/minimal/countries.en.min.json") as Record<string, string>;

/** The content words of a name, lower-case without accents; function words of its languages left out. */
function contentWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => !/^(of|the|and|in|for|de|la|le|du|des|et|pour|y|del|da|do|al|wal|i|e|ul)$/.test(w));
}

/**
 * Whether a short form abbreviates a name: each content word gives its first letter and maybe
 * more of its letters in order ("IDF"; "FAMa" Forces Armées Maliennes; "SEDENA" Secretaría de la
 * Defensa Nacional; "FACA" Forces Armées CentrAfricaines).
 */
function abbreviates(short: string, words: readonly string[]): boolean {
  if (words.length === 0) return short.length === 0;
  const [w, ...rest] = words;
  if (!short.startsWith(w![0]!)) return false;
  // The letters this word gives: its first, then any of its later letters in order.
  const tails = (from: number, at: number): boolean => {
    if (abbreviates(short.slice(at), rest)) return true;
    for (let i = from; i < w!.length; i++) if (w![i] === short[at] && tails(i + 1, at + 1)) return true;
    return false;
  };
  return tails(1, 1);
}

const at = (text: string) => {
  const tokens = tokenize(text, { start: 0, end: text.length });
  const m = forceAt(tokens, 0);
  return m && { name: m.force.name, side: m.force.side, words: m.end };
};

describe("the named forces", () => {
  it("names countries that countries-list knows", () => {
    for (const f of NAMED_FORCES) expect(COUNTRIES[f.country], `${f.name}: ${f.country}`).toBeDefined();
  });

  it("gives short forms that abbreviate the name, or the name in its own language", () => {
    for (const f of NAMED_FORCES)
      for (const s of f.short) {
        const letters = s.replace(/[^A-Za-z]/g, "").toLowerCase();
        expect(abbreviates(letters, contentWords(f.native ?? f.name)), `${s} for ${f.native ?? f.name}`).toBe(
          true,
        );
      }
  });

  it("reads a short form as written, and a name in any case", () => {
    expect(at("IDF soldiers")).toEqual({ name: "Israel Defense Forces", side: "state", words: 1 });
    expect(at("idf soldiers")).toBeNull();
    expect(at("FARDC troops")?.side).toBe("state");
    expect(at("RSF fighters")?.side).toBe("non_state");
    expect(at("the rapid support forces")).toBeNull();
    expect(at("Rapid Support Forces fighters")).toEqual({
      name: "Rapid Support Forces",
      side: "non_state",
      words: 3,
    });
    expect(at("Sudan People's Liberation Movement-North")?.words).toBe(6);
  });

  it("leaves out short forms that are other things too, with the reason", () => {
    expect(at("AFP reported")).toBeNull();
    expect(at("Ana said")).toBeNull();
    expect(new Map(LEFT_OUT).get("AFP")).toMatch(/news agency/);
    const keywords = new Map(forceKeywords());
    expect(keywords.get("afp")).toBeUndefined();
    expect(keywords.get("idf")).toBe("state");
    expect(keywords.get("rsf")).toBe("non_state");
  });
});

describe("the services' words", () => {
  it("holds each noun in both numbers, derived", () => {
    const words = new Map(SERVICE_WORDS.map(([service, ws]) => [service, ws]));
    expect(words.get("police")).toEqual(expect.arrayContaining(["policewoman", "policewomen", "gendarmes"]));
    expect(words.get("military")).toEqual(expect.arrayContaining(["marine", "marines", "armies", "troops"]));
    expect(words.get("formation")).toEqual(expect.arrayContaining(["battalion", "battalions"]));
  });
});
