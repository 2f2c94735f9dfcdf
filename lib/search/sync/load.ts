import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  articleDocument,
  bulletinDocuments,
  entityKey,
  zoneDocument,
  type SearchEntityType,
} from "../document";
import type { LexiconSource } from "../lexicon";
import type { SearchDocument } from "../types";

/** Reads the rows behind search documents: the one place that knows which columns the index needs. */
const articleSelect = {
  id: true,
  kind: true,
  status: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  region: true,
  publishedAt: true,
  docNumber: true,
  issuer: true,
  validity: true,
  version: true,
  zones: { select: { zone: { select: { name: true } } } },
} as const;

const bulletinSelect = {
  id: true,
  status: true,
  slug: true,
  title: true,
  issueNumber: true,
  totalIssueNumber: true,
  year: true,
  issueDate: true,
  publishedAt: true,
  version: true,
  sections: {
    orderBy: { position: "asc" },
    select: {
      title: true,
      items: { orderBy: { position: "asc" }, select: { id: true, anchor: true, title: true, body: true, source: true } },
    },
  },
} as const;

const zoneSelect = {
  id: true,
  status: true,
  slug: true,
  name: true,
  shortName: true,
  aliases: true,
  level: true,
  type: true,
  province: true,
  city: true,
  district: true,
  industries: true,
  summary: true,
  description: true,
  version: true,
  mergedIntoId: true,
} as const;

/** The documents an entity should have in the index right now (none if it is gone or not published). */
export async function loadEntityDocuments(prisma: PrismaClient, type: SearchEntityType, id: string): Promise<SearchDocument[]> {
  switch (type) {
    case "article": {
      const row = await prisma.article.findUnique({ where: { id }, select: articleSelect });
      const document = row && articleDocument(row);
      return document ? [document] : [];
    }
    case "bulletin": {
      const row = await prisma.bulletin.findUnique({ where: { id }, select: bulletinSelect });
      return row ? bulletinDocuments(row) : [];
    }
    case "zone": {
      const row = await prisma.zone.findUnique({ where: { id }, select: zoneSelect });
      const document = row && zoneDocument(row);
      return document ? [document] : [];
    }
  }
}

/**
 * The entity's version in the database now; null when it is gone. Every write that changes searchable
 * content bumps it, so two reads that agree mean nothing changed in between (see projectEntity).
 */
export async function loadEntityVersion(prisma: PrismaClient, type: SearchEntityType, id: string): Promise<number | null> {
  const select = { version: true } as const;
  const row =
    type === "article"
      ? await prisma.article.findUnique({ where: { id }, select })
      : type === "bulletin"
        ? await prisma.bulletin.findUnique({ where: { id }, select })
        : await prisma.zone.findUnique({ where: { id }, select });
  return row?.version ?? null;
}

export type EntityBatch = { entities: string[]; documents: SearchDocument[] };

/** Every published entity's documents, in batches (for reindexing and consistency checks). */
export async function* allPublishedDocuments(prisma: PrismaClient, batchSize = 200): AsyncGenerator<EntityBatch> {
  const after = (cursor: string) => ({ where: { status: "published" as const, id: { gt: cursor } }, orderBy: { id: "asc" as const } });
  for await (const rows of pages((cursor) => prisma.article.findMany({ ...after(cursor), select: articleSelect, take: batchSize }))) {
    yield batchOf(rows.map((row) => ({ entity: entityKey("article", row.id), documents: [articleDocument(row)] })));
  }
  // A bulletin carries dozens of items: fewer per batch.
  const bulletinBatch = Math.max(1, Math.floor(batchSize / 20));
  for await (const rows of pages((cursor) => prisma.bulletin.findMany({ ...after(cursor), select: bulletinSelect, take: bulletinBatch }))) {
    yield batchOf(rows.map((row) => ({ entity: entityKey("bulletin", row.id), documents: bulletinDocuments(row) })));
  }
  for await (const rows of pages((cursor) => prisma.zone.findMany({ ...after(cursor), select: zoneSelect, take: batchSize }))) {
    yield batchOf(rows.map((row) => ({ entity: entityKey("zone", row.id), documents: [zoneDocument(row)] })));
  }
}

/** Keyset pagination by id: each page starts after the last id of the one before. */
async function* pages<Row extends { id: string }>(fetch: (cursor: string) => Promise<Row[]>): AsyncGenerator<Row[]> {
  for (let cursor = ""; ; ) {
    const rows = await fetch(cursor);
    if (!rows.length) return;
    yield rows;
    cursor = rows[rows.length - 1].id;
  }
}

function batchOf(entries: { entity: string; documents: (SearchDocument | null)[] }[]): EntityBatch {
  const kept = entries
    .map((entry) => ({ entity: entry.entity, documents: entry.documents.filter((doc): doc is SearchDocument => doc !== null) }))
    .filter((entry) => entry.documents.length);
  return { entities: kept.map((entry) => entry.entity), documents: kept.flatMap((entry) => entry.documents) };
}

/** How many published entities there are, for the reindex progress bar. */
export async function countPublishedEntities(prisma: PrismaClient): Promise<number> {
  const [articles, bulletins, zones] = await Promise.all([
    prisma.article.count({ where: { status: "published" } }),
    prisma.bulletin.count({ where: { status: "published" } }),
    prisma.zone.count({ where: { status: "published" } }),
  ]);
  return articles + bulletins + zones;
}

/**
 * What the correction lexicon (lib/search/lexicon.ts) is built from: published zones with their names, and
 * the titles and issuers of published articles and bulletin items. Titles only, never bodies: a title word
 * is something a visitor looks for.
 */
export async function loadLexiconSource(prisma: PrismaClient): Promise<LexiconSource> {
  const published = { status: "published" as const };
  const [zones, articles, items] = await Promise.all([
    prisma.zone.findMany({
      where: { ...published, mergedIntoId: null },
      select: { slug: true, name: true, shortName: true, aliases: true, level: true, province: true, city: true, industries: true, summary: true },
      orderBy: { name: "asc" },
    }),
    prisma.article.findMany({ where: published, select: { title: true, issuer: true } }),
    prisma.bulletinItem.findMany({ where: { section: { bulletin: published } }, select: { title: true } }),
  ]);
  return {
    zones: zones.map(({ shortName, aliases, ...zone }) => ({ ...zone, aliases: [shortName, ...aliases].filter((alias): alias is string => Boolean(alias)) })),
    texts: [...articles.flatMap((article) => [article.title, article.issuer ?? ""]), ...items.map((item) => item.title)].filter(Boolean),
  };
}
