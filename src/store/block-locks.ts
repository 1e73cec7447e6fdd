// The linker's block locks a PostgreSQL transaction holds (issue 14: several writers on one
// database), and how to take the next ones so that no two writers ever wait on each other in a
// ring. Every writer takes "*" (every block) first, shared, or exclusively alone, and then block
// keys in the order of their text. A key that comes after every key the transaction holds is
// waited for; one that comes before a key it holds (a re-link that reached an earlier period late,
// or an exclusive "*" over a shared one) is only tried: waiting for it could close a ring with a
// writer that holds it and waits for one of ours. A try that fails is the caller's to report (the
// batch is rolled back and stored again, as after a deadlock).

export type LockMode = "shared" | "exclusive";

/** One lock to take: wait for it, or only try it. */
export interface LockStep {
  key: string;
  mode: LockMode;
  wait: boolean;
}

export class HeldLocks {
  /** Each key held, how, and at which transaction level it was taken. */
  private readonly held = new Map<string, { mode: LockMode; level: number }>();

  /** The locks to take for `keys` ("*" among them: every block, exclusively), taken at `level`. */
  plan(keys: readonly string[], level: number): LockStep[] {
    if (this.held.get("*")?.mode === "exclusive") return [];
    const wanted: [string, LockMode][] = keys.includes("*")
      ? [["*", "exclusive"]]
      : [["*", "shared"], ...[...new Set(keys)].sort().map((k): [string, LockMode] => [k, "exclusive"])];
    const steps: LockStep[] = [];
    for (const [key, mode] of wanted) {
      const had = this.held.get(key);
      if (had && (had.mode === "exclusive" || mode === "shared")) continue;
      // In order: nothing held comes after it, and it is no stronger hold of a key held.
      const wait = !had && ![...this.held.keys()].some((k) => k > key);
      steps.push({ key, mode, wait });
      this.held.set(key, { mode, level });
    }
    return steps;
  }

  /**
   * A level released into its parent (RELEASE SAVEPOINT): what it took is held to the end of the
   * transaction as the parent's, so that a sibling level rolled back later does not forget it.
   */
  released(level: number): void {
    for (const h of this.held.values()) if (h.level >= level) h.level = level - 1;
  }

  /** A level rolled back: what it took may be released (PostgreSQL releases a subtransaction's). */
  dropFrom(level: number): void {
    for (const [key, h] of this.held) if (h.level >= level) this.held.delete(key);
  }

  /** The transaction ended. */
  clear(): void {
    this.held.clear();
  }
}
