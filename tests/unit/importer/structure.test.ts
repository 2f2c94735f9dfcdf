import { describe, expect, it } from "vitest";
import { importDecoded } from "@/lib/importer";
import { cleanParagraphs, stripPageChrome } from "@/lib/importer/clean";
import { decodeDocument } from "@/lib/importer/decode";
import { blocksFromParagraphs, bodyText } from "@/lib/importer/structure";

// Tables and bulleted lists as blocks, and back to the plain body an editor corrects, without loss.
const rows = ["项目名称 | 投资额（亿元） | 责任单位", "新能源电池材料项目 | 12.5 | 县发改委", "智能装备制造基地 | 8.0 | 县工信局"];

describe("tables and lists in a document's body", () => {
  it("builds one table block from consecutive rows and reads it back from the body", () => {
    const paragraphs = ["现将项目公布如下：", ...rows, "禾丰县人民政府办公室"];
    const blocks = blocksFromParagraphs(paragraphs, "policy");
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "table", "paragraph"]);
    expect(blocks[1]).toEqual({ type: "table", rows: rows.map((row) => row.split(" | ")) });
    const body = bodyText(blocks);
    expect(body).toContain("新能源电池材料项目 | 12.5 | 县发改委");
    expect(blocksFromParagraphs(body.split("\n\n"), "policy")).toEqual(blocks);
  });

  it("keeps a single row with a separator as a paragraph", () => {
    expect(blocksFromParagraphs(["文件名称 | 关于某事的通知"], "policy")).toEqual([{ type: "paragraph", text: "文件名称 | 关于某事的通知" }]);
  });

  it("reads bulleted lines as a list and writes them back with their bullets", () => {
    const blocks = blocksFromParagraphs(["要求如下：", "• 明确专人负责", "• 每月报送进展", "以上。"], "news");
    expect(blocks[1]).toEqual({ type: "list", ordered: false, items: ["明确专人负责", "每月报送进展"] });
    expect(bodyText(blocks)).toBe("要求如下：\n\n• 明确专人负责\n\n• 每月报送进展\n\n以上。");
  });

  it("does not take a table at the end of a page for a row of links", () => {
    const page = ["禾丰县关于公布重点招商项目的通知", "经县政府研究同意，现将2026年第一批重点招商项目予以公布，请各单位按照分工抓好落实。", ...rows];
    expect(stripPageChrome(page)).toEqual(page);
    // a lone row of links at the edge still goes
    expect(stripPageChrome([...page.slice(0, 2), "首页 | 政务公开 | 通知公告"])).toEqual(page.slice(0, 2));
  });

  it("imports a web page's table as a table block, every row kept", async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body><div class="article">
      <h1>禾丰县关于公布2026年第一批重点招商项目的通知</h1><p>各乡镇人民政府，县直各部门：</p>
      <p>经县政府研究同意，现将2026年第一批重点招商项目予以公布，请各单位按照分工抓好落实。具体要求如下：</p>
      <table><tr><th>项目名称</th><th>投资额（亿元）</th><th>责任单位</th></tr><tr><td>新能源电池材料项目</td><td>12.5</td><td>县发改委</td></tr>
      <tr><td>智能装备制造基地</td><td>8.0</td><td>县工信局</td></tr></table><p>禾丰县人民政府办公室</p><p>2026年3月18日</p></div></body></html>`;
    const [doc] = importDecoded(await decodeDocument(new TextEncoder().encode(html), "notice.html"), "notice.html");
    expect(doc.blocks?.find((block) => block.type === "table")).toEqual({ type: "table", rows: rows.map((row) => row.split(" | ")) });
  });

  it("joins a document title set over two short lines, and only that shape", () => {
    const text = "禾丰县人民政府办公室\n2026年3月18日\n关于促进全县开发区改革和\n创新发展的实施方案\n为推动开发区高质量发展，结合本县实际，制定本方案。\n一、总体要求\n（一）指导思想";
    const paragraphs = cleanParagraphs(text);
    expect(paragraphs).toContain("关于促进全县开发区改革和创新发展的实施方案");
    expect(paragraphs).toContain("一、总体要求");
    expect(paragraphs).toContain("（一）指导思想");
  });
});
