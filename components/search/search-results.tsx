import Link from "next/link";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { SEARCH_KIND_LABELS, type SearchHit } from "@/lib/search/types";
import { HighlightedText } from "./highlighted-text";

/** One result per hit: kind, highlighted title, where it sits (a bulletin item's issue), date and snippet. */
export function SearchResults({ hits, offset }: { hits: SearchHit[]; offset: number }) {
  return (
    <ol start={offset + 1} className="divide-y divide-gray-100">
      {hits.map((hit) => (
        <li key={hit.id} className="py-4">
          <p className="text-xs text-gray-500">
            <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-brand-700">{SEARCH_KIND_LABELS[hit.kind]}</span>
            {hit.parentTitle ? <span className="mr-2">{hit.parentTitle}</span> : null}
            {hit.region ? <span className="mr-2">{hit.region}</span> : null}
            {hit.docNumber ? <span className="mr-2">{hit.docNumber}</span> : null}
            {hit.publishedAt ? <time dateTime={formatIsoDay(hit.publishedAt)}>{formatChineseDate(hit.publishedAt)}</time> : null}
          </p>
          <h3 className="mt-1 text-lg font-semibold leading-snug">
            <Link href={hit.url} className="text-brand-800 hover:text-brand-600 hover:underline">
              <HighlightedText parts={hit.titleParts} />
            </Link>
          </h3>
          {hit.snippet ? (
            <p className="mt-1 text-sm leading-relaxed text-gray-700">
              <HighlightedText parts={hit.snippetParts} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
