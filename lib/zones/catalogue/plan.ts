import { toChinaDay } from "@/lib/content/dates";
import type { ZoneLevel, ZoneType } from "@/lib/generated/prisma/enums";
import { sameZone, zoneKey, type ZoneKey } from "../linking";
import type { CATALOGUE_FIELD_LABELS } from "../labels";
import type { CatalogueEntry } from "./parse";

/**
 * Catalogue entries against the zones we have → what an import would do, pure. Each entry is matched by
 * name, short name and aliases (an exact spelling first, then the same place and kind of zone:
 * 天津经济技术开发区 = 天津经开区), never by creating a second zone: 新建 / 更新 (field by field) / 不变 /
 * 有疑问 (two or more candidates; nothing is written for it).
 */

export type KnownZone = {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  level: ZoneLevel;
  type: ZoneType | null;
  province: string | null;
  city: string | null;
  approvedAt: Date | null;
  areaKm2: number | null;
  industries: string[];
  catalogueSource: string | null;
  catalogueSourceUrl: string | null;
  catalogueYear: number | null;
};

export type CatalogueSource = { title: string; url: string | null; year: number | null };

/** A zone as the plan (and the dry run's JSON) shows it: the entry, with a level decided. */
export type PlannedZone = Omit<CatalogueEntry, "level" | "origin"> & { level: ZoneLevel };

/** The fields a catalogue row can change (labels in lib/zones/labels.ts, which the browser may load). */
export type CatalogueField = keyof typeof CATALOGUE_FIELD_LABELS;

export type FieldChange = { field: CatalogueField; from: string | number | string[] | null; to: string | number | string[] | null };

export type PlannedCreate = PlannedZone & { origin: string };
export type PlannedUpdate = PlannedZone & { id: string; origin: string; changes: FieldChange[] };
export type PlannedAmbiguity = PlannedZone & { origin: string; candidates: Array<{ id: string; name: string; province: string | null }> };

export type CataloguePlan = {
  create: PlannedCreate[];
  update: PlannedUpdate[];
  unchanged: number;
  ambiguous: PlannedAmbiguity[];
  /** rows naming a zone an earlier row already named */
  repeated: string[];
  source: CatalogueSource | null;
};

/** 批准时间 of a stored zone as "YYYY-MM" (the catalogue gives months). */
export function monthOf(date: Date | null): string | null {
  if (!date) return null;
  const { year, month } = toChinaDay(date);
  return `${year}-${String(month).padStart(2, "0")}`;
}

export const hectaresOf = (areaKm2: number | null) => (areaKm2 === null ? null : Math.round(areaKm2 * 100 * 100) / 100);

function sourceLabel(zone: Pick<KnownZone, "catalogueSource" | "catalogueSourceUrl" | "catalogueYear">): string | null {
  if (!zone.catalogueSource) return null;
  return [zone.catalogueSource, zone.catalogueYear ? `${zone.catalogueYear}年` : null, zone.catalogueSourceUrl].filter(Boolean).join(" · ");
}

type Candidate = { zone: KnownZone; keys: ZoneKey[] };

class ZoneIndex {
  private bySpelling = new Map<string, Set<Candidate>>();
  private byPlace = new Map<string, Set<Candidate>>();

  add(zone: KnownZone): void {
    const spellings = [zone.name, zone.shortName, ...zone.aliases].filter((value): value is string => Boolean(value)).map((value) => value.replace(/\s+/g, ""));
    const candidate: Candidate = { zone, keys: spellings.map(zoneKey) };
    for (const spelling of spellings) this.bySpelling.set(spelling, (this.bySpelling.get(spelling) ?? new Set()).add(candidate));
    for (const key of candidate.keys) this.byPlace.set(key.place, (this.byPlace.get(key.place) ?? new Set()).add(candidate));
  }

  /** Zones the name may denote: exact spellings if any, else the same place and kind (and province, when both say). */
  find(name: string, province: string | null): KnownZone[] {
    const exact = this.bySpelling.get(name);
    if (exact?.size) return [...new Set([...exact].map((candidate) => candidate.zone))];
    const key = zoneKey(name);
    if (!key.kind) return [];
    const similar = [...(this.byPlace.get(key.place) ?? [])].filter(
      (candidate) =>
        candidate.keys.some((other) => other.kind && sameZone(other, key)) && !(province && candidate.zone.province && candidate.zone.province !== province),
    );
    return [...new Set(similar.map((candidate) => candidate.zone))];
  }
}

