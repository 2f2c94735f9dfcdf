import { beforeEach, describe, expect, it } from "vitest";
import { getPublishedArticle, listLatestArticles } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { getPublishedZone, listFeaturedZones } from "@/lib/zones/queries";
import { createArticle, createZone } from "@/tests/factories";
import { databaseKind, useTestDatabase } from "@/tests/support/database";

describe(`public content queries (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("lists only published articles of the kind, newest first", async () => {
    await createArticle({ title: "较早的资讯", publishedAt: new Date("2025-01-01T00:00:00Z") });
    await createArticle({ title: "较新的资讯", publishedAt: new Date("2025-03-01T00:00:00Z") });
    await createArticle({ title: "草稿资讯", status: "draft" });
    await createArticle({ title: "一份政策", kind: "policy" });

    const titles = (await listLatestArticles("news")).map((article) => article.title);
    expect(titles).toEqual(["较新的资讯", "较早的资讯"]);
  });

  it("never shows a draft on its public page", async () => {
    const draft = await createArticle({ status: "draft" });
    const published = await createArticle();
    expect(await getPublishedArticle("news", draft.slug)).toBeNull();
    expect((await getPublishedArticle("news", published.slug))?.id).toBe(published.id);
    expect(await getPublishedArticle("policy", published.slug)).toBeNull();
  });

  it("loads a zone profile with its indicators, partners and related news", async () => {
    const zone = await createZone({ name: "滨海测试经济技术开发区", featuredRank: 1 });
    const partner = await createZone({ name: "内陆测试高新技术产业开发区" });
    const hidden = await createZone({ name: "未发布园区", status: "draft" });
    await db().zonePartner.createMany({
      data: [
        { fromId: zone.id, toId: partner.id, relation: "对口合作" },
        { fromId: zone.id, toId: hidden.id, relation: "共建园区" },
      ],
    });
    await db().zoneIndicator.create({
      data: { zoneId: zone.id, metric: "地区生产总值", year: 2024, value: "1234.5", unit: "亿元", sourceTitle: "测试来源" },
    });
    const article = await createArticle({ title: "园区新闻" });
    await db().articleZone.create({ data: { articleId: article.id, zoneId: zone.id } });

    const profile = await getPublishedZone(zone.slug);
    expect(profile?.indicators).toMatchObject([{ metric: "地区生产总值", value: 1234.5, unit: "亿元" }]);
    expect(profile?.partners.map((p) => p.name)).toEqual(["内陆测试高新技术产业开发区"]);
    expect(profile?.articles.map((a) => a.title)).toEqual(["园区新闻"]);
    expect((await listFeaturedZones()).map((z) => z.name)).toEqual(["滨海测试经济技术开发区"]);
    expect(await getPublishedZone(hidden.slug)).toBeNull();
  });

  it("uses the trigram index extension on both databases", async () => {
    const rows = await db().$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(rows).toHaveLength(1);
    expect(["pglite", "postgres"]).toContain(databaseKind());
  });
});
