// The articles in one body of content (a file's, stdin's or an upload's), whatever its kind. Kept
// apart from ./ingest.ts so that an extract worker (./extract-worker.ts) can read an upload off the
// server's event loop without loading the store.
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
