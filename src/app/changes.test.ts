import { describe, expect, it } from "vitest";
import { itemLine, parseSince } from "./changes.js";

describe("parseSince", () => {
  const now = new Date("2025-03-12T12:00:00.000Z");
  it("reads a day, a timestamp and a span back from now", () => {
    expect(parseSince("2025-03-11", now)).toBe("2025-03-11T00:00:00.000Z");
    expect(parseSince("2025-03-11T08:30:00Z", now)).toBe("2025-03-11T08:30:00.000Z");
    expect(parseSince("2025-03-11T10:30:00+02:00", now)).toBe("2025-03-11T08:30:00.000Z");
    expect(parseSince("24h", now)).toBe("2025-03-11T12:00:00.000Z");
    expect(parseSince("30m", now)).toBe("2025-03-12T11:30:00.000Z");
    expect(parseSince("7d", now)).toBe("2025-03-05T12:00:00.000Z");
  });
  it("refuses anything else", () => {
    for (const bad of ["yesterday", "2025-13-40", "12/03/2025", "", "5w"])
      expect(parseSince(bad, now)).toBeNull();
  });
});

describe("itemLine", () => {
  it("words each kind of change", () => {
    expect(itemLine({ kind: "new_incident" })).toBe("new incident");
    expect(
      itemLine({
        kind: "figure",
        outcome: "killed",
        group: "security_forces",
        from: 4,
        to: 18,
        low: 18,
        high: 18,
      }),
    ).toBe("killed, security forces: 4 → 18");
    expect(
      itemLine({
        kind: "figure",
        outcome: "killed",
        group: "people",
        from: null,
        to: 450,
        low: 451,
        high: null,
      }),
    ).toBe("killed, people: 450 (451–open)");
    expect(
      itemLine({ kind: "grade", outcome: "killed", group: "hostages", from: "fair", to: "contested" }),
    ).toBe("killed, hostages now contested (was fair)");
    expect(itemLine({ kind: "check", code: "C003", message: "x.", claims: [] })).toBe("check C003: x.");
  });
});
