import { describe, expect, it } from "vitest";
import { decodeCached, encodeCached, revalidateContent, tagsToRevalidate } from "@/lib/content/cache";
import { newsArticleJsonLd, zoneJsonLd } from "@/lib/content/structured-data";
import { dictionary, DICTIONARIES, isLocale } from "@/lib/i18n/dictionary";
import { returnPath } from "@/lib/i18n/return-path";

describe("content cache", () => {
  it("maps content types to one tag each", () => {
    expect(tagsToRevalidate(["article", "zone", "article"])).toEqual(["content:article", "content:zone"]);
  });

  it("keeps Dates through the JSON round trip of the data cache", () => {
    const value = { when: new Date("2019-02-27T16:00:00Z"), nested: [{ at: new Date(0) }], text: "2019-02-28", none: null };
    const back = decodeCached<typeof value>(encodeCached(value));
    expect(back.when).toBeInstanceOf(Date);
    expect(back.when.toISOString()).toBe("2019-02-27T16:00:00.000Z");
    expect(back.nested[0].at.getTime()).toBe(0);
    expect(back.text).toBe("2019-02-28");
    expect(back.none).toBeNull();
  });

  it("does nothing outside the Next server (scripts, tests)", () => {
    expect(revalidateContent("article")).toEqual([]);
  });
});

describe("preferences", () => {
  it("goes back only to a page of this site", () => {
    expect(returnPath("http://127.0.0.1:3000/news?page=2#x", "127.0.0.1:3000")).toBe("/news?page=2#x");
    expect(returnPath("https://evil.example/phish", "127.0.0.1:3000")).toBe("/");
    expect(returnPath("http://127.0.0.1:3000/news", null)).toBe("/");
    expect(returnPath(null, "127.0.0.1:3000")).toBe("/");
    expect(returnPath("not a url", "127.0.0.1:3000")).toBe("/");
    expect(returnPath("http://127.0.0.1:3000/preferences?font=large", "127.0.0.1:3000")).toBe("/");
  });

  it("has every interface string in both languages", () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.zh).sort());
    expect(dictionary("en").nav.news).toBe("News");
    expect(dictionary("zh").inquiry).toBe("招商咨询");
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("structured data", () => {
  it("describes an article as a NewsArticle", () => {
    const data = newsArticleJsonLd({
      url: "https://example.cn/news/a",
      title: "标题",
      description: "摘要",
      publishedAt: new Date("2019-02-27T16:00:00Z"),
      updatedAt: new Date("2019-03-01T00:00:00Z"),
      source: "管委会",
      siteName: "开发区资讯门户",
      siteUrl: "https://example.cn/",
    });
    expect(data).toMatchObject({ "@type": "NewsArticle", headline: "标题", datePublished: "2019-02-27T16:00:00.000Z", author: { name: "管委会" } });
  });

  it("describes a zone as a GovernmentOrganization", () => {
    const data = zoneJsonLd({
      url: "https://example.cn/zones/teda",
      name: "天津经济技术开发区",
      alternateName: ["泰达"],
      description: null,
      province: "天津市",
      city: null,
      district: "滨海新区",
      approvedAt: new Date("1984-12-05T16:00:00Z"),
      website: null,
      contacts: [{ phone: "022-0000000" }],
    });
    expect(data).toMatchObject({
      "@type": "GovernmentOrganization",
      foundingDate: "1984-12-06",
      address: { addressRegion: "天津市", addressLocality: "滨海新区" },
      contactPoint: { telephone: "022-0000000" },
    });
  });
});
