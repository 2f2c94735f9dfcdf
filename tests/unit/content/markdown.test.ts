import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockText, inlineSegments, isSafeHref, type Block } from "@/lib/content/blocks";
import { blocksToMarkdown, markdownToBlocks, parseMarkdown } from "@/lib/content/markdown";

describe("Markdown → body blocks", () => {
  it("turns headings, paragraphs, lists, tables and images into blocks", () => {
    const markdown = [
      "# 一、总体情况",
      "园区全年完成**地区生产总值** 1234 亿元。",
      "- 新签约项目 12 个",
      "- 总投资 300 亿元",
      "1. 第一步",
      "2. 第二步",
      "| 指标 | 数值 |\n| --- | --- |\n| 产值 | 100 |",
      '![园区全景](/api/media/2026/11/a.png "图为园区全景")',
      "#### 更深的标题",
    ].join("\n\n");
    expect(markdownToBlocks(markdown)).toEqual<Block[]>([
      { type: "heading", level: 1, text: "一、总体情况" },
      { type: "paragraph", text: "园区全年完成地区生产总值 1234 亿元。" },
      { type: "list", ordered: false, items: ["新签约项目 12 个", "总投资 300 亿元"] },
      { type: "list", ordered: true, items: ["第一步", "第二步"] },
      { type: "table", rows: [["指标", "数值"], ["产值", "100"]] },
      { type: "image", src: "/api/media/2026/11/a.png", alt: "园区全景", caption: "图为园区全景" },
      { type: "heading", level: 3, text: "更深的标题" },
    ]);
  });

  it("reduces raw HTML to its text: no markup ever reaches the stored body", () => {
    const blocks = markdownToBlocks('<script>alert("x")</script>\n\n正文<b onclick="x()">加粗</b><img src=x onerror=alert(1)>结束');
    expect(blocks).toEqual([{ type: "paragraph", text: "正文加粗结束" }]);
    expect(JSON.stringify(blocks)).not.toMatch(/<|onerror|onclick|script/);
  });

  it("keeps safe links as [text](href) and drops unsafe targets to their text", () => {
    const { blocks, links } = parseMarkdown("详见[政策原文](https://www.gov.cn/a.html)和[本站](/policies/x)，勿点[这里](javascript:alert(1))。");
    expect(blocks).toEqual([{ type: "paragraph", text: "详见[政策原文](https://www.gov.cn/a.html)和[本站](/policies/x)，勿点这里。" }]);
    expect(links.map((link) => link.href)).toEqual(["https://www.gov.cn/a.html", "/policies/x", "javascript:alert(1)"]);
    expect(blockText(blocks[0])).toBe("详见政策原文和本站，勿点这里。");
  });

  it("counts headings without text instead of storing them", () => {
    const parsed = parseMarkdown("## \n\n正文");
    expect(parsed.emptyHeadings).toBe(1);
    expect(parsed.blocks).toEqual([{ type: "paragraph", text: "正文" }]);
  });

  it("round-trips blocks through the editor's Markdown", () => {
    const text = fc.stringMatching(/^[\u4e00-\u4e20a-z0-9，。#*>|\- ]{1,12}$/).map((value) => value.trim()).filter((value) => value.length > 0 && !/^[#>*\-|]/.test(value) && !/[*_]/.test(value) && !/\s{2}/.test(value));
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant("heading" as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), text }),
      fc.record({ type: fc.constant("paragraph" as const), text }),
      fc.record({ type: fc.constant("list" as const), ordered: fc.boolean(), items: fc.array(text, { minLength: 1, maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        expect(markdownToBlocks(blocksToMarkdown(blocks))).toEqual(blocks.filter((entry) => entry.type !== "list" || entry.items.length));
      }),
      { numRuns: 200 },
    );
  });

  it("writes tables and images back as Markdown", () => {
    const blocks: Block[] = [
      { type: "table", rows: [["年份", "产值|亿元"], ["2024", "12"]] },
      { type: "image", src: "/api/media/x.png", alt: "图", caption: "说明" },
    ];
    expect(markdownToBlocks(blocksToMarkdown(blocks))).toEqual(blocks);
  });
});

describe("inline links", () => {
  it("accepts only web, mail and site-relative targets", () => {
    expect(isSafeHref("https://example.com/a")).toBe(true);
    expect(isSafeHref("/news/a")).toBe(true);
    expect(isSafeHref("mailto:a@b.cn")).toBe(true);
    expect(isSafeHref("//evil.com")).toBe(false);
    expect(isSafeHref("javascript:alert(1)")).toBe(false);
    expect(isSafeHref("data:text/html,x")).toBe(false);
  });

  it("splits text into text and link segments", () => {
    expect(inlineSegments("见[原文](https://a.cn/x)。")).toEqual([
      { type: "text", text: "见" },
      { type: "link", text: "原文", href: "https://a.cn/x" },
      { type: "text", text: "。" },
    ]);
  });
});