function plannedZone(entry: CatalogueEntry): PlannedZone {
  return {
    name: entry.name,
    level: entry.level ?? "provincial",
    type: entry.type,
    province: entry.province,
    city: entry.city,
    approvedAt: entry.approvedAt,
    areaHectares: entry.areaHectares,
    industries: entry.industries,
  };
}

/** What the catalogue says that the zone does not: only fields the catalogue gives are compared. */
export function fieldChanges(zone: KnownZone, entry: CatalogueEntry, source: CatalogueSource | null): FieldChange[] {
  const changes: FieldChange[] = [];
  if (entry.level && entry.level !== zone.level) changes.push({ field: "level", from: zone.level, to: entry.level });
  if (entry.type && entry.type !== zone.type) changes.push({ field: "type", from: zone.type, to: entry.type });
  if (entry.province && entry.province !== zone.province) changes.push({ field: "province", from: zone.province, to: entry.province });
  if (entry.city && entry.city !== zone.city) changes.push({ field: "city", from: zone.city, to: entry.city });
  const month = monthOf(zone.approvedAt);
  // a stored day inside the catalogue's month is more precise, not different
  if (entry.approvedAt && entry.approvedAt !== month) changes.push({ field: "approvedAt", from: month, to: entry.approvedAt });
  const hectares = hectaresOf(zone.areaKm2);
  if (entry.areaHectares !== null && entry.areaHectares !== hectares) changes.push({ field: "areaHectares", from: hectares, to: entry.areaHectares });
  if (entry.industries.length && entry.industries.join("、") !== zone.industries.join("、")) changes.push({ field: "industries", from: zone.industries, to: entry.industries });
  if (source && (source.title !== zone.catalogueSource || source.url !== zone.catalogueSourceUrl || source.year !== zone.catalogueYear)) {
    changes.push({ field: "source", from: sourceLabel(zone), to: sourceLabel({ catalogueSource: source.title, catalogueSourceUrl: source.url, catalogueYear: source.year }) });
  }
  return changes;
}

export function planCatalogueImport(entries: CatalogueEntry[], zones: KnownZone[], source: CatalogueSource | null = null): CataloguePlan {
  const index = new ZoneIndex();
  for (const zone of zones) index.add(zone);
  const plan: CataloguePlan = { create: [], update: [], unchanged: 0, ambiguous: [], repeated: [], source };
  const seen = new Set<string>();
  for (const entry of entries) {
    const candidates = index.find(entry.name, entry.province);
    const planned = plannedZone(entry);
    if (candidates.length > 1) {
      plan.ambiguous.push({ ...planned, origin: entry.origin, candidates: candidates.map((zone) => ({ id: zone.id, name: zone.name, province: zone.province })) });
      continue;
    }
    const zone = candidates[0];
    const identity = zone ? zone.id : `new:${entry.name}`;
    if (seen.has(identity)) {
      plan.repeated.push(`${entry.origin}：${entry.name}`);
      continue;
    }
    seen.add(identity);
    if (!zone) {
      plan.create.push({ ...planned, origin: entry.origin });
      // a later row spelling the same zone differently finds this one, not a second new zone
      index.add({ ...knownFromPlanned(planned), id: identity });
      continue;
    }
    const changes = fieldChanges(zone, entry, source);
    if (changes.length) plan.update.push({ ...planned, level: entry.level ?? zone.level, id: zone.id, origin: entry.origin, changes });
    else plan.unchanged += 1;
  }
  return plan;
}

function knownFromPlanned(zone: PlannedZone): Omit<KnownZone, "id"> {
  return {
    name: zone.name,
    shortName: null,
    aliases: [],
    level: zone.level,
    type: zone.type,
    province: zone.province,
    city: zone.city,
    approvedAt: null,
    areaKm2: null,
    industries: zone.industries,
    catalogueSource: null,
    catalogueSourceUrl: null,
    catalogueYear: null,
  };
}

/** The dry run's JSON: { create, update, unchanged, ambiguous }, each zone with its catalogue fields. */
export function planSummary(plan: CataloguePlan) {
  const fields = (zone: PlannedZone): Omit<PlannedZone, "city"> => ({
    name: zone.name,
    level: zone.level,
    type: zone.type,
    province: zone.province,
    approvedAt: zone.approvedAt,
    areaHectares: zone.areaHectares,
    industries: zone.industries,
  });
  return {
    create: plan.create.map(fields),
    update: plan.update.map((zone) => ({ ...fields(zone), changes: zone.changes })),
    unchanged: plan.unchanged,
    ambiguous: plan.ambiguous.map((zone) => ({ ...fields(zone), candidates: zone.candidates.map((candidate) => candidate.name) })),
  };
}
