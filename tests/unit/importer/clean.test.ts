import { describe, expect, it } from "vitest";
import {
  cleanParagraphs,
  stripMarkdown,
  dedupeParagraphs,
  joinPageBreaks,
  normaliseText,
  normaliseWhitespace,
  removeOrphanCaptions,
  removePinyinAnnotations,
  stripPageChrome,
} from "@/lib/importer/clean";

describe("removePinyinAnnotations", () => {
  it("removes tone-marked pinyin after the characters it reads", () => {
    expect(removePinyinAnnotations("9月(yuè)16日(rì),开发区(kāifāqū)召开会议")).toBe("9月16日,开发区召开会议");
  });

  it("removes toneless pinyin only when it reads the characters before it", () => {
    expect(removePinyinAnnotations("提供了(le)有益参考，中国的(de)园区")).toBe("提供了有益参考，中国的园区");
    expect(removePinyinAnnotations("园区(sip)")).toBe("园区(sip)");
  });

  it("handles full-width brackets and leaves other parentheses alone", () => {
    expect(removePinyinAnnotations("高新区（gāoxīnqū）与苏州工业园区(SIP)、经开区(2019年)")).toBe("高新区与苏州工业园区(SIP)、经开区(2019年)");
  });
});

describe("normaliseWhitespace", () => {
  it("drops the spaces a PDF copy puts around numbers in running text", () => {
    expect(normaliseWhitespace("会上，两联盟交流了 2019 年重点工作，确定了在产业对接、战略研究、联合举办招商活动等领域的具体事项")).toBe(
      "会上，两联盟交流了2019年重点工作，确定了在产业对接、战略研究、联合举办招商活动等领域的具体事项",
    );
  });

  it("keeps a headline's separating space", () => {
    expect(normaliseWhitespace("园区举办供需对接会 42家企业现场洽谈")).toBe("园区举办供需对接会 42家企业现场洽谈");
    expect(normaliseWhitespace("借助网络平台 促进园区宣传")).toBe("借助网络平台 促进园区宣传");
  });

  it("collapses runs of spaces and rejoins a numbered word split by a page break", () => {
    expect(normaliseWhitespace("  坚持质量第 一、效益优先   ")).toBe("坚持质量第一、效益优先");
  });

  it("keeps the author's punctuation, half-width and full-width alike", () => {
    const line = "园区坚持“项目为王”,全年新签约项目28个;其中外资项目5个。会议指出：要抓落实!";
    expect(normaliseWhitespace(line)).toBe(line);
  });
});

describe("normaliseText", () => {
  it("unifies line ends and strips BOM, zero-width and odd spaces", () => {
    expect(normaliseText("\uFEFF标题\r\n第一段\u200b\u3000内容\r第二段")).toBe("标题\n第一段 内容\n第二段");
  });
});

describe("stripPageChrome", () => {
  it("cuts everything from the page footer on", () => {
    expect(stripPageChrome(["标题", "正文第一段。", "上一篇：另一篇文章", "下一篇：", "评论列表"])).toEqual(["标题", "正文第一段。"]);
    expect(stripPageChrome(["标题", "正文。", "相关推荐", "推荐文章标题"])).toEqual(["标题", "正文。"]);
    expect(stripPageChrome(["条目", "正文。", "共 573 页", "投稿须知", "1.请投原创稿件。"])).toEqual(["条目", "正文。"]);
    expect(stripPageChrome(["条目", "正文。", "有想补充的信息?点我投稿", "更多"])).toEqual(["条目", "正文。"]);
  });

  it("drops hotline blocks, navigation bullets and picture credits between paragraphs", () => {
    expect(
      stripPageChrome(["标题", "招商热线", "0000-7654321", "• 联系我们", "正文。", "园区一角。图片来源:本报", "联系电话：0000-1234567"]),
    ).toEqual(["标题", "正文。"]);
  });

  it("keeps a long bullet as text without its bullet", () => {
    expect(stripPageChrome(["标题", "• 园区全年新签约亿元以上项目28个，协议总投资163亿元。"])).toEqual([
      "标题",
      "园区全年新签约亿元以上项目28个，协议总投资163亿元。",
    ]);
  });

  it("does not take a document's first line for a footer", () => {
    expect(stripPageChrome(["投稿须知", "1.稿件须为原创。"])).toEqual(["投稿须知", "1.稿件须为原创。"]);
  });
});

