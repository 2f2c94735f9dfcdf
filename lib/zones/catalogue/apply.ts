import { recordAudits } from "@/lib/audit/record";
import { chinaDate } from "@/lib/content/dates";
import { db, type Prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OutboxOp } from "@/lib/generated/prisma/enums";
import { enqueueSearchUpdates } from "@/lib/search/sync/outbox";
import { freeZoneSlug } from "../linking";
import type { CatalogueEntry } from "./parse";
import { planCatalogueImport, type CataloguePlan, type CatalogueSource, type KnownZone, type PlannedZone } from "./plan";

/**
 * The catalogue import's writes (callers have checked `zone.edit`, or are the seed/CLI). The plan is made
 * again inside the transaction, so what is written matches the zones as they are at that moment; every
 * created or changed zone gets an audit event and a search-outbox row in the same transaction.
 */
type Tx = Prisma.TransactionClient;

export type CatalogueImportOptions = { actorId: string | null; status: "published" | "draft" };

/** Zones the catalogue can match: merged-away zones lend their names to the zone they became. */
async function knownZones(client: Tx | PrismaClient): Promise<Array<KnownZone & { status: string }>> {
  const zones = await client.zone.findMany({
    select: {
      id: true, name: true, shortName: true, aliases: true, level: true, type: true, province: true, city: true, approvedAt: true, areaKm2: true,
      industries: true, catalogueSource: true, catalogueSourceUrl: true, catalogueYear: true, status: true, mergedIntoId: true,
    },
  });
  const merged = new Map<string, string[]>();
  for (const zone of zones) if (zone.mergedIntoId) merged.set(zone.mergedIntoId, [...(merged.get(zone.mergedIntoId) ?? []), zone.name, ...zone.aliases]);
  return zones
    .filter((zone) => !zone.mergedIntoId)
    .map(({ mergedIntoId: _merged, areaKm2, ...zone }) => ({ ...zone, aliases: [...zone.aliases, ...(merged.get(zone.id) ?? [])], areaKm2: areaKm2 === null ? null : Number(areaKm2) }));
}

export async function previewCatalogueImport(entries: CatalogueEntry[], source: CatalogueSource | null, client: PrismaClient = db()): Promise<CataloguePlan> {
  return planCatalogueImport(entries, await knownZones(client), source);
}

function catalogueFields(zone: PlannedZone, source: CatalogueSource | null) {
  return {
    level: zone.level,
    type: zone.type,
    province: zone.province,
    city: zone.city,
    approvedAt: zone.approvedAt ? chinaDate(`${zone.approvedAt}-01`) : null,
    areaKm2: zone.areaHectares === null ? null : zone.areaHectares / 100,
    industries: zone.industries,
    ...(source ? { catalogueSource: source.title, catalogueSourceUrl: source.url, catalogueYear: source.year } : {}),
  };
}

/** Only the fields the plan changes. */
function changedFields(zone: CataloguePlan["update"][number], source: CatalogueSource | null): Prisma.ZoneUpdateInput {
  const all = catalogueFields(zone, source);
  const data: Prisma.ZoneUpdateInput = {};
  for (const change of zone.changes) {
    if (change.field === "level") data.level = all.level;
    else if (change.field === "type") data.type = all.type;
    else if (change.field === "province") data.province = all.province;
    else if (change.field === "city") data.city = all.city;
    else if (change.field === "approvedAt") data.approvedAt = all.approvedAt;
    else if (change.field === "areaHectares") data.areaKm2 = all.areaKm2;
    else if (change.field === "industries") data.industries = all.industries;
    else if (source) Object.assign(data, { catalogueSource: source.title, catalogueSourceUrl: source.url, catalogueYear: source.year });
  }
  return data;
}

export async function applyCatalogueImport(
  entries: CatalogueEntry[],
  source: CatalogueSource | null,
  options: CatalogueImportOptions,
  client: PrismaClient = db(),
): Promise<CataloguePlan> {
  return client.$transaction(
    async (tx) => {
      const zones = await knownZones(tx);
      const plan = planCatalogueImport(entries, zones, source);
      const taken = new Set((await tx.zone.findMany({ select: { slug: true } })).map((zone) => zone.slug));
      const created = plan.create.length
        ? await tx.zone.createManyAndReturn({
            data: plan.create.map((zone) => ({ ...catalogueFields(zone, source), name: zone.name, slug: freeZoneSlug(zone.name, taken), origin: "catalogue" as const, status: options.status })),
            select: { id: true, name: true },
          })
        : [];
      for (const zone of plan.update) await tx.zone.update({ where: { id: zone.id }, data: { ...changedFields(zone, source), version: { increment: 1 } } });

      await recordAudits(
        [
          ...created.map((zone) => ({ actorId: options.actorId, action: "catalogue_create", entityType: "zone" as const, entityId: zone.id, detail: { name: zone.name, source: source?.title ?? null } })),
          ...plan.update.map((zone) => ({
            actorId: options.actorId,
            action: "catalogue_update",
            entityType: "zone" as const,
            entityId: zone.id,
            detail: { name: zone.name, source: source?.title ?? null, changes: zone.changes } as Prisma.InputJsonValue,
          })),
        ],
        tx,
      );
      const status = new Map(zones.map((zone) => [zone.id, zone.status]));
      const byOp: Record<OutboxOp, string[]> = { upsert: [], delete: [] };
      for (const zone of created) byOp[options.status === "published" ? "upsert" : "delete"].push(zone.id);
      for (const zone of plan.update) byOp[status.get(zone.id) === "published" ? "upsert" : "delete"].push(zone.id);
      await enqueueSearchUpdates(tx, "zone", byOp.upsert, "upsert");
      await enqueueSearchUpdates(tx, "zone", byOp.delete, "delete");
      return plan;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
