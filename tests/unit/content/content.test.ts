import { describe, expect, it } from "vitest";
import { blocksFromText, headingTags, parseBlocks, summarize, type Block } from "@/lib/content/blocks";
import { chinaDate, formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { articleSlug, slugify } from "@/lib/content/slug";

describe("Chinese dates", () => {
  it("formats as 2019年2月28日 in Beijing time whatever the server zone", () => {
    const date = chinaDate("2019-02-28");
    expect(date.toISOString()).toBe("2019-02-27T16:00:00.000Z");
    expect(formatChineseDate(date)).toBe("2019年2月28日");
    expect(formatIsoDay(date)).toBe("2019-02-28");
    expect(formatChineseDate(new Date("2020-12-31T17:00:00Z"))).toBe("2021年1月1日");
  });

  it("rejects malformed days", () => {
    expect(() => chinaDate("2019/02/28")).toThrow(/YYYY-MM-DD/);
  });
});

describe("slugs", () => {
  it("turns Chinese names into readable pinyin slugs", () => {
    expect(slugify("苏州工业园区")).toBe("su-zhou-gong-ye-yuan-qu");
    expect(slugify("TEDA 天津")).toMatch(/^teda-tian-jin$/);
    expect(slugify("！！")).toBe("item");
  });

  it("dates article slugs and keeps similar titles apart", () => {
    const a = articleSlug("标题甲", chinaDate("2025-03-01"));
    const b = articleSlug("标题乙", chinaDate("2025-03-01"));
    expect(a).toMatch(/^2025-02-28-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe("body blocks", () => {
  it("maps the heading levels a body uses onto h2, h3, h4 without gaps", () => {
    const heading = (level: 1 | 2 | 3): Block => ({ type: "heading", level, text: `第${level}级` });
    expect(Object.fromEntries(headingTags([heading(3), heading(2), heading(3)]))).toEqual({ 2: "h2", 3: "h3" });
    expect(Object.fromEntries(headingTags([heading(1), heading(3)]))).toEqual({ 1: "h2", 3: "h3" });
    expect(Object.fromEntries(headingTags([heading(1), heading(2), heading(3)]))).toEqual({ 1: "h2", 2: "h3", 3: "h4" });
    expect(Object.fromEntries(headingTags([heading(2), heading(3)], 4))).toEqual({ 2: "h4", 3: "h5" });
    expect(headingTags([{ type: "paragraph", text: "正文" }]).size).toBe(0);
  });

  it("splits paragraphs on blank lines and summarises at a sentence end", () => {
    const blocks = blocksFromText("第一段。第一段还有一句。\n\n第二段。");
    expect(blocks).toEqual([
      { type: "paragraph", text: "第一段。第一段还有一句。" },
      { type: "paragraph", text: "第二段。" },
    ]);
    expect(summarize(blocksFromText(`${"开发区".repeat(20)}。${"招商".repeat(40)}`), 80)).toBe(`${"开发区".repeat(20)}。`);
  });

  it("drops malformed stored bodies instead of breaking a page", () => {
    expect(parseBlocks([{ type: "script", text: "x" }])).toEqual([]);
    expect(parseBlocks("nonsense")).toEqual([]);
  });
});
