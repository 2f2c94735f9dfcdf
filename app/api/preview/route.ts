// GET /api/preview?id=<article id>: turns on Next's draft mode for a signed-in editor or reviewer and opens the
// article's preview; ?disable=1 turns it off. The preview page refuses to render without draft mode.
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const id = url.searchParams.get("id") ?? "";
  try {
    await requirePermission("content.read_drafts");
    if (url.searchParams.get("disable")) {
      (await draftMode()).disable();
      return new Response(null, { status: 303, headers: { Location: id ? `/admin/articles/${encodeURIComponent(id)}` : "/admin/articles" } });
    }
    if (!/^[a-z0-9]{1,40}$/i.test(id)) throw new AppError("BAD_REQUEST", "缺少稿件编号");
    (await draftMode()).enable();
  } catch (error) {
    return errorResponse(error);
  }
  redirect(`/admin/articles/${id}/preview`);
}
