import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { BULLETIN_FEED, feedAlternates } from "@/lib/content/feeds";
import { listBulletinArchive } from "@/lib/bulletins/queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { formatChineseDate, formatIsoDay } from "@/lib/content/dates";
import { getPreferences } from "@/lib/i18n/preferences";

export const metadata: Metadata = {
  title: "工作简报",
  alternates: { canonical: "/bulletins", types: feedAlternates(BULLETIN_FEED) },
};

export default async function BulletinArchivePage() {
  const [{ t }, years] = await Promise.all([getPreferences(), listBulletinArchive()]);
  return (
    <div>
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { text: t.nav.bulletins }]} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-800">工作简报</h1>
        <a href="/feeds/bulletins.rss" className="text-sm text-brand-700 underline">
          RSS
        </a>
      </div>
      {years.length ? (
        <nav aria-label={t.archive} className="mb-4 flex flex-wrap gap-2 text-sm">
          {years.map(({ year, issues }) => (
            <a key={year} href={`#year-${year}`} className="rounded border border-gray-300 bg-white px-2 py-0.5 hover:border-brand-600">
              {year}年（{t.issues(issues.length)}）
            </a>
          ))}
        </nav>
      ) : (
        <p className="text-gray-700">{t.noBulletin}</p>
      )}
      {years.map(({ year, issues }) => (
        <section key={year} id={`year-${year}`} aria-labelledby={`year-${year}-heading`} className="mb-6 scroll-mt-4 rounded-md border border-gray-200 bg-white p-4 shadow-sm">
          <h2 id={`year-${year}-heading`} className="mb-2 border-b-2 border-brand-600 pb-1 text-lg font-bold text-brand-800">
            {year}年
          </h2>
          <ul className="divide-y divide-gray-100">
            {issues.map((issue) => (
              <li key={issue.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <Link href={bulletinPath(issue.slug)} className="hover:text-brand-600 hover:underline">
                  {issue.title} {issueLabel(issue.issueNumber, issue.totalIssueNumber)}
                </Link>
                <span className="text-sm text-gray-700">
                  {issue.publisher} · <time dateTime={formatIsoDay(issue.issueDate)}>{formatChineseDate(issue.issueDate)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
