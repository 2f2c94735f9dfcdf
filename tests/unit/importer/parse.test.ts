import { describe, expect, it } from "vitest";
import { classifyDocument, DOC_NUMBER } from "@/lib/importer/classify";
import { isDateLine, parseDate } from "@/lib/importer/dates";
import { parseMetaLine } from "@/lib/importer/meta";
import { parseDocument, splitRegionTag } from "@/lib/importer/parse";
import { blocksFromParagraphs, bodyText } from "@/lib/importer/structure";

describe("dates", () => {
  it("reads the date formats documents use", () => {
    expect(parseDate("2019年2月28日")).toBe("2019-02-28");
    expect(parseDate("2020-03-11")).toBe("2020-03-11");
    expect(parseDate("发布时间：2020/3/1 10:20")).toBe("2020-03-01");
    expect(parseDate("2024.10.08")).toBe("2024-10-08");
    expect(parseDate("2018 年 12 月 5 日")).toBe("2018-12-05");
  });

  it("never guesses a year or accepts an impossible day", () => {
    expect(parseDate("5月27日")).toBeNull();
    expect(parseDate("2023年2月30日")).toBeNull();
    expect(parseDate("编号 12345-67-89")).toBeNull();
  });

  it("tells a date line from a sentence holding a date", () => {
    expect(isDateLine(" 2025-07-08 ")).toBe(true);
    expect(isDateLine("2019年2月28日")).toBe(true);
    expect(isDateLine("2019年2月28日，市商务局召开会议。")).toBe(false);
  });
});

describe("parseMetaLine", () => {
  it("reads 来源, 发布时间 and 阅读 glued together", () => {
    expect(parseMetaLine("来源:产业处发布时间:2020-03-11阅读:356")).toEqual({ source: "产业处", date: "2020-03-11", readCount: 356 });
  });

  it("leaves out an empty read count", () => {
    expect(parseMetaLine("来源:产业处发布时间:2020-03-11阅读:")).toEqual({ source: "产业处", date: "2020-03-11" });
  });

  it("reads a leading date, other keys and full-width colons", () => {
    expect(parseMetaLine("2025-09-18  来源：区经信局")).toEqual({ date: "2025-09-18", source: "区经信局" });
    expect(parseMetaLine("发布日期：2024年3月5日  来源：成果转化科  浏览次数：88  作者：李明")).toEqual({
      date: "2024-03-05",
      source: "成果转化科",
      readCount: 88,
      author: "李明",
    });
  });

  it("is not fooled by a sentence that mentions a source", () => {
    expect(parseMetaLine("据来源：不明的消息称，园区将扩区。")).toBeNull();
    expect(parseMetaLine("园区新闻")).toBeNull();
  });
});

describe("classifyDocument", () => {
  it("knows a bulletin by its masthead and issue number", () => {
    expect(classifyDocument("开发区工作简报", ["开发区工作简报", "第3期", "某协会"])).toBe("bulletin");
    expect(classifyDocument("开发区工作简报汇编说明", ["开发区工作简报汇编说明", "本文介绍简报的编写。"])).toBe("news");
  });

  it("knows a government work report by its title", () => {
    expect(classifyDocument("2024年某县政府工作报告", [])).toBe("report");
  });

  it("knows a policy by its title or its 文号", () => {
    expect(classifyDocument("某局关于开展绩效评价工作的通知", [])).toBe("policy");
    expect(classifyDocument("某市开发区土地集约利用评价办法（试行）", [])).toBe("policy");
    expect(classifyDocument("园区新规出台", ["园区新规出台", "某发〔2024〕3号"])).toBe("policy");
  });

  it("calls everything else news, including news about measures", () => {
    expect(classifyDocument("高新区出台十条措施支持中小企业", [])).toBe("news");
    expect(classifyDocument("省商务厅答记者问", [])).toBe("news");
  });
});

describe("DOC_NUMBER", () => {
  it("matches 文号 with any bracket style", () => {
    for (const value of ["川商产业〔2020〕2号", "国发〔2019〕11号", "青科发[2024]7号", "某办发（2023）第15号"]) {
      expect(DOC_NUMBER.test(value)).toBe(true);
    }
    expect(DOC_NUMBER.test("根据川商产业〔2020〕2号文件精神，现通知如下。")).toBe(false);
  });
});

describe("splitRegionTag", () => {
  it("takes the region from a 【…招商】 tag and removes it from the title", () => {
    expect(splitRegionTag("【西青区招商】2019年西青区政府工作报告")).toEqual({ region: "西青区", rest: "2019年西青区政府工作报告" });
    expect(splitRegionTag("【天津招商】港口新闻")).toEqual({ region: "天津", rest: "港口新闻" });
    expect(splitRegionTag("普通标题")).toEqual({ rest: "普通标题" });
  });
});

