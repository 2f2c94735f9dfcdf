import { describe, expect, it } from "vitest";
import { importText } from "@/lib/importer";
import { cleanParagraphs, collapseLetterSpacing, stripPageChrome } from "@/lib/importer/clean";
import { parseMetaLine } from "@/lib/importer/meta";
import { detectZoneMentions } from "@/lib/importer/zones";

/**
 * The shapes real government and zone pages take when an editor copies them whole (issue 17), each in
 * invented text: the real pages the benchmark scores stay out of the repository.
 */
const one = (text: string) => {
  const documents = importText(text, "page.txt");
  expect(documents).toHaveLength(1);
  return documents[0];
};
const codes = (doc: { warnings?: { code: string }[] }) => (doc.warnings ?? []).map((warning) => warning.code);

describe("page chrome is never the title", () => {
  it("skips accessibility bars, breadcrumbs and a welcome banner to reach the headline", () => {
    const doc = one(
      [
        "无障碍 | 关怀版 | 返回首页",
        "欢迎访问青禾经济开发区",
        "当前位置：首页 > 政务公开 > 通知公告",
        "青禾经开区召开二季度项目推进会",
        "发布时间：2024-05-06 09:30 来源：区经信局 作者：张三 浏览次数：128",
        "5月6日，青禾经开区召开二季度项目推进会，部署下一阶段重点项目建设工作。",
        "会议要求，各部门要压实责任，确保项目按期开工。",
      ].join("\n"),
    );
    expect(doc).toMatchObject({ kind: "news", title: "青禾经开区召开二季度项目推进会", publishedAt: "2024-05-06", sourceDepartment: "区经信局", author: "张三", readCount: 128 });
    expect(doc.body).not.toMatch(/无障碍|欢迎访问|当前位置/);
  });

  it("takes the title a 文件名称 table row names, and its issuer", () => {
    const doc = one(
      [
        "文件名称 | 关于开展园区安全生产检查的通知 | 发布机构 | 青禾市应急管理局",
        "成文日期： | 2024年05月06日",
        "各开发区管委会：",
        "为切实做好园区安全生产工作，现就开展专项检查有关事项通知如下。",
        "一、检查范围",
        "全市各开发区内规模以上工业企业。",
      ].join("\n"),
    );
    expect(doc).toMatchObject({ kind: "policy", title: "关于开展园区安全生产检查的通知", issuer: "青禾市应急管理局", writtenAt: "2024-05-06", publishedAt: "2024-05-06" });
    expect(doc.body).toContain("各开发区管委会：");
  });

  it("drops a document site's page counter and 已阅读 line", () => {
    const doc = one(["青禾县开发区发展规划_第1页", "已阅读5页，剩余10页", "一、发展基础", "全县开发区经过多年建设，已形成三大主导产业，带动就业两万余人。"].join("\n"));
    expect(doc.title).toBe("青禾县开发区发展规划");
    expect(doc.body).not.toContain("已阅读");
  });

  it("joins a title split over lines and drops its split copy further down", () => {
    const doc = one(
      [
        "青禾市人民政府",
        "关于同意设立青禾临港产业园的",
        "批复",
        "青政函〔2024〕12号",
        "青禾市人民政府关于同意设立青禾临港产业园的",
        "批复",
        "临港镇人民政府：",
        "你镇关于设立产业园的请示收悉。经研究，同意设立青禾临港产业园。",
        "青禾市人民政府",
        "2024年6月3日",
      ].join("\n"),
    );
    expect(doc).toMatchObject({ kind: "policy", title: "青禾市人民政府关于同意设立青禾临港产业园的批复", docNumber: "青政函〔2024〕12号", issuer: "青禾市人民政府", publishedAt: "2024-06-03" });
    expect(doc.body?.split("\n\n")).toEqual(["临港镇人民政府：", "你镇关于设立产业园的请示收悉。经研究，同意设立青禾临港产业园。", "青禾市人民政府", "2024年6月3日"]);
  });

  it("takes the line right above the metadata line over a longer site banner", () => {
    const doc = one(["青禾经济通讯社 青禾经济开发区官方新闻发布平台", "园区举办招商说明会", "记者：王芳 更新日期：2020-10-27 15:07:00", "10月27日，园区举办招商说明会，吸引近百家企业参加。"].join("\n"));
    expect(doc).toMatchObject({ title: "园区举办招商说明会", author: "王芳", publishedAt: "2020-10-27" });
  });

  it("prefers the headline to a subtitle with commas, and keeps the subtitle in the text", () => {
    const doc = one(["园区十个重点项目集中开工", "总投资30亿元，年内计划完成投资12亿元", "3日上午，青禾经开区十个重点项目集中开工，涵盖新材料、装备制造等领域。"].join("\n"));
    expect(doc.title).toBe("园区十个重点项目集中开工");
    expect(doc.body).toContain("总投资30亿元，年内计划完成投资12亿元");
  });

  it("keeps a campaign tag as part of the title and a region tag as the region", () => {
    expect(one("【项目攻坚月】园区新签约五个项目\n本月园区新签约项目五个，协议投资额十亿元。").title).toBe("【项目攻坚月】园区新签约五个项目");
    expect(one("【青禾区招商】园区新签约五个项目\n本月园区新签约项目五个，协议投资额十亿元。")).toMatchObject({ title: "园区新签约五个项目", region: "青禾区" });
  });
});

