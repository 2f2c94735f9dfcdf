import Link from "next/link";
import type { ArticleListItem } from "@/lib/articles/queries";
import { articlePath, POLICY_VALIDITY_LABELS } from "@/lib/articles/routes";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";

export function ArticleList({ articles, emptyText = "暂无内容", showMeta = false }: { articles: ArticleListItem[]; emptyText?: string; showMeta?: boolean }) {
  if (!articles.length) return <p className="text-gray-700">{emptyText}</p>;
  return (
    <ul className="divide-y divide-gray-100">
      {articles.map((article) => (
        <li key={article.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
          <Link href={articlePath(article.kind, article.slug)} className="min-w-0 flex-1 hover:text-brand-600 hover:underline">
            {article.region ? <span className="mr-1 text-brand-700">【{article.region}】</span> : null}
            {article.title}
          </Link>
          {article.publishedAt ? (
            <time dateTime={formatIsoDay(article.publishedAt)} className="shrink-0 text-sm text-gray-700">
              {formatChineseDate(article.publishedAt)}
            </time>
          ) : null}
          {showMeta && (article.docNumber || article.issuer || (article.validity && article.validity !== "valid")) ? (
            <p className="w-full text-sm text-gray-700">
              {[article.issuer, article.docNumber].filter(Boolean).join(" · ")}
              {article.validity && article.validity !== "valid" ? (
                <span className="ml-2 rounded bg-red-50 px-1.5 text-red-800">{POLICY_VALIDITY_LABELS[article.validity]}</span>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
