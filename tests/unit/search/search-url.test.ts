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

  it("keeps 仍搜索原词 (exact=1) while paging or filtering, and drops it for a new query", () => {
    const exact = { q: "西清经开区", exact: true };
    expect(searchHref(exact, { page: 2 })).toBe("/search?q=%E8%A5%BF%E6%B8%85%E7%BB%8F%E5%BC%80%E5%8C%BA&page=2&exact=1");
    expect(searchHref(exact, { q: "西青经开区" })).toBe("/search?q=%E8%A5%BF%E9%9D%92%E7%BB%8F%E5%BC%80%E5%8C%BA");
    expect(parseSearchParams(new URLSearchParams("q=西清&exact=1"))).toEqual({ ok: true, data: { q: "西清", exact: true, page: 1 } });
    expect(parseSearchParams(new URLSearchParams("q=西清&exact=yes")).ok).toBe(false);
  });
});
