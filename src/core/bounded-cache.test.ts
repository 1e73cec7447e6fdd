import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache.js";

describe("BoundedCache", () => {
  it("computes a key's value once, keeps null and false, and stays within its size", () => {
    const cache = new BoundedCache<string | null>(3);
    let computed = 0;
    const value = (k: string) => cache.get(k, () => (computed++, k === "none" ? null : k.toUpperCase()));
    expect(value("a")).toBe("A");
    expect(value("none")).toBeNull();
    expect(value("a")).toBe("A");
    expect(value("none")).toBeNull();
    expect(computed).toBe(2);
    // Full at three keys: the fourth empties it, so "a" is computed again.
    value("b");
    value("c");
    value("a");
    expect(computed).toBe(5);
  });
});
