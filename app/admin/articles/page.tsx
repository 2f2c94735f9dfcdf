import Link from "next/link";
import { PublishStatusBadge, Badge } from "@/components/admin/badge";
import { DataTable, type Column } from "@/components/admin/data-table";
import { FilterBar, FilterInput } from "@/components/admin/filter-bar";
import { LinkButton } from "@/components/admin/link-button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { listArticlesForAdmin } from "@/lib/articles/admin-queries";
import { ARTICLE_KINDS } from "@/lib/articles/routes";
import { articleListFilterSchema } from "@/lib/articles/schema";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";

export const metadata = { title: "稿件" };

type Row = Awaited<ReturnType<typeof listArticlesForAdmin>>["rows"][number];

const STATUS_OPTIONS = [
  { value: "draft", label: "草稿" },
  { value: "in_review", label: "待审核" },
  { value: "scheduled", label: "已排期" },
  { value: "published", label: "已发布" },
  { value: "archived", label: "已归档" },
];

const KIND_OPTIONS = Object.entries(ARTICLE_KINDS).map(([value, kind]) => ({ value, label: kind.label }));

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("content.read_drafts", "/admin/articles");
  const query = await searchParams;
  const filter = articleListFilterSchema.parse(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const { rows, total, pageCount } = await listArticlesForAdmin(filter);

  const columns: Column<Row>[] = [
    {
      key: "title",
      header: "标题",
      isRowHeader: true,
      cell: (row) => (
        <Link href={`/admin/articles/${row.id}`} className="font-medium text-brand-800 hover:underline">
          {row.title}
        </Link>
      ),
    },
    { key: "kind", header: "类型", cell: (row) => ARTICLE_KINDS[row.kind].label },
    { key: "status", header: "状态", cell: (row) => (row.state === "approved" ? <Badge tone="blue">已通过审核</Badge> : <PublishStatusBadge status={row.status} />) },
    { key: "date", header: "发布/定时", className: "hidden md:table-cell", cell: (row) => formatChineseDate(row.publishAt ?? row.publishedAt) },
    { key: "updated", header: "更新", className: "hidden md:table-cell", cell: (row) => row.updatedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) },
  ];

  return (
    <>
      <PageHeader
        title="稿件"
        description={`资讯、政府工作报告与政策文件，共 ${total} 篇`}
        actions={
          can(user, "content.create") ? (
            <LinkButton href="/admin/articles/new" variant="primary">
              新建稿件
            </LinkButton>
          ) : null
        }
      />
      <FilterBar action="/admin/articles">
        <FilterInput name="q" label="标题或文号" type="search" defaultValue={filter.q} />
        <FilterInput name="kind" label="类型" options={KIND_OPTIONS} defaultValue={filter.kind} />
        <FilterInput name="status" label="状态" options={STATUS_OPTIONS} defaultValue={filter.status} />
      </FilterBar>
      <DataTable caption="稿件列表" columns={columns} rows={rows} rowKey={(row) => row.id} empty="没有符合条件的稿件" />
      <Pagination pathname="/admin/articles" query={query} page={filter.page} pageCount={pageCount} />
    </>
  );
}
