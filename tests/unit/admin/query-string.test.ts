import { describe, expect, it } from "vitest";
import { firstValue, pageFromQuery, pageHref, pageWindow, withQuery } from "@/components/admin/query-string";

describe("admin query helpers", () => {
  it("takes the first trimmed value and treats blanks as absent", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("  审核  ")).toBe("审核");
    expect(firstValue("   ")).toBeUndefined();
    expect(firstValue(undefined)).toBeUndefined();
  });

  it("reads page numbers defensively", () => {
    expect(pageFromQuery("3")).toBe(3);
    expect(pageFromQuery("0")).toBe(1);
    expect(pageFromQuery("-2")).toBe(1);
    expect(pageFromQuery("abc")).toBe(1);
    expect(pageFromQuery(undefined)).toBe(1);
  });

  it("keeps filters when paging and drops page=1", () => {
    expect(pageHref("/admin/audit", { action: "login", page: "2" }, 3)).toBe("/admin/audit?action=login&page=3");
    expect(pageHref("/admin/audit", { action: "login", page: "2" }, 1)).toBe("/admin/audit?action=login");
    expect(withQuery("/x", { a: ["1", "2"], b: "", c: undefined })).toBe("/x?a=1&a=2");
    expect(withQuery("/x", { q: "开发区" })).toBe(`/x?q=${encodeURIComponent("开发区")}`);
  });

  it("shows first, last and a window around the current page", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, "gap", 3, 4, 5, 6, 7, "gap", 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, "gap", 10]);
    expect(pageWindow(4, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
