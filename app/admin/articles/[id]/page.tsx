import { notFound } from "next/navigation";
import { Badge, PublishStatusBadge } from "@/components/admin/badge";
import { LinkButton } from "@/components/admin/link-button";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleEditor } from "@/components/editor/article-editor";
import { ChecksPanel } from "@/components/editor/checks-panel";
import { editorValues } from "@/components/editor/editor-values";
import { PolicyValidityForm } from "@/components/editor/policy-validity-form";
import { WorkflowPanel } from "@/components/editor/workflow-panel";
import { getArticleForEditing, listPolicyOptions } from "@/lib/articles/admin-queries";
import { hasBlockingIssues } from "@/lib/articles/checks";
import { ARTICLE_KINDS, articlePath } from "@/lib/articles/routes";
import { availableActions, WORKFLOW_STATE_LABELS } from "@/lib/articles/workflow";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { toChinaDateTimeInput } from "@/lib/content/form-fields";
import { listMedia } from "@/lib/media/queries";

export const metadata = { title: "编辑稿件" };

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("content.read_drafts", `/admin/articles/${id}`);
  const article = await getArticleForEditing(id);
  if (!article) notFound();
  const { created } = await searchParams;
  const canEdit = can(user, "content.edit") && article.status !== "archived";
  const [media, policies] = await Promise.all([canEdit ? listMedia() : [], article.kind === "policy" && can(user, "content.publish") ? listPolicyOptions(article.id) : null]);
  const actions = availableActions(article.state, user.role);

  return (
    <>
      <PageHeader
        title={article.title}
        breadcrumbs={[{ href: "/admin/articles", label: "稿件" }]}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {ARTICLE_KINDS[article.kind].label}
            {article.state === "approved" ? <Badge tone="blue">{WORKFLOW_STATE_LABELS.approved}</Badge> : <PublishStatusBadge status={article.status} />}
            <span>第 {article.version} 版</span>
            {article.publishAt ? <span>定时发布：{article.publishAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}</span> : null}
            {article.unpublishAt ? <span>定时下线：{article.unpublishAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}</span> : null}
            {article.status === "published" && article.publishedAt ? <span>发布于 {formatChineseDate(article.publishedAt)}</span> : null}
          </span>
        }
        actions={
          <>
            {article.status === "published" ? (
              <LinkButton href={articlePath(article.kind, article.slug)} target="_blank">
                查看公开页面
              </LinkButton>
            ) : null}
            <LinkButton href={`/api/preview?id=${article.id}`} target="_blank">
              预览
            </LinkButton>
            <LinkButton href={`/admin/articles/${article.id}/revisions`}>修订历史</LinkButton>
          </>
        }
      />
      {created ? (
        <Notice tone="success" className="mb-4">
          草稿已创建。之后的修改会自动保存。
        </Notice>
      ) : null}
      {article.reviewNote && article.status === "draft" ? (
        <Notice tone="warning" title="审核意见（退回修改）" className="mb-4">
          {article.reviewNote}
        </Notice>
      ) : null}
      <section aria-labelledby="workflow-heading" className="mb-6 rounded-md border border-gray-200 bg-white p-4">
        <h2 id="workflow-heading" className="mb-3 text-base font-semibold text-gray-900">
          审核与发布 · {WORKFLOW_STATE_LABELS[article.state]}
        </h2>
        <WorkflowPanel
          id={article.id}
          version={article.version}
          actions={actions}
          blocked={hasBlockingIssues(article.checks)}
          publishAt={toChinaDateTimeInput(article.publishAt)}
          unpublishAt={toChinaDateTimeInput(article.unpublishAt)}
          isPublished={article.status === "published"}
        />
      </section>
      {canEdit ? (
        <ArticleEditor initial={editorValues(article)} initialPreview={{ blocks: article.blocks, checks: article.checks }} media={media.map((item) => ({ url: item.url, alt: item.alt, name: item.originalName }))} />
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          <section aria-labelledby="read-heading" className="rounded-md border border-gray-200 bg-white p-6">
            <h2 id="read-heading" className="mb-1 text-xl font-bold text-gray-900">
              {article.title}
            </h2>
            <p className="mb-4 text-sm text-gray-500">
              {article.source ? `来源：${article.source}　` : ""}
              {article.publishedAt ? `发布时间：${formatChineseDate(article.publishedAt)}` : ""}
            </p>
            <ArticleBody blocks={article.blocks} />
          </section>
          <ChecksPanel checks={article.checks} />
        </div>
      )}
      {policies ? (
        <section aria-labelledby="validity-heading" className="mt-6 max-w-xl rounded-md border border-gray-200 bg-white p-4">
          <h2 id="validity-heading" className="mb-3 text-base font-semibold text-gray-900">
            文件效力
          </h2>
          <PolicyValidityForm id={article.id} validity={article.validity ?? "valid"} replacedById={article.replacedById ?? ""} options={policies} />
        </section>
      ) : null}
    </>
  );
}
