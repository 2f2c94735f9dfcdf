import { describe, expect, it } from "vitest";
import { compareIndicators, filterDirectory, groupIndicators, parseDirectoryFilters } from "@/lib/content/zone-directory";

const zone = (slug: string, province: string, level: string, industries: string[], approvedAt: string | null = null) => ({
  slug,
  name: slug,
  province,
  level,
  industries,
  approvedAt: approvedAt ? new Date(approvedAt) : null,
});

const zones = [
  zone("天津经开区", "天津市", "national_etdz", ["汽车", "生物医药"], "1984-12-06"),
  zone("西青经开区", "天津市", "national_etdz", ["汽车"], "2010-12-30"),
  zone("苏州工业园区", "江苏省", "national_other", ["电子信息", "生物医药"], "1994-02-26"),
  zone("合肥高新区", "安徽省", "national_hitech", ["人工智能"]),
];

describe("zone directory facets", () => {
  it("counts each facet under the other active filters", () => {
    const { results, facets } = filterDirectory(zones, parseDirectoryFilters({ province: "天津市" }));
    expect(results.map((z) => z.slug).sort()).toEqual(["天津经开区", "西青经开区"].sort());
    // the province facet ignores the province filter itself, so every province still shows its count
    expect(facets.province).toEqual([
      { value: "天津市", count: 2 },
      { value: "安徽省", count: 1 },
      { value: "江苏省", count: 1 },
    ]);
    expect(facets.industry).toEqual([
      { value: "汽车", count: 2 },
      { value: "生物医药", count: 1 },
    ]);
    expect(facets.level).toEqual([{ value: "national_etdz", count: 2 }]);
  });

  it("combines filters and sorts by approval date, undated last", () => {
    const byIndustry = filterDirectory(zones, parseDirectoryFilters({ industry: "生物医药", sort: "approved" }));
    expect(byIndustry.results.map((z) => z.slug)).toEqual(["天津经开区", "苏州工业园区"]);
    const all = filterDirectory(zones, parseDirectoryFilters({ sort: "approved" }));
    expect(all.results.map((z) => z.slug).at(-1)).toBe("合肥高新区");
    expect(parseDirectoryFilters({ sort: "bogus" }).sort).toBe("name");
  });

  it("counts zones per province for the overview, following the other filters", () => {
    const all = filterDirectory(zones, parseDirectoryFilters({})).facets.province;
    expect(all[0]).toEqual({ value: "天津市", count: 2 });
    expect(all.reduce((sum, row) => sum + row.count, 0)).toBe(4);
    expect(filterDirectory(zones, parseDirectoryFilters({ level: "national_hitech" })).facets.province).toEqual([{ value: "安徽省", count: 1 }]);
  });

  it("filters by the catalogue's type with counts, and sorts by area, largest first and unknown last", () => {
    const typed = [
      { ...zones[0], type: "etdz", areaKm2: 33 },
      { ...zones[1], type: "etdz", areaKm2: 150 },
      { ...zones[2], type: null, areaKm2: null },
      { ...zones[3], type: "hitech", areaKm2: 12.5 },
    ];
    const { results, facets } = filterDirectory(typed, parseDirectoryFilters({ type: "etdz", sort: "area" }));
    expect(results.map((z) => z.slug)).toEqual(["西青经开区", "天津经开区"]);
    expect(facets.type).toEqual([{ value: "etdz", count: 2 }, { value: "hitech", count: 1 }]);
    expect(filterDirectory(typed, parseDirectoryFilters({ sort: "area" })).results.map((z) => z.slug)).toEqual(["西青经开区", "天津经开区", "合肥高新区", "苏州工业园区"]);
  });
});

describe("indicators", () => {
  const row = (metric: string, year: number, value: number) => ({ metric, year, value, unit: "亿元", sourceTitle: `${year}年统计公报`, sourceDate: null });

  it("groups by metric with years ascending", () => {
    const groups = groupIndicators([row("地区生产总值", 2024, 3), row("地区生产总值", 2022, 1), row("实际使用外资", 2023, 2)]);
    expect(groups.map((g) => g.metric)).toEqual(["地区生产总值", "实际使用外资"]);
    expect(groups[0].points.map((p) => p.year)).toEqual([2022, 2024]);
  });

  it("compares each zone's latest figure per metric and leaves gaps empty", () => {
    const rows = compareIndicators([
      { slug: "a", indicators: [row("地区生产总值", 2022, 1), row("地区生产总值", 2024, 3)] },
      { slug: "b", indicators: [row("实际使用外资", 2023, 2)] },
    ]);
    expect(rows.map((r) => r.metric)).toEqual(["地区生产总值", "实际使用外资"]);
    expect(rows[0].figures[0]).toMatchObject({ year: 2024, value: 3, sourceTitle: "2024年统计公报" });
    expect(rows[0].figures[1]).toBeNull();
  });
});
