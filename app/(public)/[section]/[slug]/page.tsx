import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { getPublishedArticle } from "@/lib/articles/queries";
import { ARTICLE_KINDS, articlePath, kindFromSegment, POLICY_VALIDITY_LABELS } from "@/lib/articles/routes";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { zonePath } from "@/lib/zones/labels";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ section: string; slug: string }> };

async function load({ params }: Params) {
  const { section, slug } = await params;
  const kind = kindFromSegment(section);
  if (!kind) notFound();
  const article = await getPublishedArticle(kind, decodeURIComponent(slug));
  if (!article) notFound();
  return article;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const article = await load(props);
  return { title: article.title, alternates: { canonical: articlePath(article.kind, article.slug) } };
}

export default async function ArticlePage(props: Params) {
  const article = await load(props);
  const kindInfo = ARTICLE_KINDS[article.kind];
  return (
    <article className="mx-auto max-w-3xl rounded-md bg-white p-6 shadow-sm sm:p-10">
      <nav aria-label="位置" className="no-print mb-4 text-sm text-gray-500">
        <Link href="/">首页</Link> › <Link href={`/${kindInfo.segment}`}>{kindInfo.label}</Link>
      </nav>
      {article.validity && article.validity !== "valid" ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-800">
          本文件{POLICY_VALIDITY_LABELS[article.validity]}
          {article.replacedBy ? (
            <>
              ，现行文件：
              <Link className="underline" href={articlePath(article.replacedBy.kind, article.replacedBy.slug)}>
                {article.replacedBy.title}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <h1 className="text-center text-2xl font-bold leading-snug text-gray-900">{article.title}</h1>
      <p className="mt-3 flex flex-wrap justify-center gap-x-4 text-sm text-gray-500">
        {article.source ? <span>来源：{article.source}</span> : null}
        {article.publishedAt ? (
          <span>
            发布时间：<time dateTime={formatIsoDay(article.publishedAt)}>{formatChineseDate(article.publishedAt)}</time>
          </span>
        ) : null}
        {article.region ? <span>地区：{article.region}</span> : null}
      </p>
      {article.kind === "policy" ? (
        <table className="my-6 w-full border-collapse text-sm">
          <caption className="sr-only">文件信息</caption>
          <tbody>
            {[
              ["索引号", article.indexNumber],
              ["发文机关", article.issuer],
              ["成文日期", formatChineseDate(article.writtenAt)],
              ["文号", article.docNumber],
              ["效力状态", article.validity ? POLICY_VALIDITY_LABELS[article.validity] : null],
            ].map(([label, value]) => (
              <tr key={label}>
                <th scope="row" className="w-28 border border-gray-200 bg-gray-50 px-3 py-1.5 text-left font-medium">
                  {label}
                </th>
                <td className="border border-gray-200 px-3 py-1.5">{value || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="mt-6">
        <ArticleBody blocks={article.blocks} />
      </div>
      {article.zones.length ? (
        <aside className="mt-8 border-t pt-4 text-sm">
          <h2 className="font-semibold">相关园区</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {article.zones.map((zone) => (
              <li key={zone.slug}>
                <Link href={zonePath(zone.slug)} className="rounded bg-brand-50 px-2 py-0.5 text-brand-700 hover:underline">
                  {zone.name}
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </article>
  );
}
