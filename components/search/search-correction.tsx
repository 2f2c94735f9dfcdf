import Link from "next/link";
import type { SearchRequest, SearchResponse } from "@/lib/search/types";
import { searchHref } from "./search-url";

/**
 * 您是不是要找: the corrected query as a link; when the original found nothing and the corrected results are
 * shown instead, says so and links back to the query as typed (`exact=1`, never corrected again).
 */
export function SearchCorrection({ request, result }: { request: SearchRequest; result: Pick<SearchResponse, "correctedQuery" | "showingCorrected"> }) {
  if (!result.correctedQuery) return null;
  if (result.showingCorrected) {
    return (
      <p className="mt-4 text-base" role="status">
        已显示「
        <Link href={searchHref(request, { q: result.correctedQuery })} className="font-semibold text-brand-700 underline">
          {result.correctedQuery}
        </Link>
        」的结果，仍搜索「
        <Link href={searchHref(request, { q: request.q, exact: true })} className="text-brand-700 underline">
          {request.q}
        </Link>
        」
      </p>
    );
  }
  return (
    <p className="mt-4 text-base" role="status">
      您是不是要找：「
      <Link href={searchHref(request, { q: result.correctedQuery })} className="font-semibold text-brand-700 underline">
        {result.correctedQuery}
      </Link>
      」
    </p>
  );
}
