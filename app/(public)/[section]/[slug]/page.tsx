import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdjacentNav } from "@/components/articles/adjacent-nav";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleTools } from "@/components/articles/article-tools";
import { PolicyInfoTable, PolicyValidityBanner } from "@/components/articles/policy-info";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { JsonLd } from "@/components/ui/json-ld";
import { feedAlternates } from "@/lib/content/feeds";
import { getAdjacentArticles, getPublishedArticle } from "@/lib/articles/queries";
import { ARTICLE_KINDS, articlePath, kindFromSegment } from "@/lib/articles/routes";
import { summarize } from "@/lib/content/blocks";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { getArticleReadCount } from "@/lib/content/read-count";
import { absoluteUrl, SITE_NAME } from "@/lib/content/site";
import { newsArticleJsonLd } from "@/lib/content/structured-data";
import { getPreferences } from "@/lib/i18n/preferences";
import { zonePath } from "@/lib/zones/routes";

type Params = { params: Promise<{ section: string; slug: string }> };

async function load({ params }: Params) {
  const { section, slug } = await params;
  const kind = kindFromSegment(section);
  if (!kind) notFound();
  const article = await getPublishedArticle(kind, decodeURIComponent(slug));
  if (!article) notFound();
  return article;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const article = await load(props);
  const description = article.summary ?? summarize(article.blocks);
  const canonical = articlePath(article.kind, article.slug);
  return {
    title: article.title,
    description,
    alternates: { canonical, types: feedAlternates({ path: `/feeds/${ARTICLE_KINDS[article.kind].segment}`, title: `${SITE_NAME} · ${ARTICLE_KINDS[article.kind].label}` }) },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: canonical,
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: ARTICLE_KINDS[article.kind].label,
    },
  };
}

export default async function ArticlePage(props: Params) {
  const article = await load(props);
  const [{ t }, adjacent, readCount] = await Promise.all([
    getPreferences(),
    getAdjacentArticles(article.kind, article.id, article.publishedAt),
    getArticleReadCount(article.id),
  ]);
  const info = ARTICLE_KINDS[article.kind];
  const url = absoluteUrl(articlePath(article.kind, article.slug));
  const neighbour = (item: { kind: typeof article.kind; slug: string; title: string } | null) =>
    item ? { href: articlePath(item.kind, item.slug), title: item.title } : null;
  return (
    <article className="mx-auto max-w-3xl rounded-md bg-white p-6 shadow-sm sm:p-10 print:max-w-none print:p-0 print:shadow-none">
      <JsonLd
        data={newsArticleJsonLd({
          url,
          title: article.title,
          description: article.summary ?? summarize(article.blocks),
          publishedAt: article.publishedAt,
          updatedAt: article.updatedAt,
          source: article.source,
          siteName: SITE_NAME,
          siteUrl: absoluteUrl("/"),
        })}
      />
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { href: `/${info.segment}`, text: info.label }, { text: "正文" }]} />
      <PolicyValidityBanner article={article} t={t} />
      <h1 className="text-center text-2xl font-bold leading-snug text-gray-900">{article.title}</h1>
      <p className="mt-3 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-gray-700">
        {article.source ? (
          <span>
            {t.source}：{article.source}
          </span>
        ) : null}
        {article.publishedAt ? (
          <span>
            {t.publishedAt}：<time dateTime={formatIsoDay(article.publishedAt)}>{formatChineseDate(article.publishedAt)}</time>
          </span>
        ) : null}
        <span className="no-print">
          {t.readCount}：<span data-testid="read-count">{readCount + 1}</span>
          {/* the reading is counted by this image request, after the page has rendered (see app/(public)/views) */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a counting beacon, not content */}
          <img src={`/views/${article.id}`} alt="" width={1} height={1} className="absolute size-px opacity-0" />
        </span>
      </p>
      <div className="no-print mt-3 flex flex-wrap items-center justify-center gap-3 text-sm">
        <span>
          {t.share}：
          <a href={url} className="break-all text-brand-700 underline">
            {url}
          </a>
        </span>
        <ArticleTools url={url} printLabel={t.print} copyLabel={t.copy} />
      </div>
      {article.kind === "policy" ? <PolicyInfoTable article={article} t={t} /> : null}
      <div className="mt-6">
        <ArticleBody blocks={article.blocks} />
      </div>
      {article.sourceUrl && /^https?:\/\//i.test(article.sourceUrl) ? (
        <p className="mt-6 text-sm text-gray-700">
          {t.originalLink}：
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">
            {article.sourceUrl}
          </a>
        </p>
      ) : null}
      {article.zones.length ? (
        <aside aria-labelledby="related-zones" className="no-print mt-8 border-t border-gray-200 pt-4 text-sm">
          <h2 id="related-zones" className="font-semibold">
            {t.relatedZones}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {article.zones.map((zone) => (
              <li key={zone.slug}>
                <Link href={zonePath(zone.slug)} className="inline-block rounded bg-brand-50 px-2 py-0.5 text-brand-800 hover:underline">
                  {zone.name}
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      <AdjacentNav
        previous={neighbour(adjacent.previous)}
        next={neighbour(adjacent.next)}
        labels={{ previous: t.previousArticle, next: t.nextArticle, none: t.none, nav: `${t.previousArticle} / ${t.nextArticle}` }}
      />
    </article>
  );
}
