import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "@/lib/importer";

const SAMPLE_DOCUMENTS_DIR = path.resolve(import.meta.dirname, "../../../prisma/seed/documents");

/** Our own sample documents (prisma/seed/documents) parse field by field as the portal shows them. */
function importSample(file: string) {
  return importText(readFileSync(path.join(SAMPLE_DOCUMENTS_DIR, file), "utf8"), file);
}

describe("sample documents", () => {
  it("reads a bulletin's masthead, sections, items, sources and distribution", () => {
    const [doc] = importSample("bulletin-2025-02.txt");
    expect(doc).toMatchObject({
      kind: "bulletin",
      title: "开发区工作简报",
      publishedAt: "2025-07-15",
      publisher: "澜州市开发区协会",
      issueNumber: 2,
      totalIssueNumber: 62,
      distribution: ["送：市有关部门,省商务厅", "发：各开发区、各会员单位"],
    });
    expect(doc.sections?.map((section) => section.title)).toEqual(["本市动态", "国内动态", "政策信息"]);
    expect(doc.sections?.map((section) => section.items.length)).toEqual([3, 2, 1]);
    const [, second] = doc.sections?.[0].items ?? [];
    expect(second.title).toBe("望海开发区新能源电池产业园首期投产");
    expect(second.source).toBe("澜州日报");
    expect(second.body).not.toContain("来源");
    expect(doc.sections?.[2].items[0].title).toBe("省商务厅印发《澜江省开发区招商引资考核评价办法》");
    expect(doc.sections?.[2].items[0].body.startsWith("近日")).toBe(true);
  });

  it("joins a paragraph a page break cut in two", () => {
    const [doc] = importSample("bulletin-2025-01.txt");
    const item = doc.sections?.[0].items[2];
    expect(item?.body).toContain("企业服务中心和产业展示馆");
    expect(item?.body.split("\n\n")).toHaveLength(2);
  });

  it("cleans a scraped news page: repeated title, pinyin, repeated text, comments", () => {
    const [doc] = importSample("news-2025-lanjiang-press-briefing.txt");
    expect(doc.kind).toBe("news");
    expect(doc.title).toBe("澜江省开发区如何以改革激发活力?省商务厅答记者问");
    expect(doc.publishedAt).toBeNull();
    expect(doc.body).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]|\(le\)/);
    expect(doc.body?.startsWith("9月16日,")).toBe(true);
    expect(doc.body).not.toMatch(/评论|图片来源|发表/);
    expect(doc.body?.split("\n\n")).toHaveLength(4);
    expect(doc.zones).toEqual(["澜州经开区", "苏州工业园区", "昆山开发区"]);
  });

  it("takes the headline after a column name and drops orphan captions and the byline", () => {
    const [doc] = importSample("news-2025-lanjiang-zone-meeting.txt");
    expect(doc.title).toBe("省商务厅为开发区招商“把脉开方”");
    expect(doc.author).toBe("本报记者");
    expect(doc.body).not.toContain("□");
    expect(doc.body).not.toContain("澄湖高新区澄湖创新港");
    expect(doc.blocks?.filter((block) => block.type === "heading").map((block) => ("text" in block ? block.text : ""))).toContain(
      "现场“问诊”,开发区带着问题来",
    );
  });

  it("reads a policy's 文号, issuer, department, date and read count", () => {
    const [doc] = importSample("policy-2024-lanjiang-investment-evaluation-trial.txt");
    expect(doc).toMatchObject({
      kind: "policy",
      title: "澜江省商务厅关于印发《澜江省开发区招商引资考核评价办法(试行)》的通知",
      publishedAt: "2024-04-18",
      docNumber: "澜商产业〔2024〕5号",
      issuer: "澜江省商务厅",
      sourceDepartment: "产业处",
      readCount: 356,
    });
    expect(doc.body).not.toMatch(/上一篇|下一篇|发布时间/);
  });

  it("gives a report its delivery date and its headings as structure", () => {
    const [doc] = importSample("report-2025-wanghai-district.txt");
    expect(doc.kind).toBe("report");
    expect(doc.publishedAt).toBe("2025-01-10");
    const headings = (doc.blocks ?? []).filter((block) => block.type === "heading");
    expect(headings.filter((block) => block.level === 1).map((block) => block.text)).toEqual([
      "一、2024年工作回顾",
      "二、2025年工作安排",
      "三、加强政府自身建设",
    ]);
    expect(headings.filter((block) => block.level === 2)).toHaveLength(8);
  });

  it("splits a listing page into one article per item with region and date", () => {
    const docs = importSample("news-listing-2025-06.txt");
    expect(docs.map((doc) => [doc.region, doc.publishedAt])).toEqual([
      ["望海区", "2025-06-13"],
      ["澄湖区", "2025-06-10"],
      ["西青区", "2025-06-08"],
    ]);
    expect(docs[0].title).toBe("望海开发区举办新能源电池产业链供需对接会 42家企业现场洽谈");
    for (const doc of docs) expect(doc.body).not.toMatch(/投稿|热线|共 \d+ 页|上一篇/);
  });
});