describe("a page without a headline", () => {
  it("gets a generated title with a warning and keeps its lead paragraph", () => {
    const lead = "6月2日上午，青禾高新区举行科技成果对接会，二十余家企业与高校签订合作协议。";
    const doc = one(`${lead}\n对接会上，高新区发布了年度技术需求清单。`);
    expect(doc.body?.split("\n\n")[0]).toBe(lead);
    expect(codes(doc)).toContain("generated-title");
    expect(doc.title.endsWith("…")).toBe(true);
  });

  it("classifies a government work report by how it opens, and news about a report as news", () => {
    const report = one("各位代表：\n现在，我代表青禾区人民政府，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n全区经济稳中有进，产业结构持续优化。");
    expect(report.kind).toBe("report");
    const news = one("区人大代表分组审议政府工作报告\n发布时间：2024-01-09\n1月9日，代表们分组审议政府工作报告，一致认为报告实事求是、催人奋进。");
    expect(news.kind).toBe("news");
  });
});

describe("the kind is decided from the chosen title and the body", () => {
  it("is not decided by an index number or a welcome banner", () => {
    const doc = one(["11330700MB1234567X/2024-00012", "欢迎访问青禾高新技术产业开发区", "高新区企业服务中心正式启用", "2024-03-01", "3月1日，高新区企业服务中心正式启用，可办理事项八十余项。"].join("\n"));
    expect(doc).toMatchObject({ kind: "news", title: "高新区企业服务中心正式启用", publishedAt: "2024-03-01" });
    expect(doc.body).not.toContain("11330700MB1234567X");
  });

  it("reads a traditional-character policy: 文号, 發布時間, 來源 and 發文機關 as in simplified, stored as written", () => {
    const doc = one(
      ["青禾市人民政府辦公室關於印發園區管理辦法的通知", "發布時間:2023-03-15 09:28信息來源:青禾市人民政府辦公室", "青政辦發〔2023〕9號", "各區人民政府：", "現將辦法印發給你們，請認真組織實施。", "青禾市人民政府辦公室", "2023年3月10日"].join("\n"),
    );
    expect(doc).toMatchObject({
      kind: "policy",
      title: "青禾市人民政府辦公室關於印發園區管理辦法的通知",
      docNumber: "青政辦發〔2023〕9號",
      issuer: "青禾市人民政府辦公室",
      publishedAt: "2023-03-15",
      writtenAt: "2023-03-10",
    });
  });
});

describe("metadata lines", () => {
  it("reads them on one line, split over lines, or in table cells", () => {
    expect(parseMetaLine("发布时间：2024-05-06 09:30 来源：区经信局 作者：张三 浏览次数：128")).toEqual({ date: "2024-05-06", source: "区经信局", author: "张三", readCount: 128 });
    expect(parseMetaLine("成文日期： | 2024年05月06日")).toEqual({ writtenAt: "2024-05-06" });
    expect(parseMetaLine("查看人数：48")).toEqual({ readCount: 48 });
    expect(parseMetaLine("点击数：7  阅读量：9")).toEqual({ readCount: 9 });
    expect(parseMetaLine("2010/1/6 16:43:13 次浏览 分类:政府动态 来源:")).toEqual({ date: "2010-01-06" });
    expect(parseMetaLine("【发文字号】青政发[2010]5号")).toEqual({ docNumber: "青政发[2010]5号" });
    expect(parseMetaLine("发布日期: 2021- 04- 16 08: 54 浏览次数:")).toEqual({ date: "2021-04-16" });
  });

  it("stores no source for 未知, 本网 or 本站", () => {
    expect(parseMetaLine("来源：未知 日期：2019-12-02 点击：次")).toEqual({ date: "2019-12-02" });
    expect(parseMetaLine("来源：本网")).toEqual({});
  });

  it("hands back the text a long metadata line carries, never merging it into the line or dropping it", () => {
    expect(parseMetaLine("来源:青禾区人民政府网 发布时间:2021-06-08 15:22 浏览:392次5月26日,青禾新城召开全体干部职工会议,学习传达会议精神。")).toEqual({
      source: "青禾区人民政府网",
      date: "2021-06-08",
      readCount: 392,
      remainder: "5月26日,青禾新城召开全体干部职工会议,学习传达会议精神。",
    });
    const doc = one("来源:青禾区人民政府网 发布时间:2021-06-08 15:22 浏览:392次\n5月26日，青禾新城召开全体干部职工会议，学习传达区重点项目建设动员会精神。\n会议指出，要千方百计完成年度目标任务。");
    expect(doc.body?.split("\n\n")[0]).toBe("5月26日，青禾新城召开全体干部职工会议，学习传达区重点项目建设动员会精神。");
    expect(doc.publishedAt).toBe("2021-06-08");
  });
});

