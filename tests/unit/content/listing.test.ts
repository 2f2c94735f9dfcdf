import { describe, expect, it } from "vitest";
import { hrefWithQuery, pageCount, pageWindow, parseArticleFilters } from "@/lib/content/listing";

describe("list filters in the URL", () => {
  it("reads filters and ignores junk instead of failing the page", () => {
    expect(parseArticleFilters({ page: "3", region: " 西青区 ", year: "2024", validity: "repealed" })).toEqual({
      page: 3,
      region: "西青区",
      year: 2024,
      validity: "repealed",
      zone: undefined,
      issuer: undefined,
    });
    const junk = parseArticleFilters({ page: "-2", year: "abc", validity: "gone", region: "" });
    expect(junk).toMatchObject({ page: 1, year: undefined, validity: undefined, region: undefined });
    expect(parseArticleFilters({ page: ["2", "9"] }).page).toBe(2);
  });

  it("builds one URL per listing: no empty values, no page=1", () => {
    expect(hrefWithQuery("/news", { region: "西青区", page: 1, year: undefined })).toBe("/news?region=%E8%A5%BF%E9%9D%92%E5%8C%BA");
    expect(hrefWithQuery("/news", { page: 2 })).toBe("/news?page=2");
    expect(hrefWithQuery("/zones/compare", { zone: ["a", "b"] })).toBe("/zones/compare?zone=a&zone=b");
    expect(hrefWithQuery("/news", {})).toBe("/news");
  });

  it("counts pages and shows a window with gaps (共 573 页)", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(15)).toBe(1);
    expect(pageCount(16)).toBe(2);
    expect(pageWindow(6, 573)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 573]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
