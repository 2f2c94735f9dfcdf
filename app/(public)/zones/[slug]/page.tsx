import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { JsonLd } from "@/components/ui/json-ld";
import { IndicatorCharts } from "@/components/zones/indicator-charts";
import { ZoneSources } from "@/components/zones/zone-sources";
import { feedAlternates } from "@/lib/content/feeds";
import { articlePath } from "@/lib/articles/routes";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { absoluteUrl, SITE_NAME } from "@/lib/content/site";
import { zoneJsonLd } from "@/lib/content/structured-data";
import { getPreferences } from "@/lib/i18n/preferences";
import { formatApprovedAt, formatZoneArea, ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS, zonePlace } from "@/lib/zones/labels";
import { getMergedZoneTarget, getPublishedZone } from "@/lib/zones/queries";
import { zoneComparePath, zoneInquiryPath, zonePath } from "@/lib/zones/routes";

type Params = { params: Promise<{ slug: string }> };

async function load({ params }: Params) {
  const slug = decodeURIComponent((await params).slug);
  const zone = await getPublishedZone(slug);
  if (zone) return zone;
  const target = await getMergedZoneTarget(slug);
  if (target) permanentRedirect(zonePath(target));
  notFound();
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const zone = await load(props);
  const description = zone.summary ?? `${zone.name}：${ZONE_LEVEL_LABELS[zone.level]}，位于${zonePlace(zone).replace(" ", "")}。`;
  return {
    title: zone.name,
    description,
    alternates: { canonical: zonePath(zone.slug), types: feedAlternates({ path: `/feeds/zone/${zone.slug}`, title: `${SITE_NAME} · ${zone.name}` }) },
    openGraph: { type: "website", title: zone.name, description, url: zonePath(zone.slug) },
  };
}

