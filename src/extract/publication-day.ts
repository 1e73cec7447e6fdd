// The day of a publication date. Apart from ./input-checks.ts (which re-exports it) so that
// `tally extract`'s own thread, which reads `--published` with it, does not load the input checks'
// function-word tables: the extractor (its own copy of them) runs from the code-cached bundle.

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The day `YYYY-MM-DD` of a publication date given as `YYYY-MM-DD` or a longer ISO timestamp
 * (cut to the day as written, whatever its time zone); null when missing or not a real date.
 */
export function publicationDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = DAY.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}
