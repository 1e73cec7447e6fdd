// Sentences written for these tests (not taken from any report or dataset): an attacker's own
// death said twice in one sentence counts once ("blew himself up …, killing himself and …").
import { describe, expect, it } from "vitest";
import { claimRows, extractChecked } from "../../../test/support/extract-checked.js";

const gtd = (text: string) => extractChecked(text).datasets.gtd;

describe("an attacker's own death said twice in one sentence", () => {
  it("counts 'blew himself up …, killing himself and three shoppers' once", () => {
    const text =
      "A suicide bomber blew himself up at a bus stand in Kano, killing himself and three shoppers.";
    expect(claimRows(text)).toEqual([
      ["killed", "militants", 1, "A suicide bomber blew himself up"],
      ["killed", "civilians", 3, "killing himself and three shoppers"],
    ]);
    expect(gtd(text)).toMatchObject({ nkill: 4, nkillter: 1 });
  });

  it("counts 'blew herself up …, killing herself and a guard' once", () => {
    const text =
      "A woman blew herself up at the gate of a clinic, killing herself and a guard who stopped her.";
    expect(gtd(text)).toMatchObject({ nkill: 2, nkillter: 1 });
  });

  it("still counts 'killing himself' where nothing before said his death", () => {
    const text = "The attacker detonated his vest near the checkpoint, killing himself and two soldiers.";
    expect(gtd(text)).toMatchObject({ nkill: 3, nkillter: 1 });
  });
});