describe("dates", () => {
  it("leaves a document without a date undated, with a warning, never the import time", () => {
    const doc = one("园区举办招聘会\n本周六，园区将举办春季招聘会，提供岗位五百余个。");
    expect(doc.publishedAt).toBeNull();
    expect(codes(doc)).toContain("no-date");
  });

  it("prefers the page's 发布日期 and keeps a policy's 成文日期", () => {
    const doc = one(["青禾市商务局关于做好外资统计工作的通知", "发布日期：2024-04-02", "各开发区：", "请按时报送外资统计数据。", "青禾市商务局", "2024年3月28日"].join("\n"));
    expect(doc).toMatchObject({ publishedAt: "2024-04-02", writtenAt: "2024-03-28", issuer: "青禾市商务局" });
  });
});

describe("bulletins outside the happy path", () => {
  const items = ["< 园区动态 >", "园区召开项目推进会", "会议部署了下一阶段重点工作。"];

  it("reads traditional characters and 第12期(總第103期) in one token", () => {
    const doc = one(["青禾開發區工作簡報", "第12期(總第103期)", "青禾開發區管委會辦公室", "2024年5月6日", ...items].join("\n"));
    expect(doc).toMatchObject({ kind: "bulletin", title: "青禾開發區工作簡報", issueNumber: 12, totalIssueNumber: 103, publisher: "青禾開發區管委會辦公室", publishedAt: "2024-05-06" });
  });

  it("reads a letter-spaced masthead with the 期号 on the same line and the publisher before it", () => {
    const doc = one(["青禾开发区管委会办公室", "工 作 简 报 第 5 期", "2024年5月6日", ...items].join("\n"));
    expect(doc).toMatchObject({ kind: "bulletin", title: "工作简报", issueNumber: 5, publisher: "青禾开发区管委会办公室", publishedAt: "2024-05-06" });
    expect(doc.sections).toEqual([{ title: "园区动态", items: [{ title: "园区召开项目推进会", body: "会议部署了下一阶段重点工作。" }] }]);
  });

  it("joins letter-spaced characters so search finds the word", () => {
    expect(collapseLetterSpacing("工 作 简 报")).toBe("工作简报");
    expect(collapseLetterSpacing("第一章 总 则")).toBe("第一章 总则");
    expect(collapseLetterSpacing("记者 王芳 李明")).toBe("记者 王芳 李明");
  });
});

describe("de-duplication keeps a document's own lines", () => {
  it("keeps the signature that repeats the issuer and headings that repeat the 目录", () => {
    const paragraphs = cleanParagraphs(
      ["青禾市人民政府", "关于加快园区建设的实施意见", "目录", "一、总体要求", "二、主要任务", "一、总体要求", "到2025年，园区规上工业产值突破千亿元。", "二、主要任务", "推进标准厂房建设。", "青禾市人民政府", "2024年2月1日"].join("\n"),
    );
    expect(paragraphs.filter((line) => line === "一、总体要求")).toHaveLength(2);
    expect(paragraphs.filter((line) => line === "青禾市人民政府")).toHaveLength(2);
    const doc = one(paragraphs.join("\n"));
    expect(doc).toMatchObject({ kind: "policy", issuer: "青禾市人民政府", publishedAt: "2024-02-01" });
  });

  it("drops a listing's excerpt of a paragraph the page gives whole", () => {
    const paragraphs = cleanParagraphs("园区发布十条措施\n为支持企业发展，园区出台十条…\n为支持企业发展，园区出台十条措施，涵盖用地、融资和人才。");
    expect(paragraphs).toEqual(["园区发布十条措施", "为支持企业发展，园区出台十条措施，涵盖用地、融资和人才。"]);
  });
});

