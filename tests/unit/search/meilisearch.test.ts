import { describe, expect, it } from "vitest";
import { articleDocument, bulletinDocuments, zoneDocument, type ArticleRow } from "@/lib/search/document";
import { Lexicon } from "@/lib/search/lexicon";
import {
  SEARCHABLE_ATTRIBUTES,
  buildMeiliFilter,
  meiliId,
  meiliIndexSettings,
  meiliSynonyms,
  quoteFilterValue,
  toMeiliDocument,
} from "@/lib/search/meilisearch/settings";

const article: ArticleRow = {
  id: "ck1",
  kind: "policy",
  status: "published",
  slug: "kaohe-banfa",
  title: "关于印发招商引资考核評價办法的通知",
  summary: null,
  body: [{ type: "paragraph", text: "西青经开区参照执行。" }],
  region: "澜江省",
  publishedAt: new Date("2025-06-26T02:00:00Z"),
  docNumber: "澜商产业[2025]9号",
  issuer: "澜江省商务厅",
  validity: "valid",
  version: 3,
  zones: [{ zone: { name: "西青经济技术开发区" } }],
};

describe("Meilisearch settings", () => {
  const settings = meiliIndexSettings();

  it("searches title, aliases, 文号, pinyin, summary, body in that order of weight", () => {
    expect(settings.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES]);
    expect(settings.searchableAttributes?.indexOf("titleText")).toBe(0);
    expect(settings.searchableAttributes?.at(-1)).toBe("bodyText");
  });

  it("filters by kind, region, zones, year, issuer, validity and sorts by date", () => {
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["kind", "region", "zones", "year", "issuer", "validity"]));
    expect(settings.sortableAttributes).toEqual(["publishedAt"]);
  });

  it("treats text as Chinese, knows project terms and never typo-matches a 文号", () => {
    expect(settings.localizedAttributes?.[0].locales).toEqual(["cmn"]);
    expect(settings.dictionary).toEqual(expect.arrayContaining(["经开区", "苏州工业园区", "招商引资"]));
    expect(settings.typoTolerance?.disableOnAttributes).toContain("docNumber");
  });

  it("maps synonyms both ways", () => {
    const synonyms = meiliSynonyms();
    expect(synonyms["经开区"]).toContain("经济技术开发区");
    expect(synonyms["经济技术开发区"]).toContain("经开区");
    expect(synonyms.sip).toContain("苏州工业园区");
    expect(synonyms["泰达"]).toEqual(expect.arrayContaining(["teda", "天津经济技术开发区"]));
  });
});

describe("Meilisearch documents", () => {
  it("maps a search document with normalised searchable copies", () => {
    const document = articleDocument(article);
    expect(document).not.toBeNull();
    const meili = toMeiliDocument(document!);
    expect(meili.id).toBe("article_ck1");
    expect(meili.ref).toBe("article:ck1");
    expect(meili.title).toBe(article.title);
    expect(meili.titleText).toContain("考核评价");
    expect(meili.docNumber).toBe("澜商产业〔2025〕9号");
    expect(meili.publishedAt).toBe(Date.parse("2025-06-26T02:00:00Z"));
    expect(meili.pinyin).toEqual(expect.arrayContaining(["xiqing", "xq"]));
  });

  it("makes ids Meilisearch accepts", () => {
    expect(meiliId("bulletin:ck1:ck2")).toBe("bulletin_ck1_ck2");
  });
});

