import Link from "next/link";
import { pageHref, pageWindow, type QueryValues } from "./query-string";

/**
 * Numbered pages as links (bookmarkable, work without JavaScript), keeping the current filters.
 * `query` is the page's searchParams; `page` is 1-based.
 */
export function Pagination({ pathname, query, page, pageCount, label = "分页" }: { pathname: string; query: QueryValues; page: number; pageCount: number; label?: string }) {
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-gray-300 bg-white px-3 py-1 hover:bg-brand-50";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-1 text-sm">
      {page > 1 ? (
        <Link href={pageHref(pathname, query, page - 1)} className={linkClass} rel="prev">
          上一页
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((item, index) =>
        item === "gap" ? (
          <span key={`gap-${index}`} className="px-2 text-gray-400" aria-hidden="true">
            …
          </span>
        ) : item === page ? (
          <span key={item} aria-current="page" className="rounded border border-brand-700 bg-brand-700 px-3 py-1 text-white">
            {item}
          </span>
        ) : (
          <Link key={item} href={pageHref(pathname, query, item)} className={linkClass} aria-label={`第 ${item} 页`}>
            {item}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link href={pageHref(pathname, query, page + 1)} className={linkClass} rel="next">
          下一页
        </Link>
      ) : null}
      <span className="ml-2 text-gray-500">
        共 {pageCount} 页
      </span>
    </nav>
  );
}
