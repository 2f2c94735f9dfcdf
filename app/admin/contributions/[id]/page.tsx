import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { TextAreaField } from "@/components/admin/field";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { SubmitButton } from "@/components/admin/submit-button";
import { ClockText, ContributionStatusBadge } from "@/components/forms/contribution-badges";
import { FactList } from "@/components/forms/panels";
import { articlePath } from "@/lib/articles/routes";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChinaDateTime } from "@/lib/content/dates";
import { acceptContributionAction, returnContributionAction, startContributionReviewAction } from "@/lib/contributions/actions";
import { splitParagraphs, countCharacters } from "@/lib/contributions/plain-text";
import { getContributionForReview } from "@/lib/contributions/queries";
import { canDecideContribution, describeReviewSla } from "@/lib/contributions/status";

export const dynamic = "force-dynamic";
export const metadata = { title: "审阅投稿" };

export default async function ContributionReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("contribution.review", `/admin/contributions/${id}`);
  const item = await getContributionForReview(id);
  if (!item) notFound();
  const sla = describeReviewSla(item.createdAt, new Date(), item.reviewedAt);
  const facts: [string, string][] = [
    ["查询码", item.trackingCode],
    ["类别", item.category],
    ["来稿单位", item.organisation],
    ["作者", item.authorName],
    ["电子邮箱", item.email],
    ["联系电话", item.phone],
    ["所属地区", item.region ?? "未填写"],
    ["所属园区", item.zone?.name ?? "未指定"],
    ["原创声明", item.isOriginal ? "已声明原创或已获授权" : "未声明"],
    ["投稿须知版本", item.termsVersion],
    ["收稿时间", formatChinaDateTime(item.createdAt)],
    ["字数", `${countCharacters(item.body)} 字`],
    ["同一邮箱的其他投稿", `${item.fromSameEmail} 篇`],
  ];
  const hidden = <input type="hidden" name="id" value={item.id} />;
  return (
    <>
      <PageHeader
        title={item.title}
        breadcrumbs={[{ href: "/admin/contributions", label: "投稿审阅" }]}
        description={
          <>
            <ContributionStatusBadge status={item.status} /> <ClockText clock={sla} />
            {item.reviewer ? ` · 审阅人：${item.reviewer.name}` : ""}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <article className="rounded-md border border-gray-200 bg-white p-6 lg:col-span-2" aria-label="稿件正文">
          {splitParagraphs(item.body).map((paragraph, index) => (
            <p key={index} className="mb-3 indent-8 leading-8">
              {paragraph}
            </p>
          ))}
        </article>
        <aside className="space-y-4">
          <FactList facts={facts} />

          {item.status === "returned" && item.returnReason ? (
            <Notice tone="warning" title="退回理由">
              <p className="whitespace-pre-line">{item.returnReason}</p>
            </Notice>
          ) : null}

          {item.article ? (
            <Notice tone="success" title="已转为资讯">
              《{item.article.title}》（{item.article.status === "published" ? "已发布" : "草稿"}）
              {item.article.status === "published" ? (
                <Link href={articlePath(item.article.kind, item.article.slug)} className="ml-1 underline">
                  查看
                </Link>
              ) : (
                <Link href={`/admin/articles/${item.article.id}`} className="ml-1 underline">
                  在内容管理中编辑
                </Link>
              )}
            </Notice>
          ) : null}

          {canDecideContribution(item.status) ? (
            <section aria-labelledby="decide" className="space-y-4 rounded-md border border-gray-200 bg-white p-4">
              <h2 id="decide" className="font-semibold">
                审阅
              </h2>
              {item.status === "received" ? (
                <ActionForm action={startContributionReviewAction} label="开始审阅" successMessage="已标记为审阅中">
                  {hidden}
                  <SubmitButton variant="secondary">标记为审阅中</SubmitButton>
                </ActionForm>
              ) : null}
              <ActionForm action={acceptContributionAction} label="采用" successMessage="已采用，已生成资讯草稿（署来稿单位和作者）">
                {hidden}
                <SubmitButton confirm="采用这篇投稿并生成资讯草稿？">采用并生成草稿</SubmitButton>
              </ActionForm>
              <ActionForm action={returnContributionAction} label="退回" successMessage="已退回，作者会收到邮件通知">
                {hidden}
                <TextAreaField name="reason" label="退回理由" required rows={4} hint="作者会在邮件和查询页看到，请写明修改方向" />
                <SubmitButton variant="danger">退回</SubmitButton>
              </ActionForm>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
