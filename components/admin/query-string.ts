/** Next's searchParams shape. */
export type QueryValues = Record<string, string | string[] | undefined>;

/** The first value of a query parameter ("?a=1&a=2" → "1"), trimmed; undefined when absent or blank. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** A 1-based page number from the query, clamped to at least 1; garbage becomes 1. */
export function pageFromQuery(value: string | string[] | undefined): number {
  const page = Number.parseInt(firstValue(value) ?? "1", 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/** The same query with another page (page 1 drops the parameter, so canonical URLs stay short). */
export function pageHref(pathname: string, query: QueryValues, page: number): string {
  return withQuery(pathname, { ...query, page: page > 1 ? String(page) : undefined });
}

export function withQuery(pathname: string, query: QueryValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== "") params.append(key, item);
    }
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Pages to show: first, last, and two either side of the current one, with gaps between. */
export function pageWindow(current: number, total: number, radius = 2): Array<number | "gap"> {
  const pages: Array<number | "gap"> = [];
  for (let page = 1; page <= total; page += 1) {
    const isNear = Math.abs(page - current) <= radius;
    if (page === 1 || page === total || isNear) pages.push(page);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}
