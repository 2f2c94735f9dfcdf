import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { LinkButton } from "@/components/admin/link-button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { withQuery, type QueryValues } from "@/components/admin/query-string";
import { StatCard } from "@/components/admin/stat-card";
import { ClockText, InquiryStatusBadge } from "@/components/forms/contribution-badges";
import { firstValues } from "@/components/forms/search-params";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { getInboxCounts, listAssignableUsers, listInquiryInbox } from "@/lib/inquiries/queries";
import { inboxFilterSchema, INQUIRY_CATEGORIES, INQUIRY_CATEGORY_LABELS, INQUIRY_STATUSES } from "@/lib/inquiries/schema";
import { describeFirstResponse, INQUIRY_STATUS_LABELS } from "@/lib/inquiries/status";

export const dynamic = "force-dynamic";
export const metadata = { title: "招商咨询" };

export default async function InquiryInboxPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  const user = await requirePagePermission("inquiry.manage", "/admin/inquiries");
  const query = firstValues(await searchParams);
  const filter = inboxFilterSchema.parse(query);
  const now = new Date();
  const [{ rows, total, pageCount }, counts, assignees] = await Promise.all([listInquiryInbox(filter, user.id), getInboxCounts(now), listAssignableUsers()]);
  const exportQuery = { ...query, page: undefined };
  return (
    <>
      <PageHeader
        title="招商咨询"
        description="状态：新咨询 → 已联系 → 有效意向 → 已关闭。首次响应目标：1 个工作日内。"
        actions={can(user, "export.run") ? <LinkButton href={withQuery("/api/admin/inquiries/export", exportQuery)} prefetch={false}>导出 CSV</LinkButton> : null}
      />
      <div className="mb-4 grid gap-3 sm:grid-cols-3">
        <StatCard label="新咨询" value={counts.fresh} href="/admin/inquiries?status=new" />
        <StatCard label="未指派" value={counts.unassigned} href="/admin/inquiries?assignee=none" />
        <StatCard label="超过 24 小时未响应" value={counts.waitingTooLong} href="/admin/inquiries?status=new" />
      </div>
      <FilterBar action="/admin/inquiries">
        <FilterInput
          name="status"
          label="状态"
          defaultValue={filter.status === "open" ? "" : filter.status}
          allLabel="未关闭"
          options={[...INQUIRY_STATUSES.map((status) => ({ value: status, label: INQUIRY_STATUS_LABELS[status] })), { value: "all", label: "全部" }]}
        />
        <FilterInput name="category" label="类别" defaultValue={filter.category} options={INQUIRY_CATEGORIES.map((value) => ({ value, label: INQUIRY_CATEGORY_LABELS[value] }))} />
        <FilterInput name="assignee" label="负责人" defaultValue={filter.assignee} allLabel="不限" options={[{ value: "me", label: "我" }, { value: "none", label: "未指派" }, ...assignees.map((person) => ({ value: person.id, label: person.name }))]} />
        <FilterInput name="from" label="提交日期从" type="date" defaultValue={filter.from} />
        <FilterInput name="to" label="至" type="date" defaultValue={filter.to} />
        <FilterInput name="q" label="关键词" type="search" defaultValue={filter.q} placeholder="企业、联系人、电话、邮箱、行业、查询码" />
      </FilterBar>
      <DataTable
        caption={`招商咨询（共 ${total} 条）`}
        rows={rows}
        rowKey={(row) => row.id}
        empty="没有符合条件的咨询"
        columns={[
          {
            key: "company",
            header: "企业",
            isRowHeader: true,
            cell: (row) => (
              <Link href={`/admin/inquiries/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.company}
              </Link>
            ),
          },
          { key: "category", header: "类别", cell: (row) => INQUIRY_CATEGORY_LABELS[row.category] },
          { key: "contact", header: "联系人", cell: (row) => `${row.contactName} ${row.phone}`, className: "hidden md:table-cell" },
          { key: "zones", header: "意向园区", cell: (row) => row.zones.map((zone) => zone.name).join("、") || "—", className: "hidden lg:table-cell" },
          { key: "status", header: "状态", cell: (row) => <InquiryStatusBadge status={row.status} /> },
          { key: "assignee", header: "负责人", cell: (row) => row.assignee?.name ?? "未指派" },
          { key: "response", header: "首次响应", cell: (row) => <ClockText clock={describeFirstResponse(row.createdAt, row.firstRespondedAt, now)} /> },
          { key: "createdAt", header: "提交日期", cell: (row) => formatChineseDate(row.createdAt), className: "hidden md:table-cell whitespace-nowrap" },
        ]}
      />
      <Pagination pathname="/admin/inquiries" query={query} page={filter.page} pageCount={pageCount} />
    </>
  );
}
