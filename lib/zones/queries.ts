import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { db } from "@/lib/db";

export async function listFeaturedZones(limit = 6) {
  return db().zone.findMany({
    where: { status: "published", featuredRank: { not: null } },
    orderBy: { featuredRank: "asc" },
    take: limit,
    select: { slug: true, name: true, level: true, province: true, city: true, industries: true, summary: true },
  });
}

export async function getPublishedZone(slug: string) {
  const zone = await db().zone.findFirst({
    where: { status: "published", slug },
    include: {
      awards: { orderBy: [{ year: "desc" }] },
      indicators: { orderBy: [{ metric: "asc" }, { year: "asc" }] },
      partnersOut: { where: { to: { status: "published" } }, select: { relation: true, to: { select: { slug: true, name: true } } } },
      articles: {
        where: { article: { status: "published" } },
        orderBy: { article: { publishedAt: "desc" } },
        take: 10,
        select: { article: { select: { kind: true, slug: true, title: true, publishedAt: true } } },
      },
    },
  });
  if (!zone) return null;
  return {
    ...zone,
    areaKm2: zone.areaKm2 ? Number(zone.areaKm2) : null,
    description: parseBlocks(zone.description),
    indicators: zone.indicators.map((indicator) => ({ ...indicator, value: Number(indicator.value) })),
    partners: zone.partnersOut.map((link) => ({ relation: link.relation, ...link.to })),
    articles: zone.articles.map((link) => link.article),
  };
}
