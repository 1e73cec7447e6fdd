// Reading an HTML page into an article: the main text through Mozilla's Readability (the reader
// view of Firefox) on a linkedom document, and the title, publication day and outlet from the
// page's metadata. The main text, paragraphs split by blank lines, becomes the article's text:
// claim offsets refer to it, and it is what the store keeps. A page with too little readable text
// is not an article (T015), reported for that file only.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { message } from "../core/errors.js";
import type { Article, Message } from "../core/model.js";
import { publicationDay } from "../extract/input-checks.js";
import { binaryMessage, decodeBytes } from "./decode.js";
import type { ReadResult, Source } from "./read-articles.js";

/** Fewer words than this in the main text: not an article (a front page, a menu, an error page). */
export const MIN_ARTICLE_WORDS = 20;

export interface HtmlOptions {
  /** Publication date when the page carries none. */
  published?: string;
  /** Where the page came from, when known: its host names the outlet when the page does not. */
  url?: string;
}

// linkedom's and the DOM's types differ in details Readability does not use; these are the few
// parts of a node this file reads.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  title: string;
}

/** Reads one HTML page into at most one article; a page that cannot be parsed is T018. */
export function readHtml(source: Source, options: HtmlOptions = {}): ReadResult {
  const decoded = decodeBytes(source.content, { html: true });
  const notes = decoded.note ? [{ ...decoded.note, source: source.name }] : [];
  const fail = (m: Message): ReadResult => ({
    articles: [],
    messages: [...notes, { ...m, source: source.name }],
    lines: [],
  });
  if (decoded.binary) return fail(binaryMessage(decoded.binary));
  let page: ReturnType<typeof parsePage>;
  try {
    page = parsePage(decoded.text, options);
  } catch (e) {
    // linkedom and Readability throw on some malformed or truncated markup ("<html" alone).
    return fail(message("T018", e instanceof Error ? e.message : String(e)));
  }
  const { meta, parsed } = page;
  const text = parsed?.content ?? "";
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (words < MIN_ARTICLE_WORDS) return fail(message("T015", `${words} words of readable text`));
  const id = source.name === "stdin" ? "stdin" : (source.name.split(/[\\/]/).pop() ?? source.name);
  const article: Article = {
    id,
    text,
    published:
      meta.published ?? publicationDay(parsed?.publishedTime ?? undefined) ?? options.published ?? null,
    outlet: meta.outlet ?? nonEmpty(parsed?.siteName) ?? hostOf(options.url),
    url: meta.url ?? options.url ?? null,
    title: meta.title ?? nonEmpty(parsed?.title) ?? null,
  };
  return { articles: [article], messages: notes, lines: [null] };
}

/** The page's metadata and Readability's reading of it; throws on markup it cannot parse. */
function parsePage(html: string, options: HtmlOptions) {
  // linkedom builds no <html> element for a fragment; Readability needs one.
  const { document } = parseHTML(
    /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  );
  if (!document.documentElement) throw new Error("no <html> element could be built from the markup");
  const doc = document as unknown as DomDocument;
  // Metadata first: Readability rewrites the document as it reads it.
  const meta = pageMeta(doc, options.url);
  // Readability hands its result through `serializer`: the reader's text, not HTML.
  const readable = document as unknown as ConstructorParameters<typeof Readability>[0];
  const parsed = new Readability(readable, {
    serializer: (node) => blockText(node as unknown as DomNode),
  }).parse();
  return { meta, parsed };
}

// --- metadata ---------------------------------------------------------------------------------

interface PageMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

function pageMeta(doc: DomDocument, url: string | undefined): PageMeta {
  const content = (selector: string) => nonEmpty(doc.querySelector(selector)?.getAttribute("content"));
  const pageUrl =
    content('meta[property="og:url"]') ??
    nonEmpty(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  return {
    title:
      content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]') ?? nonEmpty(doc.title),
    published: metaDate(doc, content),
    outlet:
      content('meta[property="og:site_name"]') ??
      content('meta[name="application-name"]') ??
      hostOf(pageUrl ?? undefined) ??
      hostOf(url),
    url: pageUrl,
  };
}

/** The day of publication: meta tags, then JSON-LD `datePublished`, then a `<time datetime>`. */
function metaDate(doc: DomDocument, content: (selector: string) => string | null): string | null {
  for (const selector of DATE_META) {
    const day = publicationDay(content(selector) ?? undefined);
    if (day) return day;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const day = jsonLdDate(script.textContent ?? "");
    if (day) return day;
  }
  const times = Array.from(doc.querySelectorAll("time[datetime]"));
  const preferred = times.find(
    (t) => t.getAttribute("pubdate") !== null || /publish/i.test(t.getAttribute("itemprop") ?? ""),
  );
  for (const time of preferred ? [preferred, ...times] : times) {
    const day = publicationDay(time.getAttribute("datetime") ?? undefined);
    if (day) return day;
  }
  return null;
}

function jsonLdDate(json: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const queue: unknown[] = [value];
  while (queue.length) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (typeof item === "object" && item !== null) {
      const record = item as Record<string, unknown>;
      const day = publicationDay(record.datePublished ?? record.dateCreated);
      if (day) return day;
      if (record["@graph"]) queue.push(record["@graph"]);
    }
  }
  return null;
}

function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, "");
    return host || null;
  } catch {
    return null;
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}

// --- text -------------------------------------------------------------------------------------

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL".split(
    " ",
  ),
);

/**
 * The text of a fragment as a reader sees it: runs of white space as one space, each block
 * (paragraph, heading, list item, table row) its own paragraph, separated by a blank line.
 */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === "SCRIPT" || name === "STYLE" || name === "NOSCRIPT") return;
    if (name === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push("\n\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push("\n\n");
  };
  walk(root);
  return parts
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
