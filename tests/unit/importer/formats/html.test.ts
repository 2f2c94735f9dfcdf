import { zipSync, strToU8 } from "fflate";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { expandFile } from "@/lib/importer/batch";
import { decodeHtmlBytes, readHtmlPage, stripSiteName } from "@/lib/importer/formats/html";
import { readMhtml } from "@/lib/importer/formats/mhtml";
import { applyHints } from "@/lib/importer/hints";
import { importText } from "@/lib/importer";

// An invented page in the shape of a county government site: meta tags, chrome, an article.
const PAGE = `<!DOCTYPE html><html><head><meta charset="gbk">
<title>禾丰县举办园区企业用工对接会_禾丰县人民政府</title>
<meta name="ArticleTitle" content="禾丰县举办园区企业用工对接会">
<meta name="PubDate" content="2026-04-09 16:20">
<meta name="ContentSource" content="禾丰县人力资源和社会保障局">
<meta name="ColumnName" content="部门动态"><meta name="SiteName" content="禾丰县人民政府">
<meta name="Keywords" content="用工,对接会，园区"><meta name="Description" content="禾丰县举办园区企业用工对接会。">
</head><body>
<nav><a href="/">首页</a><a href="/bmdt/">部门动态</a></nav>
<div class="main"><h1>禾丰县举办园区企业用工对接会</h1>
<div class="content">
<p>4月9日，禾丰县在经济开发区举办园区企业用工对接会，38家企业提供就业岗位1200余个，现场初步达成就业意向460人。</p>
<figure><img src="../../images/2026/duijiehui.jpg"><figcaption>用工对接会现场</figcaption></figure>
<h2>岗位情况</h2>
<table><tr><th>行业</th><th>岗位数</th></tr><tr><td>装备制造</td><td>520</td></tr><tr><td>电子信息</td><td>410</td></tr></table>
<ul><li>技术工人岗位占六成以上。</li><li>平均月薪较去年提高百分之八。</li></ul>
<p>县人社局负责人表示，下一步将常态化开展用工对接活动，帮助企业稳岗扩岗。</p>
</div></div>
<footer>版权所有：禾丰县人民政府办公室 备案号：松ICP备00000000号</footer>
</body></html>`;

