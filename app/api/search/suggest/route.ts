// GET /api/search/suggest?q= — completions for the search box (titles and zone names), as JSON.
import { listSearchSuggestions } from "@/lib/search/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].filter((key) => key !== "q");
  if (unknown.length || params.getAll("q").length > 1) {
    return Response.json({ error: { code: "BAD_REQUEST", message: `只接受一个参数 q${unknown.length ? `；不支持的参数：${unknown.join("、")}` : ""}` } }, { status: 400 });
  }
  const suggestions = await listSearchSuggestions(params.get("q") ?? "");
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } });
}
