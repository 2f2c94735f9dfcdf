import type { ArticleKind } from "@/lib/generated/prisma/enums";

/** Where each kind lives in the portal, and what it is called. One table, used by pages, feeds and search. */
export const ARTICLE_KINDS = {
  news: { segment: "news", label: "资讯", labelEn: "News" },
  report: { segment: "reports", label: "政府工作报告", labelEn: "Work reports" },
  policy: { segment: "policies", label: "政策文件", labelEn: "Policies" },
} as const satisfies Record<ArticleKind, { segment: string; label: string; labelEn: string }>;

export function articlePath(kind: ArticleKind, slug: string): string {
  return `/${ARTICLE_KINDS[kind].segment}/${encodeURIComponent(slug)}`;
}

export function kindFromSegment(segment: string): ArticleKind | undefined {
  return (Object.keys(ARTICLE_KINDS) as ArticleKind[]).find((kind) => ARTICLE_KINDS[kind].segment === segment);
}

export const POLICY_VALIDITY_LABELS = { valid: "有效", amended: "已修改", repealed: "已废止" } as const;
