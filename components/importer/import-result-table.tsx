import { DataTable, type Column } from "@/components/admin/data-table";
import type { BatchRow } from "@/lib/importer/batch";

const COLUMNS: readonly Column<BatchRow>[] = [
  { key: "file", header: "文件", cell: (row) => row.file, isRowHeader: true, className: "max-w-[16rem] break-all" },
  { key: "documents", header: "篇数", cell: (row) => (row.refused ? "未导入" : row.documents) },
  { key: "kind", header: "类型", cell: (row) => row.kind || "—" },
  { key: "title", header: "标题", cell: (row) => row.title || "—" },
  {
    key: "notes",
    header: "提示 / 未导入原因",
    cell: (row) => (row.notes ? <span className={row.refused ? "text-red-800" : "text-amber-900"}>{row.notes}</span> : "—"),
  },
];

/** What each source of one import gave, as `npm run import` lists it at the end: one row per file. */
export function ImportResultTable({ rows }: { rows: BatchRow[] }) {
  return <DataTable caption={`导入结果：${rows.length} 个来源`} showCaption columns={COLUMNS} rows={rows} rowKey={(row) => `${rows.indexOf(row)}-${row.file}`} />;
}
