import Link from "next/link";
import type { ZoneLevel } from "@/lib/generated/prisma/enums";
import { ZONE_LEVEL_LABELS, zonePath } from "@/lib/zones/labels";

export type ZoneCardData = {
  slug: string;
  name: string;
  level: ZoneLevel;
  province: string | null;
  city: string | null;
  industries: string[];
  summary: string | null;
};

export function ZoneCard({ zone }: { zone: ZoneCardData }) {
  return (
    <article className="rounded-md border border-gray-200 bg-white p-4">
      <h3 className="text-base font-semibold">
        <Link href={zonePath(zone.slug)} className="hover:text-brand-600 hover:underline">
          {zone.name}
        </Link>
      </h3>
      <p className="text-sm text-gray-700">
        {ZONE_LEVEL_LABELS[zone.level]} · {[zone.province, zone.city].filter(Boolean).join(" ")}
      </p>
      {zone.industries.length ? <p className="mt-1 text-sm">主导产业：{zone.industries.slice(0, 4).join("、")}</p> : null}
    </article>
  );
}
