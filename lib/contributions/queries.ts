import "server-only";
import { articlePath } from "@/lib/articles/routes";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContributionStatusValue, QueueFilter } from "./schema";
import { ageBounds, effectiveContributionStatus } from "./status";

export const QUEUE_PAGE_SIZE = 25;

/** Published zones for the optional 所属园区 select of the public forms. */
export async function listZoneOptions() {
  return db().zone.findMany({
    where: { status: "published", mergedIntoId: null },
    orderBy: [{ province: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, province: true, city: true },
  });
}

export type ContributionStatusView = {
  trackingCode: string;
  title: string;
  category: string;
  status: ContributionStatusValue;
  createdAt: Date;
  reviewedAt: Date | null;
  returnReason: string | null;
  articleUrl: string | null;
};

/**
 * The public status page's answer. Both the code and the email must match; a mismatch looks exactly
 * like an unknown code, so the page reveals nothing about codes that belong to someone else.
 */
export async function getContributionStatus(trackingCode: string, email: string): Promise<ContributionStatusView | null> {
  const row = await db().contribution.findUnique({
    where: { trackingCode },
    select: {
      trackingCode: true,
      title: true,
      category: true,
      status: true,
      email: true,
      createdAt: true,
      reviewedAt: true,
      returnReason: true,
      article: { select: { kind: true, slug: true, status: true } },
    },
  });
  if (!row || row.email !== email) return null;
  const status = effectiveContributionStatus(row.status, row.article?.status);
  return {
    trackingCode: row.trackingCode,
    title: row.title,
    category: row.category,
    status,
    createdAt: row.createdAt,
    reviewedAt: row.reviewedAt,
    returnReason: status === "returned" ? row.returnReason : null,
    articleUrl: status === "published" && row.article ? articlePath(row.article.kind, row.article.slug) : null,
  };
}

function queueWhere(filter: QueueFilter, now: Date): Prisma.ContributionWhereInput {
  const where: Prisma.ContributionWhereInput[] = [];
  switch (filter.status) {
    case "all":
      break;
    case "open":
      where.push({ status: { in: ["received", "in_review"] } });
      break;
    case "accepted":
      where.push({ status: "accepted", OR: [{ article: null }, { article: { status: { not: "published" } } }] });
      break;
    case "published":
      where.push({ status: { in: ["accepted", "published"] }, article: { status: "published" } });
      break;
    default:
      where.push({ status: filter.status });
  }
  const bounds = ageBounds(filter.age, now);
  if (bounds.gte || bounds.lt) where.push({ createdAt: bounds });
  if (filter.q) {
    const q = filter.q;
    where.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { organisation: { contains: q, mode: "insensitive" } },
        { authorName: { contains: q, mode: "insensitive" } },
        { email: { contains: q.toLowerCase() } },
        { trackingCode: q.toUpperCase() },
      ],
    });
  }
  return { AND: where };
}

/** The moderation queue: open items oldest first (the SLA clock), decided ones newest first. */
export async function listContributionQueue(filter: QueueFilter, now = new Date()) {
  const where = queueWhere(filter, now);
  const isOpen = filter.status === "open" || filter.status === "received" || filter.status === "in_review";
  const [rows, total] = await Promise.all([
    db().contribution.findMany({
      where,
      orderBy: isOpen ? [{ createdAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        trackingCode: true,
        title: true,
        category: true,
        authorName: true,
        organisation: true,
        status: true,
        createdAt: true,
        reviewedAt: true,
        article: { select: { status: true } },
        reviewer: { select: { name: true } },
      },
    }),
    db().contribution.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, status: effectiveContributionStatus(row.status, row.article?.status) })),
    total,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
  };
}

/** Open items, and how many of them are past the 24-hour promise: the numbers for the queue header. */
export async function getContributionQueueCounts(now = new Date()) {
  const [open, overdue] = await Promise.all([
    db().contribution.count({ where: { status: { in: ["received", "in_review"] } } }),
    db().contribution.count({ where: { status: { in: ["received", "in_review"] }, createdAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } } }),
  ]);
  return { open, overdue };
}

export async function getContributionForReview(id: string) {
  const row = await db().contribution.findUnique({
    where: { id },
    include: {
      zone: { select: { name: true, slug: true } },
      reviewer: { select: { name: true } },
      article: { select: { id: true, kind: true, slug: true, status: true, title: true } },
    },
  });
  if (!row) return null;
  const fromSameEmail = await db().contribution.count({ where: { email: row.email, id: { not: row.id } } });
  return { ...row, status: effectiveContributionStatus(row.status, row.article?.status), fromSameEmail };
}
