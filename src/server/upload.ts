// A posted article, read from the request (POST /api/articles and /api/extract): JSON
// `{ text, published?, title?, outlet?, url?, id? }`, or a file (an HTML page, text, JSON) as
// multipart/form-data in a `file` field, with `published`, `title`, `outlet` and `url` as form
// fields or in the query. ./guard.ts has refused every other content type.
import type { Context } from "hono";
import { ApiError, validate } from "./errors.js";
import { json } from "./http.js";
import { articleBody, uploadQuery } from "./schemas.js";

export interface Upload {
  name: string;
  content: Buffer;
  ext: string | null;
  published: string | undefined;
}

export async function readUpload(c: Context): Promise<Upload> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return readFileUpload(c);
  const meta = validate(uploadQuery, c.req.query(), "query");
  const body = validate(articleBody, await json(c), "body");
  // No id (nor URL): the reader names it by its place, and the text is its identity.
  const article = { ...meta, ...stripNull(body) };
  return {
    name: "upload",
    content: Buffer.from(JSON.stringify(article)),
    ext: ".json",
    published: meta.published,
  };
}

const UPLOAD_EXTENSIONS: Record<string, string> = {
  ".html": ".html",
  ".htm": ".html",
  ".xhtml": ".html",
  ".txt": ".txt",
  ".text": ".txt",
  ".json": ".json",
  ".jsonl": ".jsonl",
  ".ndjson": ".jsonl",
};

async function readFileUpload(c: Context): Promise<Upload> {
  let form: Record<string, string | File>;
  try {
    form = await c.req.parseBody();
  } catch (e) {
    throw new ApiError(400, "BAD_REQUEST", `The form could not be read (${(e as Error).message}).`);
  }
  const file = form.file;
  if (!(file instanceof File)) {
    throw new ApiError(400, "BAD_REQUEST", 'The form has no file: send the page in a field named "file".');
  }
  const fields = Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== "file" && v !== ""));
  const meta = validate(uploadQuery, { ...c.req.query(), ...fields }, "form");
  const dot = file.name.lastIndexOf(".");
  const ext = dot < 0 ? null : (UPLOAD_EXTENSIONS[file.name.slice(dot).toLowerCase()] ?? null);
  return {
    name: file.name || "upload",
    content: Buffer.from(await file.arrayBuffer()),
    ext: ext ?? (/html/.test(file.type) ? ".html" : null),
    published: meta.published,
  };
}

function stripNull<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