export default async function ZonePage(props: Params) {
  const zone = await load(props);
  const { t } = await getPreferences();
  const facts: [string, string | null][] = [
    [t.level, ZONE_LEVEL_LABELS[zone.level]],
    [t.zoneType, zone.type ? ZONE_TYPE_LABELS[zone.type] : null],
    ["所在地", [zone.province, zone.city, zone.district].filter(Boolean).join(" ") || null],
    [t.approvedAt, formatApprovedAt(zone.approvedAt) || null],
    [t.area, formatZoneArea(zone.areaKm2) || null],
    [t.industry, zone.industries.join("、") || null],
    ["别称", [zone.shortName, ...zone.aliases].filter(Boolean).join("、") || null],
    ["网站", zone.website],
  ];
  return (
    <div>
      <JsonLd
        data={zoneJsonLd({
          url: absoluteUrl(zonePath(zone.slug)),
          name: zone.name,
          alternateName: [zone.shortName, ...zone.aliases].filter((name): name is string => Boolean(name)),
          description: zone.summary,
          province: zone.province,
          city: zone.city,
          district: zone.district,
          approvedAt: zone.approvedAt,
          website: zone.website,
          contacts: zone.contacts,
        })}
      />
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { href: "/zones", text: t.directory }, { text: zone.name }]} />
      <div className="grid gap-6 lg:grid-cols-3">
        <article className="rounded-md bg-white p-6 shadow-sm lg:col-span-2">
          <h1 className="text-2xl font-bold">{zone.name}</h1>
          {zone.summary ? <p className="mt-2 text-gray-700">{zone.summary}</p> : null}
          <dl className="mt-4 grid grid-cols-[6rem_1fr] gap-x-4 gap-y-1 text-sm">
            {facts.map(([label, value]) =>
              value ? (
                <div key={label} className="contents">
                  <dt className="text-gray-700">{label}</dt>
                  <dd>{label === "网站" ? <a href={value} className="text-brand-700 underline">{value}</a> : value}</dd>
                </div>
              ) : null,
            )}
          </dl>
          <div className="mt-6">
            <ArticleBody blocks={zone.description} />
          </div>
          {zone.awards.length ? (
            <section aria-labelledby="zone-awards" className="mt-6">
              <h2 id="zone-awards" className="text-lg font-bold">
                {t.awards}
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {zone.awards.map((award) => (
                  <li key={award.id}>
                    <span className="font-medium">{award.year}年</span> {award.title}
                    {award.rank ? `（第${award.rank}名）` : ""}
                    <span className="text-gray-700">
                      {" "}
                      — {t.figureSource}：{award.sourceUrl ? <a href={award.sourceUrl} className="underline">{award.sourceTitle ?? award.issuer}</a> : (award.sourceTitle ?? award.issuer ?? "—")}
                      {award.sourceDate ? `，${formatChineseDate(award.sourceDate)}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {zone.indicators.length ? (
            <section aria-labelledby="zone-indicators" className="mt-6">
              <h2 id="zone-indicators" className="text-lg font-bold">
                {t.indicators}
              </h2>
              <IndicatorCharts indicators={zone.indicators} />
            </section>
          ) : null}
          <ZoneSources zone={zone} title={t.figureSource} />
        </article>
        <aside className="space-y-4">
          <Link href={zoneInquiryPath(zone.slug)} className="no-print block rounded bg-accent-600 px-4 py-3 text-center font-semibold text-white hover:bg-red-700">
            {t.inquiry}
          </Link>
          <Link href={zoneComparePath([zone.slug])} className="no-print block rounded border border-brand-700 px-4 py-2 text-center text-brand-800 hover:bg-brand-50">
            {t.compare}
          </Link>
          {zone.contacts.length ? (
            <section aria-labelledby="zone-contact" className="rounded-md bg-white p-4 shadow-sm">
              <h2 id="zone-contact" className="font-bold">
                {t.contact}
              </h2>
              {zone.contacts.map((contact, index) => (
                <dl key={`${contact.label}-${index}`} className="mt-2 text-sm">
                  <dt className="font-medium">{contact.label}</dt>
                  {contact.name ? <dd>{contact.name}</dd> : null}
                  {contact.phone ? <dd>电话：<a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} className="underline">{contact.phone}</a></dd> : null}
                  {contact.email ? <dd>邮箱：<a href={`mailto:${contact.email}`} className="underline">{contact.email}</a></dd> : null}
                  {contact.address ? <dd>地址：{contact.address}</dd> : null}
                  {contact.note ? <dd className="text-gray-700">{contact.note}</dd> : null}
                </dl>
              ))}
            </section>
          ) : null}
          <section aria-labelledby="zone-news" className="rounded-md bg-white p-4 shadow-sm">
            <h2 id="zone-news" className="font-bold">
              {t.relatedNews}
            </h2>
            {zone.articles.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {zone.articles.map((article) => (
                  <li key={article.id}>
                    <Link href={articlePath(article.kind, article.slug)} className="hover:underline">
                      {article.title}
                    </Link>
                    {article.publishedAt ? (
                      <time dateTime={formatIsoDay(article.publishedAt)} className="ml-1 text-gray-700">
                        {formatChineseDate(article.publishedAt)}
                      </time>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-gray-700">{t.empty}</p>
            )}
            <p className="mt-2 text-sm">
              <Link href={`/news?zone=${encodeURIComponent(zone.slug)}`} className="text-brand-700 underline">
                {t.more}
              </Link>
              {" · "}
              <a href={`/feeds/zone/${encodeURIComponent(zone.slug)}.rss`} className="text-brand-700 underline">
                RSS
              </a>
            </p>
          </section>
          {zone.partners.length ? (
            <section aria-labelledby="zone-partners" className="rounded-md bg-white p-4 shadow-sm">
              <h2 id="zone-partners" className="font-bold">
                {t.partners}
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {zone.partners.map((partner) => (
                  <li key={partner.slug}>
                    <Link href={zonePath(partner.slug)} className="hover:underline">
                      {partner.name}
                    </Link>
                    <span className="text-gray-700">（{partner.relation}）</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
