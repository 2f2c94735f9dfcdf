import { describe, expect, it } from "vitest";
import { splitFlattenedParagraphs, splitListing } from "@/lib/importer/listing";

const page = [
  "  • 【某区招商】第一条标题",
  "",
  "    第一条正文第一句。 第一条正文第二句。",
  "",
  "    2025-07-08",
  "",
  "  • 【某市招商】第二条标题",
  "    第二条正文。",
  "    2025-07-07",
  "",
  "共 12 页",
  "  • 联系我们",
].join("\n");

describe("splitListing", () => {
  it("finds each bulleted item with its excerpt and date", () => {
    expect(splitListing(page)).toEqual([
      { text: "【某区招商】第一条标题\n第一条正文第一句。\n第一条正文第二句。", publishedAt: "2025-07-08" },
      { text: "【某市招商】第二条标题\n第二条正文。", publishedAt: "2025-07-07" },
    ]);
  });

  it("is not a listing when fewer than two bullets have dates", () => {
    expect(splitListing("• 联系我们\n• 企业入驻\n正文。")).toBeNull();
    expect(splitListing("• 【某区招商】唯一一条\n正文。\n2025-07-08")).toBeNull();
  });
});

describe("splitFlattenedParagraphs", () => {
  it("splits at spaces after a sentence end only", () => {
    expect(splitFlattenedParagraphs("第一段。 一、标题内容 第二段”这样 结束。")).toEqual(["第一段。", "一、标题内容 第二段”这样 结束。"]);
  });
});
