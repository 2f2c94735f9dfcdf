import type { ZoneLevel } from "@/lib/generated/prisma/enums";

export const ZONE_LEVEL_LABELS: Record<ZoneLevel, string> = {
  national_etdz: "国家级经济技术开发区",
  national_hitech: "国家级高新技术产业开发区",
  national_other: "其他国家级园区",
  provincial: "省级开发区",
  municipal: "市级及以下产业园区",
};

export function zonePath(slug: string): string {
  return `/zones/${encodeURIComponent(slug)}`;
}
