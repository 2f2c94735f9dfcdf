import { describe, expect, it } from "vitest";
import { moveInOrder } from "@/components/admin/bulletins/move-in-order";
import { bulletinMetaSchema } from "@/lib/bulletins/schema";
import { bulletinPrintHtml, escapeHtml } from "@/lib/bulletins/print";

describe("bulletin print HTML", () => {
  const html = bulletinPrintHtml({
    title: "工作简报",
    publisher: "某开发区管委会办公室",
    issueNumber: 9,
    totalIssueNumber: 57,
    issueDate: new Date("2026-11-22T16:00:00Z"),
    distribution: ["送：市委、市政府领导"],
    sections: [{ title: "本区动态", items: [{ anchor: "i-1", title: "<script>alert(1)</script>项目签约", source: "招商局", blocks: [{ type: "paragraph", text: "详见[原文](https://a.cn)。" }] }] }],
  });

  it("prints the masthead, issue line, sections, sources, distribution and 印发 line", () => {
    expect(html).toContain('<h1 class="masthead">工作简报</h1>');
    expect(html).toContain("第9期（总第57期）");
    expect(html).toContain("【本区动态】");
    expect(html).toContain("（来源：招商局）");
    expect(html).toContain("<p>送：市委、市政府领导</p>");
    expect(html).toContain("2026年11月23日印发");
    expect(html).toContain("@page { size: A4");
  });

  it("escapes every text and prints links as their words", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;项目签约");
    expect(html).toContain("<p>详见原文。</p>");
    expect(escapeHtml(`"'&<>`)).toBe("&quot;&#39;&amp;&lt;&gt;");
  });
});

describe("bulletin composer pieces", () => {
  it("moves a dragged item to where it was dropped", () => {
    expect(moveInOrder(["a", "b", "c", "d"], "a", "c")).toEqual(["b", "c", "a", "d"]);
    expect(moveInOrder(["a", "b", "c", "d"], "d", "a")).toEqual(["d", "a", "b", "c"]);
    expect(moveInOrder(["a", "b"], "a", "x")).toEqual(["a", "b"]);
  });

  it("reads the masthead form: 总期号 optional, 送/发 one per line", () => {
    const parsed = bulletinMetaSchema.parse({ title: "工作简报", publisher: "办公室", issueNumber: "3", totalIssueNumber: "", issueDate: "2026-11-23", distribution: "送：甲\n\n发：乙 " });
    expect(parsed).toMatchObject({ issueNumber: 3, totalIssueNumber: null, distribution: ["送：甲", "发：乙"] });
    expect(bulletinMetaSchema.safeParse({ title: "工作简报", publisher: "办公室", issueNumber: "0", issueDate: "2026-11-23" }).success).toBe(false);
  });
});
