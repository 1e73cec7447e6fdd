import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Article } from "../core/model.js";
import * as pipeline from "../extract/pipeline.js";
import { emptyResult, extractArticle, extractArticles } from "./extract-articles.js";

const TEXT =
  "Gunmen killed at least 12 people at a crowded market in the town of Hallan on Tuesday, the district police " +
  "chief said, and a hospital official said 30 people were being treated for their wounds.";

vi.mock("../extract/pipeline.js", { spy: true });

beforeEach(() => {
  vi.mocked(pipeline.extract).mockClear();
});

describe("extractArticle", () => {
  it("returns the pipeline's result and passes the options on", () => {
    const fake = emptyResult("a", [{ code: "T008", severity: "warning", message: "no date" }]);
    vi.mocked(pipeline.extract).mockReturnValueOnce(fake);
    const article: Article = { id: "a", text: TEXT };
    expect(extractArticle(article, { published: "2025-03-12" })).toBe(fake);
    expect(pipeline.extract).toHaveBeenCalledWith(article, { published: "2025-03-12" });
  });

  it("turns an exception in the extractor into T011 for that article only", () => {
    vi.mocked(pipeline.extract)
      .mockImplementationOnce(() => {
        throw new Error("boom");
      })
      .mockImplementationOnce((a) => emptyResult(a.id, []));
    const articles: Article[] = [
      { id: "bad", text: TEXT, published: "2025-03-12" },
      { id: "good", text: TEXT, published: "2025-03-12" },
    ];
    const results = extractArticles(articles);
    expect(results.map((r) => r.id)).toEqual(["bad", "good"]);
    expect(results[0]).toMatchObject({ claims: [], tally: [], datasets: { acled: { fatalities: 0 } } });
    expect(results[0]!.messages).toMatchObject([{ code: "T011", severity: "error" }]);
    expect(results[0]!.messages[0]!.message).toContain("boom");
    expect(results[1]!.messages).toEqual([]);
  });
});
