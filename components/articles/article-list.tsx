import Link from "next/link";
import { articlePath } from "@/lib/articles/routes";
import type { ArticleListItem } from "@/lib/articles/queries";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";

export function ArticleList({ articles, emptyText = "暂无内容" }: { articles: ArticleListItem[]; emptyText?: string }) {
  if (!articles.length) return <p className="text-gray-500">{emptyText}</p>;
  return (
    <ul className="divide-y divide-gray-100">
      {articles.map((article) => (
        <li key={article.id} className="flex items-baseline justify-between gap-4 py-2">
          <Link href={articlePath(article.kind, article.slug)} className="min-w-0 flex-1 hover:text-brand-600 hover:underline">
            {article.region ? <span className="mr-1 text-brand-700">【{article.region}】</span> : null}
            {article.title}
          </Link>
          {article.publishedAt ? (
            <time dateTime={formatIsoDay(article.publishedAt)} className="shrink-0 text-sm text-gray-500">
              {formatChineseDate(article.publishedAt)}
            </time>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
