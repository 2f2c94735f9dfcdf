import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EmbeddedSearchEngine } from "@/lib/search/engines/embedded";
import { runSearch } from "@/lib/search/service";
import type { FacetValue, SearchDocument, SearchRequest } from "@/lib/search/types";
import { searchDocument } from "@/tests/factories/search-content";
import { useTestDatabase } from "@/tests/support/database";

/**
 * The embedded engine's bounded path: above its sample cap it counts a sample, says so, and still ranks
 * and date-orders over every match. The cap is lowered so a small corpus crosses it.
 */
const CAP = 30;
const WORD = "氢能";
const REGIONS = ["甲市", "乙市", "丙市"];

/** 100 body-only matches in storage order; the one that names the word and the newest one come last. */
function corpus(): SearchDocument[] {
  const documents = Array.from({ length: 100 }, (_, index) =>
    searchDocument({
      id: `sample:${index}`,
      kind: index % 5 === 0 ? "policy" : "news",
      title: `园区工作情况第${index}号`,
      body: `本期介绍${WORD}产业项目进展。`,
      region: REGIONS[index % 3],
      year: 2018 + (index % 5),
      publishedAt: new Date(Date.UTC(2018 + (index % 5), index % 12, 1 + (index % 28))),
    }),
  );
  documents.push(
    searchDocument({ id: "sample:named", title: `${WORD}产业发展规划`, body: "规划全文。", region: "甲市", year: 2016, publishedAt: new Date(Date.UTC(2016, 0, 1)) }),
    searchDocument({ id: "sample:newest", title: "园区工作情况最新一期", body: `本期介绍${WORD}产业项目进展。`, region: "乙市", year: 2026, publishedAt: new Date(Date.UTC(2026, 5, 1)) }),
    searchDocument({ id: "sample:other", title: "园区工作情况", body: "与本词无关的内容。" }),
  );
  return documents;
}

const matching = corpus().filter((document) => document.title.includes(WORD) || document.body.includes(WORD));
const trueCount = (predicate: (document: SearchDocument) => boolean) => matching.filter(predicate).length;
const sum = (values: FacetValue[]) => values.reduce((total, value) => total + value.count, 0);

describe("embedded engine above its sample cap", () => {
  const engine = new EmbeddedSearchEngine(db, { sampleCap: CAP });
  const search = (request: Omit<SearchRequest, "q"> = {}) => runSearch({ q: WORD, pageSize: 10, ...request }, engine);

  beforeAll(async () => {
    await useTestDatabase();
    await engine.upsert(corpus());
  });

  it("flags the total as approximate, a lower bound, with facets that add up to it", async () => {
    const result = await search();
    expect(matching.length).toBeGreaterThan(CAP);
    expect(result.totalIsApproximate).toBe(true);
    expect(result.total).toBe(CAP);
    expect(result.total).toBeLessThan(matching.length);
    expect(sum(result.facets.kind)).toBe(result.total);
    expect(sum(result.facets.region)).toBe(result.total);
    expect(sum(result.facets.year)).toBe(result.total);
    for (const { value, count } of result.facets.region) expect(count).toBeLessThanOrEqual(trueCount((document) => document.region === value));
    for (const { value, count } of result.facets.kind) expect(count).toBeLessThanOrEqual(trueCount((document) => document.kind === value));
  });

  it("counts exactly once a filter brings the matches under the cap, and counts each facet without its own filter", async () => {
    const result = await search({ kind: "policy" });
    const policies = trueCount((document) => document.kind === "policy");
    expect(policies).toBeLessThanOrEqual(CAP);
    expect(result.totalIsApproximate).toBe(false);
    expect(result.total).toBe(policies);
    for (const region of REGIONS) {
      const expected = trueCount((document) => document.kind === "policy" && document.region === region);
      expect(result.facets.region.find((facet) => facet.value === region)?.count ?? 0).toBe(expected);
    }
    // the kind facet ignores the kind filter: every match, itself above the cap, so a sample of it
    expect(sum(result.facets.kind)).toBe(CAP);
    expect(result.facets.kind.map((facet) => facet.value).sort()).toEqual(["news", "policy"]);
    expect(result.hits.every((hit) => hit.kind === "policy")).toBe(true);
  });

  it("applies several filters together, exactly", async () => {
    const result = await search({ region: "乙市", year: 2019 });
    const expected = trueCount((document) => document.region === "乙市" && document.year === 2019);
    expect(expected).toBeGreaterThan(0);
    expect(result.total).toBe(expected);
    expect(result.totalIsApproximate).toBe(false);
    expect(result.hits.map((hit) => hit.region)).toEqual(Array(Math.min(expected, 10)).fill("乙市"));
  });

  it("still ranks over every match: the document the word names first, then the newest", async () => {
    const result = await search();
    expect(result.hits[0].id).toBe("sample:named");
    expect(result.hits[1].id).toBe("sample:newest");
  });

  it("orders by date exactly over every match, not over the sample", async () => {
    const expected = [...matching]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? -1 : 1))
      .map((document) => document.id);
    const first = await search({ sort: "date" });
    const second = await search({ sort: "date", page: 2 });
    expect([...first.hits, ...second.hits].map((hit) => hit.id)).toEqual(expected.slice(0, 20));
  });
});
