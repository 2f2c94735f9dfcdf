import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdjacentNav } from "@/components/articles/adjacent-nav";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleTools } from "@/components/articles/article-tools";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { JsonLd } from "@/components/ui/json-ld";
import { BULLETIN_FEED, feedAlternates } from "@/lib/content/feeds";
import { getAdjacentBulletins, getPublishedBulletin } from "@/lib/bulletins/queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { absoluteUrl, SITE_NAME } from "@/lib/content/site";
import { newsArticleJsonLd } from "@/lib/content/structured-data";
import { getPreferences } from "@/lib/i18n/preferences";

type Params = { params: Promise<{ slug: string }> };

async function load({ params }: Params) {
  const bulletin = await getPublishedBulletin(decodeURIComponent((await params).slug));
  if (!bulletin) notFound();
  return bulletin;
}

function fullTitle(bulletin: { title: string; issueNumber: number; totalIssueNumber: number | null }) {
  return `${bulletin.title} ${issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}`;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const bulletin = await load(props);
  const description = `${bulletin.publisher} ${formatChineseDate(bulletin.issueDate)}：${bulletin.sections.flatMap((section) => section.items.map((item) => item.title)).slice(0, 4).join("；")}`;
  return {
    title: fullTitle(bulletin),
    description,
    alternates: { canonical: bulletinPath(bulletin.slug), types: feedAlternates(BULLETIN_FEED) },
    openGraph: { type: "article", title: fullTitle(bulletin), description, url: bulletinPath(bulletin.slug), publishedTime: bulletin.issueDate.toISOString() },
  };
}

export default async function BulletinPage(props: Params) {
  const bulletin = await load(props);
  const [{ t }, adjacent] = await Promise.all([getPreferences(), getAdjacentBulletins(bulletin.id)]);
  const url = absoluteUrl(bulletinPath(bulletin.slug));
  const neighbour = (item: typeof adjacent.previous) => (item ? { href: bulletinPath(item.slug), title: fullTitle(item) } : null);
  return (
    <article className="bulletin mx-auto max-w-3xl bg-white p-6 shadow-sm sm:p-10 print:max-w-none print:p-0 print:shadow-none">
      <JsonLd
        data={newsArticleJsonLd({
          url,
          title: fullTitle(bulletin),
          description: bulletin.publisher,
          publishedAt: bulletin.issueDate,
          updatedAt: bulletin.updatedAt,
          source: bulletin.publisher,
          siteName: SITE_NAME,
          siteUrl: absoluteUrl("/"),
        })}
      />
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { href: "/bulletins", text: t.nav.bulletins }, { text: issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber) }]} />
      <header className="border-b-4 border-double border-accent-600 pb-4 text-center">
        <h1 className="font-serif text-4xl font-bold tracking-[0.3em] text-accent-600">
          {bulletin.title}
          <span className="sr-only"> {issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}</span>
        </h1>
        <p className="mt-3 text-lg" aria-hidden="true">
          {issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}
        </p>
        <p className="mt-2 flex justify-between text-sm">
          <span>{bulletin.publisher}</span>
          <time dateTime={formatIsoDay(bulletin.issueDate)}>{formatChineseDate(bulletin.issueDate)}</time>
        </p>
      </header>
      <div className="no-print mt-3 flex justify-end text-sm">
        <ArticleTools url={url} printLabel={t.print} copyLabel={t.copy} />
      </div>
      <nav aria-labelledby="bulletin-toc" className="my-6 rounded bg-gray-50 p-4 print:break-after-page">
        <h2 id="bulletin-toc" className="font-semibold">
          {t.contents}
        </h2>
        {bulletin.sections.map((section) => (
          <div key={section.id} className="mt-2">
            <p className="font-medium">{section.title}</p>
            <ol className="ml-6 list-decimal text-sm">
              {section.items.map((item) => (
                <li key={item.id}>
                  <a href={`#${item.anchor}`} className="hover:underline">
                    {item.title}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </nav>
      {bulletin.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`} className="my-6 text-center text-xl font-bold">
            〈 {section.title} 〉
          </h2>
          {section.items.map((item) => (
            <section key={item.id} id={item.anchor} aria-labelledby={`${item.anchor}-title`} className="mb-8 scroll-mt-4 print:break-inside-avoid-page">
              <h3 id={`${item.anchor}-title`} className="group mb-3 text-center text-lg font-bold">
                {item.title}
                <a href={`#${item.anchor}`} className="no-print ml-2 text-sm font-normal text-brand-700 opacity-70 hover:opacity-100">
                  #<span className="sr-only">本条链接</span>
                </a>
              </h3>
              <ArticleBody blocks={item.blocks} idPrefix={item.anchor} headingStart={4} />
              {item.source ? <p className="text-right text-sm text-gray-700">（来源：{item.source}）</p> : null}
            </section>
          ))}
        </section>
      ))}
      {bulletin.distribution.length ? (
        <footer className="mt-8 border-t border-gray-300 pt-3 text-sm text-gray-700">
          {bulletin.distribution.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      ) : null}
      <AdjacentNav
        previous={neighbour(adjacent.previous)}
        next={neighbour(adjacent.next)}
        labels={{ previous: t.previousIssue, next: t.nextIssue, none: t.none, nav: `${t.previousIssue} / ${t.nextIssue}` }}
      />
    </article>
  );
}
