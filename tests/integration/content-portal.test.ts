import { beforeEach, describe, expect, it } from "vitest";
import { getAdjacentArticles, getPublishedArticle, listArticleFacets, listArticles, listFeedArticles, listLatestNewsByRegion } from "@/lib/articles/queries";
import { getAdjacentBulletins, getPublishedBulletin, listBulletinArchive } from "@/lib/bulletins/queries";
import { chinaDate } from "@/lib/content/dates";
import { PAGE_SIZE } from "@/lib/content/listing";
import { getArticleReadCount, recordArticleView } from "@/lib/content/read-count";
import { db } from "@/lib/db";
import { getPublishedZone, listDirectoryZones, listZonesForComparison } from "@/lib/zones/queries";
import { createArticle, createZone } from "@/tests/factories";
import { createBulletin } from "@/tests/factories/search-content";
import { useTestDatabase } from "@/tests/support/database";

const filters = (overrides: Partial<Parameters<typeof listArticles>[1]> = {}) => ({ page: 1, ...overrides });

describe(`public portal queries (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeEach(useTestDatabase);

  it("pages a list with its total and filters by region, year and zone", async () => {
    const zone = await createZone({ name: "西青测试经开区" });
    for (let day = 1; day <= PAGE_SIZE + 2; day += 1) {
      await createArticle({ region: day % 2 ? "西青区" : "滨海新区", publishedAt: chinaDate(`2024-03-${String(day).padStart(2, "0")}`) });
    }
    const in2025 = await createArticle({ region: "西青区", publishedAt: chinaDate("2025-01-01") });
    await createArticle({ region: "西青区", status: "draft" });
    await db().articleZone.create({ data: { articleId: in2025.id, zoneId: zone.id } });

    const first = await listArticles("news", filters());
    expect(first).toMatchObject({ total: PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0].id).toBe(in2025.id);
    expect((await listArticles("news", filters({ page: 2 }))).items).toHaveLength(3);

    expect((await listArticles("news", filters({ region: "西青区" }))).total).toBe(10);
    // 2025-01-01 in Beijing is still 2024 in UTC: the year filter counts Chinese calendar days
    expect((await listArticles("news", filters({ year: 2025 }))).items.map((a) => a.id)).toEqual([in2025.id]);
    expect((await listArticles("news", filters({ year: 2024 }))).total).toBe(PAGE_SIZE + 2);
    expect((await listArticles("news", filters({ zone: zone.slug }))).items.map((a) => a.id)).toEqual([in2025.id]);

    const facets = await listArticleFacets("news");
    expect(facets.regions).toEqual(["滨海新区", "西青区"]);
    expect(facets.years).toEqual([2025, 2024]);
    expect(facets.zones.map((z) => z.name)).toEqual(["西青测试经开区"]);
  });

  it("puts undated articles at the end of a list, not the top", async () => {
    const undated = await createArticle({ title: "无日期", publishedAt: null });
    await createArticle({ title: "有日期", publishedAt: chinaDate("2025-01-01") });
    expect((await listArticles("news", filters())).items.map((a) => a.title)).toEqual(["有日期", "无日期"]);
    expect(await getAdjacentArticles("news", undated.id, null)).toEqual({ previous: null, next: null });
  });

  it("filters policies by issuer and validity and names the replacing document", async () => {
    const current = await createArticle({ kind: "policy", title: "现行办法", issuer: "市商务局", validity: "valid" });
    const old = await createArticle({ kind: "policy", title: "旧办法", issuer: "市商务局", validity: "repealed", replacedById: current.id });
    await createArticle({ kind: "policy", title: "其他机关文件", issuer: "区政府", validity: "valid" });

    expect((await listArticles("policy", filters({ issuer: "市商务局" }))).total).toBe(2);
    expect((await listArticles("policy", filters({ validity: "repealed" }))).items.map((a) => a.title)).toEqual(["旧办法"]);
    expect((await listArticleFacets("policy")).issuers).toEqual(["区政府", "市商务局"].sort());
    const page = await getPublishedArticle("policy", old.slug);
    expect(page?.replacedBy).toMatchObject({ title: "现行办法", isPublic: true });
  });

  it("links 上一篇 and 下一篇 within the same kind, in list order", async () => {
    const older = await createArticle({ title: "较早", publishedAt: chinaDate("2025-01-01") });
    const middle = await createArticle({ title: "居中", publishedAt: chinaDate("2025-02-01") });
    const newer = await createArticle({ title: "较新", publishedAt: chinaDate("2025-03-01") });
    await createArticle({ kind: "policy", title: "别的栏目", publishedAt: chinaDate("2025-02-15") });
    await createArticle({ title: "草稿", status: "draft", publishedAt: chinaDate("2025-02-10") });

    const around = await getAdjacentArticles("news", middle.id, middle.publishedAt);
    expect(around.previous?.title).toBe("较新");
    expect(around.next?.title).toBe("较早");
    expect((await getAdjacentArticles("news", newer.id, newer.publishedAt)).previous).toBeNull();
    expect((await getAdjacentArticles("news", older.id, older.publishedAt)).next).toBeNull();
  });

  it("counts readings without touching updatedAt, and only for published articles", async () => {
    const article = await createArticle();
    const draft = await createArticle({ status: "draft" });
    const before = (await db().article.findUniqueOrThrow({ where: { id: article.id } })).updatedAt;
    await Promise.all([recordArticleView(article.id), recordArticleView(article.id), recordArticleView(draft.id)]);
    expect(await getArticleReadCount(article.id)).toBe(2);
    expect(await getArticleReadCount(draft.id)).toBe(0);
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).updatedAt).toEqual(before);
  });

  it("groups the home page news by region and scopes feeds to a region or zone", async () => {
    const zone = await createZone();
    await createArticle({ region: "西青区", title: "西青一" });
    await createArticle({ region: "西青区", title: "西青二" });
    const binhai = await createArticle({ region: "滨海新区", title: "滨海一" });
    await db().articleZone.create({ data: { articleId: binhai.id, zoneId: zone.id } });

    const groups = await listLatestNewsByRegion(4, 1);
    expect(groups.map((g) => [g.region, g.articles.length])).toEqual([
      ["滨海新区", 1],
      ["西青区", 1],
    ]);
    expect((await listFeedArticles({ region: "西青区" })).map((a) => a.title).sort()).toEqual(["西青一", "西青二"]);
    expect((await listFeedArticles({ zoneSlug: zone.slug })).map((a) => a.title)).toEqual(["滨海一"]);
  });

  it("archives bulletins by year and links neighbouring issues of the same publisher", async () => {
    const publisher = "测试协会";
    const first = await createBulletin([{ title: "条目一", body: "正文一" }], { publisher, issueNumber: 1, year: 2024, issueDate: chinaDate("2024-11-01") });
    const second = await createBulletin([{ title: "条目二", body: "正文二" }], { publisher, issueNumber: 2, year: 2025, issueDate: chinaDate("2025-01-10") });
    await createBulletin([{ title: "草稿条目", body: "草稿" }], { publisher, issueNumber: 3, year: 2025, issueDate: chinaDate("2025-02-10"), status: "draft" });

    const archive = await listBulletinArchive();
    expect(archive.map((year) => [year.year, year.issues.map((issue) => issue.issueNumber)])).toEqual([
      [2025, [2]],
      [2024, [1]],
    ]);
    const around = await getAdjacentBulletins(second.id);
    expect(around.previous?.slug).toBe(first.slug);
    expect(around.next).toBeNull();
    const issue = await getPublishedBulletin(second.slug);
    expect(issue?.sections[0].items[0]).toMatchObject({ anchor: "s1-1", title: "条目二" });
    expect(issue?.sections[0].items[0].blocks[0]).toEqual({ type: "paragraph", text: "正文二" });
  });

  it("shows partners in both directions and compares up to four zones in the order asked", async () => {
    const [a, b, c, d, e] = await Promise.all(["甲", "乙", "丙", "丁", "戊"].map((name) => createZone({ name: `${name}测试园区` })));
    await db().zonePartner.create({ data: { fromId: b.id, toId: a.id, relation: "友好园区" } });
    await db().zoneIndicator.create({
      data: { zoneId: a.id, metric: "地区生产总值", year: 2024, value: "12.5", unit: "亿元", sourceTitle: "2024年统计公报", sourceDate: chinaDate("2025-03-01") },
    });
    expect((await getPublishedZone(a.slug))?.partners).toEqual([{ slug: b.slug, name: b.name, relation: "友好园区" }]);

    const compared = await listZonesForComparison([c.slug, a.slug, "no-such-zone", b.slug, d.slug, e.slug]);
    expect(compared.map((zone) => zone.slug)).toEqual([c.slug, a.slug, b.slug]);
    expect(compared[1].indicators[0]).toMatchObject({ value: 12.5, sourceTitle: "2024年统计公报" });
    expect(compared[1].indicators[0].sourceDate?.toISOString()).toBe(chinaDate("2025-03-01").toISOString());
    expect((await listDirectoryZones()).length).toBe(5);
  });
});
