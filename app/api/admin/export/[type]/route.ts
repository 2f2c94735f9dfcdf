// GET /api/admin/export/<articles|bulletins|zones>?format=json|csv&status=… — bulk export (checks export.run itself).
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { formatIsoDay } from "@/lib/content/dates";
import { AppError, errorResponse } from "@/lib/errors";
import { CSV_TYPE, downloadResponse, JSON_TYPE } from "@/lib/export/download";
import { listArticlesForExport, listBulletinsForExport, listZonesForExport } from "@/lib/export/queries";
import { EXPORT_TYPES, exportRequestSchema, type ExportRequest } from "@/lib/export/schema";
import { articlesCsv, bulletinsCsv, toExportJson, zonesCsv } from "@/lib/export/serialize";

export const dynamic = "force-dynamic";

async function render({ type, format, status }: ExportRequest): Promise<{ body: string; count: number }> {
  switch (type) {
    case "articles": {
      const rows = await listArticlesForExport(status);
      return { body: format === "csv" ? articlesCsv(rows) : toExportJson(type, rows), count: rows.length };
    }
    case "bulletins": {
      const rows = await listBulletinsForExport(status);
      return { body: format === "csv" ? bulletinsCsv(rows) : toExportJson(type, rows), count: rows.length };
    }
    case "zones": {
      const rows = await listZonesForExport(status);
      return { body: format === "csv" ? zonesCsv(rows) : toExportJson(type, rows), count: rows.length };
    }
  }
}

export async function GET(request: Request, context: { params: Promise<{ type: string }> }): Promise<Response> {
  try {
    const user = await requirePermission("export.run");
    const params = new URL(request.url).searchParams;
    const parsed = exportRequestSchema.safeParse({ type: (await context.params).type, format: params.get("format") ?? undefined, status: params.get("status") ?? undefined });
    if (!parsed.success) throw new AppError("NOT_FOUND", "没有这种导出");
    const { body, count } = await render(parsed.data);
    await recordAudit({ actorId: user.id, action: "export", detail: { what: parsed.data.type, format: parsed.data.format, status: parsed.data.status ?? "all", rows: count } });
    const name = `${EXPORT_TYPES[parsed.data.type]}-${parsed.data.status ?? "全部"}-${formatIsoDay(new Date())}.${parsed.data.format}`;
    return downloadResponse(body, name, parsed.data.format === "csv" ? CSV_TYPE : JSON_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
