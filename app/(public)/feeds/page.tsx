import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { feedAlternates } from "@/lib/content/feeds";
import { listArticleRegions } from "@/lib/articles/queries";
import { ARTICLE_KINDS } from "@/lib/articles/routes";
import { getPreferences } from "@/lib/i18n/preferences";
import { listFeaturedZones } from "@/lib/zones/queries";

export const metadata: Metadata = { title: "订阅", alternates: { canonical: "/feeds", types: feedAlternates() } };

function FeedLinks({ base, label }: { base: string; label: string }) {
  return (
    <li className="flex flex-wrap gap-3">
      <span className="min-w-40">{label}</span>
      <a href={`${base}.rss`} className="text-brand-700 underline">
        RSS<span className="sr-only">：{label}</span>
      </a>
      <a href={`${base}.atom`} className="text-brand-700 underline">
        Atom<span className="sr-only">：{label}</span>
      </a>
    </li>
  );
}

export default async function FeedsPage() {
  const [{ t }, regions, zones] = await Promise.all([getPreferences(), listArticleRegions(), listFeaturedZones(50)]);
  return (
    <div className="rounded-md bg-white p-6 shadow-sm">
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { text: t.feeds }]} />
      <h1 className="text-2xl font-bold text-brand-800">订阅（RSS / Atom）</h1>
      <h2 className="mt-6 text-lg font-semibold">按栏目</h2>
      <ul className="mt-2 space-y-1">
        {Object.values(ARTICLE_KINDS).map((kind) => (
          <FeedLinks key={kind.segment} base={`/feeds/${kind.segment}`} label={kind.label} />
        ))}
        <FeedLinks base="/feeds/bulletins" label="工作简报" />
      </ul>
      <h2 className="mt-6 text-lg font-semibold">按地区</h2>
      <ul className="mt-2 space-y-1">
        {regions.map((region) => (
          <FeedLinks key={region} base={`/feeds/region/${encodeURIComponent(region)}`} label={region} />
        ))}
      </ul>
      <h2 className="mt-6 text-lg font-semibold">按园区</h2>
      <p className="text-sm text-gray-700">
        每个园区页面都有本园区的订阅链接，见<Link href="/zones" className="underline">开发区名录</Link>。
      </p>
      <ul className="mt-2 space-y-1">
        {zones.map((zone) => (
          <FeedLinks key={zone.slug} base={`/feeds/zone/${encodeURIComponent(zone.slug)}`} label={zone.name} />
        ))}
      </ul>
    </div>
  );
}
