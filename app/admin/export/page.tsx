import type { Metadata } from "next";
import { FilterInput } from "@/components/admin/filter-bar";
import { buttonBase, buttonClass } from "@/components/admin/button-styles";
import { PageHeader } from "@/components/admin/page-header";
import { PUBLISH_STATUS_BADGE } from "@/components/admin/badge";
import { requirePagePermission } from "@/lib/auth/session";
import { EXPORT_TYPES } from "@/lib/export/schema";

export const metadata: Metadata = { title: "导出" };

/**
 * 导出: all content of a type as JSON (complete, for backups and other systems) or CSV (for
 * spreadsheets). A plain GET form to the guarded route handler — the download works without JavaScript.
 */
export default async function ExportPage() {
  await requirePagePermission("export.run", "/admin/export");
  return (
    <>
      <PageHeader title="导出" description="导出全部内容。JSON 包含完整数据（正文结构、栏目、荣誉、指标），CSV 便于用 Excel 打开（UTF-8）。每次导出都记入审计日志。" />
      <form method="get" action="/api/admin/export/articles" aria-label="导出内容" className="max-w-xl space-y-4 rounded-md border border-gray-200 bg-white p-5">
        <FilterInput name="status" label="状态" allLabel="全部状态" options={Object.entries(PUBLISH_STATUS_BADGE).map(([value, badge]) => ({ value, label: badge.label }))} />
        <div className="flex flex-wrap gap-2">
          {Object.entries(EXPORT_TYPES).map(([type, label]) => (
            <span key={type} className="flex gap-2">
              <button type="submit" name="format" value="json" formAction={`/api/admin/export/${type}`} className={`${buttonBase} ${buttonClass.secondary}`}>
                {label} · JSON
              </button>
              <button type="submit" name="format" value="csv" formAction={`/api/admin/export/${type}`} className={`${buttonBase} ${buttonClass.secondary}`}>
                {label} · CSV
              </button>
            </span>
          ))}
        </div>
      </form>
    </>
  );
}
