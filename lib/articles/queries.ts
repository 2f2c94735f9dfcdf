import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { cachedRead } from "@/lib/content/cache";
import { chinaDate } from "@/lib/content/dates";
import { type ArticleFilters, PAGE_SIZE, pageCount } from "@/lib/content/listing";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

/** Public reads: always published content only. */
const PUBLISHED = { status: "published" } as const;

// undated articles (rare: imported without a date) go to the end, never to the top of a list
const NEWEST_FIRST = [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

const listFields = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  summary: true,
  region: true,
  source: true,
  publishedAt: true,
  docNumber: true,
  issuer: true,
  validity: true,
} as const;

export type ArticleListItem = Prisma.ArticleGetPayload<{ select: typeof listFields }>;

export const listLatestArticles = cachedRead("articles.latest", ["article"], async (kind: ArticleKind, limit: number = 8) =>
  db().article.findMany({ where: { ...PUBLISHED, kind }, orderBy: NEWEST_FIRST, take: limit, select: listFields }),
);

/** Home page: the latest news grouped by region, the busiest regions first. */
export const listLatestNewsByRegion = cachedRead(
  "articles.byRegion",
  ["article"],
  async (regions: number = 4, perRegion: number = 5): Promise<{ region: string; articles: ArticleListItem[] }[]> => {
    const recent = await db().article.findMany({
      where: { ...PUBLISHED, kind: "news", region: { not: null } },
      orderBy: NEWEST_FIRST,
      take: 200,
      select: listFields,
    });
    const groups = new Map<string, ArticleListItem[]>();
    for (const article of recent) {
      const region = article.region as string;
      const group = groups.get(region) ?? [];
      if (group.length < perRegion) group.push(article);
      groups.set(region, group);
    }
    return [...groups.entries()].slice(0, regions).map(([region, articles]) => ({ region, articles }));
  },
);

function yearRange(year: number): Prisma.DateTimeFilter {
  return { gte: chinaDate(`${year}-01-01`), lt: chinaDate(`${year + 1}-01-01`) };
}

export function articleListWhere(kind: ArticleKind, filters: Omit<ArticleFilters, "page">): Prisma.ArticleWhereInput {
  return {
    ...PUBLISHED,
    kind,
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.zone ? { zones: { some: { zone: { slug: filters.zone, status: "published" } } } } : {}),
    ...(filters.year ? { publishedAt: yearRange(filters.year) } : {}),
    ...(kind === "policy" && filters.issuer ? { issuer: filters.issuer } : {}),
    ...(kind === "policy" && filters.validity ? { validity: filters.validity } : {}),
  };
}

/** One page of a list with its total, for 共 N 条 · 第 x / N 页. */
export const listArticles = cachedRead("articles.list", ["article", "zone"], async (kind: ArticleKind, filters: ArticleFilters) => {
  const { page, ...rest } = filters;
  const where = articleListWhere(kind, rest);
  const [total, items] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({ where, orderBy: NEWEST_FIRST, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: listFields }),
  ]);
  return { items, total, page, pageCount: pageCount(total) };
});

/** The values the filters of a list offer: regions, years, zones, and for policies issuers. */
export const listArticleFacets = cachedRead("articles.facets", ["article", "zone"], async (kind: ArticleKind) => {
  const where = { ...PUBLISHED, kind };
  const [regions, issuers, years, zones] = await Promise.all([
    db().article.groupBy({ by: ["region"], where: { ...where, region: { not: null } }, _count: { _all: true }, orderBy: { region: "asc" } }),
    kind === "policy"
      ? db().article.groupBy({ by: ["issuer"], where: { ...where, issuer: { not: null } }, _count: { _all: true }, orderBy: { issuer: "asc" } })
      : Promise.resolve([]),
    db().$queryRaw<{ year: number }[]>`
      SELECT DISTINCT CAST(EXTRACT(YEAR FROM "publishedAt" + INTERVAL '8 hours') AS INTEGER) AS year
      FROM "Article" WHERE status = 'published' AND kind = ${kind}::"ArticleKind" AND "publishedAt" IS NOT NULL
      ORDER BY year DESC`,
    db().zone.findMany({
      where: { status: "published", articles: { some: { article: where } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
  ]);
  return {
    regions: regions.map((row) => row.region as string),
    issuers: issuers.map((row) => row.issuer as string),
    years: years.map((row) => Number(row.year)),
    zones,
  };
});

export const getPublishedArticle = cachedRead("articles.one", ["article", "zone"], async (kind: ArticleKind, slug: string) => {
  const article = await db().article.findFirst({
    where: { ...PUBLISHED, kind, slug },
    include: {
      zones: {
        where: { zone: { status: "published" } },
        orderBy: { mentions: "desc" },
        select: { zone: { select: { slug: true, name: true, level: true, province: true } } },
      },
      replacedBy: { select: { kind: true, slug: true, title: true, status: true } },
    },
  });
  if (!article) return null;
  const { body, zones, replacedBy, ...rest } = article;
  return {
    ...rest,
    blocks: parseBlocks(body),
    zones: zones.map((link) => link.zone),
    // a replacing document that is not public yet is named by title only, never linked
    replacedBy: replacedBy ? { ...replacedBy, isPublic: replacedBy.status === "published" } : null,
  };
});

export type PublicArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

/** 上一篇 (newer) and 下一篇 (older) in the same list, ordered like the list itself. */
export const getAdjacentArticles = cachedRead(
  "articles.adjacent",
  ["article"],
  async (kind: ArticleKind, id: string, publishedAt: Date | null) => {
    if (!publishedAt) return { previous: null, next: null };
    const select = { kind: true, slug: true, title: true } as const;
    const [previous, next] = await Promise.all([
      db().article.findFirst({
        where: { ...PUBLISHED, kind, OR: [{ publishedAt: { gt: publishedAt } }, { publishedAt, id: { gt: id } }] },
        orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
        select,
      }),
      db().article.findFirst({
        where: { ...PUBLISHED, kind, OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }] },
        orderBy: NEWEST_FIRST,
        select,
      }),
    ]);
    return { previous, next };
  },
);

export type FeedScope = { kind?: ArticleKind; region?: string; zoneSlug?: string };

/** Feed entries: the newest published articles of a kind, a region or a zone. */
export const listFeedArticles = cachedRead("articles.feed", ["article", "zone"], async (scope: FeedScope, limit: number = 30) => {
  const articles = await db().article.findMany({
    where: {
      ...PUBLISHED,
      ...(scope.kind ? { kind: scope.kind } : {}),
      ...(scope.region ? { region: scope.region } : {}),
      ...(scope.zoneSlug ? { zones: { some: { zone: { slug: scope.zoneSlug, status: "published" } } } } : {}),
    },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { ...listFields, body: true, updatedAt: true },
  });
  return articles.map(({ body, ...article }) => ({ ...article, blocks: parseBlocks(body) }));
});

export const listArticleSitemap = cachedRead("articles.sitemap", ["article"], async () =>
  db().article.findMany({ where: PUBLISHED, orderBy: NEWEST_FIRST, select: { kind: true, slug: true, updatedAt: true } }),
);

/** Regions that have published articles, for the feed directory. */
export const listArticleRegions = cachedRead("articles.regions", ["article"], async () => {
  const rows = await db().article.groupBy({ by: ["region"], where: { ...PUBLISHED, region: { not: null } }, orderBy: { region: "asc" } });
  return rows.map((row) => row.region as string);
});