describe("saved web pages", () => {
  it("reads the government meta tags as hints and the article as one paragraph per block", () => {
    const { html, encoding } = decodeHtmlBytes(iconv.encode(PAGE, "gbk"));
    expect(encoding).toBe("GB18030");
    const page = readHtmlPage(html);
    expect(page.hints).toEqual({
      title: "禾丰县举办园区企业用工对接会",
      publishedAt: "2026-04-09",
      sourceDepartment: "禾丰县人力资源和社会保障局",
      column: "部门动态",
      siteName: "禾丰县人民政府",
      keywords: ["用工", "对接会", "园区"],
      description: "禾丰县举办园区企业用工对接会。",
    });
    expect(page.text.split("\n\n")).toEqual([
      "禾丰县举办园区企业用工对接会",
      "4月9日，禾丰县在经济开发区举办园区企业用工对接会，38家企业提供就业岗位1200余个，现场初步达成就业意向460人。",
      "用工对接会现场",
      "岗位情况",
      "行业 | 岗位数",
      "装备制造 | 520",
      "电子信息 | 410",
      "技术工人岗位占六成以上。",
      "平均月薪较去年提高百分之八。",
      "县人社局负责人表示，下一步将常态化开展用工对接活动，帮助企业稳岗扩岗。",
    ]);
    expect(page.warnings).toEqual([{ code: "images-not-fetched", message: expect.stringContaining("../../images/2026/duijiehui.jpg") }]);
  });

  it("resolves image addresses against the page's own URL when it is known", () => {
    const page = readHtmlPage(PAGE, { baseUrl: "https://www.hefeng.example.cn/bmdt/2026/04/a.html" });
    expect(page.hints.sourceUrl).toBe("https://www.hefeng.example.cn/bmdt/2026/04/a.html");
    expect(page.warnings[0].message).toContain("https://www.hefeng.example.cn/bmdt/images/2026/duijiehui.jpg");
  });

  it("takes the charset from the HTTP header over the page, and from a BOM over both", () => {
    const bytes = iconv.encode(PAGE.replace('charset="gbk"', 'charset="utf-8"'), "gbk");
    expect(decodeHtmlBytes(bytes, "text/html; charset=GBK").encoding).toBe("GB18030");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE, "utf8")]);
    expect(decodeHtmlBytes(bom, "text/html; charset=gbk")).toMatchObject({ encoding: "UTF-8", html: PAGE });
  });

  it("finds the title in <title> without the site name, and the source address in a browser's save comment", () => {
    expect(stripSiteName("禾丰县举办园区企业用工对接会_禾丰县人民政府")).toBe("禾丰县举办园区企业用工对接会");
    expect(stripSiteName("禾丰县举办园区企业用工对接会 - 禾丰新闻网")).toBe("禾丰县举办园区企业用工对接会");
    const saved = `<!-- saved from url=(0040)https://www.hefeng.example.cn/a/b.html -->\n${PAGE.replace(/<meta name="ArticleTitle"[^>]+>/, "")}`;
    const page = readHtmlPage(saved);
    expect(page.hints.title).toBe("禾丰县举办园区企业用工对接会");
    expect(page.hints.sourceUrl).toBe("https://www.hefeng.example.cn/a/b.html");
  });

  it("drops navigation and footers even from a page too short for an article", () => {
    const page = readHtmlPage("<html><body><nav>首页 政务公开</nav><div>禾丰县今日召开会议。</div><footer>版权所有</footer></body></html>");
    expect(page.text).toBe("禾丰县今日召开会议。");
    expect(readHtmlPage("<p>禾丰县今日召开会议。</p>", { isFragment: true })).toEqual({ text: "禾丰县今日召开会议。", hints: {}, warnings: [] });
  });

  it("reads the page part of an MHTML archive, quoted-printable and all, with the address it was saved from", () => {
    const qp = Buffer.from(PAGE.replace('charset="gbk"', 'charset="utf-8"'), "utf8")
      .toString("latin1")
      .replace(/[^\x20-\x7e\n]|=/g, (char) => `=${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    const archive = [
      "From: <Saved by Blink>",
      "Snapshot-Content-Location: https://www.hefeng.example.cn/bmdt/a.html",
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; type="text/html"; boundary="--b1"',
      "",
      "----b1",
      "Content-Type: text/html",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp,
      "----b1--",
      "",
    ].join("\r\n");
    const page = readMhtml(Buffer.from(archive, "latin1"), "“a.mhtml”");
    expect(page.location).toBe("https://www.hefeng.example.cn/bmdt/a.html");
    expect(Buffer.from(page.bytes).toString("utf8")).toContain("38家企业提供就业岗位1200余个");
  });
});

describe("format hints merged into the parsed document", () => {
  it("lets the page's title and date win, records both, and fills the source the text lacks", () => {
    const [doc] = applyHints(importText("禾丰县用工对接会\n\n4月9日，禾丰县举办园区企业用工对接会，38家企业提供就业岗位1200余个。", "a.html"), {
      title: "禾丰县举办园区企业用工对接会",
      publishedAt: "2026-04-09",
      sourceDepartment: "禾丰县人力资源和社会保障局",
      sourceUrl: "https://www.hefeng.example.cn/a.html",
    });
    expect(doc).toMatchObject({
      title: "禾丰县举办园区企业用工对接会",
      publishedAt: "2026-04-09",
      sourceDepartment: "禾丰县人力资源和社会保障局",
      sourceUrl: "https://www.hefeng.example.cn/a.html",
    });
    expect(doc.warnings?.map((warning) => warning.code)).toEqual(["hint-title", "hint-date"]);
    expect(doc.warnings?.[0].message).toContain("禾丰县用工对接会");
  });

  it("gives a listing page's items only the source URL", () => {
    const docs = [
      { source: "l.html", kind: "news" as const, title: "甲", publishedAt: "2026-01-02", zones: [] },
      { source: "l.html", kind: "news" as const, title: "乙", publishedAt: "2026-01-03", zones: [] },
    ];
    expect(applyHints(docs, { title: "列表", publishedAt: "2026-02-01", sourceUrl: "https://www.example.cn/l.html" })).toEqual(
      docs.map((doc) => ({ ...doc, sourceUrl: "https://www.example.cn/l.html" })),
    );
  });
});

describe("zip batches", () => {
  it("lists the supported files, skips the rest, and refuses nested archives", () => {
    const archive = zipSync({
      "通知/a.txt": strToU8("禾丰县通知正文"),
      "b.html": strToU8("<p>正文</p>"),
      "图片.jpg": new Uint8Array([0xff, 0xd8, 0xff]),
      "inner.zip": new Uint8Array([0x50, 0x4b, 0x05, 0x06]),
      "__MACOSX/._a.txt": new Uint8Array([0]),
    });
    const { files, skipped } = expandFile("batch.zip", archive);
    // in the order a Chinese file manager shows them
    expect(files.map((file) => [file.name, file.problem ?? null])).toEqual([
      ["batch.zip/通知/a.txt", null],
      ["batch.zip/b.html", null],
      ["batch.zip/inner.zip", "压缩包中的压缩包不会展开，请解压后再导入"],
    ]);
    expect(skipped).toEqual(["batch.zip/图片.jpg"]);
    expect(() => expandFile("bad.zip", new Uint8Array([1, 2, 3]))).toThrow("“bad.zip” 不是有效的 zip 压缩包");
  });
});
