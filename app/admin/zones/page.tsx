import type { Metadata } from "next";
import Link from "next/link";
import { adminPaths } from "@/components/admin/admin-paths";
import { Badge } from "@/components/admin/badge";
import { DataTable, type Column } from "@/components/admin/data-table";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { LinkButton } from "@/components/admin/link-button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { firstValue, pageFromQuery, type QueryValues } from "@/components/admin/query-string";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { ZONE_LEVEL_LABELS, zonePlace } from "@/lib/zones/labels";
import { listZonesForAdmin } from "@/lib/zones/queries";
import { ZONE_STATUS_LABELS, zoneListFilterSchema } from "@/lib/zones/schema";

export const metadata: Metadata = { title: "开发区" };

type ZoneRow = Awaited<ReturnType<typeof listZonesForAdmin>>["rows"][number];

const STATUS_TONE = { draft: "gray", published: "green", archived: "gray", in_review: "amber", scheduled: "purple" } as const;

const columns: Column<ZoneRow>[] = [
  {
    key: "name",
    header: "名称",
    isRowHeader: true,
    cell: (zone) => (
      <Link href={adminPaths.zone(zone.id)} className="font-medium text-brand-700 hover:underline">
        {zone.name}
      </Link>
    ),
  },
  { key: "level", header: "级别", cell: (zone) => ZONE_LEVEL_LABELS[zone.level], className: "hidden md:table-cell" },
  { key: "place", header: "地区", cell: (zone) => zonePlace(zone) || "—" },
  {
    key: "status",
    header: "状态",
    cell: (zone) =>
      zone.mergedIntoId ? (
        <Badge tone="gray">已合并</Badge>
      ) : (
        <span className="flex gap-1">
          <Badge tone={STATUS_TONE[zone.status]}>{zone.status in ZONE_STATUS_LABELS ? ZONE_STATUS_LABELS[zone.status as keyof typeof ZONE_STATUS_LABELS] : zone.status}</Badge>
          {zone.origin === "import" ? <Badge tone="amber">导入待完善</Badge> : null}
          {zone.origin === "catalogue" ? <Badge tone="gray">目录导入</Badge> : null}
        </span>
      ),
  },
  { key: "articles", header: "相关文章", cell: (zone) => zone._count.articles, className: "text-right tabular-nums" },
  { key: "updated", header: "更新", cell: (zone) => formatChineseDate(zone.updatedAt), className: "hidden lg:table-cell" },
];

/** 开发区: every zone, drafts and importer stubs included; stubs are completed or merged from here. */
export default async function ZonesPage({ searchParams }: { searchParams: Promise<QueryValues> }) {
  await requirePagePermission("zone.edit", "/admin/zones");
  const query = await searchParams;
  const filter = zoneListFilterSchema.parse({ q: firstValue(query.q), status: firstValue(query.status), level: firstValue(query.level), origin: firstValue(query.origin) });
  const page = pageFromQuery(query.page);
  const { rows, total, pageCount } = await listZonesForAdmin(filter, page);
  return (
    <>
      <PageHeader
        title="开发区"
        description={`共 ${total} 个。导入时从文章中识别出的新园区名称标为“导入待完善”：补全资料后发布，或合并到已有园区。`}
        actions={
          <>
            <LinkButton href="/admin/zones/import">导入目录</LinkButton>
            <LinkButton href="/admin/zones/new" variant="primary">
              新建开发区
            </LinkButton>
          </>
        }
      />
      <FilterBar action="/admin/zones">
        <FilterInput name="q" label="名称或别名" type="search" defaultValue={filter.q} />
        <FilterInput name="status" label="状态" options={Object.entries(ZONE_STATUS_LABELS).map(([value, label]) => ({ value, label }))} defaultValue={filter.status} />
        <FilterInput name="level" label="级别" options={Object.entries(ZONE_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} defaultValue={filter.level} />
        <FilterInput
          name="origin"
          label="来源"
          options={[
            { value: "import", label: "导入待完善" },
            { value: "editor", label: "编辑创建" },
            { value: "catalogue", label: "目录导入" },
          ]}
          defaultValue={filter.origin}
        />
      </FilterBar>
      <DataTable caption="开发区列表" columns={columns} rows={rows} rowKey={(zone) => zone.id} empty="没有符合条件的开发区" />
      <Pagination pathname="/admin/zones" query={query} page={page} pageCount={pageCount} />
    </>
  );
}
