// A relative clause on the counted people between the figure and its verb is no modality of the
// figure (claims/relative-aside.ts); a cue of the main clause still is. Sentences written for these
// tests.
import { describe, expect, it } from "vitest";
import { extractChecked } from "../../../test/support/extract-checked.js";

const read = (text: string) =>
  extractChecked(text, "2026-11-24").claims.map((c) => [
    c.quantity.value,
    c.modality,
    c.evidence[0]!.text,
    c.outcome,
  ]);

describe("a cue inside a relative clause on the counted people", () => {
  it.each([
    ["The official said two passengers who tried to run were shot dead.", 2],
    ["Police said three guards who had not been paid for months were killed in the attack.", 3],
    ["Five soldiers who would have gone on leave this week were killed, the army said.", 5],
    ["Four fishermen, who were trying to reach the shore, were wounded by the blast.", 4],
  ])("%s is asserted", (text, value) => {
    expect(read(text).map(([v, m]) => [v, m])).toEqual([[value, "asserted"]]);
  });
});

describe("a cue of the main clause", () => {
  it.each([
    ["The kidnappers threatened to kill 10 hostages who tried to escape.", 10, "threatened"],
    ["The army denied that 12 villagers who fled the fighting were killed.", 12, "denied"],
  ])("%s", (text, value, modality) => {
    expect(read(text).map(([v, m]) => [v, m])).toEqual([[value, modality]]);
  });
});
