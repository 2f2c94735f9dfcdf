import { ActionForm } from "@/components/admin/action-form";
import { Badge } from "@/components/admin/badge";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import type { QueryValues } from "@/components/admin/query-string";
import { SubmitButton } from "@/components/admin/submit-button";
import { firstValues } from "@/components/forms/search-params";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { requeueMail } from "@/lib/mail/actions";
import { getMailSetup, getMailStatusCounts, listMailOutbox } from "@/lib/mail/queries";
import { mailFilterSchema, MAIL_STATUSES, MAIL_STATUS_LABELS } from "@/lib/mail/schema";

export const dynamic = "force-dynamic";
export const metadata = { title: "通知邮件" };

const TONES = { pending: "blue", sent: "green", failed: "red", logged: "amber" } as const;

export default async function MailOutboxPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  await requirePagePermission("mail.view", "/admin/mail");
  const query = firstValues(await searchParams);
  const filter = mailFilterSchema.parse(query);
  const [{ rows, total, pageCount }, counts] = await Promise.all([listMailOutbox(filter), getMailStatusCounts()]);
  const { smtpConfigured } = getMailSetup();
  return (
    <>
      <PageHeader title="通知邮件" description={`投稿和招商咨询的通知。共 ${total} 封；待发送 ${counts.pending}，已发送 ${counts.sent}，失败 ${counts.failed}，仅记录 ${counts.logged}。`} />
      {smtpConfigured ? null : (
        <Notice tone="warning" title="尚未配置邮件服务" className="mb-4">
          未设置 SMTP_URL，通知不会发出，而是记录在这里，请按需人工转达。配置后可将记录的邮件重新加入发送队列。
        </Notice>
      )}
      <FilterBar action="/admin/mail">
        <FilterInput name="status" label="状态" defaultValue={filter.status} options={MAIL_STATUSES.map((status) => ({ value: status, label: MAIL_STATUS_LABELS[status] }))} />
        <FilterInput name="q" label="收件人或主题" type="search" defaultValue={filter.q} />
      </FilterBar>
      {rows.length ? (
        <ul className="space-y-3">
          {rows.map((mail) => (
            <li key={mail.id} className="rounded-md border border-gray-200 bg-white">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-3">
                  <Badge tone={TONES[mail.status]}>{MAIL_STATUS_LABELS[mail.status]}</Badge>
                  <span className="font-medium">{mail.subject}</span>
                  <span className="text-sm text-gray-500">
                    → {mail.to} · {formatChineseDate(mail.createdAt)}
                    {mail.attempts ? ` · 尝试 ${mail.attempts} 次` : ""}
                  </span>
                </summary>
                <div className="border-t border-gray-100 px-4 py-3">
                  {mail.lastError ? <p className="mb-2 text-sm text-red-700">最近错误：{mail.lastError}</p> : null}
                  <pre className="whitespace-pre-wrap font-sans text-sm">{mail.text}</pre>
                  {smtpConfigured && (mail.status === "failed" || mail.status === "logged") ? (
                    <ActionForm action={requeueMail} label="重新发送" successMessage="已加入发送队列">
                      <input type="hidden" name="id" value={mail.id} />
                      <SubmitButton variant="secondary">重新发送</SubmitButton>
                    </ActionForm>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-md border border-gray-200 bg-white p-4 text-sm text-gray-500">没有邮件</p>
      )}
      <Pagination pathname="/admin/mail" query={query} page={filter.page} pageCount={pageCount} />
    </>
  );
}
