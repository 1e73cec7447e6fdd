// Calendar days ("YYYY-MM-DD", UTC) as numbers of days since 1970-01-01, by arithmetic. Linking
// compares days for every pair of reports it weighs (event-time.ts `scoreTime`, the periods of
// block.ts); parsing each day with `Date.parse` was a fifth of a period's clustering. A day
// that is not a real date of years 0000–9999 in that form is left to `Date.parse` and `Date`,
// so every answer is the one they give (V8 reads "2021-02-30" as 2 March; NaN stays NaN).

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of `day`, as `Date.parse(`${day}T00:00:00Z`) / DAY_MS` gives them. */
export function dayNumber(day: string): number {
  if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const y = digits(day, 0, 4);
    const m = digits(day, 5, 7);
    const d = digits(day, 8, 10);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m)) return fromCivil(y, m, d);
  }
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The day `n` days after 1970-01-01, as `new Date(n * DAY_MS).toISOString().slice(0, 10)` writes it. */
export function dayText(n: number): string {
  if (Number.isInteger(n) && n >= MIN_DAY && n <= MAX_DAY) {
    const [y, m, d] = toCivil(n);
    return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  }
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of day number `n` (0 Sunday … 6 Saturday), as `getUTCDay` gives it. */
export function weekdayOf(n: number): number {
  return Number.isInteger(n) ? (((n + 4) % 7) + 7) % 7 : new Date(n * DAY_MS).getUTCDay();
}

/** The value of the decimal digits in [from, to) of `s`, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthDays(y: number, m: number): number {
  return m === 2 ? (leap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil and civil_from_days (proleptic Gregorian, eras of 400 years).
function fromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function toCivil(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Day numbers of 0000-01-01 and 9999-12-31: the years `toISOString` writes with four digits. */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;
