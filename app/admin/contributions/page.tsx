import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import type { QueryValues } from "@/components/admin/query-string";
import { StatCard } from "@/components/admin/stat-card";
import { ClockText, ContributionStatusBadge } from "@/components/forms/contribution-badges";
import { firstValues } from "@/components/forms/search-params";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { getContributionQueueCounts, listContributionQueue } from "@/lib/contributions/queries";
import { CONTRIBUTION_STATUSES, queueFilterSchema } from "@/lib/contributions/schema";
import { CONTRIBUTION_STATUS_LABELS, describeReviewSla } from "@/lib/contributions/status";
import { REVIEW_SLA_HOURS } from "@/lib/contributions/terms";

export const dynamic = "force-dynamic";
export const metadata = { title: "投稿审阅" };

const AGE_OPTIONS = [
  { value: "lt24h", label: "24 小时内" },
  { value: "gt24h", label: "超过 24 小时" },
  { value: "gt7d", label: "超过 7 天" },
];

export default async function ContributionQueuePage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  await requirePagePermission("contribution.review", "/admin/contributions");
  const query = firstValues(await searchParams);
  const filter = queueFilterSchema.parse(query);
  const now = new Date();
  const [{ rows, total, pageCount }, counts] = await Promise.all([listContributionQueue(filter, now), getContributionQueueCounts(now)]);
  return (
    <>
      <PageHeader title="投稿审阅" description={`收稿后 ${REVIEW_SLA_HOURS} 小时内完成初审。待处理的稿件按收稿时间先后排列。`} />
      <div className="mb-4 grid gap-3 sm:grid-cols-2">
        <StatCard label="待处理" value={counts.open} href="/admin/contributions" />
        <StatCard label={`超过 ${REVIEW_SLA_HOURS} 小时未处理`} value={counts.overdue} href="/admin/contributions?age=gt24h" />
      </div>
      <FilterBar action="/admin/contributions">
        <FilterInput
          name="status"
          label="状态"
          defaultValue={filter.status === "open" ? "" : filter.status}
          allLabel="待处理（已收稿、审阅中）"
          options={[...CONTRIBUTION_STATUSES.map((status) => ({ value: status, label: CONTRIBUTION_STATUS_LABELS[status] })), { value: "all", label: "全部" }]}
        />
        <FilterInput name="age" label="收稿时间" defaultValue={filter.age} options={AGE_OPTIONS} allLabel="不限" />
        <FilterInput name="q" label="关键词" type="search" defaultValue={filter.q} placeholder="标题、单位、作者、邮箱、查询码" />
      </FilterBar>
      <DataTable
        caption={`投稿（共 ${total} 篇）`}
        rows={rows}
        rowKey={(row) => row.id}
        empty="没有符合条件的投稿"
        columns={[
          {
            key: "title",
            header: "标题",
            isRowHeader: true,
            cell: (row) => (
              <Link href={`/admin/contributions/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.title}
              </Link>
            ),
          },
          { key: "category", header: "类别", cell: (row) => row.category, className: "hidden md:table-cell" },
          { key: "from", header: "来稿单位 / 作者", cell: (row) => `${row.organisation} / ${row.authorName}` },
          { key: "status", header: "状态", cell: (row) => <ContributionStatusBadge status={row.status} /> },
          { key: "sla", header: "时限", cell: (row) => <ClockText clock={describeReviewSla(row.createdAt, now, row.reviewedAt)} /> },
          { key: "createdAt", header: "收稿日期", cell: (row) => formatChineseDate(row.createdAt), className: "hidden md:table-cell whitespace-nowrap" },
        ]}
      />
      <Pagination pathname="/admin/contributions" query={query} page={filter.page} pageCount={pageCount} />
    </>
  );
}
