// Engine versions ("0.1.0", "0.10.2") compared part by part, numerically where both are numbers:
// which version of an article's claims is the newest; and an article's identity in the stores.
import { createHash } from "node:crypto";

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "0";
    const y = pb[i] ?? "0";
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (c !== 0) return c;
  }
  return 0;
}

/** An article's identity in every store: the SHA-256 of its text (stored once, whatever its id). */
export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The id an article is stored under: its own id while free, else that id and a part of its hash. */
export function articleIdFor(wanted: string, hash: string, taken: (id: string) => boolean): string {
  const base = wanted.trim() || hash.slice(0, 16);
  if (!taken(base)) return base;
  for (let n = 8; n <= hash.length; n += 8) {
    const id = `${base}~${hash.slice(0, n)}`;
    if (!taken(id)) return id;
  }
  return `${base}~${hash}`;
}
