import { formatChineseDate, toChinaDay } from "@/lib/content/dates";
import type { ZoneLevel, ZoneType } from "@/lib/generated/prisma/enums";

export const ZONE_LEVEL_LABELS: Record<ZoneLevel, string> = {
  national_etdz: "国家级经济技术开发区",
  national_hitech: "国家级高新技术产业开发区",
  national_other: "其他国家级园区",
  provincial: "省级开发区",
  municipal: "市级及以下产业园区",
};

/** The catalogue's groups (《中国开发区审核公告目录》). */
export const ZONE_TYPE_LABELS: Record<ZoneType, string> = {
  etdz: "经济技术开发区",
  hitech: "高新技术产业开发区",
  customs: "海关特殊监管区域",
  border: "边境/跨境经济合作区",
  other: "其他",
};

/** What a catalogue import may change on a zone, as the preview names it. */
export const CATALOGUE_FIELD_LABELS = {
  level: "级别",
  type: "类型",
  province: "省份",
  city: "城市",
  approvedAt: "批准时间",
  areaHectares: "核准面积（公顷）",
  industries: "主导产业",
  source: "数据来源",
} as const;

export function zonePath(slug: string): string {
  return `/zones/${encodeURIComponent(slug)}`;
}

/**
 * 批准时间 as the source gives it: the catalogue gives months (stored as the 1st), so a 1st reads
 * "1988年6月"; a day an editor entered reads "1984年12月6日".
 */
export function formatApprovedAt(date: Date | null | undefined): string {
  if (!date) return "";
  const { year, month, day } = toChinaDay(date);
  return day === 1 ? `${year}年${month}月` : formatChineseDate(date);
}

const areaNumber = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** 核准面积: "13.3 平方公里（1,330 公顷）". */
export function formatZoneArea(areaKm2: number | null | undefined): string {
  if (!areaKm2) return "";
  return `${areaNumber.format(areaKm2)} 平方公里（${areaNumber.format(areaKm2 * 100)} 公顷）`;
}

/** 省 市 for display, once for a municipality (天津市, not 天津市 天津市); empty when neither is known. */
export function zonePlace(zone: { province?: string | null; city?: string | null }): string {
  const parts = [zone.province, zone.city].filter((part): part is string => Boolean(part));
  return [...new Set(parts)].join(" ");
}
