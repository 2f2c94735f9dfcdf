import { describe, expect, it } from "vitest";
import { QUALITY_QUERY_TYPES, benchSearchQuality, benchSearchQualityByType, loadQuerySet, loadTypedQuerySet } from "@/scripts/bench/search";

/** The labelled query set (tests/fixtures/search/queries.json): every expected document in the top 3. */
describe("search quality on the labelled query set", () => {
  it("has at least 30 labelled queries", () => {
    expect(loadQuerySet().length).toBeGreaterThanOrEqual(30);
  });

  it("puts every expected document in the top 3", { timeout: 300_000 }, async () => {
    const quality = await benchSearchQuality();
    expect(quality.failures).toEqual([]);
    expect(quality.successAt3).toBe(1);
    expect(quality.mrr).toBeGreaterThan(0.8);
  });
});

/** The query set by type (tests/fixtures/search/quality-queries.json) over the invented quality corpus. */
describe("search quality by query type", () => {
  it("has at least five queries of every type", () => {
    const queries = loadTypedQuerySet();
    for (const type of QUALITY_QUERY_TYPES) expect(queries.filter((query) => query.type === type).length, type).toBeGreaterThanOrEqual(5);
  });

  it("puts the expected document in the top 3 for every type, and first for at least 90 % of all", { timeout: 300_000 }, async () => {
    const { figures, failures } = await benchSearchQualityByType();
    expect(failures.filter((failure) => failure.rank === null || failure.rank > 3)).toEqual([]);
    for (const figure of figures) expect(figure.successAt3, figure.type).toBe(1);
    expect(figures.find((figure) => figure.type === "all")?.successAt1).toBeGreaterThanOrEqual(0.9);
  });
});
