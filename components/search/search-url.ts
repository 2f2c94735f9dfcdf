import type { SearchRequest } from "@/lib/search/types";

/**
 * The search page's state lives in its URL. Changing a filter or the sort goes back to page 1;
 * empty values are left out so URLs stay short and shareable.
 */
export function searchHref(state: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const next: SearchRequest = { ...state, ...changes };
  if (!("page" in changes)) next.page = 1;
  // A new query is corrected again unless asked otherwise.
  if ("q" in changes && !("exact" in changes)) next.exact = undefined;
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ["q", next.q],
    ["kind", next.kind],
    ["region", next.region],
    ["zone", next.zone],
    ["year", next.year],
    ["sort", next.sort === "relevance" ? undefined : next.sort],
    ["page", next.page && next.page > 1 ? next.page : undefined],
    ["exact", next.exact ? 1 : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== "") params.set(key, String(value));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
