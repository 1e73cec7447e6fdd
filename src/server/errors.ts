// Errors as the API gives them: `{ error: { code, message, issues? } }` with a stable code and a
// message that says what to do. A request that fails its schema is BAD_REQUEST with each issue;
// the catalogue's TallyErrors (a locked or corrupt database) keep their T0xx codes.
import type { z } from "zod";
import { TallyError } from "../core/errors.js";

export type ApiErrorCode =
  | "BAD_REQUEST"
  | "BAD_JSON"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHORIZED"
  | "BAD_HOST"
  | "CROSS_ORIGIN"
  | "READ_ONLY"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA"
  | "UNPROCESSABLE"
  | "INTERNAL";

export type Status = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500 | 503;

export class ApiError extends Error {
  constructor(
    readonly status: Status,
    readonly code: ApiErrorCode | string,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }

  body() {
    return {
      error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) },
    };
  }
}

/** Checks `value` against `schema`, or throws BAD_REQUEST naming each field that was wrong. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || what, message: i.message }));
  throw new ApiError(
    400,
    "BAD_REQUEST",
    `The ${what} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}. See /openapi.json.`,
    issues,
  );
}

/** Any error as an ApiError: TallyErrors of the store keep their code; anything else is a bug. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof TallyError) {
    // T013: the database is locked by another program; the rest are faults of the database file.
    const status = e.code === "T013" ? 503 : 500;
    return new ApiError(status, e.code, e.message);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new ApiError(
    500,
    "INTERNAL",
    `Tally failed on this request (${detail}); nothing was stored. Please report it.`,
  );
}
