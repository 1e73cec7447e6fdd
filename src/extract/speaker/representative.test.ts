import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { compoundBody, representedBody } from "./representative.js";

/** The body a mention speaks for, as the text its range covers (offsets checked), and the noun. */
function body(mention: string): [string, string] | null {
  const tk = tokenize(mention, { start: 0, end: mention.length });
  const r = representedBody(tk);
  if (!r) return null;
  const span = { start: tk[r.body[0]]!.start, end: tk[r.body[1] - 1]!.end };
  expect(span.end).toBeGreaterThan(span.start);
  return [mention.slice(span.start, span.end), r.noun];
}

describe("representedBody: one who speaks for a body", () => {
  it("reads 'a spokesman for X', 'a senior official at X', 'a source in X'", () => {
    expect(body("a spokesman for the state police command")).toEqual([
      "the state police command",
      "spokesman",
    ]);
    expect(body("A senior official at the Sudan Doctors Network")).toEqual([
      "the Sudan Doctors Network",
      "official",
    ]);
    expect(body("a source in the Congolese army")).toEqual(["the Congolese army", "source"]);
    expect(body("sources within the rebel group")).toEqual(["the rebel group", "sources"]);
    expect(body("a representative of the Red Cross")).toEqual(["the Red Cross", "representative"]);
    expect(body("the press office of the police")).toEqual(["the police", "office"]);
    expect(body("the army's media wing")).toEqual(["the army's", "wing"]);
  });

  it("reads a possessor: 'the network's spokesperson', 'the regional administration's senior official'", () => {
    expect(body("The network's spokesperson")).toEqual(["The network's", "spokesperson"]);
    expect(body("the regional administration's senior official")).toEqual([
      "the regional administration's",
      "official",
    ]);
  });

  it("leaves a named person and an apposition to the mention", () => {
    expect(body("Jose Santos, a spokesman for the army")).toBeNull();
    expect(body("Police spokesman Ali Raza")).toBeNull();
    expect(body("a spokesman for the army, Ali Raza")).toBeNull();
    expect(body("the army's spokesman Ali Raza")).toBeNull();
  });

  it("reads no relation where the noun is no representative", () => {
    expect(body("a doctor at the hospital")).toBeNull();
    expect(body("residents of the village")).toBeNull();
    expect(body("its spokesman")).toBeNull();
  });
});

describe("compoundBody: a body's head noun before the one who speaks for it", () => {
  const heads = new Set(["committee", "ministry", "network"]);
  const compound = (mention: string) =>
    compoundBody(tokenize(mention, { start: 0, end: mention.length }), heads);

  it("reads 'a committee member', 'a senior ministry official', 'Another committee member'", () => {
    expect(compound("a committee member")).toEqual({ head: "committee", noun: "member" });
    expect(compound("A senior ministry official")).toEqual({ head: "ministry", noun: "official" });
    expect(compound("Another committee member")).toEqual({ head: "committee", noun: "member" });
  });

  it("reads no body in a head of another noun, a capitalised name or a noun with no relation", () => {
    expect(compound("a police official")).toBeNull();
    expect(compound("the Network spokesman")).toBeNull();
    expect(compound("a committee chairman")).toBeNull();
    expect(compound("the Tawila committee member")).toBeNull();
  });
});
