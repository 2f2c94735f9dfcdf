// GET /api/admin/inquiries/export?<inbox filters> — the filtered inquiry inbox as CSV (UTF-8 with BOM, for Excel). Guarded.
import { NextResponse, type NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth/session";
import { toAppError } from "@/lib/errors";
import { exportInquiriesCsv } from "@/lib/inquiries/export";
import { inboxFilterSchema } from "@/lib/inquiries/schema";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  try {
    const user = await requirePermission("inquiry.manage");
    await requirePermission("export.run");
    const filter = inboxFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const { csv, filename } = await exportInquiriesCsv(user, filter);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="inquiries.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    return NextResponse.json({ error: appError.message }, { status: appError.status, headers: { "Cache-Control": "no-store" } });
  }
}
