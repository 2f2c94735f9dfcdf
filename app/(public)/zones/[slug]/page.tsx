import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { articlePath } from "@/lib/articles/routes";
import { formatChineseDate } from "@/lib/content/dates";
import { ZONE_LEVEL_LABELS, zonePath } from "@/lib/zones/labels";
import { getPublishedZone } from "@/lib/zones/queries";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function load({ params }: Params) {
  const zone = await getPublishedZone(decodeURIComponent((await params).slug));
  if (!zone) notFound();
  return zone;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const zone = await load(props);
  return { title: zone.name, description: zone.summary ?? undefined, alternates: { canonical: zonePath(zone.slug) } };
}

export default async function ZonePage(props: Params) {
  const zone = await load(props);
  const facts: [string, string | null][] = [
    ["级别", ZONE_LEVEL_LABELS[zone.level]],
    ["所在地", [zone.province, zone.city, zone.district].filter(Boolean).join(" ") || null],
    ["批准设立", formatChineseDate(zone.approvedAt) || null],
    ["规划面积", zone.areaKm2 ? `${zone.areaKm2} 平方公里` : null],
    ["主导产业", zone.industries.join("、") || null],
    ["别称", zone.aliases.join("、") || null],
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <article className="rounded-md bg-white p-6 shadow-sm lg:col-span-2">
        <h1 className="text-2xl font-bold">{zone.name}</h1>
        {zone.summary ? <p className="mt-2 text-gray-600">{zone.summary}</p> : null}
        <dl className="mt-4 grid grid-cols-[6rem_1fr] gap-x-4 gap-y-1 text-sm">
          {facts.map(([label, value]) =>
            value ? (
              <div key={label} className="contents">
                <dt className="text-gray-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
        <div className="mt-6">
          <ArticleBody blocks={zone.description} />
        </div>
        {zone.indicators.length ? (
          <section className="mt-6">
            <h2 className="text-lg font-bold">主要指标</h2>
            <table className="mt-2 w-full text-sm">
              <thead>
                <tr className="bg-gray-50 text-left">
                  <th className="px-2 py-1">指标</th>
                  <th className="px-2 py-1">年份</th>
                  <th className="px-2 py-1 text-right">数值</th>
                  <th className="px-2 py-1">来源</th>
                </tr>
              </thead>
              <tbody>
                {zone.indicators.map((indicator) => (
                  <tr key={indicator.id} className="border-t">
                    <td className="px-2 py-1">{indicator.metric}</td>
                    <td className="px-2 py-1">{indicator.year}</td>
                    <td className="px-2 py-1 text-right tabular-nums">
                      {indicator.value.toLocaleString("zh-CN")} {indicator.unit}
                    </td>
                    <td className="px-2 py-1 text-gray-500">{indicator.sourceTitle}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </article>
      <aside className="space-y-4">
        <Link
          href={`/inquiry?zone=${encodeURIComponent(zone.slug)}`}
          className="block rounded bg-accent-600 px-4 py-3 text-center font-semibold text-white hover:bg-red-700"
        >
          招商咨询
        </Link>
        {zone.articles.length ? (
          <section className="rounded-md bg-white p-4 shadow-sm">
            <h2 className="font-bold">相关资讯</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {zone.articles.map((article) => (
                <li key={article.slug}>
                  <Link href={articlePath(article.kind, article.slug)} className="hover:underline">
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {zone.partners.length ? (
          <section className="rounded-md bg-white p-4 shadow-sm">
            <h2 className="font-bold">合作园区</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {zone.partners.map((partner) => (
                <li key={partner.slug}>
                  <Link href={zonePath(partner.slug)} className="hover:underline">
                    {partner.name}
                  </Link>
                  <span className="text-gray-500">（{partner.relation}）</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </div>
  );
}
