import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FacetList } from "@/components/zones/facet-list";
import { ProvinceChart } from "@/components/zones/province-chart";
import { ZoneCard } from "@/components/zones/zone-card";
import { feedAlternates } from "@/lib/content/feeds";
import { hrefWithQuery, type SearchParams } from "@/lib/content/listing";
import { type DirectoryFilters, filterDirectory, parseDirectoryFilters } from "@/lib/content/zone-directory";
import { getPreferences } from "@/lib/i18n/preferences";
import type { ZoneLevel, ZoneType } from "@/lib/generated/prisma/enums";
import { ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS } from "@/lib/zones/labels";
import { listDirectoryZones } from "@/lib/zones/queries";
import { MAX_COMPARED_ZONES, ZONE_COMPARE_PATH, ZONE_DIRECTORY_PATH } from "@/lib/zones/routes";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseDirectoryFilters(await searchParams);
  return {
    title: "开发区名录",
    description: "按省份、级别、类型、主导产业筛选全国开发区，按批准时间或面积排序，查看园区概况、指标与招商联系方式。",
    alternates: { canonical: hrefWithQuery(ZONE_DIRECTORY_PATH, filters.sort === "name" ? { ...filters, sort: undefined } : filters), types: feedAlternates() },
  };
}

function levelLabel(value: string): string {
  return ZONE_LEVEL_LABELS[value as ZoneLevel] ?? value;
}

function typeLabel(value: string): string {
  return ZONE_TYPE_LABELS[value as ZoneType] ?? value;
}

const SORTS = ["name", "approved", "area"] as const;

export default async function ZoneDirectoryPage({ searchParams }: Props) {
  const filters = parseDirectoryFilters(await searchParams);
  const [{ t }, zones] = await Promise.all([getPreferences(), listDirectoryZones()]);
  const { results, facets } = filterDirectory(zones, filters);
  const href = (change: Partial<DirectoryFilters>) => {
    const next = { ...filters, ...change };
    return hrefWithQuery(ZONE_DIRECTORY_PATH, { ...next, sort: next.sort === "name" ? undefined : next.sort });
  };
  return (
    <div>
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { text: t.directory }]} />
      <h1 className="mb-4 text-2xl font-bold text-brand-800">开发区名录</h1>
      <div className="grid gap-6 lg:grid-cols-4">
        <aside aria-label={t.filters} className="no-print rounded-md border border-gray-200 bg-white p-4 shadow-sm lg:col-span-1">
          <h2 className="sr-only">{t.filters}</h2>
          <FacetList title={t.province} facets={facets.province} active={filters.province} hrefFor={(value) => href({ province: value })} allLabel={t.all} />
          <FacetList title={t.level} facets={facets.level} active={filters.level} hrefFor={(value) => href({ level: value })} labelFor={levelLabel} allLabel={t.all} />
          {facets.type.length ? <FacetList title={t.zoneType} facets={facets.type} active={filters.type} hrefFor={(value) => href({ type: value })} labelFor={typeLabel} allLabel={t.all} /> : null}
          <FacetList title={t.industry} facets={facets.industry} active={filters.industry} hrefFor={(value) => href({ industry: value })} allLabel={t.all} />
        </aside>
        <div className="lg:col-span-3">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p role="status">{t.zonesFound(results.length)}</p>
            <p className="flex gap-2">
              <span>{t.sortBy}：</span>
              {SORTS.map((sort) => (
                <Link key={sort} href={href({ sort })} aria-current={filters.sort === sort ? "true" : undefined} className={filters.sort === sort ? "font-semibold text-brand-800" : "text-brand-700 underline"}>
                  {{ name: t.sortName, approved: t.sortApproved, area: t.sortArea }[sort]}
                </Link>
              ))}
            </p>
          </div>
          <form action={ZONE_COMPARE_PATH} method="get" aria-label={t.compareTitle}>
            <ul className="grid gap-3 sm:grid-cols-2">
              {results.map((zone) => (
                <li key={zone.slug}>
                  <ZoneCard
                    zone={zone}
                    headingLevel={2}
                    industryLabel={t.industry}
                    leading={<input type="checkbox" name="zone" value={zone.slug} id={`compare-${zone.slug}`} className="mt-1.5 size-4 shrink-0" aria-label={`${t.compare}：${zone.name}`} />}
                  />
                </li>
              ))}
            </ul>
            {results.length ? (
              <div className="no-print mt-4">
                <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                  {t.compareSelected}
                </button>
                <p className="mt-1 text-sm text-gray-700">勾选 2 至 {MAX_COMPARED_ZONES} 个园区后对比。</p>
              </div>
            ) : (
              <p className="text-gray-700">{t.empty}</p>
            )}
          </form>
          <section aria-labelledby="province-overview" className="mt-8 rounded-md border border-gray-200 bg-white p-4 shadow-sm">
            <h2 id="province-overview" className="text-lg font-bold text-brand-800">
              {t.provinceOverview}
            </h2>
            {/* the chart follows the other filters (level, type, industry), like the province facet */}
            <ProvinceChart counts={facets.province} title={`${filters.level || filters.type || filters.industry ? "所选" : "全国"} ${facets.province.reduce((sum, row) => sum + row.count, 0)} 个园区按省份分布`} />
          </section>
        </div>
      </div>
    </div>
  );
}