describe("joinPageBreaks", () => {
  const cut = "为加强两地开发区之间的协调对接与合作联动，1月25日，两个开发区联盟在省城召开工";
  it("joins a long paragraph without a sentence end to the next one", () => {
    expect(joinPageBreaks([cut, "作座谈会。会上交流了重点工作。"])).toEqual([`${cut}作座谈会。会上交流了重点工作。`]);
  });

  it("never joins a finished sentence, a short heading, or a paragraph followed by a heading or date", () => {
    expect(joinPageBreaks(["园区召开座谈会", "会议指出，要抓好项目落地。"])).toHaveLength(2);
    expect(joinPageBreaks([`${cut}。`, "下一段。"])).toHaveLength(2);
    expect(joinPageBreaks([cut, "一、总体要求"])).toHaveLength(2);
    expect(joinPageBreaks([cut, "2024年3月5日"])).toHaveLength(2);
    expect(joinPageBreaks([cut, "送：市有关部门"])).toHaveLength(2);
  });

  it("joins across several breaks and keeps a space between Latin words", () => {
    expect(joinPageBreaks([cut, "作座谈会，会议由两个联盟的负责同志共同主持，双方围绕产业对接和联合招商的", "事项达成一致。"])).toHaveLength(1);
    expect(joinPageBreaks(["The park signed agreements with partners from Europe and Asia across several industries in", "Shanghai."])).toEqual([
      "The park signed agreements with partners from Europe and Asia across several industries in Shanghai.",
    ]);
  });

  it("does not join a paragraph that ends with a byline", () => {
    expect(joinPageBreaks(["会议要求各开发区把功夫下在项目开工和投产上，做到签约一个落地一个。 □ 本报记者/文", "下一段。"])).toHaveLength(2);
  });
});

describe("dedupeParagraphs", () => {
  it("keeps the first of repeated paragraphs and titles", () => {
    expect(dedupeParagraphs(["园区链长制助企稳链", "园区链长制助企稳链", "第一段正文内容。", "第二段正文内容。", "第一段正文内容。"])).toEqual([
      "园区链长制助企稳链",
      "第一段正文内容。",
      "第二段正文内容。",
    ]);
  });

  it("unglues a title repeated in front of the first paragraph", () => {
    expect(dedupeParagraphs(["园区链长制助企稳链扩产", "园区链长制助企稳链扩产7月3日，记者从园区获悉有关情况。"])).toEqual([
      "园区链长制助企稳链扩产",
      "7月3日，记者从园区获悉有关情况。",
    ]);
  });

  it("keeps short repeated lines such as 特此通知", () => {
    expect(dedupeParagraphs(["特此通知。", "附件", "特此通知。"])).toEqual(["特此通知。", "附件", "特此通知。"]);
  });
});

describe("removeOrphanCaptions", () => {
  it("drops captions set apart by double blank lines and keeps headings with single blank lines", () => {
    const text = "正文一段。\n\n\n\n园区企业车间\n\n\n\n园区服务中心\n\n小标题\n\n正文二段。";
    expect(removeOrphanCaptions(text).split("\n").filter(Boolean)).toEqual(["正文一段。", "小标题", "正文二段。"]);
  });

  it("keeps a document's first line and an appendix title after a signature", () => {
    const text = "\n\n\n\n专栏名称\n\n标题\n\n特此通知。\n\n\n\n附件标题\n\n附件正文。";
    expect(removeOrphanCaptions(text).split("\n").filter(Boolean)).toEqual(["专栏名称", "标题", "特此通知。", "附件标题", "附件正文。"]);
  });
});

describe("cleanParagraphs", () => {
  it("runs every rule in order on one text", () => {
    const raw = "禾丰园区召开季度调度会\n禾丰园区召开季度调度会\n禾丰园区召开季度调度会5月(yuè)8日(rì)，园区召开会议。\n\n\n5月(yuè)8日(rì)，园区召开会议。\n上一篇：别的文章";
    expect(cleanParagraphs(raw)).toEqual(["禾丰园区召开季度调度会", "5月8日，园区召开会议。"]);
  });
});

describe("stripMarkdown", () => {
  it("strips heading, emphasis, list and quote marks from a line", () => {
    expect(stripMarkdown("## 二、工作目标")).toBe("二、工作目标");
    expect(stripMarkdown("* 项目__提速__，**落地**快")).toBe("项目提速，落地快");
    expect(stripMarkdown("-3%的降幅")).toBe("-3%的降幅");
  });

  it("removes Markdown marks from a .md document and keeps the words", () => {
    expect(cleanParagraphs("# 园区新闻标题\n\n**7月3日**，园区召开会议。\n\n- 签约项目11个。\n\n> 引用的一句话。\n\n---\n\n结尾。")).toEqual([
      "园区新闻标题",
      "7月3日，园区召开会议。",
      "签约项目11个。",
      "引用的一句话。",
      "结尾。",
    ]);
  });
});
