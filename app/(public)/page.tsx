import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { INVESTMENT_HOTLINE } from "@/components/layout/site-header";
import { SectionCard } from "@/components/ui/section-card";
import { ZoneCard } from "@/components/zones/zone-card";
import { listLatestArticles } from "@/lib/articles/queries";
import { getLatestBulletin } from "@/lib/bulletins/queries";
import { bulletinPath, issueLabel } from "@/lib/bulletins/routes";
import { formatChineseDate } from "@/lib/content/dates";
import { listFeaturedZones } from "@/lib/zones/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [news, policies, reports, bulletin, zones] = await Promise.all([
    listLatestArticles("news", 10),
    listLatestArticles("policy", 6),
    listLatestArticles("report", 4),
    getLatestBulletin(),
    listFeaturedZones(6),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <SectionCard title="最新资讯" moreHref="/news">
          <ArticleList articles={news} />
        </SectionCard>
        <SectionCard title="政策文件" moreHref="/policies">
          <ArticleList articles={policies} />
        </SectionCard>
        <SectionCard title="政府工作报告" moreHref="/reports">
          <ArticleList articles={reports} />
        </SectionCard>
      </div>
      <aside className="space-y-6">
        <SectionCard title="工作简报" moreHref="/bulletins">
          {bulletin ? (
            <div>
              <Link href={bulletinPath(bulletin.slug)} className="font-semibold hover:text-brand-600 hover:underline">
                {bulletin.title} {issueLabel(bulletin.issueNumber, bulletin.totalIssueNumber)}
              </Link>
              <p className="text-sm text-gray-500">
                {bulletin.publisher} · {formatChineseDate(bulletin.issueDate)}
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
            <p className="text-gray-500">暂无简报</p>
          )}
        </SectionCard>
        <section className="rounded-md bg-brand-700 p-4 text-white">
          <h2 className="text-lg font-bold">招商服务</h2>
          <p className="mt-1">
            招商热线：<strong>{INVESTMENT_HOTLINE}</strong>
          </p>
          <div className="mt-3 flex gap-3">
            <Link href="/inquiry" className="rounded bg-accent-600 px-3 py-1.5 font-semibold">招商咨询</Link>
            <Link href="/contribute" className="rounded border border-white/60 px-3 py-1.5">我要投稿</Link>
          </div>
        </section>
        <SectionCard title="重点园区" moreHref="/zones">
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
