import Link from "next/link";
import { SEARCH_KIND_LABELS, type FacetValue, type SearchFacets, type SearchKind, type SearchRequest } from "@/lib/search/types";
import { searchHref } from "./search-url";

type FacetName = "kind" | "region" | "zone" | "year";

const FACETS: { name: FacetName; label: string; display: (value: string) => string }[] = [
  { name: "kind", label: "类型", display: (value) => SEARCH_KIND_LABELS[value as SearchKind] ?? value },
  { name: "region", label: "地区", display: (value) => value },
  { name: "zone", label: "开发区", display: (value) => value },
  { name: "year", label: "年份", display: (value) => `${value}年` },
];

/** Facet lists with counts; each value is a link, so filtering works without JavaScript. */
export function SearchFacets({ facets, request }: { facets: SearchFacets; request: SearchRequest }) {
  return (
    <nav aria-label="筛选搜索结果" className="space-y-5 text-sm">
      {FACETS.map(({ name, label, display }) => {
        const values: FacetValue[] = facets[name];
        const selected = request[name] === undefined ? undefined : String(request[name]);
        if (!values.length && selected === undefined) return null;
        return (
          <section key={name} aria-labelledby={`facet-${name}`}>
            <h2 id={`facet-${name}`} className="mb-1 font-semibold text-gray-800">
              {label}
            </h2>
            <ul className="space-y-0.5">
              <li>
                <FacetLink href={searchHref(request, { [name]: undefined })} current={selected === undefined}>
                  全部
                </FacetLink>
              </li>
              {values.map((facet) => (
                <li key={facet.value}>
                  <FacetLink
                    href={searchHref(request, { [name]: name === "year" ? Number(facet.value) : facet.value })}
                    current={selected === facet.value}
                  >
                    {display(facet.value)} <span className="text-gray-500">（{facet.count}）</span>
                  </FacetLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

function FacetLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return current ? (
    <span aria-current="true" className="inline-flex min-h-6 items-center font-semibold text-brand-700">
      {children}
    </span>
  ) : (
    <Link href={href} className="inline-flex min-h-6 items-center text-gray-700 hover:text-brand-600 hover:underline">
      {children}
    </Link>
  );
}
