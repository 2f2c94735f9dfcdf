import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { RestoreRevisionButton } from "@/components/editor/restore-revision-button";
import { RevisionDiffView } from "@/components/editor/revision-diff";
import { getArticleForEditing } from "@/lib/articles/admin-queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { diffArticleSnapshots, parseArticleSnapshot } from "@/lib/revisions/article";
import { getRevision, listRevisions } from "@/lib/revisions/queries";

export const metadata = { title: "修订历史" };

const versionParam = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export default async function ArticleRevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("content.read_drafts", `/admin/articles/${id}/revisions`);
  const article = await getArticleForEditing(id);
  if (!article) notFound();
  const revisions = await listRevisions("article", id);
  const query = await searchParams;
  const to = versionParam(query.to) ?? revisions[0]?.version;
  const from = versionParam(query.from) ?? revisions[1]?.version ?? to;
  const [older, newer] = from !== undefined && to !== undefined ? await Promise.all([getRevision("article", id, Math.min(from, to)), getRevision("article", id, Math.max(from, to))]) : [null, null];
  const before = older ? parseArticleSnapshot(older.data) : null;
  const after = newer ? parseArticleSnapshot(newer.data) : null;
  const canRestore = can(user, "content.edit") && article.status !== "archived";

  return (
    <>
      <PageHeader title="修订历史" description={article.title} breadcrumbs={[{ href: "/admin/articles", label: "稿件" }, { href: `/admin/articles/${id}`, label: article.title }]} />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <form method="get" aria-label="选择要比较的两个版本" className="rounded-md border border-gray-200 bg-white p-3">
          <table className="w-full text-sm">
            <caption className="sr-only">版本列表</caption>
            <thead>
              <tr className="text-left text-gray-600">
                <th scope="col" className="px-1">旧</th>
                <th scope="col" className="px-1">新</th>
                <th scope="col" className="px-1">版本</th>
                {canRestore ? <th scope="col"><span className="sr-only">操作</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.id} className="border-t border-gray-100 align-top">
                  <td className="px-1 py-1">
                    <input type="radio" name="from" value={revision.version} defaultChecked={revision.version === from} aria-label={`以第 ${revision.version} 版为旧版本`} />
                  </td>
                  <td className="px-1 py-1">
                    <input type="radio" name="to" value={revision.version} defaultChecked={revision.version === to} aria-label={`以第 ${revision.version} 版为新版本`} />
                  </td>
                  <th scope="row" className="px-1 py-1 text-left font-normal">
                    <span className="font-medium">第 {revision.version} 版</span>
                    <span className="block text-xs text-gray-500">
                      {revision.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })} · {revision.author?.name ?? "系统"}
                    </span>
                    {revision.comment ? <span className="block text-xs text-gray-700">{revision.comment}</span> : null}
                  </th>
                  {canRestore ? <td className="py-1">{revision.version !== article.version ? <RestoreRevisionButton id={id} revisionId={revision.id} version={revision.version} /> : <span className="text-xs text-gray-500">当前</span>}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
            比较所选版本
          </button>
        </form>
        <section aria-labelledby="diff-heading" className="min-w-0">
          <h2 id="diff-heading" className="mb-3 text-lg font-semibold text-gray-900">
            {older && newer ? `第 ${older.version} 版 → 第 ${newer.version} 版` : "版本比较"}
          </h2>
          {before && after ? <RevisionDiffView diff={diffArticleSnapshots(before, after)} /> : <p className="text-sm text-gray-600">请选择两个版本。</p>}
        </section>
      </div>
    </>
  );
}
