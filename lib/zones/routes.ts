import { hrefWithQuery } from "@/lib/content/listing";

export { zonePath } from "@/lib/zones/labels";

export const ZONE_DIRECTORY_PATH = "/zones";
export const ZONE_COMPARE_PATH = "/zones/compare";
export const MAX_COMPARED_ZONES = 4;

export function zoneComparePath(slugs: string[]): string {
  return hrefWithQuery(ZONE_COMPARE_PATH, { zone: slugs.slice(0, MAX_COMPARED_ZONES) });
}

/** The 招商咨询 form, pre-filled with this zone. */
export function zoneInquiryPath(slug: string): string {
  return hrefWithQuery("/inquiry", { zone: slug });
}
