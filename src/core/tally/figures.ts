// Reading a hedged Quantity as a number (CODEBOOK §1 `quantity`, §1c "Vague words").
//
// A quantity keeps the words as written ("more than 450", "dozens", "about 150"); a tally needs
// numbers. `figure(q, reading)` is the one place that turns a quantity into a number, under a
// named reading:
//
//   low    the least the wording allows (used to test whether claimants agree, and for `low`)
//   best   the figure a coder writes down: the number as written. GTD and ACLED code "more than
//          20 killed" and "at least 20 killed" as 20, and "up to 50" as 50, so `best` of an
//          open or capped hedge is the number itself, not its bound
//   high   the most the wording allows; null when the wording sets no ceiling (open-ended)
//   acled  ACLED's reading: as `best`, except that vague words use ACLED's own lexicon
//          (dozens → 12, hundreds → 100; `Quantity.acled`), falling back to the codebook minimum
//
// To tune what a dataset reads from a quantity, change the row of FIGURES below: every strategy,
// tally and dataset field reads quantities through it. The spread of "about" is ABOUT_SPREAD.
import type { Hedge, Quantity } from "../model.js";

export const READINGS = ["low", "best", "high", "acled"] as const;
export type Reading = (typeof READINGS)[number];

/** A quantity (or a claimant's total) under every reading; null where the reading gives no number. */
export type Figures = Record<Reading, number | null>;

/**
 * The relative spread of "about/approximately/nearly N": N ± 10%, rounded outward (about 150 →
 * 135..165; about 6 → 5..7). Iraq Body Count and Airwars keep a minimum and a maximum for every
 * incident rather than one figure; this is our fixed rule for deriving that pair from an
 * approximate figure, chosen so that "about 150" and "140" agree while "about 150" and "100" do not.
 */
export const ABOUT_SPREAD = 0.1;

/** The bounds of "about n" under ABOUT_SPREAD, rounded outward; exported so extractors agree. */
export function aboutBounds(n: number): { min: number; max: number } {
  return { min: Math.max(0, Math.floor(n * (1 - ABOUT_SPREAD))), max: Math.ceil(n * (1 + ABOUT_SPREAD)) };
}

/**
 * The least figure of a capped quantity ("up to 50", "fewer than 10"): 1. A report of "up to 50
 * killed" says that people were killed (a report of none says "no one"), so 1 is the least that is
 * still a casualty. A cap of 0 keeps 0.
 */
export const CAPPED_LOW = 1;

type Rule = { readonly [R in Reading]: (q: Quantity) => number | null };

const plus = (n: number | null, k: number): number | null => (n === null ? null : n + k);
const open = (): null => null;
const zero = (): number => 0;

/** The number as written; `min` when the extractor kept no value. */
const written = (q: Quantity): number | null => q.value ?? q.min;
/** "more than N": N as written, or recovered from its minimum N+1. */
const writtenAbove = (q: Quantity): number | null => q.value ?? plus(q.min, -1);
/** "fewer than N": N as written, or recovered from its maximum N-1. */
const writtenBelow = (q: Quantity): number | null => q.value ?? plus(q.max, 1);
const cappedLow = (cap: number | null): number | null => (cap === null ? null : Math.min(CAPPED_LOW, cap));
const aboutLow = (q: Quantity): number | null => {
  const n = written(q);
  return n === null ? null : aboutBounds(n).min;
};
const aboutHigh = (q: Quantity): number | null => {
  const n = written(q);
  return n === null ? null : aboutBounds(n).max;
};
const rangeLow = (q: Quantity): number | null => q.min ?? q.value;

const same = (f: (q: Quantity) => number | null): Rule => ({ low: f, best: f, high: f, acled: f });

/**
 * How each hedge reads. "Why" for each row:
 * - exact "33": 33 under every reading.
 * - more_than "more than 450": low 451 (its minimum), best 450 (as written, as GTD/ACLED code it), open.
 * - at_least "at least 20": 20, 20, open.
 * - fewer_than "fewer than 10": low 1 (CAPPED_LOW), best and high 9 (the most the words allow).
 * - at_most "up to 50", "as many as 50": low 1 (CAPPED_LOW), best 50 (as written), high 50.
 * - about "approximately 150": low/high by ABOUT_SPREAD (135..165), best 150.
 * - range "between 300 and 400": low 300, best 300 (the lower end: conservative, and the `value`
 *   the codebook keeps), high 400.
 * - vague "dozens": low and best the codebook minimum (`min`: several 3, dozens 24, hundreds 200…),
 *   high `max` (open for all of them); acled `Quantity.acled` when the extractor set it, else `min`.
 * - all "all the hostages": no number under any reading (it counts an unknown whole).
 * - none "no one was hurt": 0 under every reading.
 */
export const FIGURES: Readonly<Record<Hedge, Rule>> = {
  exact: same(written),
  more_than: { low: (q) => plus(q.value, 1) ?? q.min, best: writtenAbove, high: open, acled: writtenAbove },
  at_least: { low: written, best: written, high: open, acled: written },
  fewer_than: {
    low: (q) => cappedLow(plus(writtenBelow(q), -1)),
    best: (q) => plus(writtenBelow(q), -1),
    high: (q) => plus(writtenBelow(q), -1),
    acled: (q) => plus(writtenBelow(q), -1),
  },
  at_most: {
    low: (q) => cappedLow(q.value ?? q.max),
    best: (q) => q.value ?? q.max,
    high: (q) => q.value ?? q.max,
    acled: (q) => q.value ?? q.max,
  },
  about: { low: aboutLow, best: written, high: aboutHigh, acled: written },
  range: { low: rangeLow, best: rangeLow, high: (q) => q.max ?? q.value, acled: rangeLow },
  vague: { low: (q) => q.min, best: (q) => q.min, high: (q) => q.max, acled: (q) => q.acled ?? q.min },
  all: same(open),
  none: same(zero),
};

/** A quantity as a number under one reading; null where the wording gives none (or is open, for `high`). */
export function figure(q: Quantity, reading: Reading): number | null {
  return FIGURES[q.hedge][reading](q);
}

/** A quantity under every reading. */
export function figures(q: Quantity): Figures {
  return {
    low: figure(q, "low"),
    best: figure(q, "best"),
    high: figure(q, "high"),
    acled: figure(q, "acled"),
  };
}

/** Whether the quantity gives a number at all ("all the hostages" does not; "dozens" and "none" do). */
export function hasNumber(q: Quantity): boolean {
  return figure(q, "best") !== null;
}

/** Sum of two readings; null (no number, or open) when either is. */
export function addFigures(a: Figures, b: Figures): Figures {
  const add = (x: number | null, y: number | null): number | null =>
    x === null || y === null ? null : x + y;
  return {
    low: add(a.low, b.low),
    best: add(a.best, b.best),
    high: add(a.high, b.high),
    acled: add(a.acled, b.acled),
  };
}
