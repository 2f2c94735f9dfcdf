import { firstValue, type QueryValues } from "@/components/admin/query-string";

/** An admin list's searchParams as single strings, for the filter schemas (repeated parameters keep the first). */
export function firstValues(query: QueryValues): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [key, firstValue(value)]));
}
