import type { Metadata } from "next";
import Link from "next/link";
import { adminPaths } from "@/components/admin/admin-paths";
import { Badge, PublishStatusBadge } from "@/components/admin/badge";
import { BarChart } from "@/components/admin/bar-chart";
import { PageHeader } from "@/components/admin/page-header";
import { StatCard } from "@/components/admin/stat-card";
import { ARTICLE_KINDS, articlePath } from "@/lib/articles/routes";
import { canNow } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatChineseDate } from "@/lib/content/dates";
import { getContributionQueueCounts } from "@/lib/contributions/queries";
import { countZoneStubs, listAwaitingReview, listMostRead, listScheduled, type WorkItem } from "@/lib/dashboard/queries";
import { getInboxCounts } from "@/lib/inquiries/queries";

export const metadata: Metadata = { title: "仪表盘" };

function kindLabel(item: WorkItem): string {
  return item.kind === "bulletin" ? "工作简报" : ARTICLE_KINDS[item.kind].label;
}

function WorkList({ items, empty, dateLabel }: { items: WorkItem[]; empty: string; dateLabel: string }) {
  if (!items.length) return <p className="text-sm text-gray-500">{empty}</p>;
  return (
    <ul className="divide-y divide-gray-100 text-sm">
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`} className="flex flex-wrap items-center gap-2 py-2">
          <Badge tone="blue">{kindLabel(item)}</Badge>
          <Link href={item.type === "article" ? adminPaths.article(item.id) : adminPaths.bulletin(item.id)} className="min-w-0 flex-1 truncate text-gray-900 hover:text-brand-700 hover:underline">
            {item.title}
          </Link>
          <PublishStatusBadge status={item.status} />
          <span className="text-xs text-gray-500">
            {dateLabel} {formatChineseDate(item.at)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`panel-${title}`} className="rounded-md border border-gray-200 bg-white p-4">
      <h2 id={`panel-${title}`} className="mb-3 text-base font-semibold text-gray-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** 仪表盘: what waits for whom. Each block shows only if the user may act on it. */
export default async function DashboardPage() {
  const user = await requirePagePermission("admin.access", "/admin");
  const now = new Date();
  const seesContent = canNow(user, "content.read_drafts");
  const seesContributions = canNow(user, "contribution.review");
  const seesInquiries = canNow(user, "inquiry.manage");
  const seesZones = canNow(user, "zone.edit");
  const [review, scheduled, mostRead, contributions, inquiries, stubs] = await Promise.all([
    seesContent ? listAwaitingReview() : null,
    seesContent ? listScheduled(now) : null,
    seesContent ? listMostRead(now) : null,
    seesContributions ? getContributionQueueCounts(now) : null,
    seesInquiries ? getInboxCounts(now) : null,
    seesZones ? countZoneStubs() : null,
  ]);
  const ranking = mostRead ? (mostRead.thisWeek.length ? mostRead.thisWeek : mostRead.allTime) : [];
  return (
    <>
      <PageHeader title="仪表盘" description={`${user.name}，您好。以下是等待处理的事项。`} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {review ? <StatCard label="待审核稿件" value={review.total} href="/admin/articles?status=in_review" /> : null}
        {scheduled ? <StatCard label="已排期" value={scheduled.total} href="/admin/articles?status=scheduled" /> : null}
        {contributions ? <StatCard label="待处理投稿" value={contributions.open} href="/admin/contributions" hint={contributions.overdue ? `其中 ${contributions.overdue} 篇超过 24 小时` : undefined} /> : null}
        {inquiries ? <StatCard label="新的招商咨询" value={inquiries.fresh} href="/admin/inquiries" hint={inquiries.unassigned ? `${inquiries.unassigned} 条未分配` : undefined} /> : null}
        {stubs !== null && stubs > 0 ? <StatCard label="待完善的导入园区" value={stubs} href="/admin/zones?origin=import" /> : null}
      </div>
      {review && scheduled && mostRead ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <Panel title="等待审核">
            <WorkList items={review.items} empty="没有等待审核的稿件。" dateLabel="提交于" />
          </Panel>
          <Panel title="排期">
            <WorkList items={scheduled.items} empty="没有排期的内容。" dateLabel="时间" />
          </Panel>
          <Panel title={mostRead.thisWeek.length ? "本周阅读最多" : "阅读最多（累计）"}>
            {ranking.length ? (
              <BarChart
                label="阅读最多的文章"
                unit=" 次"
                data={ranking.map((article) => ({ label: article.title, value: article.readCount, href: articlePath(article.kind, article.slug) }))}
              />
            ) : (
              <p className="text-sm text-gray-500">暂无阅读数据。</p>
            )}
          </Panel>
        </div>
      ) : null}
    </>
  );
}
