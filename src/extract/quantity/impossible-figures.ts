// Figures written before a noun of people that cannot be a count of them (issue 12 §5): negative
// ("-5 soldiers"), not whole ("2.5 people"), in scientific notation ("1e308 people"), over the
// world's population, or "fewer than 0". ./find-quantities.ts reads none of them as a quantity;
// this says so, as warning T019 with the figure's span, so that a reader sees why a figure on
// the page made no claim.
import { message } from "../../core/errors.js";
import type { Message } from "../../core/model.js";
import { GROUP_OF_NOUN } from "../lexicon/groups.js";
import { MULTIPLIERS } from "../lexicon/numbers.js";
import type { Token } from "../tokens.js";
import { MAX_PEOPLE, NEGATIVE_SIGNS } from "./find-quantities.js";

const FEWER = new Set(["fewer", "less", "under"]);

/** The T019 warnings of a sentence's tokens; `slice` gives the untouched text. */
export function impossibleFigures(
  tokens: readonly Token[],
  slice: (a: number, b: number) => string,
): Message[] {
  const out: Message[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" && t.norm !== "zero") continue;
    const mult = MULTIPLIERS.get(tokens[i + 1]?.norm ?? "") ?? 1;
    const noun = tokens[i + (mult > 1 ? 2 : 1)];
    if (!noun || !GROUP_OF_NOUN.has(noun.norm)) continue;
    const why = reason(tokens, i, mult);
    if (!why) continue;
    const first = why.first;
    const span = { start: tokens[first]!.start, end: noun.end };
    out.push(message("T019", `"${slice(span.start, span.end)}": ${why.text}`, span));
  }
  return out;
}

function reason(tokens: readonly Token[], i: number, mult: number): { text: string; first: number } | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const glued = prev !== undefined && prev.end === t.start;
  if (glued && /^e$/i.test(prev.text) && prev2?.kind === "num" && prev2.end === prev.start)
    return { text: "scientific notation is not a count of people", first: i - 2 };
  if (glued && NEGATIVE_SIGNS.has(prev.text) && !(prev2 && prev2.end === prev.start))
    return { text: "a negative figure is not a count of people", first: i - 1 };
  const value = t.kind === "num" ? Number(t.text.replace(/,/g, "")) : 0; // "zero"
  if (value === 0) {
    if (FEWER.has(prev?.norm ?? "")) return { text: FEWER_THAN_ZERO, first: i - 1 };
    if (prev?.norm === "than" && FEWER.has(prev2?.norm ?? "")) return { text: FEWER_THAN_ZERO, first: i - 2 };
    return null;
  }
  if (mult === 1 && !Number.isInteger(value))
    return {
      text: "not a whole number of people (a decimal point where a thousands separator was meant?)",
      first: i,
    };
  if (value * mult > MAX_PEOPLE) return { text: "more than the world's population", first: i };
  return null;
}

const FEWER_THAN_ZERO = "fewer than zero is not a count of people";
