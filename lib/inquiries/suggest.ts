import type { ZoneLevel } from "@/lib/generated/prisma/enums";
import type { InquiryCategoryValue } from "./schema";

/**
 * Zone suggestions for the inquiry confirmation page: a pure scoring function over published zones.
 * An investor who asked about 汽车 in 天津 should see zones whose leading industries fit, near the zones
 * they already chose, and able to take their land or plant need; every point comes with a reason shown
 * to them, so the list explains itself.
 */
export type ZoneCandidate = {
  id: string;
  slug: string;
  name: string;
  level: ZoneLevel;
  province: string | null;
  city: string | null;
  industries: readonly string[];
  areaKm2: number | null;
};

export type SuggestionRequest = {
  category: InquiryCategoryValue;
  industry?: string | null;
  landAreaMu?: number | null;
  plantAreaM2?: number | null;
  /** zones already in the inquiry: never suggested again, and their places set the preferred region */
  chosen: readonly Pick<ZoneCandidate, "id" | "province" | "city">[];
};

/** matches: what made it a real match rather than a top-up (the level and capacity alone do not). */
export type ZoneSuggestion = { zone: ZoneCandidate; score: number; reasons: string[]; matches: Array<"industry" | "region"> };

export const SUGGESTION_WEIGHTS = {
  industry: 50,
  sameCity: 20,
  sameProvince: 12,
  capacity: 6,
  tooSmall: -15,
} as const;

const LEVEL_POINTS: Record<ZoneLevel, number> = {
  national_etdz: 8,
  national_hitech: 8,
  national_other: 6,
  provincial: 4,
  municipal: 2,
};

const LEVEL_NAMES: Partial<Record<ZoneLevel, string>> = {
  national_etdz: "国家级经济技术开发区",
  national_hitech: "国家级高新技术产业开发区",
  national_other: "国家级园区",
};

/** Industrial land and plants are what 经开区 were made for; 高新区 lean to R&D space. */
const INDUSTRIAL_FIT: Partial<Record<ZoneLevel, number>> = { national_etdz: 4, provincial: 3, municipal: 2, national_hitech: 1 };

/** 1 km² = 1,500 亩. */
export const MU_PER_KM2 = 1500;

// Industries that people name differently: one entry per family, the first name is the family's label.
const INDUSTRY_FAMILIES: readonly (readonly string[])[] = [
  ["汽车", "新能源汽车", "汽车零部件", "智能网联汽车", "整车", "汽配"],
  ["电子信息", "新一代信息技术", "集成电路", "半导体", "芯片", "光电子", "光电显示", "软件", "信息服务", "通信"],
  ["生物医药", "医药", "医疗器械", "生物技术", "大健康", "医药健康", "制药", "生物"],
  ["装备制造", "高端装备", "机器人", "智能制造", "机械", "数控"],
  ["新材料", "纳米", "化工新材料", "先进材料"],
  ["新能源", "光伏", "储能", "锂电", "电池", "氢能", "风电"],
  ["人工智能", "大数据", "数字经济", "云计算", "算力"],
  ["物流", "港航物流", "仓储", "供应链", "冷链"],
  ["食品", "食品饮料", "农产品加工", "饮料"],
  ["节能环保", "环保", "绿色低碳", "低碳"],
  ["石化", "化工", "石油化工"],
  ["纺织", "服装", "纺织服装"],
  ["家电", "智能家电", "家电电子", "家居"],
];

// Words that say nothing about which industry is meant.
const FILLER = /产业|行业|领域|相关|及|和|与|、|\/|\s|等/g;
const GENERIC_BIGRAMS = new Set(["技术", "制造", "服务", "高端", "新型", "现代", "先进", "智能", "信息"]);

export function normalizeIndustry(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(FILLER, "");
}

function families(value: string): Set<number> {
  const found = new Set<number>();
  INDUSTRY_FAMILIES.forEach((family, index) => {
    if (family.some((name) => value.includes(normalizeIndustry(name)))) found.add(index);
  });
  return found;
}

function bigrams(value: string): Set<string> {
  const chars = Array.from(value);
  const result = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index += 1) {
    const pair = chars[index] + chars[index + 1];
    if (!GENERIC_BIGRAMS.has(pair)) result.add(pair);
  }
  return result;
}

