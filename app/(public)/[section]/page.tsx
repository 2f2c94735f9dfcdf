import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { type FilterField, FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { feedAlternates } from "@/lib/content/feeds";
import { SITE_NAME } from "@/lib/content/site";
import { listArticleFacets, listArticles } from "@/lib/articles/queries";
import { ARTICLE_KINDS, kindFromSegment, POLICY_VALIDITY_LABELS } from "@/lib/articles/routes";
import { hrefWithQuery, parseArticleFilters, type SearchParams } from "@/lib/content/listing";
import { getPreferences } from "@/lib/i18n/preferences";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<SearchParams> };

async function load({ params, searchParams }: Props) {
  const { section } = await params;
  const kind = kindFromSegment(section);
  if (!kind) notFound();
  return { kind, segment: section, filters: parseArticleFilters(await searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { kind, segment, filters } = await load(props);
  const { page, ...rest } = filters;
  const label = ARTICLE_KINDS[kind].label;
  return {
    title: page > 1 ? `${label}（第${page}页）` : label,
    alternates: {
      canonical: hrefWithQuery(`/${segment}`, { ...rest, page }),
      types: feedAlternates({ path: `/feeds/${segment}`, title: `${SITE_NAME} · ${label}` }),
    },
  };
}

export default async function ArticleListPage(props: Props) {
  const { kind, segment, filters } = await load(props);
  const [{ t, locale }, list, facets] = await Promise.all([getPreferences(), listArticles(kind, filters), listArticleFacets(kind)]);
  const info = ARTICLE_KINDS[kind];
  const label = locale === "en" ? info.labelEn : info.label;
  const { page: _page, ...query } = filters;
  const fields: FilterField[] = [
    { name: "region", label: t.region, value: filters.region, options: facets.regions.map((value) => ({ value, label: value })) },
    { name: "zone", label: t.zone, value: filters.zone, options: facets.zones.map((zone) => ({ value: zone.slug, label: zone.name })) },
    { name: "year", label: t.year, value: filters.year?.toString(), options: facets.years.map((year) => ({ value: String(year), label: `${year}年` })) },
  ];
  if (kind === "policy") {
    fields.push(
      { name: "issuer", label: t.issuer, value: filters.issuer, options: facets.issuers.map((value) => ({ value, label: value })) },
      {
        name: "validity",
        label: t.validity,
        value: filters.validity,
        options: Object.entries(POLICY_VALIDITY_LABELS).map(([value, text]) => ({ value, label: text })),
      },
    );
  }
  return (
    <div>
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { text: label }]} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-800">{info.label}</h1>
        <a href={`/feeds/${segment}.rss`} className="text-sm text-brand-700 underline">
          RSS
        </a>
      </div>
      <FilterForm action={`/${segment}`} fields={fields} t={t} />
      <section aria-label={info.label} className="rounded-md border border-gray-200 bg-white p-4 shadow-sm">
        <ArticleList articles={list.items} emptyText={t.empty} showMeta={kind === "policy"} />
      </section>
      <Pagination path={`/${segment}`} query={query} page={list.page} pageCount={list.pageCount} total={list.total} t={t} />
    </div>
  );
}
