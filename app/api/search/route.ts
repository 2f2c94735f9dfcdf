// GET /api/search?q=&kind=&region=&zone=&year=&sort=&page=&exact= — public full-text search over published content, as JSON (with correctedQuery, showingCorrected and the zone the query names).
import { AppError, toAppError } from "@/lib/errors";
import { searchPublishedContent } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return Response.json({ error: { code: "BAD_REQUEST", message: parsed.message, fieldErrors: parsed.fieldErrors } }, { status: 400 });
  }
  try {
    const result = await searchPublishedContent(parsed.data);
    return Response.json(
      {
        query: parsed.data,
        total: result.total,
        totalIsApproximate: result.totalIsApproximate,
        page: result.page,
        pageSize: result.pageSize,
        hits: result.hits.map((hit) => ({ ...hit, publishedAt: hit.publishedAt?.toISOString() ?? null })),
        facets: result.facets,
        correctedQuery: result.correctedQuery,
        showingCorrected: result.showingCorrected,
        zone: result.zone,
        engine: result.engine,
        tookMs: result.tookMs,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    const appError = error instanceof AppError ? error : toAppError(error);
    return Response.json({ error: { code: appError.code, message: appError.message } }, { status: appError.status });
  }
}
