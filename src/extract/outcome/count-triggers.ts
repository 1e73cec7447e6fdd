// The gate of the counts (triggers.ts) built of the words their entries declare (count-entries.ts):
// a module of data only, so that the bundle holds the gate as its value (DATA_MODULES of
// scripts/build/bundle-extract.mjs) and a process or worker reads it instead of building it from
// ~5,000 phrases at each start (~20 M instructions, most in the bytecode interpreter).
import { PARSERS, REFINERS } from "./count-entries.js";
import { triggerSet, type TriggerSet } from "./triggers.js";

/**
 * The gate: for every word one of the entries needs, the entries that need it, PARSERS[i] on bit i
 * and REFINERS[j] on bit PARSERS.length + j (a refiner with no words of its own has no bit: it runs
 * wherever the counts are read).
 */
export const COUNT_TRIGGERS: TriggerSet = triggerSet(
  // (Refiners after the last that has words need no bit: the list stops there.)
  [...PARSERS.map((p) => p.triggers), ...REFINERS.map((r) => r.triggers)].slice(
    0,
    PARSERS.length + REFINERS.findLastIndex((r) => r.triggers !== null) + 1,
  ),
);
