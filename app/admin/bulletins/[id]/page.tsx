import { notFound } from "next/navigation";
import { BulletinMetaForm } from "@/components/admin/bulletins/bulletin-meta-form";
import { ItemForm, MoveButtons, PickArticleForm, PublishBulletinForm, RemoveButton, SectionForm } from "@/components/admin/bulletins/composer-forms";
import { SortableItems } from "@/components/admin/bulletins/sortable-items";
import { PublishStatusBadge } from "@/components/admin/badge";
import { LinkButton } from "@/components/admin/link-button";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { searchArticlesForPicker } from "@/lib/articles/admin-queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getBulletinForComposing } from "@/lib/bulletins/admin-queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { formatIsoDay } from "@/lib/content/dates";

export const metadata = { title: "编排简报" };

export default async function ComposeBulletinPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("bulletin.compose", `/admin/bulletins/${id}`);
  const bulletin = await getBulletinForComposing(id);
  if (!bulletin) notFound();
  const articles = await searchArticlesForPicker("", 100);
  const issue = { bulletinId: bulletin.id, version: bulletin.version };
  const label = `${bulletin.title} ${issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}`;

  return (
    <>
      <PageHeader
        title={label}
        breadcrumbs={[{ href: "/admin/bulletins", label: "工作简报" }]}
        description={
          <span className="flex items-center gap-2">
            <PublishStatusBadge status={bulletin.status} /> 第 {bulletin.version} 版
          </span>
        }
        actions={
          <>
            {bulletin.status === "published" ? (
              <LinkButton href={bulletinPath(bulletin.slug)} target="_blank">
                查看公开页面
              </LinkButton>
            ) : null}
            <LinkButton href={`/admin/bulletins/${bulletin.id}/print`}>打印预览</LinkButton>
            <LinkButton href={`/admin/bulletins/${bulletin.id}/export`} prefetch={false}>
              导出 HTML
            </LinkButton>
          </>
        }
      />
      {bulletin.status !== "published" && can(user, "content.publish") ? (
        <section aria-labelledby="publish-heading" className="mb-6 rounded-md border border-gray-200 bg-white p-4">
          <h2 id="publish-heading" className="mb-2 text-base font-semibold">
            发布
          </h2>
          <p className="mb-3 text-sm text-gray-600">整期一次发布：所有栏目和条目同时公开。发布前请先看打印预览。</p>
          <PublishBulletinForm issue={issue} />
        </section>
      ) : null}
      {bulletin.status === "published" ? (
        <Notice tone="info" className="mb-6">
          本期已发布，修改会直接显示在公开页面上。
        </Notice>
      ) : null}
      <details className="mb-6 rounded-md border border-gray-200 bg-white p-4">
        <summary className="cursor-pointer text-base font-semibold">刊头</summary>
        <div className="mt-3 max-w-2xl">
          <BulletinMetaForm
            values={{ id: bulletin.id, version: bulletin.version, title: bulletin.title, publisher: bulletin.publisher, issueNumber: bulletin.issueNumber, totalIssueNumber: bulletin.totalIssueNumber, issueDate: formatIsoDay(bulletin.issueDate), distribution: bulletin.distribution.join("\n") }}
          />
        </div>
      </details>
      <ol className="space-y-6" aria-label="栏目">
        {bulletin.sections.map((section, sectionIndex) => (
          <li key={section.id} className="rounded-md border border-gray-300 bg-gray-50 p-4">
            <section aria-labelledby={`section-${section.id}`}>
              <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                <h2 id={`section-${section.id}`} className="text-lg font-semibold text-gray-900">
                  【{section.title}】
                </h2>
                <div className="flex items-center gap-1">
                  <MoveButtons issue={issue} target="section" targetId={section.id} label={section.title} isFirst={sectionIndex === 0} isLast={sectionIndex === bulletin.sections.length - 1} />
                  <RemoveButton issue={issue} target="section" targetId={section.id} label={section.title} />
                </div>
              </div>
              <SortableItems
                issue={issue}
                sectionId={section.id}
                items={section.items.map((item, itemIndex) => ({
                  id: item.id,
                  title: item.title,
                  content: (
                    <div className="inline-block w-[calc(100%-2rem)] align-top">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-medium">{item.title}</span>
                        <span className="flex items-center gap-1">
                          <MoveButtons issue={issue} target="item" targetId={item.id} label={item.title} isFirst={itemIndex === 0} isLast={itemIndex === section.items.length - 1} />
                          <RemoveButton issue={issue} target="item" targetId={item.id} label={item.title} />
                        </span>
                      </div>
                      {item.source ? <p className="text-xs text-gray-500">（来源：{item.source}）</p> : null}
                      <details className="mt-1">
                        <summary className="cursor-pointer text-sm text-brand-700">编辑</summary>
                        <div className="mt-2">
                          <ItemForm issue={issue} sectionId={section.id} item={{ id: item.id, title: item.title, markdown: item.markdown, source: item.source }} />
                        </div>
                      </details>
                    </div>
                  ),
                }))}
              />
              <div className="mt-3 grid gap-4 lg:grid-cols-2">
                <details className="rounded border border-gray-200 bg-white p-3">
                  <summary className="cursor-pointer text-sm font-medium">写一条</summary>
                  <div className="mt-2">
                    <ItemForm issue={issue} sectionId={section.id} />
                  </div>
                </details>
                <div className="rounded border border-gray-200 bg-white p-3">
                  <PickArticleForm issue={issue} sectionId={section.id} articles={articles} />
                </div>
              </div>
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-gray-600">栏目改名</summary>
                <div className="mt-2">
                  <SectionForm issue={issue} sectionId={section.id} title={section.title} />
                </div>
              </details>
            </section>
          </li>
        ))}
      </ol>
      <section aria-labelledby="new-section-heading" className="mt-6 rounded-md border border-dashed border-gray-300 bg-white p-4">
        <h2 id="new-section-heading" className="mb-2 text-base font-semibold">
          新增栏目
        </h2>
        <SectionForm issue={issue} />
      </section>
    </>
  );
}
