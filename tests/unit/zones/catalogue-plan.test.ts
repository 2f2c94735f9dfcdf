import { describe, expect, it } from "vitest";
import { chinaDate } from "@/lib/content/dates";
import type { CatalogueEntry } from "@/lib/zones/catalogue/parse";
import { planCatalogueImport, planSummary, type KnownZone } from "@/lib/zones/catalogue/plan";

function zone(overrides: Partial<KnownZone> & { id: string; name: string }): KnownZone {
  return {
    shortName: null, aliases: [], level: "provincial", type: null, province: null, city: null, approvedAt: null, areaKm2: null, industries: [],
    catalogueSource: null, catalogueSourceUrl: null, catalogueYear: null, ...overrides,
  };
}

function entry(overrides: Partial<CatalogueEntry> & { name: string }): CatalogueEntry {
  return { level: "national_etdz", type: "etdz", province: "江苏省", city: null, approvedAt: "1992-05", areaHectares: 1250, industries: ["汽车"], origin: "摘录 第 1 行", ...overrides };
}

const source = { title: "蓝江省开发区目录（示例）", url: "https://example.cn/catalogue", year: 2018 };

describe("planCatalogueImport", () => {
  it("matches a full name to the zone known by its short name or alias, and lists each changed field", () => {
    const known = [zone({ id: "z1", name: "蓝江经开区", shortName: "蓝江经开区", province: "江苏省", level: "national_etdz", approvedAt: chinaDate("1992-05-18"), industries: ["汽车"] })];
    const plan = planCatalogueImport([entry({ name: "蓝江经济技术开发区" })], known, source);
    expect(plan.create).toEqual([]);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0].id).toBe("z1");
    // the stored day inside the catalogue's month is kept: 批准时间 is not a change
    expect(plan.update[0].changes.map((change) => change.field)).toEqual(["type", "areaHectares", "source"]);
    expect(plan.update[0].changes[1]).toEqual({ field: "areaHectares", from: null, to: 1250 });
  });

  it("leaves a zone that already says what the catalogue says unchanged", () => {
    const known = [
      zone({ id: "z1", name: "蓝江经济技术开发区", level: "national_etdz", type: "etdz", province: "江苏省", approvedAt: chinaDate("1992-05-01"), areaKm2: 12.5, industries: ["汽车"], catalogueSource: source.title, catalogueSourceUrl: source.url, catalogueYear: 2018 }),
    ];
    const plan = planCatalogueImport([entry({ name: "蓝江经济技术开发区" })], known, source);
    expect(plan).toMatchObject({ create: [], update: [], unchanged: 1, ambiguous: [] });
  });

  it("asks when two zones could be meant, and keeps provinces apart", () => {
    const known = [zone({ id: "a", name: "蓝江经开区", province: "江苏省" }), zone({ id: "b", name: "蓝江经济开发区", province: "江苏省" }), zone({ id: "c", name: "青岚高新区", province: "浙江省" })];
    const plan = planCatalogueImport([entry({ name: "蓝江经济技术开发区" }), entry({ name: "青岚高新技术产业开发区", type: "hitech", province: "江苏省" })], known);
    expect(plan.ambiguous.map((item) => item.candidates.map((candidate) => candidate.id))).toEqual([["a", "b"]]);
    expect(plan.create.map((item) => item.name)).toEqual(["青岚高新技术产业开发区"]);
  });

  it("creates a zone once when the file spells it twice", () => {
    const plan = planCatalogueImport([entry({ name: "雾山经济技术开发区" }), entry({ name: "雾山经开区" })], []);
    expect(plan.create.map((item) => item.name)).toEqual(["雾山经济技术开发区"]);
    expect(plan.repeated).toEqual(["摘录 第 1 行：雾山经开区"]);
  });

  it("summarises the plan as the dry run prints it", () => {
    const known = [zone({ id: "z1", name: "蓝江经济技术开发区" })];
    const summary = planSummary(planCatalogueImport([entry({ name: "蓝江经济技术开发区" }), entry({ name: "雾山经济开发区", level: "provincial" })], known));
    expect(Object.keys(summary)).toEqual(["create", "update", "unchanged", "ambiguous"]);
    expect(summary.create).toEqual([{ name: "雾山经济开发区", level: "provincial", type: "etdz", province: "江苏省", approvedAt: "1992-05", areaHectares: 1250, industries: ["汽车"] }]);
    expect(summary.update[0]).toMatchObject({ name: "蓝江经济技术开发区", level: "national_etdz", approvedAt: "1992-05" });
  });
});
