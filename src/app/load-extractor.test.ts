import { describe, expect, it } from "vitest";
import * as ExtractArticles from "./extract-articles.js";
import { codeCacheFile, loadExtractor } from "./load-extractor.js";

describe("loadExtractor", () => {
  it("imports the module where no current CommonJS build is beside it (as in the tests)", async () => {
    const loaded = await loadExtractor();
    expect(loaded.extractArticle).toBe(ExtractArticles.extractArticle);
    const r = loaded.extractArticle({
      id: "a",
      text: "Police said five people were killed in the blast.",
      published: "2024-03-01",
    });
    expect(r.claims.map((c) => [c.outcome, c.quantity.value])).toEqual([["killed", 5]]);
  });

  it("names a cache by the node flags it was made under, which V8 checks it against", () => {
    expect(codeCacheFile("/d/extract-articles.cjs", [])).toBe("/d/extract-articles.cache");
    expect(codeCacheFile("/d/extract-articles.cjs", ["--predictable"])).toBe(
      "/d/extract-articles._predictable.cache",
    );
    expect(codeCacheFile("/d/extract-articles.cjs", ["--max-old-space-size=512", "--predictable"])).toBe(
      "/d/extract-articles._max_old_space_size_512_predictable.cache",
    );
  });
});