describe("blocksFromParagraphs", () => {
  it("makes numbered headings structure and keeps numbered paragraphs as text", () => {
    const blocks = blocksFromParagraphs(
      ["一、总体要求", "（一）坚持质量导向", "1.平台能级提升", "1.平台能级提升。新建标准厂房12万平方米。", "(二)坚持分类评价。综合考虑园区类型。"],
      "report",
    );
    expect(blocks.map((block) => (block.type === "heading" ? block.level : block.type))).toEqual([1, 2, 3, "paragraph", "paragraph"]);
  });

  it("finds unnumbered sub-headings in news, not in reports", () => {
    const paragraphs = ["第一段正文。", "园区服务再升级", "第二段正文。"];
    expect(blocksFromParagraphs(paragraphs, "news")[1]).toEqual({ type: "heading", level: 2, text: "园区服务再升级" });
    expect(blocksFromParagraphs(paragraphs, "report")[1].type).toBe("paragraph");
  });

  it("never makes a heading of a signature, a date or a salutation", () => {
    const blocks = blocksFromParagraphs(["特此通知。", "某市商务局", "2024年3月5日", "各区县商务主管部门："], "policy");
    expect(blocks.every((block) => block.type === "paragraph")).toBe(true);
  });

  it("gives the body text with paragraphs separated by blank lines", () => {
    expect(bodyText(blocksFromParagraphs(["一、总体要求", "正文。"], "policy"))).toBe("一、总体要求\n\n正文。");
  });
});

describe("parseDocument", () => {
  it("reads a bulletin whose masthead puts issue and total issue on one line", () => {
    const doc = parseDocument(
      ["某市开发区简报", "第7期（总第70期）", "某市开发区协会", "2023年6月1日", "< 本市动态 >", "园区召开会议", "会议部署重点工作。（来源：某日报）", "送：市有关部门"],
      "b.txt",
    );
    expect(doc).toMatchObject({
      kind: "bulletin",
      issueNumber: 7,
      totalIssueNumber: 70,
      publisher: "某市开发区协会",
      publishedAt: "2023-06-01",
      distribution: ["送：市有关部门"],
      sections: [{ title: "本市动态", items: [{ title: "园区召开会议", body: "会议部署重点工作。", source: "某日报" }] }],
    });
  });

  it("takes a policy's issuer from the title when there is no signature", () => {
    const doc = parseDocument(["某市商务局关于做好园区统计工作的通知", "某商发〔2023〕4号", "各开发区：", "请按时报送数据。"], "p.txt");
    expect(doc).toMatchObject({ kind: "policy", issuer: "某市商务局", docNumber: "某商发〔2023〕4号", publishedAt: null });
    expect(doc.body).toBe("各开发区：\n\n请按时报送数据。");
  });

  it("prefers a report's delivery date to a listing's posting date", () => {
    const doc = parseDocument(["2023年某区政府工作报告", "2023年1月6日在某区人民代表大会第二次会议上", "各位代表："], "r.txt", {
      publishedAt: "2025-07-08",
    });
    expect(doc.publishedAt).toBe("2023-01-06");
  });

  it("uses the listing date for news and the region tag of the first line", () => {
    const doc = parseDocument(["【某区招商】园区新闻标题", "正文第一段。"], "l.txt", { publishedAt: "2025-07-08" });
    expect(doc).toMatchObject({ kind: "news", region: "某区", title: "园区新闻标题", publishedAt: "2025-07-08", body: "正文第一段。" });
  });

  it("moves a byline to the author", () => {
    const doc = parseDocument(["园区新闻标题", "正文第一段讲述了园区的新进展。 □ 王芳/文", "正文第二段。"], "n.txt");
    expect(doc.author).toBe("王芳");
    expect(doc.body).toBe("正文第一段讲述了园区的新进展。\n\n正文第二段。");
  });
});

describe("more shapes of the same kinds", () => {
  it("reads dates written in Chinese numerals", () => {
    expect(parseDate("二〇二〇年三月十一日")).toBe("2020-03-11");
    expect(parseDate("二○一九年十二月三十一日")).toBe("2019-12-31");
    expect(parseDate("二〇二四年十月十日")).toBe("2024-10-10");
    expect(isDateLine("二〇二〇年三月十一日")).toBe(true);
    expect(parseDate("二〇二三年二月三十日")).toBeNull();
  });

  it("takes a signature dated in Chinese numerals", () => {
    const doc = parseDocument(["某县商务局关于园区统计的通知", "各开发区：", "请按时报送。", "某县商务局", "二〇二三年五月六日"], "p.txt");
    expect(doc).toMatchObject({ issuer: "某县商务局", publishedAt: "2023-05-06" });
  });

  it("makes 第一章 a heading and keeps 第一条 as text", () => {
    const blocks = blocksFromParagraphs(["第一章 总则", "第一条 为规范园区管理，制定本办法。"], "policy");
    expect(blocks.map((block) => block.type)).toEqual(["heading", "paragraph"]);
  });
});

describe("metadata set on lines of their own", () => {
  it("takes 发布日期 / date / time / 信息来源 / 浏览次数 out of the body", () => {
    const doc = parseDocument(
      ["禾丰经济开发区与青禾经济开发区建立合作共建关系", "发布日期:", "2026-07-14", "16:40", "信息来源:县政府办公室", "浏览次数:", "7月13日，青禾市投促局一行到禾丰经济开发区参观考察，双方签署合作共建协议。"],
      "page.txt",
    );
    expect(doc).toMatchObject({ title: "禾丰经济开发区与青禾经济开发区建立合作共建关系", publishedAt: "2026-07-14", sourceDepartment: "县政府办公室" });
    expect(doc.body).toBe("7月13日，青禾市投促局一行到禾丰经济开发区参观考察，双方签署合作共建协议。");
  });
});
