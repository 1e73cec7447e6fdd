// `--jobs N`, shared by the commands that extract on worker threads (../../app/extract-pool.ts).
import { InvalidArgumentError, Option } from "../commander.js";

export function jobsOption(description: string): Option {
  return new Option("--jobs <N>", description).argParser(parseJobs);
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256)
    throw new InvalidArgumentError("Expected a whole number from 1 to 256.");
  return n;
}
