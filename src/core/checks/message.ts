// A check's finding as a message of the catalogue (core/errors.ts), naming the claims involved:
// their ids in `claims`, and in the text each claimant with its figure as written. A check never
// changes a figure; it says why a reader should look.
import { CATALOGUE, type ErrorCode } from "../errors.js";
import type { Claim, Message } from "../model.js";

export type CheckCode = Extract<ErrorCode, `C${string}`>;

export interface Check extends Message {
  code: CheckCode;
  /** Ids of the claims involved, in the order the text names them. */
  claims: string[];
}

/** One claim as the message names it: `army's “20 people were killed” (c1)`. */
export function named(c: Claim): string {
  const said = c.evidence[0]?.text ?? c.quantity.text;
  return `${possessive(c.claimant.name)} “${said}” (${c.id})`;
}

export function finding(code: CheckCode, detail: string, claims: readonly Claim[]): Check {
  const entry = CATALOGUE[code];
  const first = claims[0]?.evidence[0];
  const oneArticle = claims.every((c) => c.article === claims[0]?.article);
  return {
    code,
    severity: entry.severity,
    message: `${detail}. ${entry.text}`,
    ...(first && oneArticle ? { span: { start: first.start, end: first.end } } : {}),
    claims: claims.map((c) => c.id),
  };
}

/** A sum as the messages write it: "15 + 9 = 24", or "at least 24" for open figures. */
export function total(low: number, high: number | null): string {
  return high === low ? String(low) : high === null ? `at least ${low}` : `${low}–${high}`;
}

/** "army's", "militants'", "ISPR's". */
function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}
