// The dashboard's built files (dist/web, from Vite) served from a folder: GET and HEAD only,
// paths kept inside the folder, index.html for "/", hashed assets cached for a year.
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A handler for the files under `root`; it answers 404 (plain text) for anything else. */
export function staticFiles(root: string) {
  const base = resolve(root);
  return async (c: Context) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return c.text("Method not allowed", 405);
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return c.text("Not found", 404);
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(base, rel));
    if (file !== base && !file.startsWith(base + sep)) return c.text("Not found", 404);
    try {
      if (!(await stat(file)).isFile()) return c.text("Not found", 404);
    } catch {
      if (rel === "/index.html")
        return c.text(`The dashboard is not built (no ${file}); run \`npm run build\`.`, 404);
      return c.text("Not found", 404);
    }
    const body = await readFile(file);
    c.header("Content-Type", TYPES[extname(file).toLowerCase()] ?? "application/octet-stream");
    c.header("X-Content-Type-Options", "nosniff");
    c.header(
      "Cache-Control",
      rel.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
    return c.req.method === "HEAD" ? c.body(null) : c.body(new Uint8Array(body));
  };
}
