// `--change-share SHARE` of `tally ingest` and `tally serve`: a best figure enters the change log
// (src/incidents/watch.ts) only when it moves by at least this share of the figure last reported.
import { InvalidArgumentError, Option } from "../commander.js";

export function changeShareOption(): Option {
  return new Option(
    "--change-share <SHARE>",
    "record a figure in the change log only when it moves by this share of it (0.1 = 10%; default: any move of one)",
  )
    .argParser(parseShare)
    .default(0);
}

function parseShare(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(n >= 0 && n < 1))
    throw new InvalidArgumentError("Expected a share from 0 up to 1, such as 0.1.");
  return n;
}
