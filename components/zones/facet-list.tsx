import Link from "next/link";
import type { FacetCount } from "@/lib/content/zone-directory";

/** One facet as links with counts; the active value links back to "all". Works without JavaScript. */
export function FacetList({ title, facets, active, hrefFor, labelFor = (value) => value, allLabel }: {
  title: string;
  facets: FacetCount[];
  active: string | undefined;
  hrefFor: (value: string | undefined) => string;
  labelFor?: (value: string) => string;
  allLabel: string;
}) {
  const itemClass = "flex justify-between gap-2 rounded px-2 py-0.5 hover:bg-brand-50";
  return (
    <section aria-label={title} className="mb-4">
      <h3 className="mb-1 font-semibold text-gray-900">{title}</h3>
      <ul className="text-sm">
        <li>
          <Link href={hrefFor(undefined)} aria-current={active ? undefined : "true"} className={`${itemClass} ${active ? "" : "font-semibold text-brand-800"}`}>
            {allLabel}
          </Link>
        </li>
        {facets.map((facet) => (
          <li key={facet.value}>
            <Link href={hrefFor(facet.value)} aria-current={active === facet.value ? "true" : undefined} className={`${itemClass} ${active === facet.value ? "bg-brand-50 font-semibold text-brand-800" : ""}`}>
              <span>{labelFor(facet.value)}</span>
              <span className="tabular-nums text-gray-700">{facet.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
