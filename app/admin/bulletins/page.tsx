import Link from "next/link";
import { PublishStatusBadge } from "@/components/admin/badge";
import { DataTable, type Column } from "@/components/admin/data-table";
import { LinkButton } from "@/components/admin/link-button";
import { PageHeader } from "@/components/admin/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listBulletinsForAdmin } from "@/lib/bulletins/admin-queries";
import { issueLabel } from "@/lib/bulletins/routes";
import { formatChineseDate } from "@/lib/content/dates";

export const metadata = { title: "工作简报" };

type Row = Awaited<ReturnType<typeof listBulletinsForAdmin>>[number];

export default async function BulletinsPage() {
  await requirePagePermission("bulletin.compose", "/admin/bulletins");
  const bulletins = await listBulletinsForAdmin();
  const columns: Column<Row>[] = [
    {
      key: "issue",
      header: "期号",
      isRowHeader: true,
      cell: (row) => (
        <Link href={`/admin/bulletins/${row.id}`} className="font-medium text-brand-800 hover:underline">
          {row.title} {issueLabel(row.issueNumber, row.totalIssueNumber)}
        </Link>
      ),
    },
    { key: "publisher", header: "编印单位", cell: (row) => row.publisher },
    { key: "date", header: "印发日期", cell: (row) => formatChineseDate(row.issueDate) },
    { key: "sections", header: "栏目", className: "hidden md:table-cell", cell: (row) => row._count.sections },
    { key: "status", header: "状态", cell: (row) => <PublishStatusBadge status={row.status} /> },
  ];
  return (
    <>
      <PageHeader
        title="工作简报"
        description="编排每一期简报：栏目、条目、顺序，整期预览、发布和导出打印稿。"
        actions={
          <LinkButton href="/admin/bulletins/new" variant="primary">
            新建一期
          </LinkButton>
        }
      />
      <DataTable caption="简报列表" columns={columns} rows={bulletins} rowKey={(row) => row.id} empty="还没有简报" />
    </>
  );
}
