import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { INVESTMENT_HOTLINE } from "@/components/layout/site-header";
import { SectionCard } from "@/components/ui/section-card";
import { ZoneCard } from "@/components/zones/zone-card";
import { BULLETIN_FEED, feedAlternates } from "@/lib/content/feeds";
import { listLatestArticles, listLatestNewsByRegion } from "@/lib/articles/queries";
import { getLatestBulletin } from "@/lib/bulletins/queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { getPreferences } from "@/lib/i18n/preferences";
import { listFeaturedZones } from "@/lib/zones/queries";

export const metadata: Metadata = { alternates: { canonical: "/", types: feedAlternates(BULLETIN_FEED) } };

export default async function HomePage() {
  const [{ t }, news, byRegion, policies, reports, bulletin, zones] = await Promise.all([
    getPreferences(),
    listLatestArticles("news", 8),
    listLatestNewsByRegion(4, 5),
    listLatestArticles("policy", 6),
    listLatestArticles("report", 4),
    getLatestBulletin(),
    listFeaturedZones(6),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <h1 className="sr-only">开发区资讯门户</h1>
      <div className="space-y-6 lg:col-span-2">
        <SectionCard id="latest-news" title={t.latestNews} moreHref="/news" moreLabel={t.more}>
          <ArticleList articles={news} emptyText={t.empty} />
        </SectionCard>
        {byRegion.length ? (
          <SectionCard id="news-by-region" title={t.newsByRegion} moreHref="/news" moreLabel={t.more}>
            <div className="grid gap-4 sm:grid-cols-2">
              {byRegion.map((group) => (
                <section key={group.region} aria-labelledby={`region-${group.region}`}>
                  <h3 id={`region-${group.region}`} className="flex items-baseline justify-between font-semibold text-brand-800">
                    {group.region}
                    <Link href={`/news?region=${encodeURIComponent(group.region)}`} className="text-sm font-normal text-gray-700 hover:text-brand-600">
                      {t.more}
                      <span className="sr-only">{group.region}</span> ›
                    </Link>
                  </h3>
                  <ArticleList articles={group.articles} emptyText={t.empty} />
                </section>
              ))}
            </div>
          </SectionCard>
        ) : null}
        <SectionCard id="latest-policies" title={t.latestPolicies} moreHref="/policies" moreLabel={t.more}>
          <ArticleList articles={policies} emptyText={t.empty} showMeta />
        </SectionCard>
        <SectionCard id="latest-reports" title={t.latestReports} moreHref="/reports" moreLabel={t.more}>
          <ArticleList articles={reports} emptyText={t.empty} />
        </SectionCard>
      </div>
      <aside className="space-y-6" aria-label={t.investmentService}>
        <section aria-labelledby="investment-service" className="rounded-md bg-brand-700 p-4 text-white">
          <h2 id="investment-service" className="text-lg font-bold">
            {t.investmentService}
          </h2>
          <p className="mt-1">
            {t.hotline}：<strong className="text-xl">{INVESTMENT_HOTLINE}</strong>
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Link href="/inquiry" className="rounded bg-accent-600 px-3 py-1.5 font-semibold hover:bg-red-700">
              {t.inquiry}
            </Link>
            <Link href="/contribute" className="rounded border border-white/70 px-3 py-1.5 hover:bg-white/10">
              {t.contributeLong}
            </Link>
          </div>
        </section>
        <SectionCard id="latest-bulletin" title={t.latestBulletin} moreHref="/bulletins" moreLabel={t.more}>
          {bulletin ? (
            <div>
              <Link href={bulletinPath(bulletin.slug)} className="font-semibold hover:text-brand-600 hover:underline">
                {bulletin.title} {issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}
              </Link>
              <p className="text-sm text-gray-700">
                {bulletin.publisher} · <time dateTime={formatIsoDay(bulletin.issueDate)}>{formatChineseDate(bulletin.issueDate)}</time>
              </p>
              <ul className="mt-2 space-y-1 text-sm">
                {bulletin.sections.flatMap((section) =>
                  section.items.slice(0, 2).map((item) => (
                    <li key={item.anchor}>
                      <Link href={bulletinPath(bulletin.slug, item.anchor)} className="hover:underline">
                        {item.title}
                      </Link>
                    </li>
                  )),
                )}
              </ul>
            </div>
          ) : (
            <p className="text-gray-700">{t.noBulletin}</p>
          )}
        </SectionCard>
        <SectionCard id="featured-zones" title={t.featuredZones} moreHref="/zones" moreLabel={t.more}>
          <div className="space-y-3">
            {zones.map((zone) => (
              <ZoneCard key={zone.slug} zone={zone} />
            ))}
          </div>
        </SectionCard>
      </aside>
    </div>
  );
}
