// The articles in one body of content (a file's, stdin's or an upload's), whatever its kind. Kept
// apart from ./ingest.ts so that an extract worker (./extract-worker.ts) can read an upload off the
// server's event loop without loading the store.
import type { ExtractPool } from "./extract-pool.js";
import { looksLikeHtml, readArticles, type ReadResult, type Source } from "./read-articles.js";

/**
 * The articles in a file's content: an HTML page (by its extension, or by its look unless it is
 * named .txt), else text, JSON or JSON Lines (by extension, else by content). The HTML reader
 * (linkedom, Readability: a tenth of a second to load) is loaded only for a page.
 */
export async function readContent(
  source: Source & { content: Buffer },
  ext: string | null,
  published?: string,
): Promise<ReadResult> {
  if (
    ext === ".html" ||
    ext === ".htm" ||
    (ext !== ".txt" && looksLikeHtml(source.content.toString("utf8", 0, 2000)))
  ) {
    const { readHtml } = await import("./read-html.js");
    return readHtml(source, { published });
  }
  const format = ext === ".txt" || ext === ".text" ? "text" : "auto";
  return readArticles(source, { published, format });
}

/**
 * `readContent` on a worker of `pool` when one is given (an HTML page of megabytes takes seconds to
 * parse, which a server must not spend on its event loop), else here. A worker that failed or could
 * not start is no reason to refuse the content: it is then read here. A reader's own error is
 * thrown as it would be here, without reading the content twice.
 */
export async function readContentOffThread(
  pool: Partial<Pick<ExtractPool, "read">> | undefined,
  source: Source & { content: Buffer },
  ext: string | null,
  published?: string,
): Promise<ReadResult> {
  if (!pool?.read) return readContent(source, ext, published);
  return pool.read(source, ext, published).catch((e: unknown) => {
    if (e instanceof ReaderError) throw e;
    return readContent(source, ext, published);
  });
}

/** A reader's error on the content it was given, as a worker of the pool reports it. */
export class ReaderError extends Error {}
