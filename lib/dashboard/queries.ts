import "server-only";
import { formatIsoDay } from "@/lib/content/dates";
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
 * Most-read published articles this week (since Monday, Beijing time), from the per-day reading counts
 * (ArticleReadDay); `allTime` ranks by the running total, for a week nobody has read anything yet.
 */
export async function listMostRead(now = new Date(), limit = 10) {
  const select = { id: true, kind: true, slug: true, title: true, readCount: true, publishedAt: true } as const;
  // ArticleReadDay.day is a Beijing calendar day stored as a DATE: compare with Monday's date.
  const monday = new Date(`${formatIsoDay(startOfChinaWeek(now))}T00:00:00Z`);
  const [weekly, allTime] = await Promise.all([
    db().articleReadDay.groupBy({
      by: ["articleId"],
      where: { day: { gte: monday }, article: { status: "published" } },
      _sum: { count: true },
      orderBy: [{ _sum: { count: "desc" } }, { articleId: "asc" }],
      take: limit,
    }),
    db().article.findMany({ where: { status: "published", readCount: { gt: 0 } }, orderBy: [{ readCount: "desc" }, { publishedAt: "desc" }], take: limit, select }),
  ]);
  const articles = new Map((await db().article.findMany({ where: { id: { in: weekly.map((row) => row.articleId) } }, select })).map((article) => [article.id, article]));
  const thisWeek = weekly.flatMap((row) => {
    const article = articles.get(row.articleId);
    return article ? [{ ...article, readCount: row._sum.count ?? 0 }] : [];
  });
  return { thisWeek, allTime };
}

/** Zone stubs the importer created that an editor still has to complete or merge. */
export async function countZoneStubs(): Promise<number> {
  return db().zone.count({ where: { origin: "import", mergedIntoId: null, status: "draft" } });
}
