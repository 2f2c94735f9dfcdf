import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { blocksToMarkdown } from "@/lib/content/markdown";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checksForArticle } from "./editing";
import type { ArticleListFilter } from "./schema";
import { workflowState } from "./workflow";

/** The editors' reads: every status (the public reads in queries.ts see only published content). */
export const ADMIN_PAGE_SIZE = 30;

export async function listArticlesForAdmin(filter: ArticleListFilter) {
  const where: Prisma.ArticleWhereInput = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { OR: [{ title: { contains: filter.q, mode: "insensitive" } }, { docNumber: { contains: filter.q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, kind: true, title: true, status: true, version: true, approvedVersion: true, updatedAt: true, publishedAt: true, publishAt: true, docNumber: true },
    }),
    db().article.count({ where }),
  ]);
  return { rows: rows.map((row) => ({ ...row, state: workflowState(row) })), total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export async function getArticleForEditing(id: string) {
  const article = await db().article.findUnique({ where: { id }, include: { replacedBy: { select: { id: true, title: true, docNumber: true } } } });
  if (!article) return null;
  const blocks = parseBlocks(article.body);
  return { ...article, blocks, markdown: blocksToMarkdown(blocks), state: workflowState(article), checks: checksForArticle(article) };
}

export type ArticleForEditing = NonNullable<Awaited<ReturnType<typeof getArticleForEditing>>>;

/** Policies another policy can point to as its replacement (效力 → 替代文件). */
export async function listPolicyOptions(exceptId: string) {
  return db().article.findMany({
    where: { kind: "policy", id: { not: exceptId }, status: { in: ["published", "scheduled"] } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 300,
    select: { id: true, title: true, docNumber: true },
  });
}

/** Picker for the bulletin composer: recent articles by title. */
export async function searchArticlesForPicker(q: string, limit = 20) {
  return db().article.findMany({
    where: { status: "published", ...(q ? { title: { contains: q, mode: "insensitive" } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, title: true, source: true, publishedAt: true },
  });
}
