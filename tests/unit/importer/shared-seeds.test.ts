import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "@/lib/importer";
import { importedDocumentSchema, type ImportedDocument } from "@/lib/importer/schema";

/**
 * The real documents in ../shared/seeds (read here, never copied into the project), field by field.
 * Skipped cleanly on a checkout without that folder.
 */
const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((name) => name.endsWith(".txt")).sort() : [];
const imported = new Map(seedFiles.map((file) => [file, importText(readFileSync(path.join(SEEDS, file), "utf8"), file)]));

function seed(prefix: string): ImportedDocument[] {
  const file = seedFiles.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix}_* is missing from ${SEEDS}`);
  return imported.get(file) ?? [];
}

function allText(doc: ImportedDocument): string {
  return [doc.title, doc.body ?? "", ...(doc.sections ?? []).flatMap((section) => [section.title, ...section.items.flatMap((item) => [item.title, item.body])])].join("\n");
}

const NOISE = /上一篇|下一篇|评论|发表|投稿|热线|400-\d|共\s*\d+\s*页|图片来源|立即获取|联系我们|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|\((?:le|de)\)/;

describe.skipIf(seedFiles.length === 0)("shared seed documents", () => {
  it.each(seedFiles)("%s: valid documents, no noise, no repeated paragraph", (file) => {
    const docs = imported.get(file) ?? [];
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(importedDocumentSchema.safeParse(doc).success).toBe(true);
      expect(allText(doc)).not.toMatch(NOISE);
      const paragraphs = (doc.body ?? "").split("\n\n").filter((paragraph) => paragraph.length >= 6);
      expect(new Set(paragraphs).size).toBe(paragraphs.length);
    }
  });

  it("000: bulletin masthead, sections, items, joined page break, source, distribution", () => {
    const [doc] = seed("000");
    expect(doc).toMatchObject({
      kind: "bulletin",
      title: "开发区工作简报",
      publishedAt: "2019-02-28",
      publisher: "天津市开发区协会",
      issueNumber: 9,
      totalIssueNumber: 57,
      distribution: ["送：市有关部门，商务部驻津特派办", "发：各开发区、各会员单位"],
    });
    expect(doc.sections?.map((section) => [section.title, section.items.length])).toEqual([
      ["本市动态", 6],
      ["国内动态", 1],
    ]);
    const items = doc.sections?.flatMap((section) => section.items) ?? [];
    expect(items.map((item) => item.title)).toEqual([
      "开发区对口帮扶工作推动会召开",
      "京津冀和长三角开发区联盟工作座谈会召开",
      "中国开发区投资发展项目对接会在河北清河召开",
      "2018年天津市开发区综合评价工作完成",
      "借助腾讯网媒平台 促进开发区宣传推介",
      "武清开发区招商引资“开门红”",
      "国家级经开区积极打造高质量开放新平台",
    ]);
    expect(items.map((item) => item.source ?? null)).toEqual([null, null, null, null, null, null, "中国商务新闻网"]);
    // every item is one paragraph: the page breaks inside items 2, 4 and 7 are joined
    expect(items.every((item) => !item.body.includes("\n"))).toBe(true);
    expect(items[1].body).toContain("召开工作座谈会");
    expect(items[1].body).toContain("交流了2019年重点工作");
    expect(items[6].body).not.toContain("来源");
    expect(doc.zones).toEqual(expect.arrayContaining(["津南开发区", "武清开发区", "昆山经开区", "成都经开区"]));
  });

  it("001: a listing page becomes ten articles with regions and dates; the report keeps its own date", () => {
    const docs = seed("001");
    expect(docs.map((doc) => [doc.kind, doc.region, doc.publishedAt])).toEqual([
      ["report", "西青区", "2019-01-09"],
      ["news", "天津", "2025-07-08"],
      ["news", "天津", "2025-07-08"],
      ["news", "滨海新区", "2025-07-08"],
      ["news", "静海区", "2025-07-08"],
      ["news", "天津", "2025-07-08"],
      ["news", "武清区", "2025-07-07"],
      ["news", "天津", "2025-07-07"],
      ["news", "天津", "2025-07-07"],
      ["news", "蓟州区", "2025-07-07"],
    ]);
    expect(docs[0].title).toBe("2019年天津市西青区政府工作报告");
    expect(docs[2].title).toBe("天津经开区大项目“抢滩登陆” 招商引资激活区域发展新动能");
    expect(docs.every((doc) => !doc.title.startsWith("【"))).toBe(true);
    expect(docs[2].zones).toEqual(["天津经开区"]);
    expect(docs[0].body).toContain("坚持质量第一、效益优先");
  });

  it("002: the headline after the column name, no captions, the byline as author", () => {
    const [doc] = seed("002");
    expect(doc).toMatchObject({ kind: "news", title: "安徽省商务厅为国家级经开区“开小灶”", publishedAt: null, author: "曾梅" });
    expect(doc.body).not.toMatch(/□|本版图片|万和电器|长朗三维|华源制药/);
    expect(doc.blocks?.filter((block) => block.type === "heading")).toHaveLength(5);
    expect(doc.zones).toEqual(expect.arrayContaining(["太和经开区"]));
  });

  it("003: title once, pinyin gone, the doubled text once, no comment box", () => {
    const [doc] = seed("003");
    expect(doc).toMatchObject({ kind: "news", title: "国家级经开区如何推动区域协调发展?商务部答封面新闻", publishedAt: null });
    expect(doc.body?.split("\n\n")).toHaveLength(5);
    expect(doc.body?.startsWith("5月27日,国新办")).toBe(true);
    expect(doc.body).not.toContain(doc.title);
    expect(doc.zones).toEqual(["合肥经开区", "宁德东侨经开区", "宜春经开区", "如皋经开区", "拉萨经开区", "长春汽车经开区"]);
  });

  it("004: policy 文号, issuer, department, date, headings; no navigation", () => {
    const [doc] = seed("004");
    expect(doc).toMatchObject({
      kind: "policy",
      title: "四川省商务厅关于印发2020年全省国家级经济技术开发区工作指导意见的通知",
      publishedAt: "2020-03-11",
      docNumber: "川商产业〔2020〕2号",
      issuer: "四川省商务厅",
      sourceDepartment: "产业处",
    });
    expect(doc.readCount).toBeUndefined();
    const headings = (doc.blocks ?? []).flatMap((block) => (block.type === "heading" ? [block.text] : []));
    expect(headings.slice(1)).toEqual(["一、总体要求", "二、工作目标", "三、工作任务"]);
    expect(doc.body).not.toMatch(/来源:|发布时间|川商产业/);
  });
});