describe("navigation is cut as blocks, and large removals are reported", () => {
  const sentence = (index: number) => `第${index}段：园区持续优化营商环境，推动重点项目早落地、早投产、早见效，全年新增就业岗位一千余个。`;

  it("keeps a long page's text after a 上一篇/下一篇 block in its middle", () => {
    const after = Array.from({ length: 12 }, (_, index) => sentence(index + 2));
    const doc = one(["园区年度工作总结", sentence(1), "上一篇：园区召开安全生产会议", "下一篇：园区开展消防演练", ...after].join("\n"));
    expect(doc.body).toContain(after.at(-1));
    expect(doc.body).not.toContain("上一篇");
  });

  it("cuts a short footer whole", () => {
    const doc = one(["园区召开推进会", sentence(1), "上一篇：园区召开安全生产会议", "相关推荐", "园区开展消防演练"].join("\n"));
    expect(doc.body).toBe(sentence(1));
  });

  it("says how much was removed when more than a quarter of the page is chrome", () => {
    const menu = ["网站首页", "园区概况", "招商引资", "政务公开", "投资指南", "企业服务", "联系我们"];
    const footer = ["版权所有：青禾经济开发区管理委员会", "网站标识码：1234567890", "扫一扫在手机打开当前页"];
    const doc = one([...menu, "园区召开推进会", sentence(1), ...footer].join("\n"));
    expect(doc.body).toBe(sentence(1));
    const warning = doc.warnings?.find((entry) => entry.code === "chrome-removed");
    expect(warning?.message).toMatch(/约 \d+% 的文字/);
  });
});

describe("chrome that used to survive", () => {
  it("removes reading aids, print and close links, share bars and document-site buttons", () => {
    const chrome = ["朗读", "打印本页", "[关闭窗口]", "主动公开", "导读：园区出台十条措施。", "分享到：", "扫一扫在手机打开当前页", "字号：大 中 小", "下载本文档"];
    expect(stripPageChrome(["园区出台十条措施", ...chrome, "园区近日出台十条措施，支持企业扩大投资、稳定就业，涵盖用地、融资和人才。"])).toEqual([
      "园区出台十条措施",
      "园区近日出台十条措施，支持企业扩大投资、稳定就业，涵盖用地、融资和人才。",
    ]);
  });

  it("learns menus from structure: short unpunctuated lines clustered at the top and bottom, link rows", () => {
    const text = "园区概况\n招商引资\n企业服务\n项目招商|场所招商|商品招商\n园区出台十条措施\n园区近日出台十条措施，支持企业扩大投资、稳定就业，涵盖用地、融资和人才。\n图片新闻\n精彩专题";
    expect(stripPageChrome(text.split("\n"))).toEqual(["园区出台十条措施", "园区近日出台十条措施，支持企业扩大投资、稳定就业，涵盖用地、融资和人才。"]);
  });

  it("keeps a short heading between paragraphs and a bulletin masthead", () => {
    expect(stripPageChrome(["园区出台十条措施", "园区近日出台十条措施，支持企业扩大投资，涵盖用地、融资和人才。", "政策要点", "措施共十条，涵盖用地、融资和人才等方面内容。"])).toContain("政策要点");
    expect(stripPageChrome(["工作简报", "第5期", "青禾开发区管委会办公室", "< 园区动态 >"])).toEqual(["工作简报", "第5期", "青禾开发区管委会办公室", "< 园区动态 >"]);
  });
});

describe("chrome seen on a second round of real pages", () => {
  const body = "园区近日出台十条措施，支持企业扩大投资、稳定就业，涵盖用地、融资和人才。";

  it("drops welcome lines, e-paper navigation, privacy notices and foreign-language banners at the top", () => {
    const top = ["欢迎您阅览青禾日报!", "当前版:01版", "本网站使用相关技术提供更好的阅读体验，点这里了解隐私声明。", "Your browser does not appear to support Chinese. Go to our English website?", "こちらのページは中国語版です。", "QINGHE ECONOMY NEWS AGENCY 青禾经济通讯社"];
    expect(stripPageChrome([...top, "园区出台十条措施", body])).toEqual(["园区出台十条措施", body]);
  });

  it("drops a site's today, slogans, WeChat prompts and characters set one per line at the bottom", () => {
    const bottom = ["欢", "迎", "关", "注", "产业高地 科技新城", "青禾高新区官方微信", "青禾高新区欢迎您"];
    expect(stripPageChrome(["2025年 05月 13日 星期二 合作提案", "园区出台十条措施", body, ...bottom])).toEqual(["园区出台十条措施", body]);
  });

  it("drops skip links, weather widgets, forum footers and a foreign-language version of the text", () => {
    const top = ["跳到主要内容区块", "短暂雨", "气温", "降雨:", "AQI", "The zone's works are in full swing this spring, with 25 projects started in 2024."];
    const bottom = ["留言板电话:0000-1234567", "GMT+8, 2024-11-19 13:43 , Processed in 0.05 second(s), 14 queries .", "Powered by Discuz!"];
    expect(stripPageChrome([...top, "园区出台十条措施", body, ...bottom])).toEqual(["园区出台十条措施", body]);
  });

  it("reads a Taiwan site's 民国 date in a metadata line", () => {
    expect(parseMetaLine("發佈日期:107/10/5")).toEqual({ date: "2018-10-05" });
    expect(parseMetaLine("• 發布日期:99-05-17")).toEqual({ date: "2010-05-17" });
  });

  it("keeps an English page's lines", () => {
    const english = ["Qinghe Zone opens a service centre", "The centre offers eighty services to companies in the zone, from permits to hiring."];
    expect(stripPageChrome(english)).toEqual(english);
  });
});

