// GET /api/admin/audit — the audit log as CSV, filtered like the page (admins only; checks the session itself).
import { recordAudit } from "@/lib/audit/record";
import { auditCsv } from "@/lib/audit/csv";
import { listAuditEventsForExport } from "@/lib/audit/queries";
import { auditFilterFromQuery } from "@/lib/audit/schema";
import { requirePermission } from "@/lib/auth/session";
import { formatIsoDay } from "@/lib/content/dates";
import { errorResponse } from "@/lib/errors";
import { CSV_TYPE, downloadResponse } from "@/lib/export/download";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requirePermission("audit.view");
    const params = new URL(request.url).searchParams;
    const filter = auditFilterFromQuery((name) => params.get(name) ?? undefined);
    const rows = await listAuditEventsForExport(filter);
    await recordAudit({ actorId: user.id, action: "export", detail: { what: "audit", rows: rows.length, filter } });
    return downloadResponse(auditCsv(rows), `审计日志-${formatIsoDay(new Date())}.csv`, CSV_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
