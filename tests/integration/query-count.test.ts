import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqlDriverAdapter, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";
import { getAdjacentArticles, getPublishedArticle, listArticleFacets, listArticles, listLatestArticles, listLatestNewsByRegion } from "@/lib/articles/queries";
import { getLatestBulletin, getPublishedBulletin, listBulletinArchive } from "@/lib/bulletins/queries";
import { createAdapter } from "@/lib/database/adapter";
import { resolveDatabaseTarget } from "@/lib/database/config";
import { db, disconnectDatabase } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getPublishedZone, listDirectoryZones, listFeaturedZones } from "@/lib/zones/queries";
import { createArticle, createZone } from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/database";

/**
 * No N+1 on the public pages: every SQL statement the driver adapter runs is counted while a page's
 * reads load, first with a few items and then with many more. A list page whose statement count grows
 * with its items (a query per row) fails here, on PostgreSQL and on the embedded database alike.
 */
const statements: string[] = [];

function counting<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    statements.push(query.sql);
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    statements.push(query.sql);
    return executeRaw(query);
  };
  return queryable;
}

function countingAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => counting<Transaction>(await startTransaction(...args));
  return counting(adapter);
}

/** Installs the process's Prisma client (lib/db.ts) on an adapter that records every statement. */
async function useCountingDatabase() {
  await disconnectDatabase();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const handle = createAdapter(target, { max: 2 });
  const connect = handle.factory.connect.bind(handle.factory);
  handle.factory.connect = async () => countingAdapter(await connect());
  const holder = globalThis as unknown as { zonePortalDb?: unknown };
  holder.zonePortalDb = { prisma: new PrismaClient({ adapter: handle.factory }), target, handle };
}

async function statementsFor(load: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await load();
  return statements.length;
}

let sequence = 0;
async function createBulletin(sections: number, itemsPerSection: number) {
  sequence += 1;
  return db().bulletin.create({
    data: {
      status: "published",
      slug: `query-count-${sequence}`,
      title: "开发区工作简报",
      publisher: "测试开发区协会",
      year: 2025,
      issueNumber: sequence,
      issueDate: new Date(Date.UTC(2025, 0, sequence)),
      publishedAt: new Date(Date.UTC(2025, 0, sequence)),
      sections: {
        create: Array.from({ length: sections }, (_, position) => ({
          position,
          title: `栏目${position + 1}`,
          items: {
            create: Array.from({ length: itemsPerSection }, (_, item) => ({
              position: item,
              anchor: `item-${position}-${item}`,
              title: `条目${position}-${item}`,
              body: [{ type: "paragraph", text: "正文。" }],
            })),
          },
        })),
      },
    },
  });
}

// The reads of each page, as app/(public)/**/page.tsx makes them.
const home = () =>
  Promise.all([listLatestArticles("news", 8), listLatestNewsByRegion(4, 5), listLatestArticles("policy", 6), listLatestArticles("report", 4), getLatestBulletin(), listFeaturedZones(6)]);
const newsList = () => Promise.all([listArticles("news", { page: 1 }), listArticleFacets("news")]);
const policyList = () => Promise.all([listArticles("policy", { page: 1 }), listArticleFacets("policy")]);
const articlePage = async (slug: string) => {
  const article = await getPublishedArticle("news", slug);
  return article && getAdjacentArticles("news", article.id, article.publishedAt);
};

