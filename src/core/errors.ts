// One catalogue of the problems Tally reports, with stable codes (STYLE §7). Problems with an
// input become `Message`s kept with its result; `TallyError` is thrown only for usage errors and
// fatal states, and carries the same codes.
import type { Message, Severity, Span } from "./model.js";

export const CATALOGUE = {
  T001: { severity: "error", text: "The article has no text. Give the article's body in `text`." },
  T002: {
    severity: "error",
    text: "The input looks like binary data, not text. Pass a plain-text, HTML-free UTF-8 file.",
  },
  T003: {
    severity: "error",
    text: "The article is over the 5 MB limit. Split it into separate articles, one report each.",
  },
  T004: {
    severity: "warning",
    text: "The text looks like HTML. It was read with its tags stripped; pass the page to `tally ingest` (or strip it) for a clean reading.",
  },
  T005: {
    severity: "error",
    text: "The text does not look like English; Tally reads English reports only. Translate it first.",
  },
  T006: {
    severity: "error",
    text: "A line of the input is not valid JSON. Fix that line; the other lines were read.",
  },
  T007: {
    severity: "error",
    text: "A JSON article lacks a string `text`. Give each article `{id, text, published}`.",
  },
  T008: {
    severity: "warning",
    text: 'The publication date is missing or not YYYY-MM-DD; relative times ("yesterday") are left unresolved. Pass `published` or `--published YYYY-MM-DD`.',
  },
  T009: { severity: "error", text: "The file could not be read." },
  T010: {
    severity: "warning",
    text: "The text contains replacement characters (\uFFFD); it may not be UTF-8.",
  },
  T011: {
    severity: "error",
    text: "Extraction failed on this article (a bug in Tally). Please report it with the article.",
  },
  T012: {
    severity: "error",
    text: "The database was written by a newer Tally; upgrade Tally to use it. Nothing in it was changed.",
  },
  T013: {
    severity: "error",
    text: "The database is locked by another process (another `tally` still running?). Wait for it to finish, or stop it, and run again; nothing was lost.",
  },
  T014: {
    severity: "error",
    text: "The database file is corrupt or not a Tally database. Nothing was written to it; pass another `--db` path, or restore the file from a copy.",
  },
  T015: {
    severity: "error",
    text: "The HTML page has no article text (too little readable text was found). Pass the page of the report itself, or its text as a .txt file.",
  },
  T016: {
    severity: "error",
    text: "The database file could not be opened or written (permissions, a missing folder, a full disk). Check the `--db` path; nothing that was reported stored was lost.",
  },
  T017: {
    severity: "warning",
    text: "The input was not UTF-8; it was decoded from the encoding named here. Check a few accented letters or quotes; save it as UTF-8 to be sure.",
  },
  T018: {
    severity: "error",
    text: "The HTML page could not be read: it is malformed or cut short. Save the whole page again, or pass its text as a .txt file.",
  },
  T019: {
    severity: "warning",
    text: "A figure that cannot be a count of people (negative, not whole, in scientific notation, more than the world's population) was not read as a claim; check the text.",
  },
  T020: {
    severity: "warning",
    text: "The input's coordinates were not used: give `latitude` and `longitude` together, as numbers in decimal degrees (latitude -90 to 90, longitude -180 to 180). Its other place fields were kept.",
  },
  T022: {
    severity: "warning",
    text: "The input's country is neither a country's English name nor its two-letter ISO code, so it was kept as written but cannot give the incident an ISO code or a place on the map. Write the name (Pakistan) or the code (PK).",
  },
  T021: {
    severity: "warning",
    text: "Reading the article took longer than its time budget, so the rest of it was not read for figures (the span is where reading stopped). Split the article into smaller ones, and tell us about the text: no article of news should take this long.",
  },
  // The work queue (`--queue nats://…`, src/queue/).
  Q001: {
    severity: "error",
    text: "The NATS server could not be reached. Start it (`nats-server -js`, on that host and port) or pass the right `--queue nats://host:port`; nothing was queued or taken.",
  },
  Q002: {
    severity: "error",
    text: "The NATS server answered but its JetStream could not be used: start it with JetStream on (`nats-server -js`, or `jetstream {}` in its configuration) and with room to store.",
  },
  Q003: {
    severity: "error",
    text: "The article is larger than the NATS server takes in one message (its max_payload); raise max_payload in the server's configuration, or ingest this file without --queue.",
  },
  Q004: {
    severity: "error",
    text: "The NATS server stopped answering while the work queue was in use (it was stopped, or the network failed). What was committed to the database is kept: an article stored and not acknowledged is given out again after the ack wait and found stored, so nothing is lost or doubled. Start the server again (its JetStream store keeps the queue) and run the command again.",
  },
  // Arithmetic checks (core/checks/): figures that cannot all be true. Warnings only: every figure
  // is kept as stated; the message names the claims a reader should compare.
  C001: {
    severity: "warning",
    text: "The parts add up to more than the whole they belong to; one of these figures is wrong or was misread.",
  },
  C002: {
    severity: "warning",
    text: "A claimant's earlier figure and its increments do not add up to its later running total; compare the figures.",
  },
  C003: {
    severity: "warning",
    text: "A claimant gives a lower figure in a later report than before; check whether it corrected itself or counts something else.",
  },
  C004: {
    severity: "warning",
    text: "One claimant gives two figures for the same people in one article that cannot both be right.",
  },
  C005: {
    severity: "warning",
    text: "Those killed, injured and taken outnumber the people said to be present.",
  },
  C006: {
    severity: "warning",
    text: "Those released, killed and still held outnumber the people said to have been taken.",
  },
  C007: {
    severity: "warning",
    text: "A total equals the sum of the stated parts, but the text also gives a different total.",
  },
} as const satisfies Record<string, { severity: Severity; text: string }>;

export type ErrorCode = keyof typeof CATALOGUE;

/** A message from the catalogue, with optional detail (the place, the actual text) appended. */
export function message(code: ErrorCode, detail?: string, span?: Span): Message {
  const entry = CATALOGUE[code];
  const text = detail ? `${entry.text} (${detail})` : entry.text;
  return span
    ? { code, severity: entry.severity, message: text, span }
    : { code, severity: entry.severity, message: text };
}

/** A fatal or usage error, for adapters to turn into an exit status or an HTTP response. */
export class TallyError extends Error {
  constructor(
    readonly code: ErrorCode | "USAGE",
    text: string,
  ) {
    super(text);
    this.name = "TallyError";
  }
}
