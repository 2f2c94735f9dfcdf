import { z } from "zod";
import type { SearchParams } from "@/lib/content/listing";

/**
 * The zone directory's faceted filtering, pure: each facet counts the zones that match every *other*
 * active filter, so a visitor sees how many zones a click would leave.
 */

export type DirectoryEntry = {
  slug: string;
  name: string;
  level: string;
  province: string | null;
  industries: string[];
  approvedAt: Date | null;
  /** the catalogue's group (etdz, hitech, customs, border, other) */
  type?: string | null;
  areaKm2?: number | null;
};

const value = z.string().trim().max(100).optional().catch(undefined);

export const directoryFiltersSchema = z.object({
  province: value,
  level: value,
  industry: value,
  type: value,
  sort: z.enum(["name", "approved", "area"]).catch("name").default("name"),
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

export function parseDirectoryFilters(params: SearchParams): DirectoryFilters {
  const first = (key: string) => {
    const raw = params[key];
    const item = Array.isArray(raw) ? raw[0] : raw;
    return item || undefined;
  };
  return directoryFiltersSchema.parse({ province: first("province"), level: first("level"), industry: first("industry"), type: first("type"), sort: first("sort") });
}

type FacetKey = "province" | "level" | "industry" | "type";

function matches(zone: DirectoryEntry, filters: DirectoryFilters, except?: FacetKey): boolean {
  if (except !== "province" && filters.province && zone.province !== filters.province) return false;
  if (except !== "level" && filters.level && zone.level !== filters.level) return false;
  if (except !== "industry" && filters.industry && !zone.industries.includes(filters.industry)) return false;
  if (except !== "type" && filters.type && zone.type !== filters.type) return false;
  return true;
}

export type FacetCount = { value: string; count: number };

function countBy(zones: DirectoryEntry[], valuesOf: (zone: DirectoryEntry) => string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const zone of zones) for (const item of new Set(valuesOf(zone))) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()]
    .map(([item, count]) => ({ value: item, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

const collator = new Intl.Collator("zh-CN");

export function filterDirectory<Z extends DirectoryEntry>(zones: Z[], filters: DirectoryFilters) {
  const results = zones.filter((zone) => matches(zone, filters));
  const byName = (a: Z, b: Z) => collator.compare(a.name, b.name);
  results.sort(
    filters.sort === "approved"
      ? (a, b) => (a.approvedAt?.getTime() ?? Infinity) - (b.approvedAt?.getTime() ?? Infinity) || byName(a, b)
      : filters.sort === "area"
        ? // largest first; zones without a published area last
          (a, b) => (b.areaKm2 ?? -Infinity) - (a.areaKm2 ?? -Infinity) || byName(a, b)
        : byName,
  );
  return {
    results,
    facets: {
      province: countBy(zones.filter((zone) => matches(zone, filters, "province")), (zone) => (zone.province ? [zone.province] : [])),
      level: countBy(zones.filter((zone) => matches(zone, filters, "level")), (zone) => [zone.level]),
      industry: countBy(zones.filter((zone) => matches(zone, filters, "industry")), (zone) => zone.industries),
      type: countBy(zones.filter((zone) => matches(zone, filters, "type")), (zone) => (zone.type ? [zone.type] : [])),
    },
  };
}

export type IndicatorRow = { metric: string; year: number; value: number; unit: string; sourceTitle: string; sourceUrl?: string | null; sourceDate: Date | null };

/** Indicators by metric, years ascending: one chart per metric. */
export function groupIndicators(indicators: IndicatorRow[]): { metric: string; unit: string; points: IndicatorRow[] }[] {
  const groups = new Map<string, IndicatorRow[]>();
  for (const row of indicators) groups.set(row.metric, [...(groups.get(row.metric) ?? []), row]);
  return [...groups.entries()].map(([metric, rows]) => {
    const points = [...rows].sort((a, b) => a.year - b.year);
    return { metric, unit: points[points.length - 1].unit, points };
  });
}

/** For the comparison: each metric any zone has, with every zone's latest figure (or null). */
export function compareIndicators<R extends IndicatorRow>(zones: { slug: string; indicators: R[] }[]) {
  const metrics = [...new Set(zones.flatMap((zone) => zone.indicators.map((row) => row.metric)))].sort(collator.compare);
  return metrics.map((metric) => ({
    metric,
    figures: zones.map((zone) => {
      const rows = zone.indicators.filter((row) => row.metric === metric).sort((a, b) => b.year - a.year);
      return rows[0] ?? null;
    }),
  }));
}
