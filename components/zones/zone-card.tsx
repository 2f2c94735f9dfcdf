import Link from "next/link";
import type { ReactNode } from "react";
import type { ZoneLevel } from "@/lib/generated/prisma/enums";
import { formatApprovedAt, formatZoneArea, ZONE_LEVEL_LABELS, zonePath, zonePlace } from "@/lib/zones/labels";

export type ZoneCardData = {
  slug: string;
  name: string;
  level: ZoneLevel;
  province: string | null;
  city: string | null;
  industries: string[];
  summary: string | null;
  approvedAt?: Date | null;
  areaKm2?: number | null;
};

/** A zone in a list: name, level, place, leading industries; `leading` adds e.g. a compare checkbox. */
export function ZoneCard({ zone, headingLevel = 3, leading, industryLabel = "主导产业" }: { zone: ZoneCardData; headingLevel?: 2 | 3; leading?: ReactNode; industryLabel?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex gap-3 rounded-md border border-gray-200 bg-white p-4">
      {leading}
      <div className="min-w-0">
        <Heading className="text-base font-semibold">
          <Link href={zonePath(zone.slug)} className="hover:text-brand-600 hover:underline">
            {zone.name}
          </Link>
        </Heading>
        <p className="text-sm text-gray-700">
          {ZONE_LEVEL_LABELS[zone.level]} · {zonePlace(zone)}
          {zone.approvedAt ? ` · ${formatApprovedAt(zone.approvedAt)}批准` : ""}
          {zone.areaKm2 ? ` · ${formatZoneArea(zone.areaKm2)}` : ""}
        </p>
        {zone.industries.length ? (
          <p className="mt-1 text-sm">
            {industryLabel}：{zone.industries.slice(0, 4).join("、")}
          </p>
        ) : null}
      </div>
    </article>
  );
}
