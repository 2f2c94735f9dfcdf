import "server-only";
import { z } from "zod";
import { parseBlocks } from "@/lib/content/blocks";
import { cachedRead } from "@/lib/content/cache";
import { db } from "@/lib/db";
import type { ZoneListFilter } from "./schema";

const PUBLISHED = { status: "published" } as const;

const cardFields = { slug: true, name: true, level: true, province: true, city: true, industries: true, summary: true } as const;

export const listFeaturedZones = cachedRead("zones.featured", ["zone"], async (limit: number = 6) =>
  db().zone.findMany({
    where: { ...PUBLISHED, featuredRank: { not: null } },
    orderBy: { featuredRank: "asc" },
    take: limit,
    select: cardFields,
  }),
);

/** Every published zone with the fields the directory filters, sorts and counts on (the whole 2018 catalogue is 2 543). */
export const listDirectoryZones = cachedRead("zones.directory", ["zone"], async () => {
  const zones = await db().zone.findMany({
    where: PUBLISHED,
    orderBy: { name: "asc" },
    select: { ...cardFields, shortName: true, type: true, approvedAt: true, areaKm2: true, updatedAt: true },
  });
  return zones.map((zone) => ({ ...zone, areaKm2: zone.areaKm2 === null ? null : Number(zone.areaKm2) }));
});

export type DirectoryZone = Awaited<ReturnType<typeof listDirectoryZones>>[number];

const contactSchema = z.object({
  label: z.string(),
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  note: z.string().optional(),
});

