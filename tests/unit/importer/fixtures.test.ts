import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "@/lib/importer";

/**
 * Documents the rules were not written for (tests/fixtures/importer: our own text, other places, other
 * layouts) parse as well as the seeds: the rules generalise.
 */
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/importer");
const importFixture = (file: string) => importText(readFileSync(path.join(FIXTURES, file), "utf8"), file);

describe("unseen documents", () => {
  it("bulletin with 【】 sections, issue numbers on one line and 抄送 lines", () => {
    const [doc] = importFixture("bulletin-qinghe.txt");
    expect(doc).toMatchObject({
      kind: "bulletin",
      title: "青禾市开发区工作简报",
      publishedAt: "2024-09-30",
      publisher: "青禾市开发区促进会",
      issueNumber: 12,
      totalIssueNumber: 98,
      distribution: ["抄送：市商务局，市发展改革委", "发：各开发区管委会"],
    });
    expect(doc.sections?.map((section) => [section.title, section.items.map((item) => [item.title, item.source ?? null])])).toEqual([
      [
        "园区动态",
        [
          ["禾丰经开区举办秋季项目集中签约活动", "青禾日报"],
          ["松岭高新区建成中试验证平台", null],
        ],
      ],
      ["外地经验", [["沿江开发区探索“工业上楼”", "本刊综合"]]],
    ]);
    const first = doc.sections?.[0].items[0].body ?? "";
    expect(first).toContain("增资扩产，预计明年上半年开工。");
    expect(first).not.toContain("来源");
    expect(doc.zones).toEqual(["禾丰经开区", "禾丰经济技术开发区", "松岭高新区", "松岭高新技术产业开发区"]);
  });

  it("policy with 发布日期/浏览次数, a signature and page chrome", () => {
    const [doc] = importFixture("policy-notice.txt");
    expect(doc).toMatchObject({
      kind: "policy",
      title: "青禾市科学技术局关于开展2024年度科技企业孵化器绩效评价工作的通知",
      publishedAt: "2024-03-05",
      docNumber: "青科发〔2024〕7号",
      issuer: "青禾市科学技术局",
      sourceDepartment: "成果转化科",
      readCount: 88,
      zones: [],
    });
    expect(doc.body).not.toMatch(/上一篇|下一篇|联系电话|浏览次数|青科发/);
    expect(doc.blocks?.filter((block) => block.type === "heading").map((block) => ("text" in block ? block.text : ""))).toEqual([
      "一、评价对象",
      "二、评价内容",
      "三、工作要求",
    ]);
  });

  it("county report with three levels of headings", () => {
    const [doc] = importFixture("report-county.txt");
    expect(doc).toMatchObject({ kind: "report", title: "禾丰县2024年政府工作报告", publishedAt: "2024-01-08", zones: ["禾丰经开区"] });
    const outline = (doc.blocks ?? []).flatMap((block) => (block.type === "heading" ? [`${block.level}:${block.text}`] : []));
    expect(outline).toEqual([
      "1:一、2023年工作回顾",
      "2:（一）园区建设提速",
      "2:（二）民生保障有力",
      "1:二、2024年主要任务",
      "2:（一）壮大主导产业",
      "1:三、加强政府自身建设",
    ]);
  });

  it("scraped news page: triple title, pinyin, doubled text, captions and comments", () => {
    const [doc] = importFixture("news-scraped.txt");
    expect(doc).toMatchObject({ kind: "news", title: "禾丰经开区“链长制”助企稳链扩产", publishedAt: null, zones: ["禾丰经开区", "禾丰经济技术开发区"] });
    expect(doc.body?.split("\n\n")).toEqual([
      "7月3日,记者从禾丰经济技术开发区获悉,园区推行产业链“链长制”以来,已协调解决企业用工、用电、物流等问题37项,帮助4家配套企业与龙头企业建立了稳定供货关系。",
      "园区有关负责同志介绍,每条重点产业链由一名园区领导担任链长,定期走访链上企业,梳理堵点清单,做到问题“收集—交办—反馈”闭环管理。",
      "业内人士认为,“链长制”的关键在于找准链主企业需求,带动配套企业就近集聚,提升产业链本地配套率。",
    ]);
  });

  it("listing page: one article per item, chrome dropped", () => {
    const docs = importFixture("listing-page.txt");
    expect(docs.map((doc) => [doc.kind, doc.region, doc.title, doc.publishedAt])).toEqual([
      ["news", "禾丰县", "禾丰经开区冷链物流园一期投运", "2024-08-21"],
      ["news", "青禾", "青禾市出台支持开发区“二次创业”十条措施", "2024-08-19"],
      ["news", "松岭区", "松岭高新区上半年新增科技型中小企业56家", "2024-08-16"],
    ]);
    expect(docs[0].body).toBe("禾丰经济技术开发区冷链物流园一期近日投入运营,建成冷库容量8万吨。\n\n园区将依托冷链设施,招引食品精深加工项目。");
    for (const doc of docs) expect(doc.body).not.toMatch(/投稿|热线|联系我们|共 8 页|0000-/);
  });
});
