// GET /admin/bulletins/<id>/export: the issue as a print-ready HTML file (download); editors only.
import { requirePermission } from "@/lib/auth/session";
import { getBulletinForComposing, toPrintable } from "@/lib/bulletins/admin-queries";
import { bulletinPrintHtml } from "@/lib/bulletins/print";
import { AppError, errorResponse } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("bulletin.compose");
    const bulletin = await getBulletinForComposing((await params).id);
    if (!bulletin) throw new AppError("NOT_FOUND", "简报不存在");
    const fileName = `${bulletin.title}-${bulletin.year}-第${bulletin.issueNumber}期.html`;
    return new Response(bulletinPrintHtml(toPrintable(bulletin)), {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Disposition": `attachment; filename="bulletin-${bulletin.year}-${bulletin.issueNumber}.html"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
