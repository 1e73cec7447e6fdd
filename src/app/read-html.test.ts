import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "./read-articles.js";
import { readHtml } from "./read-html.js";

const paragraphs = [
  "Gunmen attacked a passenger train in <b>Balochistan</b> on Tuesday, killing at least 21 hostages and four soldiers, the army said in a statement.",
  "The group said it had killed more than 100 people.<br>Officials denied the figure and said the operation was over.",
  "Rescue teams worked through the night near the tunnel, a local official said, and the line stayed closed.",
];

function page(head: string, body = paragraphs.map((p) => `<p>${p}</p>`).join("\n")): string {
  return `<!doctype html>
<html><head><title>Train attack | The Daily Example</title>${head}</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article><h1>Train attack</h1>
  ${body}
  </article>
  <footer>© 2025 The Daily Example. All rights reserved.</footer>
  <script>var tracking = "not text";</script>
</body></html>`;
}

describe("readHtml", () => {
  it("reads the main text, title, date and outlet from meta tags", () => {
    const html = page(`
      <meta property="og:site_name" content="The Daily Example">
      <meta property="og:title" content="Train attack in Balochistan">
      <meta property="og:url" content="https://www.example.com/news/train-attack">
      <meta property="article:published_time" content="2025-03-12T22:10:00+05:00">`);
    const { articles, messages } = readHtml({ name: "pages/train.html", content: html });
    expect(messages).toEqual([]);
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a.id).toBe("train.html");
    expect(a.title).toBe("Train attack in Balochistan");
    expect(a.published).toBe("2025-03-12");
    expect(a.outlet).toBe("The Daily Example");
    expect(a.url).toBe("https://www.example.com/news/train-attack");
    expect(a.text).toBe(
      [
        "Gunmen attacked a passenger train in Balochistan on Tuesday, killing at least 21 hostages and four soldiers, the army said in a statement.",
        "The group said it had killed more than 100 people.\nOfficials denied the figure and said the operation was over.",
        "Rescue teams worked through the night near the tunnel, a local official said, and the line stayed closed.",
      ].join("\n\n"),
    );
    expect(a.text).not.toMatch(/Home|Sport|rights reserved|tracking/);
  });

  it("takes the date from JSON-LD, then <time datetime>, and the outlet from the host", () => {
    const ld = page(
      `<link rel="canonical" href="https://news.example.org/a/1">
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-03-13T08:00:00Z"}]}</script>`,
    );
    const fromLd = readHtml({ name: "ld.html", content: ld }).articles[0]!;
    expect(fromLd.published).toBe("2025-03-13");
    expect(fromLd.outlet).toBe("news.example.org");

    const time = page(
      "",
      `<p>Posted <time datetime="2025-03-14">14 March</time></p>` +
        paragraphs.map((p) => `<p>${p}</p>`).join(""),
    );
    expect(readHtml({ name: "time.html", content: time }).articles[0]!.published).toBe("2025-03-14");
  });

  it("falls back to the given date and leaves unknowns null", () => {
    const a = readHtml({ name: "plain.html", content: page("") }, { published: "2025-03-11" }).articles[0]!;
    expect(a.published).toBe("2025-03-11");
    expect(a.url).toBeNull();
    expect(a.title).toBe("Train attack | The Daily Example");
  });

  it("reports a page with no article as T015 for that file, without throwing", () => {
    const html = `<!doctype html><html><head><title>Front page</title></head><body>
      <nav><a href="/">Home</a> | <a href="/world">World</a></nav><ul><li>Login</li><li>Subscribe</li></ul></body></html>`;
    const { articles, messages } = readHtml({ name: "front.html", content: html });
    expect(articles).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ code: "T015", severity: "error", source: "front.html" });
    expect(readHtml({ name: "empty.html", content: "" }).messages[0]?.code).toBe("T015");
    expect(
      readHtml({ name: "junk.html", content: Buffer.from([0, 159, 146, 150, 0]) }).messages[0]?.code,
    ).toBe("T015");
  });

  it("tells an HTML page from text", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html>")).toBe(true);
    expect(looksLikeHtml("  <html lang=en><head>")).toBe(true);
    expect(looksLikeHtml("Gunmen attacked <b>a train</b>")).toBe(false);
  });
});
