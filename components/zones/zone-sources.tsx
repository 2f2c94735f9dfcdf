import { formatChineseDate } from "@/lib/content/dates";

type SourcedZone = {
  catalogueSource: string | null;
  catalogueSourceUrl: string | null;
  catalogueYear: number | null;
  indicators: Array<{ metric: string; year: number; sourceTitle: string; sourceUrl: string | null; sourceDate: Date | null }>;
};

function SourceLink({ title, url }: { title: string; url: string | null }) {
  return url ? (
    <a href={url} className="text-brand-700 underline" rel="noopener">
      {title}
    </a>
  ) : (
    <>{title}</>
  );
}

/** 数据来源: where the catalogue facts and each indicator series come from (文件 or 网址, with the year). */
export function ZoneSources({ zone, title }: { zone: SourcedZone; title: string }) {
  const series = new Map<string, { title: string; url: string | null; date: Date | null; metrics: Set<string>; years: Set<number> }>();
  for (const row of zone.indicators) {
    const key = `${row.sourceTitle}\u0000${row.sourceUrl ?? ""}`;
    const entry = series.get(key) ?? { title: row.sourceTitle, url: row.sourceUrl, date: row.sourceDate, metrics: new Set(), years: new Set() };
    entry.metrics.add(row.metric);
    entry.years.add(row.year);
    series.set(key, entry);
  }
  return (
    <section aria-labelledby="zone-sources" className="mt-6">
      <h2 id="zone-sources" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-1 text-sm text-gray-700">
        <li>
          级别、类型、批准时间、核准面积、主导产业：
          {zone.catalogueSource ? (
            <>
              <SourceLink title={zone.catalogueSource} url={zone.catalogueSourceUrl} />
              {zone.catalogueYear ? `（${zone.catalogueYear}年）` : ""}
            </>
          ) : (
            "本站编辑整理（示例），尚未与官方目录核对"
          )}
        </li>
        {[...series.values()].map((entry) => (
          <li key={`${entry.title}-${entry.url ?? ""}`}>
            {[...entry.metrics].join("、")}（{[...entry.years].sort().join("、")}年）：<SourceLink title={entry.title} url={entry.url} />
            {entry.date ? `，${formatChineseDate(entry.date)}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
