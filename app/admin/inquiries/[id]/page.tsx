import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextAreaField } from "@/components/admin/field";
import { PageHeader } from "@/components/admin/page-header";
import { SubmitButton } from "@/components/admin/submit-button";
import { ClockText, InquiryStatusBadge } from "@/components/forms/contribution-badges";
import { FactList } from "@/components/forms/panels";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChinaDateTime, formatChineseDate } from "@/lib/content/dates";
import { addInquiryNoteAction, assignInquiryAction, changeInquiryStatusAction } from "@/lib/inquiries/actions";
import { getInquiryForManagement, listAssignableUsers } from "@/lib/inquiries/queries";
import { INQUIRY_CATEGORY_LABELS } from "@/lib/inquiries/schema";
import { allowedInquiryTransitions, describeFirstResponse, INQUIRY_STATUS_LABELS } from "@/lib/inquiries/status";

export const dynamic = "force-dynamic";
export const metadata = { title: "招商咨询详情" };

export default async function InquiryDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("inquiry.manage", `/admin/inquiries/${id}`);
  const [item, assignees] = await Promise.all([getInquiryForManagement(id), listAssignableUsers()]);
  if (!item) notFound();
  const clock = describeFirstResponse(item.createdAt, item.firstRespondedAt, new Date());
  const facts: [string, string][] = [
    ["查询码", item.trackingCode],
    ["类别", INQUIRY_CATEGORY_LABELS[item.category]],
    ["联系人", item.contactName],
    ["电话", item.phone],
    ["电子邮箱", item.email],
    ["行业", item.industry ?? "未填写"],
    ["用地需求", item.landAreaMu === null ? "—" : `${item.landAreaMu} 亩`],
    ["厂房/仓库", item.plantAreaM2 === null ? "—" : `${item.plantAreaM2} 平方米`],
    ["落地时间", item.timeline ?? "未填写"],
    ["意向园区", item.zones.map((zone) => `${zone.name}${zone.suggested ? "（推荐后添加）" : ""}`).join("、") || "未指定"],
    ["提交时间", formatChinaDateTime(item.createdAt)],
  ];
  const hidden = <input type="hidden" name="id" value={item.id} />;
  const moves = allowedInquiryTransitions(item.status);
  return (
    <>
      <PageHeader
        title={item.company}
        breadcrumbs={[{ href: "/admin/inquiries", label: "招商咨询" }]}
        description={
          <>
            <InquiryStatusBadge status={item.status} /> <ClockText clock={clock} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <section aria-labelledby="message" className="rounded-md border border-gray-200 bg-white p-4">
            <h2 id="message" className="mb-2 font-semibold">
              咨询内容
            </h2>
            <p className="whitespace-pre-line">{item.message}</p>
          </section>
          <section aria-labelledby="notes" className="rounded-md border border-gray-200 bg-white p-4">
            <h2 id="notes" className="mb-2 font-semibold">
              内部备注（仅后台可见）
            </h2>
            {item.notes.length ? (
              <ol className="mb-4 space-y-3">
                {item.notes.map((note) => (
                  <li key={note.id} className="border-l-2 border-gray-200 pl-3">
                    <p className="whitespace-pre-line text-sm">{note.body}</p>
                    <p className="text-xs text-gray-500">
                      {note.author?.name ?? "已删除的账号"} · {formatChineseDate(note.createdAt)}
                    </p>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mb-4 text-sm text-gray-500">暂无备注</p>
            )}
            <ActionForm action={addInquiryNoteAction} label="添加备注" successMessage="备注已添加" resetOnSuccess>
              {hidden}
              <TextAreaField name="body" label="新备注" rows={3} />
              <SubmitButton variant="secondary">添加备注</SubmitButton>
            </ActionForm>
          </section>
        </div>
        <aside className="space-y-4">
          <FactList facts={facts} labelWidth="6rem" />
          <section aria-labelledby="handle" className="space-y-4 rounded-md border border-gray-200 bg-white p-4">
            <h2 id="handle" className="font-semibold">
              处理
            </h2>
            <ActionForm action={changeInquiryStatusAction} label="更改状态" successMessage="状态已更新">
              {hidden}
              <SelectField name="status" label="状态改为" options={moves.map((status) => ({ value: status, label: INQUIRY_STATUS_LABELS[status] }))} />
              <SubmitButton>更新状态</SubmitButton>
            </ActionForm>
            <ActionForm action={assignInquiryAction} label="指派负责人" successMessage="负责人已更新">
              {hidden}
              <SelectField name="assigneeId" label="负责人" defaultValue={item.assignee?.id ?? ""} placeholder="未指派" options={assignees.map((person) => ({ value: person.id, label: person.name }))} />
              <SubmitButton variant="secondary">保存负责人</SubmitButton>
            </ActionForm>
          </section>
        </aside>
      </div>
    </>
  );
}
