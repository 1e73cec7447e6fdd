// Sentences written for these tests (not taken from any report or dataset): an infinitive after
// "used" and its object ("used them to kill") is an act done, asserted; a purpose ("stormed the
// station to lynch") and a plan ("will use drones to kill") are not.
import { describe, expect, it } from "vitest";
import { claimRows } from "../../../test/support/extract-checked.js";

const rows = (text: string) => claimRows(text, (c) => [c.modality]);

describe("an infinitive after 'used' and its object", () => {
  it("asserts 'took their rifles and used them to kill two guards'", () => {
    expect(rows("The men seized two rifles at the gate and used them to kill two guards.")).toEqual([
      ["killed", "security_forces", 2, "kill two guards", "asserted"],
    ]);
  });

  it("asserts 'used a machete to behead the driver'", () => {
    expect(rows("One attacker used a machete to behead the driver near Beni.")).toEqual([
      ["killed", "civilians", 1, "behead the driver", "asserted"],
    ]);
  });

  it("keeps a purpose and a plan unasserted", () => {
    expect(rows("A mob stormed the jail to lynch two prisoners.")).toEqual([
      ["killed", "civilians", 2, "lynch two prisoners", "threatened"],
    ]);
    expect(rows("The rebels said they will use drones to kill 20 soldiers.")).toEqual([
      ["killed", "security_forces", 20, "kill 20 soldiers", "threatened"],
    ]);
  });
});
