import "server-only";
import { parseBlocks } from "@/lib/content/blocks";
import { db } from "@/lib/db";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

/** Public reads: always published content only. */
const PUBLISHED = { status: "published" } as const;

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

export async function listLatestArticles(kind: ArticleKind, limit = 8) {
  return db().article.findMany({
    where: { ...PUBLISHED, kind },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: listFields,
  });
}

export async function getPublishedArticle(kind: ArticleKind, slug: string) {
  const article = await db().article.findFirst({
    where: { ...PUBLISHED, kind, slug },
    include: {
      zones: { where: { zone: { status: "published" } }, select: { zone: { select: { slug: true, name: true } } } },
      replacedBy: { select: { kind: true, slug: true, title: true, status: true } },
    },
  });
  if (!article) return null;
  return { ...article, blocks: parseBlocks(article.body), zones: article.zones.map((link) => link.zone) };
}

export type ArticleListItem = Awaited<ReturnType<typeof listLatestArticles>>[number];
