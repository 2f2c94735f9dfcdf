import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { SearchCorrection } from "@/components/search/search-correction";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchPagination } from "@/components/search/search-pagination";
import { SearchResults } from "@/components/search/search-results";
import { searchHref } from "@/components/search/search-url";
import { ZoneCard } from "@/components/zones/zone-card";
import { feedAlternates } from "@/lib/content/feeds";
import { AppError } from "@/lib/errors";
import { searchPublishedContent } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";
import type { SearchRequest, SearchResponse } from "@/lib/search/types";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The search page is indexable: the empty page is the portal's search entry, and a result page declares
 * as canonical its query alone (no filters, sort or page), so crawlers following result links find one
 * URL per query instead of every combination of facets.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  const q = parsed.ok ? parsed.data.q : "";
  return {
    title: q ? `搜索：${q}` : "站内搜索",
    description: q
      ? `开发区资讯门户中与“${q}”相关的资讯、政策文件、政府工作报告、工作简报和开发区。`
      : "搜索开发区资讯门户的资讯、政府工作报告、政策文件（含文号）、工作简报和开发区名录，支持繁体、简称和拼音。",
    alternates: { canonical: q ? searchHref({ q }) : "/search", types: feedAlternates() },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(await searchParams);
  const request: SearchRequest = parsed.ok ? parsed.data : { q: "" };
  let result: SearchResponse | null = null;
  let problem = parsed.ok ? null : parsed.message;
  if (parsed.ok && (request.q || request.kind || request.region || request.zone || request.year)) {
    try {
      result = await searchPublishedContent(request);
    } catch (error) {
      problem = error instanceof AppError ? error.message : "搜索服务暂时不可用，请稍后再试";
    }
  }
  const sort = request.sort ?? "relevance";

  return (
    <div className="rounded-md bg-white p-4 shadow-sm sm:p-6">
      <h1 className="mb-4 text-2xl font-bold text-gray-900">站内搜索</h1>
      <SearchBox defaultValue={request.q} sort={request.sort} />
      {problem ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {problem}
        </p>
      ) : null}
      {result ? (
        <div className="mt-6 grid gap-6 md:grid-cols-[14rem_1fr]">
          <SearchFacets facets={result.facets} request={request} />
          <section aria-labelledby="search-summary">
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 pb-2">
              <h2 id="search-summary" aria-live="polite" className="text-sm text-gray-600">
                {request.q ? <>“{result.showingCorrected ? result.correctedQuery : request.q}”</> : "筛选结果"}：{result.totalIsApproximate ? "超过" : "共"} <strong>{result.total}</strong> 条结果
              </h2>
              <p className="flex gap-3 text-sm">
                <span className="text-gray-500">排序：</span>
                {(["relevance", "date"] as const).map((option) =>
                  option === sort ? (
                    <span key={option} aria-current="true" className="font-semibold text-brand-700">
                      {option === "relevance" ? "相关度" : "发布日期"}
                    </span>
                  ) : (
                    <Link key={option} href={searchHref(request, { sort: option })} className="text-gray-700 hover:underline">
                      {option === "relevance" ? "相关度" : "发布日期"}
                    </Link>
                  ),
                )}
              </p>
            </div>
            <SearchCorrection request={request} result={result} />
            {result.zone && result.page === 1 ? (
              <section aria-label="您要找的开发区" className="mt-4">
                <ZoneCard zone={result.zone} />
              </section>
            ) : null}
            {result.hits.length ? (
              <SearchResults hits={result.hits} offset={(result.page - 1) * result.pageSize} />
            ) : (
              <p className="mt-4 text-gray-600">没有找到相关内容。可以换个说法，或减少筛选条件；也可以用拼音或首字母搜索，例如 xiqing、xq。</p>
            )}
            <SearchPagination request={request} total={result.total} pageSize={result.pageSize} />
          </section>
        </div>
      ) : !problem ? (
        <p className="mt-4 text-sm text-gray-600">
          可搜索资讯、政府工作报告、政策文件（含文号）、工作简报和开发区名录；支持繁体、简称（如“经开区”“SIP”“泰达”）和拼音。
        </p>
      ) : null}
    </div>
  );
}
