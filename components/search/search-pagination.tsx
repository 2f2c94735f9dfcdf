import Link from "next/link";
import { MAX_PAGE } from "@/lib/search/schema";
import type { SearchRequest } from "@/lib/search/types";
import { searchHref } from "./search-url";

/** Previous / numbered / next links around the current page (at most MAX_PAGE pages are reachable). */
export function SearchPagination({ request, total, pageSize }: { request: SearchRequest; total: number; pageSize: number }) {
  const pages = Math.min(Math.ceil(total / pageSize), MAX_PAGE);
  const page = request.page ?? 1;
  if (pages <= 1) return null;
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, index) => from + index);
  const link = "rounded border border-gray-300 px-3 py-1 hover:border-brand-600 hover:text-brand-600";
  return (
    <nav aria-label="搜索结果分页" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link className={link} href={searchHref(request, { page: page - 1 })} rel="prev">
          上一页
        </Link>
      ) : null}
      {numbers.map((number) =>
        number === page ? (
          <span key={number} aria-current="page" className="rounded bg-brand-700 px-3 py-1 text-white">
            {number}
          </span>
        ) : (
          <Link key={number} className={link} href={searchHref(request, { page: number })}>
            {number}
          </Link>
        ),
      )}
      {page < pages ? (
        <Link className={link} href={searchHref(request, { page: page + 1 })} rel="next">
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
