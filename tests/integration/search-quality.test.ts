import { describe, expect, it } from "vitest";
import { benchSearchQuality, loadQuerySet } from "@/scripts/bench/search";

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
