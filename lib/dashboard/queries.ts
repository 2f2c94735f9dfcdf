import "server-only";
import { db } from "@/lib/db";
import type { ArticleKind, PublishStatus } from "@/lib/generated/prisma/enums";
import { startOfChinaWeek } from "./week";

/**
 * The editors' dashboard: what waits for someone. Counts of contributions and inquiries come from
 * their own domains (lib/contributions/queries.ts, lib/inquiries/queries.ts); this file holds the
 * editorial reads that belong to no single domain.
 */
export type WorkItem = { id: string; type: "article" | "bulletin"; kind: ArticleKind | "bulletin"; title: string; status: PublishStatus; at: Date | null };

const LIST_LIMIT = 8;

/** Articles and bulletins submitted for review, oldest first (the longest waiting on top). */
export async function listAwaitingReview(limit = LIST_LIMIT): Promise<{ total: number; items: WorkItem[] }> {
  const where = { status: "in_review" } as const;
  const [articles, bulletins, articleCount, bulletinCount] = await Promise.all([
    db().article.findMany({ where, orderBy: { updatedAt: "asc" }, take: limit, select: { id: true, kind: true, title: true, status: true, updatedAt: true } }),
    db().bulletin.findMany({ where, orderBy: { updatedAt: "asc" }, take: limit, select: { id: true, title: true, issueNumber: true, status: true, updatedAt: true } }),
    db().article.count({ where }),
    db().bulletin.count({ where }),
  ]);
  const items: WorkItem[] = [
    ...articles.map((row) => ({ id: row.id, type: "article" as const, kind: row.kind, title: row.title, status: row.status, at: row.updatedAt })),
    ...bulletins.map((row) => ({ id: row.id, type: "bulletin" as const, kind: "bulletin" as const, title: `${row.title} 第${row.issueNumber}期`, status: row.status, at: row.updatedAt })),
  ];
  items.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
  return { total: articleCount + bulletinCount, items: items.slice(0, limit) };
}

/** What goes live (or comes down) next: scheduled publishes and unpublishes, soonest first. */
export async function listScheduled(now = new Date(), limit = LIST_LIMIT): Promise<{ total: number; items: WorkItem[] }> {
  const articleWhere = { OR: [{ status: "scheduled" as const }, { status: "published" as const, unpublishAt: { gt: now } }] };
  const bulletinWhere = { status: "scheduled" as const };
  const [articles, bulletins, articleCount, bulletinCount] = await Promise.all([
    db().article.findMany({ where: articleWhere, orderBy: [{ publishAt: "asc" }, { unpublishAt: "asc" }], take: limit, select: { id: true, kind: true, title: true, status: true, publishAt: true, unpublishAt: true } }),
    db().bulletin.findMany({ where: bulletinWhere, orderBy: { publishAt: "asc" }, take: limit, select: { id: true, title: true, issueNumber: true, status: true, publishAt: true } }),
    db().article.count({ where: articleWhere }),
    db().bulletin.count({ where: bulletinWhere }),
  ]);
  const items: WorkItem[] = [
    ...articles.map((row) => ({ id: row.id, type: "article" as const, kind: row.kind, title: row.title, status: row.status, at: row.status === "scheduled" ? row.publishAt : row.unpublishAt })),
    ...bulletins.map((row) => ({ id: row.id, type: "bulletin" as const, kind: "bulletin" as const, title: `${row.title} 第${row.issueNumber}期`, status: row.status, at: row.publishAt })),
  ];
  items.sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity));
  return { total: articleCount + bulletinCount, items: items.slice(0, limit) };
}

/**
 * Most-read published articles of the week. Reads are kept as one running counter per article
 * (Article.readCount), so "this week" means the articles published since Monday, ranked by reads;
 * `allTime` ranks every published article, for weeks when nothing new has been read yet.
 */
export async function listMostRead(now = new Date(), limit = 10) {
  const select = { id: true, kind: true, slug: true, title: true, readCount: true, publishedAt: true } as const;
  const [thisWeek, allTime] = await Promise.all([
    db().article.findMany({ where: { status: "published", publishedAt: { gte: startOfChinaWeek(now) }, readCount: { gt: 0 } }, orderBy: [{ readCount: "desc" }, { publishedAt: "desc" }], take: limit, select }),
    db().article.findMany({ where: { status: "published", readCount: { gt: 0 } }, orderBy: [{ readCount: "desc" }, { publishedAt: "desc" }], take: limit, select }),
  ]);
  return { thisWeek, allTime };
}

/** Zone stubs the importer created that an editor still has to complete or merge. */
export async function countZoneStubs(): Promise<number> {
  return db().zone.count({ where: { origin: "import", mergedIntoId: null, status: "draft" } });
}
