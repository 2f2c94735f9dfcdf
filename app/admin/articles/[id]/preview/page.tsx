import { draftMode } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { getArticleForEditing } from "@/lib/articles/admin-queries";
import { POLICY_VALIDITY_LABELS } from "@/lib/articles/routes";
import { WORKFLOW_STATE_LABELS } from "@/lib/articles/workflow";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";

export const metadata = { title: "预览", robots: { index: false } };

/** The article as the public will see it, drafts included; reached only through /api/preview (draft mode). */
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("content.read_drafts", `/admin/articles/${id}`);
  if (!(await draftMode()).isEnabled) redirect(`/api/preview?id=${encodeURIComponent(id)}`);
  const article = await getArticleForEditing(id);
  if (!article) notFound();
  return (
    <>
      <p role="status" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
        <span>
          预览模式 · {WORKFLOW_STATE_LABELS[article.state]} · 第 {article.version} 版（公众看不到未发布的内容）
        </span>
        <Link href={`/api/preview?disable=1&id=${article.id}`} className="underline">
          退出预览
        </Link>
      </p>
      <article className="mx-auto max-w-3xl rounded-md bg-white p-6 shadow-sm sm:p-10">
        {article.validity && article.validity !== "valid" ? (
          <p className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-800">
            本文件{POLICY_VALIDITY_LABELS[article.validity]}
            {article.replacedBy ? `，现行文件：${article.replacedBy.title}` : ""}
          </p>
        ) : null}
        <h1 className="text-center text-2xl font-bold leading-snug text-gray-900">{article.title}</h1>
        <p className="mt-3 flex flex-wrap justify-center gap-x-4 text-sm text-gray-500">
          {article.source ? <span>来源：{article.source}</span> : null}
          {article.publishedAt ? <span>发布时间：{formatChineseDate(article.publishedAt)}</span> : null}
          {article.docNumber ? <span>文号：{article.docNumber}</span> : null}
        </p>
        <div className="mt-6">
          <ArticleBody blocks={article.blocks} />
        </div>
      </article>
    </>
  );
}