describe("shapes seen on a fourth round of real pages", () => {
  it("knows a headline-less issuing notice as a policy, dated and signed by a 工作专班", () => {
    const doc = one(["各市县人民政府：", "《青禾市园区创建工作方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。", "青禾市优化营商环境工作专班", "2022年10月11日", "一、工作目标"].join("\n"));
    expect(doc).toMatchObject({ kind: "policy", issuer: "青禾市优化营商环境工作专班", publishedAt: "2022-10-11" });
    expect(codes(doc)).toContain("generated-title");
  });

  it("never joins a page's headline to its first paragraph, and reads a URL stamp's date", () => {
    const doc = one(["2024年园区综合发展水平考核评价工作完成 青禾经开区排名大幅跃升", "http://www.example.cn/  (2019-05-05 14:13:16)", "记者获悉，园区综合发展水平考核评价工作日前完成，青禾经开区排名跃升二十位。"].join("\n"));
    expect(doc).toMatchObject({ title: "2024年园区综合发展水平考核评价工作完成 青禾经开区排名大幅跃升", publishedAt: "2019-05-05" });
  });

  it("takes no cut-off 《 line for the title, and drops image file names, login links and disclaimers", () => {
    const doc = one(["《青禾市进一步支持民间投资的实施", "青禾市人民政府办公厅关于印发青禾市", "进一步支持民间投资的", "实施方案的通知", "各区人民政府：", "现将方案印发给你们，请认真组织实施。", "0c20e266e5524625ae0a6bbe18db2d2f.png", "用户登录", "免责声明：本网转载自其他媒体，不代表本网观点。"].join("\n"));
    expect(doc.title).toBe("青禾市人民政府办公厅关于印发青禾市进一步支持民间投资的实施方案的通知");
    expect(doc.body).not.toMatch(/\.png|用户登录|免责声明/);
  });
});

describe("shapes seen on a fifth round of real pages", () => {
  it("takes the headline under a column name and a metadata line above it", () => {
    const doc = one(["经贸新闻", "发布日期:2018-03-19 10:53:02", "市招商局赴青禾经济开发区开展调研座谈活动", "近日，市招商局赴青禾经济开发区开展调研座谈活动，双方就重点产业招商作了交流。"].join("\n"));
    expect(doc).toMatchObject({ title: "市招商局赴青禾经济开发区开展调研座谈活动", publishedAt: "2018-03-19" });
  });

  it("dates a notice that ends with a date and no signature, and knows it by 现将…予以公布", () => {
    const doc = one(["各市人民政府：", "省政府决定撤销部分开发利用程度低的园区。", "现将撤销的园区名单予以公布。", "二〇〇四年六月二日"].join("\n"));
    expect(doc).toMatchObject({ kind: "policy", publishedAt: "2004-06-02", writtenAt: "2004-06-02" });
  });
});

describe("zone mentions", () => {
  it("makes no zone of 全国/各/多个 phrases or of an office's name before a zone", () => {
    expect(detectZoneMentions("全国经开区综合发展水平考核结果公布，各开发区、多个高新区参加。")).toEqual([]);
    expect(detectZoneMentions("市商务局青禾经济技术开发区分局召开会议。")).toEqual(["青禾经济技术开发区"]);
  });

  it("reads traditional-character zone names as simplified ones", () => {
    expect(one("青禾經濟技術開發區新簽約五個項目\n發布時間：2024-05-06\n本月青禾經濟技術開發區新簽約項目五個，協議投資額十億元。").zones).toEqual(["青禾经济技术开发区"]);
  });
});
