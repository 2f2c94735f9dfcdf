// GET /api/admin/inquiries/export?<inbox filters> — the filtered inquiry inbox as CSV (UTF-8 with BOM, for Excel); checks inquiry.manage and export.run itself.
import type { NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth/session";
import { errorResponse } from "@/lib/errors";
import { CSV_TYPE, downloadResponse } from "@/lib/export/download";
import { exportInquiriesCsv } from "@/lib/inquiries/export";
import { inboxFilterSchema } from "@/lib/inquiries/schema";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  try {
    const user = await requirePermission("inquiry.manage");
    await requirePermission("export.run");
    const filter = inboxFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const { csv, filename } = await exportInquiriesCsv(user, filter);
    return downloadResponse(csv, filename, CSV_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
