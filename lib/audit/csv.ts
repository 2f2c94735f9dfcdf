import { formatChinaDateTime } from "@/lib/content/dates";
import { toCsv } from "@/lib/inquiries/csv";
import { auditActionLabel, ENTITY_TYPE_LABELS } from "./labels";

/** The audit log as CSV (pure): one row per event, detail as compact JSON. */
export type AuditCsvRow = {
  id: string;
  action: string;
  entityType: keyof typeof ENTITY_TYPE_LABELS | null;
  entityId: string | null;
  detail: unknown;
  clientHash: string | null;
  createdAt: Date;
  actor: { name: string; email: string } | null;
};

export const AUDIT_CSV_HEADER = ["时间（北京时间）", "操作人", "操作人邮箱", "操作", "操作代码", "对象类型", "对象ID", "详情", "客户端标识", "事件ID"] as const;

export function auditCsv(rows: readonly AuditCsvRow[]): string {
  return toCsv(
    AUDIT_CSV_HEADER,
    rows.map((row) => [
      formatChinaDateTime(row.createdAt),
      row.actor?.name ?? "（系统或访客）",
      row.actor?.email ?? "",
      auditActionLabel(row.action),
      row.action,
      row.entityType ? ENTITY_TYPE_LABELS[row.entityType] : "",
      row.entityId ?? "",
      detailText(row.detail),
      row.clientHash ?? "",
      row.id,
    ]),
  );
}

export function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail === "object" && Object.keys(detail).length === 0) return "";
  return JSON.stringify(detail);
}
