import "server-only";
import { db } from "@/lib/db";
import type { PublishStatus } from "@/lib/generated/prisma/enums";

/** Everything of one type, for the bulk export (admin). Callers have checked export.run. */
export async function listArticlesForExport(status?: PublishStatus) {
  return db().article.findMany({
    where: { status },
    orderBy: [{ kind: "asc" }, { publishedAt: "desc" }, { id: "asc" }],
    omit: { contentHash: true },
    include: { zones: { select: { zone: { select: { name: true } } } } },
  });
}

export async function listBulletinsForExport(status?: PublishStatus) {
  return db().bulletin.findMany({
    where: { status },
    orderBy: [{ issueDate: "desc" }, { id: "asc" }],
    omit: { contentHash: true },
    include: { sections: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } } },
  });
}

export async function listZonesForExport(status?: PublishStatus) {
  return db().zone.findMany({
    where: { status },
    orderBy: [{ name: "asc" }],
    include: { awards: { orderBy: { year: "desc" } }, indicators: { orderBy: [{ metric: "asc" }, { year: "asc" }] } },
  });
}

export type ArticleExport = Awaited<ReturnType<typeof listArticlesForExport>>[number];
export type BulletinExport = Awaited<ReturnType<typeof listBulletinsForExport>>[number];
export type ZoneExport = Awaited<ReturnType<typeof listZonesForExport>>[number];