/** How well an offered industry fits a wanted one: 1 same, 0.8 one contains the other, 0.6 same family, 0.4 a shared word, else 0. */
export function industryAffinity(wanted: string, offered: string): number {
  const a = normalizeIndustry(wanted);
  const b = normalizeIndustry(offered);
  if (!a || !b) return 0;
  if (a === b) return 1;
  if ((a.length >= 2 && b.includes(a)) || (b.length >= 2 && a.includes(b))) return 0.8;
  const familiesOfB = families(b);
  for (const family of families(a)) if (familiesOfB.has(family)) return 0.6;
  const pairsOfB = bigrams(b);
  for (const pair of bigrams(a)) if (pairsOfB.has(pair)) return 0.4;
  return 0;
}

export function scoreZone(zone: ZoneCandidate, request: SuggestionRequest): ZoneSuggestion {
  const reasons: string[] = [];
  const matches: ZoneSuggestion["matches"] = [];
  let score = 0;

  if (request.industry?.trim()) {
    let best = 0;
    let bestName = "";
    for (const offered of zone.industries) {
      const affinity = industryAffinity(request.industry, offered);
      if (affinity > best) [best, bestName] = [affinity, offered];
    }
    if (best > 0) {
      score += Math.round(SUGGESTION_WEIGHTS.industry * best);
      reasons.push(`主导产业：${bestName}`);
      matches.push("industry");
    }
  }

  const sameCity = zone.city && request.chosen.some((chosen) => chosen.city === zone.city);
  const sameProvince = zone.province && request.chosen.some((chosen) => chosen.province === zone.province);
  if (sameCity) {
    score += SUGGESTION_WEIGHTS.sameCity;
    reasons.push(`与所选园区同在${zone.city}`);
    matches.push("region");
  } else if (sameProvince) {
    score += SUGGESTION_WEIGHTS.sameProvince;
    reasons.push(`与所选园区同在${zone.province}`);
    matches.push("region");
  }

  score += LEVEL_POINTS[zone.level];
  const levelName = LEVEL_NAMES[zone.level];
  if (levelName) reasons.push(levelName);

  const needsSpace = request.category === "land" || request.category === "plant";
  if (needsSpace) score += INDUSTRIAL_FIT[zone.level] ?? 0;

  const landKm2 = request.landAreaMu ? request.landAreaMu / MU_PER_KM2 : 0;
  const plantKm2 = request.plantAreaM2 ? request.plantAreaM2 / 1_000_000 : 0;
  const needKm2 = Math.max(landKm2, plantKm2);
  if (needKm2 > 0 && zone.areaKm2) {
    // A project that would take more than a twentieth of the whole zone is unlikely to fit.
    if (needKm2 > zone.areaKm2 / 20) score += SUGGESTION_WEIGHTS.tooSmall;
    else if (needKm2 >= 0.05) {
      score += SUGGESTION_WEIGHTS.capacity;
      reasons.push(`规划面积 ${zone.areaKm2} 平方公里，可承接较大项目`);
    }
  }

  return { zone, score, reasons, matches };
}

const LEVEL_ORDER: ZoneLevel[] = ["national_etdz", "national_hitech", "national_other", "provincial", "municipal"];

function compareSuggestions(a: ZoneSuggestion, b: ZoneSuggestion): number {
  return b.score - a.score || LEVEL_ORDER.indexOf(a.zone.level) - LEVEL_ORDER.indexOf(b.zone.level) || a.zone.name.localeCompare(b.zone.name, "zh-CN");
}

/**
 * 3–5 suggestions: up to `max` zones that match on industry or region, topped up to `min` with the best
 * of the rest (by level), so the page always has something to offer when zones exist.
 */
export function suggestZones(candidates: readonly ZoneCandidate[], request: SuggestionRequest, { min = 3, max = 5 } = {}): ZoneSuggestion[] {
  const chosenIds = new Set(request.chosen.map((zone) => zone.id));
  const scored = candidates
    .filter((zone) => !chosenIds.has(zone.id))
    .map((zone) => scoreZone(zone, request))
    .sort(compareSuggestions);
  const isRelevant = (suggestion: ZoneSuggestion) => suggestion.matches.length > 0;
  const relevant = scored.filter(isRelevant).slice(0, max);
  if (relevant.length >= min) return relevant;
  const fill = scored.filter((suggestion) => !isRelevant(suggestion)).slice(0, min - relevant.length);
  return [...relevant, ...fill].sort(compareSuggestions);
}
