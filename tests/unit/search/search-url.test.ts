import { describe, expect, it } from "vitest";
import { searchHref } from "@/components/search/search-url";
import { parseSearchParams } from "@/lib/search/schema";

describe("search page URLs", () => {
  const state = { q: "西青 招商", kind: "news" as const, year: 2025, page: 3 };

  it("keeps the state and goes back to page 1 when a filter changes", () => {
    expect(searchHref(state, { region: "西青区" })).toBe("/search?q=%E8%A5%BF%E9%9D%92+%E6%8B%9B%E5%95%86&kind=news&region=%E8%A5%BF%E9%9D%92%E5%8C%BA&year=2025");
  });

  it("keeps the page when paging, and drops empty and default values", () => {
    expect(searchHref(state, { page: 4, kind: undefined, sort: "relevance" })).toBe("/search?q=%E8%A5%BF%E9%9D%92+%E6%8B%9B%E5%95%86&year=2025&page=4");
    expect(searchHref({ q: "" })).toBe("/search");
  });

  it("round-trips through the parameter schema", () => {
    const href = searchHref({ q: "园区", kind: "zone", zone: "苏州工业园区", sort: "date" }, { page: 2 });
    const parsed = parseSearchParams(new URL(href, "http://localhost").searchParams);
    expect(parsed).toEqual({ ok: true, data: { q: "园区", kind: "zone", zone: "苏州工业园区", sort: "date", page: 2 } });
  });
});
