import { describe, expect, it } from "vitest";
import { industryAffinity, scoreZone, suggestZones, type ZoneCandidate } from "@/lib/inquiries/suggest";

let id = 0;
function zone(overrides: Partial<ZoneCandidate>): ZoneCandidate {
  id += 1;
  return { id: `z${id}`, slug: `zone-${id}`, name: `园区${id}`, level: "provincial", province: "天津市", city: "天津市", industries: [], areaKm2: 30, ...overrides };
}

describe("industry affinity", () => {
  it("ranks same > contained > family > shared word > nothing", () => {
    expect(industryAffinity("汽车", "汽车")).toBe(1);
    expect(industryAffinity("新能源汽车", "汽车")).toBe(0.8);
    expect(industryAffinity("集成电路", "电子信息")).toBe(0.6);
    expect(industryAffinity("航空航天装备", "航空物流")).toBe(0.4);
    expect(industryAffinity("食品", "集成电路")).toBe(0);
  });

  it("ignores filler words and generic ones", () => {
    expect(industryAffinity("生物医药产业", "生物医药")).toBe(1);
    expect(industryAffinity("高端服务", "高端制造")).toBe(0);
  });
});

describe("zone suggestions", () => {
  const auto = zone({ name: "汽车城", industries: ["汽车零部件", "装备制造"], level: "national_etdz" });
  const pharma = zone({ name: "医药园", industries: ["生物医药"], level: "national_hitech", province: "江苏省", city: "苏州市" });
  const chips = zone({ name: "芯片谷", industries: ["集成电路"], level: "national_hitech", province: "上海市", city: "上海市" });
  const tianjinSmall = zone({ name: "小园区", industries: ["食品"], level: "municipal", areaKm2: 0.5 });
  const food = zone({ name: "食品园", industries: ["食品饮料"], level: "provincial", province: "山东省", city: "临沂市" });
  const logistics = zone({ name: "物流园", industries: ["物流"], level: "national_other", province: "广东省", city: "广州市" });

  it("puts industry matches first and explains why", () => {
    const [first] = suggestZones([pharma, chips, auto, food], { category: "land", industry: "新能源汽车", chosen: [] });
    expect(first?.zone.name).toBe("汽车城");
    expect(first?.reasons).toContain("主导产业：汽车零部件");
    expect(first?.matches).toContain("industry");
  });

  it("prefers zones near the ones already chosen", () => {
    const chosen = [{ id: "elsewhere", province: "江苏省", city: "苏州市" }];
    const suggestion = scoreZone(pharma, { category: "other", chosen });
    expect(suggestion.reasons).toContain("与所选园区同在苏州市");
    expect(suggestion.score).toBeGreaterThan(scoreZone(chips, { category: "other", chosen }).score);
  });

  it("marks a zone too small for the need down", () => {
    const need = { category: "land" as const, industry: "食品", landAreaMu: 300, chosen: [] };
    expect(scoreZone(tianjinSmall, need).score).toBeLessThan(scoreZone(food, need).score);
  });

  it("never suggests a zone already in the inquiry", () => {
    const result = suggestZones([auto, pharma, chips, food], { category: "land", industry: "汽车", chosen: [{ id: auto.id, province: auto.province, city: auto.city }] });
    expect(result.map((suggestion) => suggestion.zone.id)).not.toContain(auto.id);
  });

  it("returns at least three when zones exist (topped up by level) and at most five", () => {
    const all = [auto, pharma, chips, tianjinSmall, food, logistics, zone({ industries: ["汽车"] }), zone({ industries: ["汽车"] }), zone({ industries: ["汽车"] }), zone({ industries: ["汽车"] })];
    const few = suggestZones(all, { category: "policy", industry: "纺织", chosen: [] });
    expect(few).toHaveLength(3);
    expect(few[0]?.zone.level).toMatch(/^national/);
    expect(suggestZones(all, { category: "land", industry: "汽车", chosen: [] })).toHaveLength(5);
    expect(suggestZones([auto], { category: "land", industry: "汽车", chosen: [] })).toHaveLength(1);
    expect(suggestZones([], { category: "land", industry: "汽车", chosen: [] })).toEqual([]);
  });
});
