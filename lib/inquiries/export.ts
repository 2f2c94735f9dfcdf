import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { formatChinaDateTime, formatIsoDay } from "@/lib/content/dates";
import { toCsv } from "./csv";
import { listInquiriesForExport } from "./queries";
import { INQUIRY_CATEGORY_LABELS, type InboxFilter } from "./schema";
import { INQUIRY_STATUS_LABELS } from "./status";

export const INQUIRY_CSV_HEADER = ["查询码", "提交时间（北京时间）", "状态", "类别", "企业", "联系人", "电话", "电子邮箱", "行业", "用地需求（亩）", "厂房仓库（平方米）", "落地时间", "意向园区", "负责人", "首次响应时间", "备注数", "咨询内容"] as const;

/**
 * The inbox as CSV, for the guarded route handler. Exporting contact details is recorded in the audit
 * log with the filter used, as it takes personal data out of the system.
 */
export async function exportInquiriesCsv(user: Pick<SessionUser, "id">, filter: InboxFilter, now = new Date()): Promise<{ csv: string; filename: string; count: number }> {
  const rows = await listInquiriesForExport(filter, user.id);
  const csv = toCsv(
    INQUIRY_CSV_HEADER,
    rows.map((row) => [
      row.trackingCode,
      formatChinaDateTime(row.createdAt),
      INQUIRY_STATUS_LABELS[row.status],
      INQUIRY_CATEGORY_LABELS[row.category],
      row.company,
      row.contactName,
      row.phone,
      row.email,
      row.industry,
      row.landAreaMu,
      row.plantAreaM2,
      row.timeline,
      row.zones.map((zone) => zone.name).join("、"),
      row.assignee?.name,
      row.firstRespondedAt ? formatChinaDateTime(row.firstRespondedAt) : null,
      row.noteCount,
      row.message,
    ]),
  );
  await recordAudit({ actorId: user.id, action: "inquiry.export", entityType: "inquiry", detail: { count: rows.length, filter: JSON.parse(JSON.stringify(filter)) } });
  return { csv, filename: `招商咨询-${formatIsoDay(now)}.csv`, count: rows.length };
}
