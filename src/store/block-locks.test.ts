import { describe, expect, it } from "vitest";
import { HeldLocks } from "./block-locks.js";

const steps = (h: HeldLocks, keys: string[], level = 1) =>
  h.plan(keys, level).map((s) => `${s.wait ? "wait" : "try"} ${s.mode} ${s.key}`);

describe("HeldLocks", () => {
  it("waits for '*' shared and then the keys in the order of their text", () => {
    expect(steps(new HeldLocks(), ["days:0250003", "days:0250001"])).toEqual([
      "wait shared *",
      "wait exclusive days:0250001",
      "wait exclusive days:0250003",
    ]);
  });

  it("takes a key held once only, and waits for one that comes after every key held", () => {
    const h = new HeldLocks();
    steps(h, ["days:0250001", "days:0250002"]);
    expect(steps(h, ["days:0250002", "days:0250003"])).toEqual(["wait exclusive days:0250003"]);
  });

  it("only tries a key that comes before one held: waiting for it could close a ring", () => {
    const h = new HeldLocks();
    steps(h, ["days:0250005", "days:0250006"]);
    expect(steps(h, ["days:0250001", "days:0250002", "days:0250007"])).toEqual([
      "try exclusive days:0250001",
      "try exclusive days:0250002",
      "wait exclusive days:0250007",
    ]);
  });

  it("only tries every block ('*' exclusively) over a shared hold, and needs nothing more once it has it", () => {
    const h = new HeldLocks();
    steps(h, ["days:0250001"]);
    expect(steps(h, ["*"])).toEqual(["try exclusive *"]);
    expect(steps(h, ["days:0250009"])).toEqual([]);
    const alone = new HeldLocks();
    expect(steps(alone, ["*"])).toEqual(["wait exclusive *"]);
    expect(steps(alone, ["days:0250001"])).toEqual([]);
  });

  it("forgets what a rolled-back level took, and everything when the transaction ends", () => {
    const h = new HeldLocks();
    steps(h, ["days:0250001"], 1);
    steps(h, ["days:0250005"], 2);
    h.dropFrom(2);
    // days:0250005 may have been released with its savepoint: taken again, in order.
    expect(steps(h, ["days:0250003", "days:0250005"], 2)).toEqual([
      "wait exclusive days:0250003",
      "wait exclusive days:0250005",
    ]);
    h.clear();
    expect(steps(h, ["days:0250001"])).toEqual(["wait shared *", "wait exclusive days:0250001"]);
  });

  it("keeps what a released savepoint took, held by its parent: a sibling rolled back does not forget it", () => {
    // PostgreSQL keeps a released savepoint's locks to the end of the transaction (an ingest
    // batch stored again one by one: each article a savepoint, its linking one inside it).
    const h = new HeldLocks();
    steps(h, ["days:0250005"], 3);
    h.released(3);
    h.released(2);
    steps(h, ["days:0250001"], 2);
    h.dropFrom(2);
    // days:0250005 is still held: days:0250003 comes before it, so it is only tried.
    expect(steps(h, ["days:0250003"], 2)).toEqual(["try exclusive days:0250003"]);
  });
});
