import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { tokenize } from "../tokens.js";
import { noComment } from "./no-comment.js";

const claimants = (text: string) =>
  extract({ id: "t", text, published: "2025-03-12", outlet: "The Test Outlet" }).claims.map((c) => [
    c.quantity.value,
    c.claimant.type,
    c.claimant.name,
  ]);

describe("noComment: a party asked for its word that gave none", () => {
  it.each([
    ["The RSF did not respond to a request for comment.", "did"],
    ["The army did not immediately respond.", "did"],
    ["The ministry declined to comment.", "declined"],
    ["Police could not immediately be reached for comment.", "could"],
    ["The group has not commented.", null],
    ["They did not reply to messages.", "did"],
  ])("reads '%s'", (text, opens) => {
    const tk = tokenize(text, { start: 0, end: text.length });
    const at = tk.findIndex((t, k) => noComment(tk, k) !== null);
    expect(at < 0 ? null : tk[noComment(tk, at)!]!.norm).toBe(opens);
  });

  it("makes the one asked the body a following 'It said' refers to", () => {
    expect(
      claimants(
        "The Sudan Doctors Network said 12 people were killed. The group blamed the RSF. " +
          "The RSF did not respond to a request for comment. It said on Telegram that 4 of its fighters died.",
      ),
    ).toEqual([
      [12, "official", "Sudan Doctors Network"],
      [4, "armed_group", "RSF"],
    ]);
    expect(
      claimants(
        "Residents said soldiers killed 9 villagers. The army declined to comment. It later said 2 soldiers were wounded.",
      ),
    ).toEqual([
      [9, "witness", "Residents"],
      [2, "state_military", "army"],
    ]);
  });
});

describe("a speech verb after 'but' speaks for the clause's subject", () => {
  it("reads 'X has denied …, but said' as X's figure", () => {
    expect(claimants("The army denied shelling the village but said 3 soldiers were killed.")).toEqual([
      [3, "state_military", "army"],
    ]);
    expect(
      claimants(
        "Police said 5 people died. The RSF did not respond. It has previously denied targeting civilians, but said 4 of its fighters died.",
      ),
    ).toEqual([
      [5, "state_military", "Police"],
      [4, "armed_group", "RSF"],
    ]);
  });
});