describe(`statements per public page (${process.env.DATABASE_URL?.split(":")[0] ?? "embedded"})`, () => {
  beforeAll(async () => {
    await useCountingDatabase();
    await useTestDatabase();
  });
  afterAll(disconnectDatabase);

  it("home: the same statements for a few items as for many", async () => {
    for (let n = 0; n < 3; n += 1) {
      await createArticle({ region: `地区${n}` });
      await createArticle({ kind: "policy" });
      await createZone({ featuredRank: n + 1 });
    }
    await createBulletin(1, 2);
    const few = await statementsFor(home);
    for (let n = 0; n < 12; n += 1) {
      await createArticle({ region: `地区${n % 6}` });
      await createArticle({ kind: "policy" });
      await createArticle({ kind: "report" });
    }
    await createZone({ featuredRank: 4 });
    await createZone({ featuredRank: 5 });
    await createBulletin(4, 6);
    const many = await statementsFor(home);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(14);
  });

  it("list pages and the zone directory: a page of 15 costs what a page of 3 costs", async () => {
    const zones = await Promise.all(Array.from({ length: 3 }, () => createZone()));
    const link = async (articleId: string, n: number) => db().articleZone.create({ data: { articleId, zoneId: zones[n % zones.length].id } });
    for (let n = 0; n < 3; n += 1) {
      await link((await createArticle({ region: `地区${n}` })).id, n);
      await createArticle({ kind: "policy", issuer: `发文机关${n}` });
    }
    await createBulletin(1, 1);
    const few = await Promise.all([statementsFor(newsList), statementsFor(policyList), statementsFor(listDirectoryZones), statementsFor(listBulletinArchive)]);
    for (let n = 0; n < 30; n += 1) {
      await link((await createArticle({ region: `地区${n % 9}` })).id, n);
      await createArticle({ kind: "policy", issuer: `发文机关${n % 7}` });
      if (n % 3 === 0) await createZone();
      if (n % 10 === 0) await createBulletin(2, 3);
    }
    const many = await Promise.all([statementsFor(newsList), statementsFor(policyList), statementsFor(listDirectoryZones), statementsFor(listBulletinArchive)]);
    expect(many).toEqual(few);
    expect(few[0]).toBeLessThanOrEqual(14);
  });

  it("article page: related zones and 上一篇/下一篇 do not cost a statement each", async () => {
    const zones = await Promise.all(Array.from({ length: 8 }, () => createZone()));
    const lone = await createArticle();
    await db().articleZone.create({ data: { articleId: lone.id, zoneId: zones[0].id } });
    const linked = await createArticle();
    await db().articleZone.createMany({ data: zones.map((zone) => ({ articleId: linked.id, zoneId: zone.id })) });
    const few = await statementsFor(() => articlePage(lone.slug));
    const many = await statementsFor(() => articlePage(linked.slug));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
  });

  it("zone profile: indicators, partners and related news load in a fixed number of statements", async () => {
    const small = await createZone();
    const large = await createZone();
    const partners = await Promise.all(Array.from({ length: 6 }, () => createZone()));
    await db().zonePartner.createMany({ data: partners.map((partner) => ({ fromId: large.id, toId: partner.id, relation: "对口合作" })) });
    await db().zoneIndicator.createMany({
      data: [2020, 2021, 2022, 2023, 2024].flatMap((year) =>
        ["地区生产总值", "实际使用外资"].map((metric) => ({ zoneId: large.id, metric, year, value: "100", unit: "亿元", sourceTitle: "测试来源" })),
      ),
    });
    for (let n = 0; n < 8; n += 1) {
      const article = await createArticle();
      await db().articleZone.create({ data: { articleId: article.id, zoneId: large.id } });
    }
    const few = await statementsFor(() => getPublishedZone(small.slug));
    const many = await statementsFor(() => getPublishedZone(large.slug));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(10);
  });

  it("bulletin issue: sections and items load in a fixed number of statements", async () => {
    const small = await createBulletin(1, 1);
    const large = await createBulletin(5, 8);
    const few = await statementsFor(() => getPublishedBulletin(small.slug));
    const many = await statementsFor(() => getPublishedBulletin(large.slug));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });

  it("counts every statement, so a query per row would show", async () => {
    const articles = await listLatestArticles("news", 5);
    const perRow = await statementsFor(() => Promise.all(articles.map((article) => getPublishedArticle("news", article.slug))));
    expect(perRow).toBeGreaterThanOrEqual(articles.length);
  });
});