describe("Meilisearch filters", () => {
  it("builds one expression per filter and can leave one out for its facet", () => {
    const filters = { kind: "policy" as const, region: "澜江省", zone: "西青经济技术开发区", year: 2025 };
    expect(buildMeiliFilter(filters)).toEqual(['kind = "policy"', 'region = "澜江省"', 'zones = "西青经济技术开发区"', "year = 2025"]);
    expect(buildMeiliFilter(filters, "kind")).not.toContain('kind = "policy"');
    expect(buildMeiliFilter({})).toEqual([]);
  });

  it("escapes quotes in values", () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});

describe("document builder", () => {
  it("indexes only published content", () => {
    expect(articleDocument({ ...article, status: "draft" })).toBeNull();
    expect(articleDocument({ ...article, status: "archived" })).toBeNull();
  });

  it("builds a policy document with its normalised 文号 as an alias", () => {
    const document = articleDocument(article)!;
    expect(document).toMatchObject({ kind: "policy", year: 2025, aliases: ["澜商产业〔2025〕9号"], zones: ["西青经济技术开发区"] });
    expect(document.url).toBe("/policies/kaohe-banfa");
    expect(document.summary).toBe("西青经开区参照执行。");
  });

  it("builds one document per bulletin item with the issue as parent and the anchor in the url", () => {
    const documents = bulletinDocuments({
      id: "b1",
      status: "published",
      slug: "2025-1-xiehui",
      title: "开发区工作简报",
      issueNumber: 1,
      totalIssueNumber: 61,
      year: 2025,
      issueDate: new Date("2025-03-31T00:00:00Z"),
      publishedAt: null,
      version: 1,
      sections: [
        {
          title: "本市动态",
          items: [
            { id: "i1", anchor: "s1-1", title: "推进会召开", body: [{ type: "paragraph", text: "会议。" }], source: null },
            { id: "i2", anchor: "s1-2", title: "新签约项目", body: [{ type: "paragraph", text: "签约。" }], source: "澜州日报" },
          ],
        },
      ],
    });
    expect(documents.map((doc) => doc.id)).toEqual(["bulletin:b1:i1", "bulletin:b1:i2"]);
    expect(documents[1]).toMatchObject({ entity: "bulletin:b1", parentTitle: "开发区工作简报 第1期（总第61期）", url: "/bulletins/2025-1-xiehui#s1-2" });
    expect(documents[1].body).toContain("澜州日报");
  });

  it("builds a zone document with its short name and aliases, and skips merged zones", () => {
    const zone = {
      id: "z1",
      status: "published" as const,
      slug: "xiqing",
      name: "西青经济技术开发区",
      shortName: "西青经开区",
      aliases: ["西青开发区"],
      level: "national_etdz" as const,
      type: "etdz" as "etdz" | "customs" | null,
      province: "天津市",
      city: "天津市",
      district: "西青区",
      industries: ["汽车零部件"],
      summary: null,
      description: [],
      version: 2,
      mergedIntoId: null,
    };
    expect(zoneDocument(zone)).toMatchObject({ kind: "zone", aliases: ["西青经开区", "西青开发区"], region: "天津市", url: "/zones/xiqing" });
    expect(zoneDocument(zone)?.body).toContain("汽车零部件");
    expect(zoneDocument({ ...zone, mergedIntoId: "z2" })).toBeNull();
    // the catalogue's type is searchable when the level does not already say it
    expect(zoneDocument(zone)?.body.match(/经济技术开发区/g)).toHaveLength(1);
    expect(zoneDocument({ ...zone, level: "national_other", type: "customs" })?.body).toContain("海关特殊监管区域");
  });
});

describe("Meilisearch settings for forgiving search", () => {
  const lexicon = new Lexicon({
    zones: [
      {
        slug: "yunxi",
        name: "云溪经济技术开发区",
        aliases: ["云溪经开区", "云溪新城"],
        level: "national_etdz",
        province: "澜江省",
        city: "云溪市",
        industries: [],
        summary: null,
      },
    ],
    texts: [],
  });
  const settings = meiliIndexSettings({ zoneNameGroups: lexicon.zoneNameGroups });

  it("sends the zones' names from the database as synonyms, both ways, the everyday name included", () => {
    expect(lexicon.zoneNameGroups).toEqual([["云溪经济技术开发区", "云溪经开区", "云溪新城", "云溪"]]);
    expect(settings.synonyms?.["云溪"]).toEqual(expect.arrayContaining(["云溪经济技术开发区", "云溪经开区", "云溪新城"]));
    expect(settings.synonyms?.["云溪经开区"]).toContain("云溪");
    expect(settings.synonyms?.["经开区"]).toEqual(expect.arrayContaining(["经济技术开发区"]));
  });

  it("keeps the zones' names whole in the dictionary", () => {
    expect(settings.dictionary).toEqual(expect.arrayContaining(["云溪经开区", "云溪新城", "云溪"]));
    expect(meiliIndexSettings().dictionary).not.toContain("云溪新城");
  });

  it("sends letter-spaced text closed up, the loose 文号 in one spelling, and whole short names in pinyin", () => {
    const document = toMeiliDocument(
      articleDocument({ ...article, title: "云 溪 简 报 编 印 说 明", docNumber: "云经开2022 第27号", zones: [{ zone: { name: "云溪经济技术开发区" } }] })!,
    );
    expect(document.titleText).toBe("云溪简报编印说明");
    expect(document.docNumber).toBe("云经开〔2022〕27号");
    const zone = toMeiliDocument({
      ...articleDocument(article)!,
      id: "zone:z1",
      entity: "zone:z1",
      kind: "zone",
      title: "云溪经济技术开发区",
      aliases: ["云溪经开区"],
    });
    expect(zone.pinyin).toEqual(expect.arrayContaining(["yunxi", "yunxijingkaiqu"]));
  });
});
