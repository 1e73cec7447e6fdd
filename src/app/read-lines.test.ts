import { describe, expect, it } from "vitest";
import { batchesOf, linesOf } from "./read-lines.js";

async function all<T>(xs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of xs) out.push(x);
  return out;
}

async function* chunks(...parts: (Buffer | string)[]) {
  for (const p of parts) yield p;
}

describe("linesOf", () => {
  it("splits lines across chunks, a character split between chunks kept whole, numbered from 1", async () => {
    const bytes = Buffer.from("a\nzwölf\nlast");
    const cut = bytes.indexOf(0xc3) + 1; // inside "ö"
    const lines = await all(linesOf(chunks(bytes.subarray(0, cut), bytes.subarray(cut))));
    expect(lines).toEqual([
      { text: "a", n: 1 },
      { text: "zwölf", n: 2 },
      { text: "last", n: 3 },
    ]);
  });
});

describe("batchesOf", () => {
  it("closes a batch when full, and when no item comes for the idle time", async () => {
    async function* items() {
      yield* [1, 2, 3];
      await new Promise((resolve) => setTimeout(resolve, 150));
      yield 4;
    }
    expect(await all(batchesOf(items(), 2, 10_000, 50))).toEqual([[1, 2], [3], [4]]);
  });

  it("cuts by count alone when given no time limits, however slowly the items come (a file on a busy machine)", async () => {
    async function* items() {
      for (const i of [1, 2, 3, 4, 5]) {
        if (i === 2 || i === 4) await new Promise((resolve) => setTimeout(resolve, 30));
        yield i;
      }
    }
    expect(await all(batchesOf(items(), 2, Infinity, Infinity))).toEqual([[1, 2], [3, 4], [5]]);
  });
});
