import { describe, expect, it } from "vitest";
import { escapeXml, feedAlternates, parseFeedPath, renderAtom, renderRss, SITE_FEED } from "@/lib/content/feeds";

describe("feed paths", () => {
  it("recognises kind, region and zone feeds in both formats", () => {
    expect(parseFeedPath(["news.rss"])).toEqual({ type: "kind", segment: "news", format: "rss" });
    expect(parseFeedPath(["region", encodeURIComponent("西青区") + ".atom"])).toEqual({ type: "region", region: "西青区", format: "atom" });
    expect(parseFeedPath(["zone", "tianjin-jingkai.rss"])).toEqual({ type: "zone", slug: "tianjin-jingkai", format: "rss" });
    expect(parseFeedPath(["news.json"])).toBeNull();
    expect(parseFeedPath(["other", "x.rss"])).toBeNull();
    expect(parseFeedPath(["a", "b", "c.rss"])).toBeNull();
  });
});

describe("feed documents", () => {
  const channel = { title: "资讯 & 动态", description: "描述", siteUrl: "https://example.cn/news", feedUrl: "https://example.cn/feeds/news.rss", updated: new Date("2025-03-01T00:00:00Z") };
  const entries = [
    { id: "1", title: "<签约> 仪式", url: "https://example.cn/news/a", summary: "摘要\u0001", published: new Date("2025-02-28T00:00:00Z"), updated: new Date("2025-03-01T00:00:00Z"), author: "管委会" },
  ];

  it("escapes markup and strips characters XML forbids", () => {
    expect(escapeXml(`a<b>&"c'\u0000`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });

  it("renders RSS 2.0 with a self link and escaped entries", () => {
    const xml = renderRss(channel, entries);
    expect(xml).toContain("<title>资讯 &amp; 动态</title>");
    expect(xml).toContain("<title>&lt;签约&gt; 仪式</title>");
    expect(xml).toContain('rel="self"');
    expect(xml).toContain("<pubDate>Fri, 28 Feb 2025 00:00:00 GMT</pubDate>");
    expect(xml).not.toContain("\u0001");
  });

  it("renders Atom with ISO dates", () => {
    const xml = renderAtom(channel, entries);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain("<published>2025-02-28T00:00:00.000Z</published>");
    expect(xml).toContain("<author><name>管委会</name></author>");
  });
});

describe("feedAlternates", () => {
  it("advertises a page's own feed first and the site feed always, in RSS and Atom", () => {
    const types = feedAlternates({ path: "/feeds/zone/xq", title: "西青" });
    expect(types["application/rss+xml"].map((feed) => feed.url)).toEqual(["/feeds/zone/xq.rss", `${SITE_FEED.path}.rss`]);
    expect(types["application/atom+xml"].map((feed) => feed.url)).toEqual(["/feeds/zone/xq.atom", `${SITE_FEED.path}.atom`]);
  });

  it("lists the site feed once when a page's own feed is the site feed", () => {
    expect(feedAlternates(SITE_FEED)["application/rss+xml"]).toHaveLength(1);
    expect(feedAlternates()["application/rss+xml"]).toHaveLength(1);
  });
});
