import type { Metadata } from "next";
import Link from "next/link";
import { adminPathFor } from "@/components/admin/admin-paths";
import { DataTable, type Column } from "@/components/admin/data-table";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { LinkButton } from "@/components/admin/link-button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { firstValue, pageFromQuery, withQuery, type QueryValues } from "@/components/admin/query-string";
import { detailText } from "@/lib/audit/csv";
import { auditActionLabel, ENTITY_TYPE_LABELS } from "@/lib/audit/labels";
import { listAuditActions, listAuditEvents, type AuditRow } from "@/lib/audit/queries";
import { auditFilterFromQuery } from "@/lib/audit/schema";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChinaDateTime } from "@/lib/content/dates";
import { listUserNames } from "@/lib/users/queries";

export const metadata: Metadata = { title: "审计日志" };

const columns: Column<AuditRow>[] = [
  { key: "time", header: "时间", cell: (row) => <time dateTime={row.createdAt.toISOString()}>{formatChinaDateTime(row.createdAt)}</time>, className: "whitespace-nowrap tabular-nums" },
  { key: "actor", header: "操作人", cell: (row) => (row.actor ? row.actor.name : <span className="text-gray-500">系统或访客</span>) },
  { key: "action", header: "操作", isRowHeader: true, cell: (row) => auditActionLabel(row.action) },
  {
    key: "entity",
    header: "对象",
    cell: (row) => {
      if (!row.entityType) return "—";
      const label = ENTITY_TYPE_LABELS[row.entityType];
      const href = adminPathFor(row.entityType, row.entityId);
      return href ? (
        <Link href={href} className="text-brand-700 hover:underline">
          {label}
        </Link>
      ) : (
        label
      );
    },
  },
  { key: "detail", header: "详情", cell: (row) => <span className="line-clamp-2 break-all font-mono text-xs text-gray-600">{detailText(row.detail)}</span>, className: "max-w-md" },
];

/** 审计日志 (admins only): who did what, when; filters live in the URL and the CSV export uses the same ones. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  await requirePagePermission("audit.view", "/admin/audit");
  const query = await searchParams;
  const filter = auditFilterFromQuery((name) => firstValue(query[name]));
  const page = pageFromQuery(query.page);
  const [{ rows, total, pageCount }, actions, users] = await Promise.all([listAuditEvents(filter, page), listAuditActions(), listUserNames()]);
  const filterQuery = { ...filter };
  return (
    <>
      <PageHeader
        title="审计日志"
        description={`共 ${total.toLocaleString("zh-CN")} 条记录`}
        actions={
          <LinkButton href={withQuery("/api/admin/audit", filterQuery)} prefetch={false}>
            导出 CSV
          </LinkButton>
        }
      />
      <FilterBar action="/admin/audit">
        <FilterInput name="action" label="操作" options={actions.map((action) => ({ value: action, label: auditActionLabel(action) }))} defaultValue={filter.action} />
        <FilterInput name="entityType" label="对象类型" options={Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label }))} defaultValue={filter.entityType} />
        <FilterInput name="actorId" label="操作人" options={users.map((user) => ({ value: user.id, label: user.name }))} defaultValue={filter.actorId} />
        <FilterInput name="from" label="起始日期" type="date" defaultValue={filter.from} />
        <FilterInput name="to" label="截止日期" type="date" defaultValue={filter.to} />
        {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
      </FilterBar>
      <DataTable caption="审计记录" columns={columns} rows={rows} rowKey={(row) => row.id} empty="没有符合条件的记录" />
      <Pagination pathname="/admin/audit" query={query} page={page} pageCount={pageCount} />
    </>
  );
}
