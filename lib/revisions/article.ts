import { z } from "zod";
import { blocksSchema, type Block } from "@/lib/content/blocks";
import { blocksToMarkdown } from "@/lib/content/markdown";
import type { Article } from "@/lib/generated/prisma/client";
import { diffSnapshots, type RevisionDiff } from "./diff";

/**
 * What a revision of an article holds: everything an editor can change, with the body as blocks and
 * dates as ISO strings (JSON). Restoring a revision writes these fields back (never the status).
 */
export const ARTICLE_FIELD_LABELS = {
  title: "标题",
  slug: "网址标识",
  status: "状态",
  summary: "摘要",
  source: "来源",
  author: "作者",
  region: "地区",
  publishedAt: "发布时间",
  publishAt: "定时发布",
  unpublishAt: "定时下线",
  docNumber: "文号",
  issuer: "发文机关",
  writtenAt: "成文日期",
  indexNumber: "索引号",
  validity: "效力",
  replacedById: "替代文件",
} as const;

const text = z.string().nullable().catch(null);

export const articleSnapshotSchema = z.object({
  title: z.string(),
  slug: z.string().catch(""),
  status: z.string().catch("draft"),
  summary: text,
  source: text,
  author: text,
  region: text,
  publishedAt: text,
  publishAt: text,
  unpublishAt: text,
  docNumber: text,
  issuer: text,
  writtenAt: text,
  indexNumber: text,
  validity: text,
  replacedById: text,
  body: blocksSchema.catch([]),
});

export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

type SnapshotSource = Pick<Article, "title" | "slug" | "status" | "summary" | "source" | "author" | "region" | "publishedAt" | "publishAt" | "unpublishAt" | "docNumber" | "issuer" | "writtenAt" | "indexNumber" | "validity" | "replacedById"> & { body: Block[] };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function articleSnapshot(article: SnapshotSource): ArticleSnapshot {
  return {
    title: article.title,
    slug: article.slug,
    status: article.status,
    summary: article.summary,
    source: article.source,
    author: article.author,
    region: article.region,
    publishedAt: iso(article.publishedAt),
    publishAt: iso(article.publishAt),
    unpublishAt: iso(article.unpublishAt),
    docNumber: article.docNumber,
    issuer: article.issuer,
    writtenAt: iso(article.writtenAt),
    indexNumber: article.indexNumber,
    validity: article.validity,
    replacedById: article.replacedById,
    body: article.body,
  };
}

/** Reads a stored revision defensively (older rows may lack fields). */
export function parseArticleSnapshot(data: unknown): ArticleSnapshot | null {
  const parsed = articleSnapshotSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function diffArticleSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): RevisionDiff {
  return diffSnapshots(before, after, ARTICLE_FIELD_LABELS, (snapshot) => blocksToMarkdown(snapshot.body));
}