function parseContacts(value: unknown) {
  const parsed = z.array(contactSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export const getPublishedZone = cachedRead("zones.one", ["zone", "article"], async (slug: string) => {
  const zone = await db().zone.findFirst({
    where: { ...PUBLISHED, slug },
    include: {
      awards: { orderBy: [{ year: "desc" }, { title: "asc" }] },
      indicators: { orderBy: [{ metric: "asc" }, { year: "asc" }] },
      partnersOut: { where: { to: PUBLISHED }, select: { relation: true, to: { select: { slug: true, name: true } } } },
      partnersIn: { where: { from: PUBLISHED }, select: { relation: true, from: { select: { slug: true, name: true } } } },
      articles: {
        where: { article: PUBLISHED },
        orderBy: { article: { publishedAt: "desc" } },
        take: 10,
        select: { article: { select: { id: true, kind: true, slug: true, title: true, publishedAt: true } } },
      },
    },
  });
  if (!zone) return null;
  const { partnersOut, partnersIn, articles, description, contacts, areaKm2, indicators, ...rest } = zone;
  const partners = new Map<string, { slug: string; name: string; relation: string }>();
  for (const link of partnersOut) partners.set(link.to.slug, { ...link.to, relation: link.relation });
  for (const link of partnersIn) if (!partners.has(link.from.slug)) partners.set(link.from.slug, { ...link.from, relation: link.relation });
  return {
    ...rest,
    areaKm2: areaKm2 ? Number(areaKm2) : null,
    description: parseBlocks(description),
    contacts: parseContacts(contacts),
    indicators: indicators.map((indicator) => ({ ...indicator, value: Number(indicator.value) })),
    partners: [...partners.values()],
    articles: articles.map((link) => link.article),
  };
});

export type PublicZone = NonNullable<Awaited<ReturnType<typeof getPublishedZone>>>;

/**
 * Where an old zone address now lives: a zone merged into another (lib/zones/manage.ts `mergeZones`)
 * stays archived under its slug, pointing at the zone it became (merges re-point earlier merges, so one
 * hop reaches the end). Null when the slug is not a merged zone or its target is not published.
 */
export const getMergedZoneTarget = cachedRead("zones.merged", ["zone"], async (slug: string) => {
  const merged = await db().zone.findFirst({ where: { slug, mergedIntoId: { not: null } }, select: { mergedIntoId: true } });
  if (!merged?.mergedIntoId) return null;
  const target = await db().zone.findFirst({ where: { ...PUBLISHED, id: merged.mergedIntoId }, select: { slug: true } });
  return target?.slug ?? null;
});

/** Up to four published zones for the comparison table, in the order asked for. */
export const listZonesForComparison = cachedRead("zones.compare", ["zone"], async (slugs: string[]) => {
  const wanted = [...new Set(slugs)].slice(0, 4);
  if (!wanted.length) return [];
  const zones = await db().zone.findMany({
    where: { ...PUBLISHED, slug: { in: wanted } },
    select: {
      ...cardFields,
      type: true,
      approvedAt: true,
      areaKm2: true,
      awards: { orderBy: [{ year: "desc" }], take: 3, select: { year: true, title: true, sourceTitle: true, sourceDate: true } },
      indicators: { orderBy: [{ metric: "asc" }, { year: "asc" }] },
    },
  });
  return zones
    .sort((a, b) => wanted.indexOf(a.slug) - wanted.indexOf(b.slug))
    .map((zone) => ({
      ...zone,
      areaKm2: zone.areaKm2 ? Number(zone.areaKm2) : null,
      indicators: zone.indicators.map((indicator) => ({ ...indicator, value: Number(indicator.value) })),
    }));
});

export type ComparedZone = Awaited<ReturnType<typeof listZonesForComparison>>[number];

export const listZoneSitemap = cachedRead("zones.sitemap", ["zone"], async () =>
  db().zone.findMany({ where: PUBLISHED, orderBy: { name: "asc" }, select: { slug: true, name: true, updatedAt: true } }),
);

export const getZoneName = cachedRead("zones.name", ["zone"], async (slug: string) => {
  const zone = await db().zone.findFirst({ where: { ...PUBLISHED, slug }, select: { name: true } });
  return zone?.name ?? null;
});

// ───────── admin reads (zone editor); callers have checked zone.edit ─────────

export const ZONE_ADMIN_PAGE_SIZE = 50;

export async function listZonesForAdmin(filter: ZoneListFilter, page = 1) {
  const where = {
    status: filter.status,
    level: filter.level,
    origin: filter.origin,
    ...(filter.origin === "import" ? { mergedIntoId: null } : {}),
    ...(filter.q ? { OR: [{ name: { contains: filter.q } }, { shortName: { contains: filter.q } }, { aliases: { has: filter.q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().zone.findMany({
      where,
      orderBy: [{ mergedIntoId: { sort: "desc", nulls: "first" } }, { origin: "desc" }, { name: "asc" }],
      skip: (page - 1) * ZONE_ADMIN_PAGE_SIZE,
      take: ZONE_ADMIN_PAGE_SIZE,
      select: { id: true, name: true, level: true, province: true, city: true, status: true, origin: true, mergedIntoId: true, updatedAt: true, _count: { select: { articles: true } } },
    }),
    db().zone.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / ZONE_ADMIN_PAGE_SIZE)) };
}

/** Everything the zone editor shows, drafts and stubs included. */
export async function getZoneForEdit(id: string) {
  const zone = await db().zone.findUnique({
    where: { id },
    include: {
      awards: { orderBy: [{ year: "desc" }, { title: "asc" }] },
      indicators: { orderBy: [{ metric: "asc" }, { year: "asc" }] },
      _count: { select: { articles: true, inquiries: true, contributions: true } },
    },
  });
  if (!zone) return null;
  const mergedInto = zone.mergedIntoId ? await db().zone.findUnique({ where: { id: zone.mergedIntoId }, select: { id: true, name: true } }) : null;
  return {
    ...zone,
    areaKm2: zone.areaKm2 ? Number(zone.areaKm2) : null,
    description: parseBlocks(zone.description),
    indicators: zone.indicators.map((indicator) => ({ ...indicator, value: indicator.value.toString() })),
    mergedInto,
  };
}

/** Zones another can be merged into: every zone that has not itself been merged away. */
export async function listMergeTargets(exceptId: string) {
  return db().zone.findMany({ where: { id: { not: exceptId }, mergedIntoId: null }, orderBy: [{ origin: "asc" }, { name: "asc" }], select: { id: true, name: true, province: true, origin: true } });
}
