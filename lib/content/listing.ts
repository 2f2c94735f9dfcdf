import { z } from "zod";

/**
 * List pages carry their filters in the URL (shareable, the back button works, no JavaScript needed):
 * parsing, link building and the page-number window are pure and unit-tested here.
 */

export const PAGE_SIZE = 15;

export type SearchParams = Record<string, string | string[] | undefined>;

const text = z
  .string()
  .trim()
  .max(100)
  .transform((value) => value || undefined)
  .optional()
  .catch(undefined);

export const articleFiltersSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  region: text,
  zone: text,
  year: z.coerce.number().int().min(1949).max(2200).optional().catch(undefined),
  issuer: text,
  validity: z.enum(["valid", "amended", "repealed"]).optional().catch(undefined),
});

export type ArticleFilters = z.infer<typeof articleFiltersSchema>;

function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export function parseArticleFilters(params: SearchParams): ArticleFilters {
  return articleFiltersSchema.parse(firstValues(params));
}

type QueryValue = string | number | undefined | null | string[];

/** `/news?region=西青区&page=2` — empty values and page 1 are left out so each listing has one URL. */
export function hrefWithQuery(path: string, query: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === undefined || item === null || item === "") continue;
      if (key === "page" && Number(item) === 1) continue;
      search.append(key, String(item));
    }
  }
  const rendered = search.toString();
  return rendered ? `${path}?${rendered}` : path;
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page numbers to show around the current one: 1 … 4 5 [6] 7 8 … 573. */
export function pageWindow(current: number, total: number, radius = 2): (number | "gap")[] {
  const pages = new Set<number>([1, total]);
  for (let page = current - radius; page <= current + radius; page += 1) {
    if (page >= 1 && page <= total) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | "gap")[] = [];
  for (const [index, page] of sorted.entries()) {
    if (index > 0 && page - sorted[index - 1] > 1) result.push("gap");
    result.push(page);
  }
  return result;
}
