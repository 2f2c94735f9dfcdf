import Link from "next/link";
import { hrefWithQuery, pageWindow } from "@/lib/content/listing";
import type { Dictionary } from "@/lib/i18n/dictionary";

type Query = Record<string, string | number | undefined>;

/** Page numbers with 共 N 条 and 第 x / N 页; every page is a plain link carrying the filters. */
export function Pagination({ path, query, page, pageCount, total, t }: { path: string; query: Query; page: number; pageCount: number; total: number; t: Dictionary }) {
  const href = (target: number) => hrefWithQuery(path, { ...query, page: target });
  const linkClass = "min-w-9 rounded border border-gray-300 bg-white px-2.5 py-1 text-center hover:border-brand-600 hover:text-brand-700";
  return (
    <nav aria-label={t.pagination} className="no-print mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-gray-700">
        {t.totalItems(total)} · {t.pageOf(page, pageCount)}
      </p>
      {pageCount > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          {page > 1 ? (
            <li>
              <Link href={href(page - 1)} rel="prev" className={linkClass}>
                {t.previousPage}
              </Link>
            </li>
          ) : null}
          {pageWindow(page, pageCount).map((item, index) =>
            item === "gap" ? (
              <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-gray-500">
                …
              </li>
            ) : (
              <li key={item}>
                {item === page ? (
                  <span aria-current="page" className="inline-block min-w-9 rounded bg-brand-700 px-2.5 py-1 text-center font-semibold text-white">
                    {item}
                  </span>
                ) : (
                  <Link href={href(item)} className={`inline-block ${linkClass}`}>
                    {item}
                  </Link>
                )}
              </li>
            ),
          )}
          {page < pageCount ? (
            <li>
              <Link href={href(page + 1)} rel="next" className={linkClass}>
                {t.nextPage}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
