import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { formatFigure } from "@/components/zones/indicator-charts";
import { formatChineseDate } from "@/lib/content/dates";
import type { SearchParams } from "@/lib/content/listing";
import { compareIndicators } from "@/lib/content/zone-directory";
import { getPreferences } from "@/lib/i18n/preferences";
import { formatApprovedAt, formatZoneArea, ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS } from "@/lib/zones/labels";
import { type ComparedZone, listDirectoryZones, listZonesForComparison } from "@/lib/zones/queries";
import { MAX_COMPARED_ZONES, ZONE_COMPARE_PATH, zoneComparePath, zoneInquiryPath, zonePath } from "@/lib/zones/routes";

export const metadata: Metadata = { title: "园区对比", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<SearchParams> };

function requestedSlugs(params: SearchParams): string[] {
  const raw = params.zone;
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((value) => value.split(","));
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))].slice(0, MAX_COMPARED_ZONES);
}

export default async function ZoneComparePage({ searchParams }: Props) {
  const slugs = requestedSlugs(await searchParams);
  const [{ t }, zones, directory] = await Promise.all([getPreferences(), listZonesForComparison(slugs), listDirectoryZones()]);
  const rows = compareIndicators(zones);
  const chosen = zones.map((zone) => zone.slug);
  const addable = directory.filter((zone) => !chosen.includes(zone.slug));
  const cell = "border border-gray-300 px-3 py-2 align-top";
  const facts: [string, (zone: ComparedZone) => string][] = [
    [t.level, (zone) => ZONE_LEVEL_LABELS[zone.level]],
    [t.zoneType, (zone) => (zone.type ? ZONE_TYPE_LABELS[zone.type] : "")],
    ["所在地", (zone) => [zone.province, zone.city].filter(Boolean).join(" ")],
    [t.approvedAt, (zone) => formatApprovedAt(zone.approvedAt)],
    [t.area, (zone) => formatZoneArea(zone.areaKm2)],
    [t.industry, (zone) => zone.industries.join("、")],
  ];
  return (
    <div>
      <Breadcrumb label={t.breadcrumb} items={[{ href: "/", text: t.nav.home }, { href: "/zones", text: t.directory }, { text: t.compareTitle }]} />
      <h1 className="mb-4 text-2xl font-bold text-brand-800">园区对比</h1>
      {zones.length < MAX_COMPARED_ZONES ? (
        <form action={ZONE_COMPARE_PATH} method="get" className="no-print mb-4 flex flex-wrap items-end gap-2 text-sm">
          {chosen.map((slug) => (
            <input key={slug} type="hidden" name="zone" value={slug} />
          ))}
          <div className="flex flex-col gap-1">
            <label htmlFor="add-zone" className="font-medium">
              添加园区（最多 {MAX_COMPARED_ZONES} 个）
            </label>
            <select id="add-zone" name="zone" className="rounded border border-gray-300 bg-white px-2 py-1.5" defaultValue="">
              <option value="" disabled>
                选择园区
              </option>
              {addable.map((zone) => (
                <option key={zone.slug} value={zone.slug}>
                  {zone.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
            添加
          </button>
        </form>
      ) : null}
      {zones.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-gray-700">
          尚未选择园区。请在<Link href="/zones" className="text-brand-700 underline">开发区名录</Link>中勾选园区后对比。
        </p>
      ) : (
        <div className="overflow-x-auto rounded-md bg-white p-2 shadow-sm">
          <table className="w-full min-w-[40rem] border-collapse text-sm">
            <caption className="sr-only">园区对比：{zones.map((zone) => zone.name).join("、")}</caption>
            <thead>
              <tr className="bg-brand-50">
                <th scope="col" className={`${cell} w-36 text-left`}>
                  项目
                </th>
                {zones.map((zone) => (
                  <th key={zone.slug} scope="col" className={`${cell} text-left`}>
                    <Link href={zonePath(zone.slug)} className="text-brand-800 underline">
                      {zone.name}
                    </Link>
                    {zones.length > 1 ? (
                      <Link href={zoneComparePath(chosen.filter((slug) => slug !== zone.slug))} className="no-print ml-2 text-xs font-normal text-gray-700 underline">
                        移除<span className="sr-only">{zone.name}</span>
                      </Link>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {facts.map(([label, valueOf]) => (
                <tr key={label}>
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {label}
                  </th>
                  {zones.map((zone) => (
                    <td key={zone.slug} className={cell}>
                      {valueOf(zone) || "—"}
                    </td>
                  ))}
                </tr>
              ))}
              {rows.map((row) => (
                <tr key={row.metric}>
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {row.metric}
                  </th>
                  {row.figures.map((figure, index) => (
                    <td key={zones[index].slug} className={cell}>
                      {figure ? (
                        <>
                          <span className="font-semibold tabular-nums">
                            {formatFigure(figure.value)} {figure.unit}
                          </span>
                          <span className="text-gray-700">（{figure.year}年）</span>
                          <span className="mt-0.5 block text-xs text-gray-700">
                            {t.figureSource}：{figure.sourceUrl ? <a href={figure.sourceUrl} className="underline">{figure.sourceTitle}</a> : figure.sourceTitle}
                            {figure.sourceDate ? `，${formatChineseDate(figure.sourceDate)}` : "，日期不详"}
                          </span>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {t.awards}
                </th>
                {zones.map((zone) => (
                  <td key={zone.slug} className={cell}>
                    {zone.awards.length ? (
                      <ul className="space-y-1">
                        {zone.awards.map((award, index) => (
                          <li key={index}>
                            {award.year}年 {award.title}
                            {award.sourceTitle ? (
                              <span className="block text-xs text-gray-700">
                                {t.figureSource}：{award.sourceTitle}
                                {award.sourceDate ? `，${formatChineseDate(award.sourceDate)}` : ""}
                              </span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "—"
                    )}
                  </td>
                ))}
              </tr>
              <tr className="no-print">
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {t.inquiry}
                </th>
                {zones.map((zone) => (
                  <td key={zone.slug} className={cell}>
                    <Link href={zoneInquiryPath(zone.slug)} className="inline-block rounded bg-accent-600 px-3 py-1 font-semibold text-white hover:bg-red-700">
                      {t.inquiry}
                      <span className="sr-only">：{zone.name}</span>
                    </Link>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
